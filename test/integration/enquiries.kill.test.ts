/**
 * The process is killed (SIGKILL) in the middle of a request, once before the enquiry's
 * transaction commits and once after it committed but before the buyer was answered. Afterwards
 * either the buyer got no success and nothing is stored, or the enquiry exists exactly once — and
 * the buyer's retry (same idempotency key) gets the one enquiry's reference.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { countByKey, enquiryBody, readMails, runAllJobs } from './helpers/enquiries'
import { makeWorld, type World } from './helpers/world'

const SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'helpers', 'enquiry-server.ts')

let ctx: TestPayload
let world: World
const children: ChildProcess[] = []

type Child = { port: number; exited: Promise<NodeJS.Signals | number | null> }

function startServer(killAt?: 'beforeCommit' | 'afterCommit'): Promise<Child> {
  const args = ['--import', 'tsx', SERVER, `--db=${path.join(ctx.dir, 'test.db')}`, `--mail=${path.join(ctx.dir, 'mail')}`]
  if (killAt) args.push(`--kill-at=${killAt}`)
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)))
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /READY (\d+)/.exec(output)
      if (match) resolve({ port: Number(match[1]), exited })
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then((how) => reject(new Error(`the enquiry server stopped before it was ready (${String(how)}):\n${output}`)))
  })
}

const post = (port: number, body: Record<string, unknown>) =>
  fetch(`http://127.0.0.1:${port}/api/enquiries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await ctx?.cleanup()
})

describe('the process is killed in the middle of a request', () => {
  it('should keep nothing when killed before the commit, and store the retry once', async () => {
    const body = enquiryBody({ product: world.productA.id })
    const dying = await startServer('beforeCommit')
    const outcome = await post(dying.port, body).then(
      (r) => r.status,
      (error: Error) => error,
    )
    expect(outcome).toBeInstanceOf(Error) // the buyer saw no success
    expect(await dying.exited).toBe('SIGKILL')
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(0)
    const jobs = await ctx.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(jobs.totalDocs).toBe(0)

    const healthy = await startServer()
    const retry = await post(healthy.port, body)
    expect(retry.status).toBe(201)
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
  }, 120_000)

  it('should store the enquiry exactly once when killed after the commit, and give the retry its reference', async () => {
    const body = enquiryBody({ product: world.productB.id }, { language: 'en' })
    const dying = await startServer('afterCommit')
    const outcome = await post(dying.port, body).then(
      (r) => r.status,
      (error: Error) => error,
    )
    expect(outcome).toBeInstanceOf(Error)
    expect(await dying.exited).toBe('SIGKILL')
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
    const stored = (await ctx.payload.find({ collection: 'enquiries', where: { idempotencyKey: { equals: body.idempotencyKey } }, overrideAccess: true }))
      .docs[0]!

    const healthy = await startServer()
    const retry = await post(healthy.port, body)
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(await retry.json()).toEqual({ id: stored.id, reference: stored.reference })
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)

    // The delivery job was committed with the enquiry: the producer and the buyer still hear of it.
    await runAllJobs(ctx.payload)
    const mails = readMails(path.join(ctx.dir, 'mail')).filter((m) => m.subject.includes(String(stored.reference)))
    expect(mails.map((m) => m.to[0]).sort()).toEqual([String(body.email), 'b@test.local'].sort())
  }, 120_000)
})
