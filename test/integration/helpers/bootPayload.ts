/**
 * Boots Payload on a fresh temporary SQLite file for one test file. Vitest runs each integration
 * file in its own process, so setting the environment before importing the config is enough.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'

export type TestPayload = { payload: Payload; dir: string; cleanup: () => Promise<void> }

export async function bootPayload(): Promise<TestPayload> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tieubieu-test-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
