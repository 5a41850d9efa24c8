/**
 * Shared set-up of the search sync tests (search-sync*.test.ts): boots Payload, builds the world,
 * gives producer A private contacts and producer B public ones, builds an embedded search index
 * and runs the search jobs before each test; offers the helpers the tests use.
 */
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { ALL_SOURCE_KINDS } from '../../../cms/search/loadSearchDocuments'
import { rebuildSearchIndex } from '../../../cms/search/rebuildSearchIndex'
import { useSearchPort } from '../../../cms/search/search-port'
import { ENQUIRY_SEARCH_QUEUE, SEARCH_QUEUE } from '../../../src/config/job-queues'
import { createEmbeddedSearch } from '../../../src/search/adapters/embedded/create-embedded-search'
import { snapshotRecords } from '../../../src/search/adapters/embedded/snapshot'
import type { EmbeddedSearchPort } from '../../../src/search/types'
import { bootPayload, type TestPayload } from './bootPayload'
import { runJobsUntilDone } from './jobs'
import { makeWorld, type World } from './world'

export type Row = Record<string, any>

export const PRIVATE_PHONE = '0988 765 432'
export const PRIVATE_EMAIL = 'secret-owner@private.example'
export const PUBLIC_PHONE = '0977 111 222'

/** Filled by the beforeAll of setUpSearchSync. */
export const ss = {
  payload: undefined as unknown as Payload,
  world: undefined as unknown as World,
  search: undefined as unknown as EmbeddedSearchPort,
}

export function setUpSearchSync(): void {
  let harness: TestPayload | undefined
  beforeAll(async () => {
    harness = await bootPayload()
    const payload = harness.payload
    ss.payload = payload
    const world = await makeWorld(payload)
    ss.world = world
    const sys = { overrideAccess: true, context: { seeding: true } } as const
    await payload.update({
      collection: 'producers',
      id: world.producerA.id,
      ...sys,
      data: { contacts: { phone: PRIVATE_PHONE, email: PRIVATE_EMAIL, private: true } },
    })
    await payload.update({ collection: 'producers', id: world.producerB.id, ...sys, data: { contacts: { phone: PUBLIC_PHONE, private: false } } })
    ss.search = createEmbeddedSearch()
    useSearchPort(ss.search)
    await rebuildSearchIndex(payload, ss.search, { kinds: ALL_SOURCE_KINDS })
  }, 120_000)

  afterAll(async () => {
    useSearchPort(undefined)
    _internal_resetJobSystemGlobals()
    await harness?.cleanup()
  })

  beforeEach(async () => {
    useSearchPort(ss.search)
    await runSearchJobs()
  })
}

export const runSearchJobs = () => runJobsUntilDone(ss.payload, [SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE], 20)

export async function searchJobs(): Promise<Row[]> {
  const found = await ss.payload.find({
    collection: 'payload-jobs',
    where: { queue: { in: [SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE] } },
    overrideAccess: true,
    depth: 0,
    limit: 100,
  })
  return found.docs as Row[]
}

export const titles = async (q: string, locale: 'vi' | 'en' = 'vi') => (await ss.search.search({ q, locale, hitsPerPage: 50 })).hits.map((hit) => hit.title)
export const kindsOf = async (q: string) => (await ss.search.search({ q, locale: 'vi', hitsPerPage: 50 })).hits.map((hit) => `${hit.kind}:${hit.sourceId}`)

/** Every public record, as JSON, so a test can prove a string is nowhere in them. */
export function publicIndexText(): string {
  const records = snapshotRecords(ss.search.exportSnapshot())
  return JSON.stringify([records.get('public_vi'), records.get('public_en')])
}
