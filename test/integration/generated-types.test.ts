/**
 * The committed cms/payload-types.ts is what the config generates: a field added to a collection
 * without `npm run generate:types` would leave the whole tree type-checked against the old shape.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const dir = mkdtempSync(path.join(tmpdir(), 'tieubieu-types-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('generated Payload types', () => {
  it('should match what the config generates today', async () => {
    const fresh = path.join(dir, 'payload-types.ts')
    await exec('npx', ['payload', 'generate:types'], {
      env: {
        ...process.env,
        PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
        PAYLOAD_TS_OUTPUT_PATH: fresh,
        DATABASE_URL: `file:${path.join(dir, 'types.db')}`,
      },
    })
    const committed = readFileSync('cms/payload-types.ts', 'utf8')
    // toBe on the text, not a boolean: a failure shows the lines that drifted. Run `npm run generate:types`.
    expect(readFileSync(fresh, 'utf8')).toBe(committed)
    // Generating loads the whole config in a fresh process: over a minute on a busy 2-core machine.
  }, 240_000)
})
