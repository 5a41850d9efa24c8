/**
 * Faults: the search engine down, the database refusing the commit. Afterwards either the buyer
 * got no success, or the enquiry exists exactly once — and what was delayed catches up.
 */
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { handleEnquiryRequest, jsonResponse, type EnquiryHttpDeps } from '../../cms/enquiries/handle-enquiry-request'
import { EnquiryBusyError, groupCommit, type EnquiryDraft } from '../../cms/enquiries/enquiry-group-commit'
import { useSearchPort } from '../../cms/search/search-port'
import { ENQUIRY_SEARCH_QUEUE } from '../../src/config/job-queues'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { SearchUnavailableError } from '../../src/search/errors'
import type { SearchDocument, SearchPort } from '../../src/search/types'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { countByKey, enquiryBody, postRequest, readMails, runAllJobs, testDeps } from './helpers/enquiries'
import { runJobsUntilDone } from './helpers/jobs'
import { makeWorld, type World } from './helpers/world'

let ctx: TestPayload
let world: World

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterEach(() => useSearchPort(undefined))
afterAll(async () => ctx?.cleanup())

const send = async (body: Record<string, unknown>, deps: Partial<EnquiryHttpDeps> = {}) => {
  const response = jsonResponse((await handleEnquiryRequest(postRequest(body), '192.0.2.20', testDeps(ctx.payload, deps))).outcome)
  return {
    status: response.status,
    body: (await response.json()) as { id: number | string; reference: string; errors?: Record<string, string> },
    retryAfter: response.headers.get('retry-after'),
  }
}
const deliveryJobOf = async (id: number | string) => {
  const jobs = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverEnquiry' } }, limit: 500, overrideAccess: true })
  return jobs.docs.find((j) => (j.input as { enquiryId: string }).enquiryId === String(id))
}

const syncJobOf = async (id: number | string) => {
  const jobs = await ctx.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'syncSearch' } }, limit: 500, overrideAccess: true })
  return jobs.docs.find((j) => (j.input as { kind: string; id: string }).kind === 'enquiry' && (j.input as { id: string }).id === String(id))
}

/** The real in-process engine behind a switch that makes it unreachable. */
function flakySearch() {
  const engine = createEmbeddedSearch()
  const state = { down: true, attempts: 0 }
  const flaky: SearchPort = {
    ...engine,
    async upsert(docs: readonly SearchDocument[]) {
      state.attempts += 1
      if (state.down) throw new SearchUnavailableError('search engine unreachable (test)')
      await engine.upsert(docs)
    },
  }
  useSearchPort(flaky)
  return { engine, state }
}

describe('the search engine is down', () => {
  it('should still store the enquiry and e-mail everyone, then index it through its sync job once search is back', async () => {
    const { engine, state } = flakySearch()
    const body = enquiryBody({ product: world.productA.id })
    const sent = await send(body)
    expect(sent.status).toBe(201)
    await runAllJobs(ctx.payload)

    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
    const mails = () => readMails(path.join(ctx.dir, 'mail')).filter((m) => m.subject.includes(sent.body.reference))
    expect(mails()).toHaveLength(2)
    const stored = await ctx.payload.findByID({ collection: 'enquiries', id: sent.body.id, overrideAccess: true })
    expect(stored.notifiedAt && stored.buyerCopiedAt).toBeTruthy()
    // The delivery is done; indexing is the search sync job, queued with the enquiry, left to retry.
    expect(await deliveryJobOf(sent.body.id)).toBeUndefined()
    await runJobsUntilDone(ctx.payload, [ENQUIRY_SEARCH_QUEUE], 1)
    const sync = await syncJobOf(sent.body.id)
    expect(sync).toMatchObject({ hasError: false, processing: false, totalTried: 1 })
    expect(new Date(sync!.waitUntil as string).getTime()).toBeGreaterThan(Date.now())

    state.down = false
    await ctx.payload.jobs.runByID({ id: sync!.id, silent: true })
    expect(state.attempts).toBe(2)
    // Nobody got a second e-mail.
    expect(mails()).toHaveLength(2)
    expect(await syncJobOf(sent.body.id)).toBeUndefined()
    const found = await engine.searchEnquiries({ q: sent.body.reference, locale: 'vi', scope: { producerId: String(world.producerA.id) } })
    expect(found.hits.map((h) => h.sourceId)).toContain(String(sent.body.id))
    const notB = await engine.searchEnquiries({ q: sent.body.reference, locale: 'vi', scope: { producerId: String(world.producerB.id) } })
    expect(notB.hits).toHaveLength(0)
  })
})

describe('the database fails while the enquiry is being written', () => {
  it('should tell the buyer it was not sent (503, Retry-After), keep nothing, and accept the retry once', async () => {
    const body = enquiryBody({ product: world.productB.id })
    const failing = await send(body, {
      hooks: {
        beforeCommit: () => {
          throw new Error('disk I/O error (test)')
        },
      },
    })
    expect(failing.status).toBe(503)
    expect(failing.retryAfter).toBe('30')
    expect(failing.body.errors?.form).toMatch(/chưa được gửi/)
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(0)
    const retry = await send(body)
    expect(retry.status).toBe(201)
    expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
    expect(await deliveryJobOf(retry.body.id)).toBeTruthy()
  })

  it('should roll back the delivery job with the enquiry: no job for an enquiry that does not exist', async () => {
    const jobsBefore = (await ctx.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
    const enquiriesBefore = (await ctx.payload.count({ collection: 'enquiries', overrideAccess: true })).totalDocs
    await send(enquiryBody({ product: world.productB.id }), {
      hooks: {
        beforeCommit: () => {
          throw new Error('power cut (test)')
        },
      },
    })
    expect((await ctx.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBe(jobsBefore)
    expect((await ctx.payload.count({ collection: 'enquiries', overrideAccess: true })).totalDocs).toBe(enquiriesBefore)
  })

  it('should keep the other enquiries of a batch when one of them fails', async () => {
    const bodies = Array.from({ length: 12 }, () => enquiryBody({ product: world.productA.id }))
    const bad = new Set([bodies[3]!.idempotencyKey, bodies[7]!.idempotencyKey, bodies[11]!.idempotencyKey])
    const results = await Promise.all(
      bodies.map((body) =>
        send(body, {
          hooks: {
            beforeCommit: () => {
              if (bad.has(body.idempotencyKey)) throw new Error('one bad write (test)')
            },
          },
        }),
      ),
    )
    for (const [i, result] of results.entries()) {
      const failed = bad.has(bodies[i]!.idempotencyKey)
      expect(result.status).toBe(failed ? 503 : 201)
      expect(await countByKey(ctx.payload, bodies[i]!.idempotencyKey as string)).toBe(failed ? 0 : 1)
    }
  })
})

describe('many buyers at once', () => {
  it('should store every acknowledged enquiry exactly once', async () => {
    const bodies = Array.from({ length: 60 }, (_, i) => enquiryBody({ product: i % 2 ? world.productA.id : world.productB.id }))
    // Each submission is sent twice at the same time, as a double click would.
    const results = await Promise.all(bodies.flatMap((body) => [send(body), send(body)]))
    expect(results.every((r) => r.status === 201)).toBe(true)
    for (const [i, body] of bodies.entries()) {
      expect(await countByKey(ctx.payload, body.idempotencyKey as string)).toBe(1)
      // Both clicks are told the same, stored, reference.
      const stored = await ctx.payload.findByID({ collection: 'enquiries', id: results[2 * i]!.body.id, overrideAccess: true })
      expect([results[2 * i]!.body.reference, results[2 * i + 1]!.body.reference]).toEqual([stored.reference, stored.reference])
    }
  })
})

describe('more buyers at once than the store takes', () => {
  it('should refuse the ones beyond the queue at once (busy), and store every accepted one exactly once', async () => {
    const writer = groupCommit(ctx.payload, { maxPending: 2 })
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const draft = () => {
      const body = enquiryBody({ product: world.productA.id })
      const data = { ...body, product: world.productA.id, status: 'new', consent: true, language: 'vi' } as unknown as EnquiryDraft['data']
      return { data, context: { enquiryTarget: { producerId: world.producerA.id } } }
    }
    // The first batch is held open before its commit; two more wait behind it, filling the queue.
    const first = draft()
    const writing = writer.write(first, () => held)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const waiting = [draft(), draft()]
    const queued = waiting.map((d) => writer.write(d))
    const started = Date.now()
    await expect(writer.write(draft())).rejects.toBeInstanceOf(EnquiryBusyError)
    expect(Date.now() - started).toBeLessThan(100)
    release()
    const results = await Promise.all([writing, ...queued])
    expect(results.map((r) => r.status)).toEqual(['created', 'created', 'created'])
    for (const d of [first, ...waiting]) expect(await countByKey(ctx.payload, d.data.idempotencyKey)).toBe(1)
  })
})
