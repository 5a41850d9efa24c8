/**
 * The admin (another process) writes to the same SQLite file all day: its job runner, staff saves.
 * While it holds the write lock an enquiry's transaction waits and retries; every buyer must still
 * be answered "sent" and find the enquiry stored. It once was not: a BEGIN refused while the lock
 * was held poisoned its connection, the later COMMIT there failed unseen, and the buyer got a 503.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEnquiryRequest, jsonResponse } from '../../cms/enquiries/handle-enquiry-request'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { countByKey, enquiryBody, postRequest, testDeps } from './helpers/enquiries'
import { makeWorld, type World } from './helpers/world'

let ctx: TestPayload
let world: World

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

/** Another process that takes the write lock for 30 ms every 45 ms, as a busy admin does. */
function lockHolder(file: string): ChildProcess {
  const script = `
    const { createClient } = require('@libsql/client')
    const client = createClient({ url: ${JSON.stringify(`file:${file}`)} })
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
    ;(async () => {
      await client.execute('PRAGMA busy_timeout = 5000')
      await client.execute('CREATE TABLE IF NOT EXISTS other_writer (at INTEGER)')
      process.send('holding')
      for (;;) {
        const tx = await client.transaction('write')
        await tx.execute('INSERT INTO other_writer VALUES (1)')
        await sleep(30)
        await tx.commit()
        await sleep(15)
      }
    })()`
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
}

describe('another process holds the write lock now and then', () => {
  it('should answer every buyer "sent" and store each enquiry exactly once', async () => {
    const holder = lockHolder(path.join(ctx.dir, 'test.db'))
    await new Promise((resolve) => holder.once('message', resolve))
    const sent: { status: number; key: string }[] = []
    try {
      for (let i = 0; i < 80; i += 1) {
        const body = enquiryBody({ product: world.productA.id })
        const outcome = (await handleEnquiryRequest(postRequest(body), `192.0.2.${(i % 200) + 1}`, testDeps(ctx.payload))).outcome
        sent.push({ status: jsonResponse(outcome).status, key: String(body.idempotencyKey) })
      }
    } finally {
      holder.kill()
    }
    expect(sent.filter((s) => s.status !== 201)).toEqual([])
    for (const { key } of sent) expect(await countByKey(ctx.payload, key)).toBe(1)
  }, 120_000)
})
