/**
 * The mail transport is down: Payload's e-mail adapter points at an SMTP server that is not
 * running. The enquiry is stored and acknowledged anyway; its delivery job fails and waits; once
 * the server is up, the retry sends the producer notice and the buyer's copy — once each.
 */
import { randomUUID } from 'node:crypto'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEnquiryRequest, jsonResponse } from '../../cms/enquiries/handle-enquiry-request'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { countByKey, enquiryBody, postRequest, testDeps } from './helpers/enquiries'
import { makeWorld, type World } from './helpers/world'

type Received = { from: string; to: string[]; data: string }

/** Just enough of SMTP for nodemailer to deliver to: records every message. */
function fakeSmtpServer(port: number): Promise<{ received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = []
  const server = net.createServer((socket) => {
    let buffer = ''
    let inData = false
    let current: Received = { from: '', to: [], data: '' }
    socket.write('220 fake.smtp ready\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end === -1) return
          current.data = buffer.slice(0, end)
          buffer = buffer.slice(end + 5)
          inData = false
          received.push(current)
          current = { from: '', to: [], data: '' }
          socket.write('250 queued\r\n')
          continue
        }
        const newline = buffer.indexOf('\r\n')
        if (newline === -1) return
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake.smtp\r\n')
        else if (verb === 'MAIL') {
          current.from = line
          socket.write('250 ok\r\n')
        } else if (verb === 'RCPT') {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? line)
          socket.write('250 ok\r\n')
        } else if (verb === 'DATA') {
          inData = true
          socket.write('354 go ahead\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 ok\r\n')
      }
    })
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ received, close: () => new Promise((r) => server.close(() => r())) })))
}

async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

let ctx: TestPayload
let world: World
let port: number

beforeAll(async () => {
  port = await freePort()
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await ctx?.cleanup()
})

describe('the mail transport is down', () => {
  it('should acknowledge and keep the enquiry, then deliver both e-mails once the transport is back', async () => {
    const body = enquiryBody({ product: world.productA.id }, { idempotencyKey: randomUUID(), language: 'en' })
    const response = jsonResponse((await handleEnquiryRequest(postRequest(body), '192.0.2.30', testDeps(ctx.payload))).outcome)
    expect(response.status).toBe(201)
    const { id, reference } = (await response.json()) as { id: number; reference: string }

    await ctx.payload.jobs.run({ silent: true })
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
    const jobs = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverEnquiry' } }, overrideAccess: true })
    const job = jobs.docs.find((j) => (j.input as { enquiryId: string }).enquiryId === String(id))!
    expect(job).toMatchObject({ hasError: false, totalTried: 1 })
    expect(JSON.stringify(job.log)).toMatch(/ECONNREFUSED|connect/i)
    let stored = await ctx.payload.findByID({ collection: 'enquiries', id, overrideAccess: true })
    expect(stored.notifiedAt).toBeFalsy()
    expect(stored.buyerCopiedAt).toBeFalsy()

    const smtp = await fakeSmtpServer(port)
    try {
      await ctx.payload.jobs.runByID({ id: job.id, silent: true })
      stored = await ctx.payload.findByID({ collection: 'enquiries', id, overrideAccess: true })
      expect(stored.notifiedAt).toBeTruthy()
      expect(stored.buyerCopiedAt).toBeTruthy()
      const recipients = smtp.received.map((m) => m.to)
      expect(recipients).toEqual(expect.arrayContaining([['a@test.local'], [body.email]]))
      expect(smtp.received.filter((m) => m.data.includes(reference))).toHaveLength(2)
      // Nothing is left to retry, so nothing is sent twice.
      await ctx.payload.jobs.run({ silent: true })
      expect(smtp.received).toHaveLength(2)
    } finally {
      await smtp.close()
    }
  })
})
