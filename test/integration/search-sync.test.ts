/**
 * Search stays in step with the CMS: a change commits with its sync job, the job (run here with
 * `payload.jobs.run`) brings the index to the database's published state, and public indexes never
 * hold drafts, enquiries or contacts. A search outage leaves the save successful and the job queued
 * until the engine is back.
 */
import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { SearchUnavailableError } from '../../src/search/errors'
import type { EmbeddedSearchPort, SearchPort } from '../../src/search/types'
import { ENQUIRY_SEARCH_QUEUE, SEARCH_QUEUE } from '../../src/config/job-queues'
import { ALL_SOURCE_KINDS } from '../../cms/search/loadSearchDocuments'
import { rebuildSearchIndex } from '../../cms/search/rebuildSearchIndex'
import { useSearchPort } from '../../cms/search/search-port'
import { readSynonyms, SEARCH_SYNONYMS_SLUG } from '../../cms/search/SearchSynonyms'
import { DEFAULT_SYNONYM_GROUPS } from '../../src/search/settings/default-synonyms'
import SUPERSEDED_2026_11 from '../../src/search/settings/synonyms.superseded-2026-11.json' with { type: 'json' }
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { runJobsUntilDone } from './helpers/jobs'
import { makeWorld, userFor, type World } from './helpers/world'

let harness: TestPayload
let payload: Payload
let world: World
let search: EmbeddedSearchPort
type Row = Record<string, any>

const PRIVATE_PHONE = '0988 765 432'
const PRIVATE_EMAIL = 'secret-owner@private.example'
const PUBLIC_PHONE = '0977 111 222'

const runSearchJobs = () => runJobsUntilDone(payload, [SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE], 20)

async function searchJobs(): Promise<Row[]> {
  const found = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { in: [SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE] } },
    overrideAccess: true,
    depth: 0,
    limit: 100,
  })
  return found.docs as Row[]
}

const titles = async (q: string, locale: 'vi' | 'en' = 'vi') => (await search.search({ q, locale, hitsPerPage: 50 })).hits.map((hit) => hit.title)
const kindsOf = async (q: string) => (await search.search({ q, locale: 'vi', hitsPerPage: 50 })).hits.map((hit) => `${hit.kind}:${hit.sourceId}`)

/** Every public record, as JSON, so a test can prove a string is nowhere in them. */
function publicIndexText(): string {
  const snapshot = JSON.parse(search.exportSnapshot()) as { indexes: Record<string, unknown> }
  return JSON.stringify([snapshot.indexes.public_vi, snapshot.indexes.public_en])
}

beforeAll(async () => {
  harness = await bootPayload()
  payload = harness.payload
  world = await makeWorld(payload)
  const sys = { overrideAccess: true, context: { seeding: true } } as const
  await payload.update({
    collection: 'producers',
    id: world.producerA.id,
    ...sys,
    data: { contacts: { phone: PRIVATE_PHONE, email: PRIVATE_EMAIL, private: true } },
  })
  await payload.update({ collection: 'producers', id: world.producerB.id, ...sys, data: { contacts: { phone: PUBLIC_PHONE, private: false } } })
  search = createEmbeddedSearch()
  useSearchPort(search)
  await rebuildSearchIndex(payload, search, { kinds: ALL_SOURCE_KINDS })
}, 120_000)

afterAll(async () => {
  useSearchPort(undefined)
  _internal_resetJobSystemGlobals()
  await harness?.cleanup()
})

beforeEach(async () => {
  useSearchPort(search)
  await runSearchJobs()
})

describe('search: what the public indexes hold', () => {
  it('should hold published products, producers and fairs, in both languages', async () => {
    expect(await kindsOf('mat ong hoa ca phe')).toContain(`product:${world.productA.id}`)
    expect(await kindsOf('keo khom')).toEqual(expect.arrayContaining([`product:${world.productB.id}`, `producer:${world.producerB.id}`]))
    expect(await titles('hoi cho phia nam')).toContain('Hội chợ CNNT khu vực phía Nam')
    expect(search.count().public_en).toBeGreaterThan(0)
  })

  it('should never hold drafts', async () => {
    expect(await titles('bac ha')).toEqual([])
    expect(await titles('hoi cho chua cong bo')).toEqual([])
    expect(publicIndexText()).not.toContain('bạc hà')
  })

  it('should never hold enquiries or their buyers in a public index', async () => {
    expect(await titles('Buyer for A')).toEqual([])
    expect(await titles('container')).toEqual([])
    const text = publicIndexText()
    for (const secret of ['buyer@example.com', 'Buyer for A', 'container', 'gọi lại thứ Hai']) expect(text).not.toContain(secret)
    // They are in the private index, for staff.
    expect((await search.searchEnquiries({ q: 'container', locale: 'vi', scope: { staff: true } })).totalHits).toBe(2)
  })

  it('should never hold contacts, private or public', () => {
    const text = publicIndexText()
    for (const contact of [PRIVATE_PHONE, PRIVATE_EMAIL, PUBLIC_PHONE, '0988765432']) expect(text).not.toContain(contact)
  })

  it('should find a product under its province, a former province name and its award', async () => {
    expect(await kindsOf('Bình Dương')).toContain(`product:${world.productA.id}`)
    expect(await kindsOf('long an')).toContain(`product:${world.productB.id}`)
    const provincial = await search.search({ q: '', locale: 'vi', filters: { awardLevel: ['provincial'] } })
    expect(provincial.hits.map((hit) => hit.sourceId)).toEqual([String(world.productA.id)])
  })
})

describe('search: changes converge through the job queue', () => {
  it("should show a product's first photo as a small square picture beside its hit", async () => {
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#c58b2a' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Hũ mật ong', owner: world.producerA.id },
      file: { data: photo, mimetype: 'image/png', name: 'mat-ong-hu.png', size: photo.length },
    })
    expect(media.sizes?.thumb).toMatchObject({ width: 128, height: 128 })
    await payload.update({ collection: 'products', id: world.productA.id, overrideAccess: true, data: { images: [media.id] } })
    await runSearchJobs()
    const hit = (await search.search({ q: 'mat ong hoa ca phe', locale: 'vi' })).hits.find((h) => h.sourceId === String(world.productA.id))
    expect(hit?.thumbnail).toBe(`/media/${encodeURIComponent(media.sizes!.thumb!.filename!)}`)
  })

  it('should show a published draft, and hide it again when unpublished', async () => {
    const staff = await userFor(payload, world, 'staff')
    await payload.update({
      collection: 'products',
      id: world.draftA.id,
      user: staff,
      overrideAccess: false,
      locale: 'vi',
      data: { name: 'Mật ong bạc hà Mèo Vạc', _status: 'published' },
    })
    expect((await searchJobs()).map((job) => job.taskSlug)).toEqual(['syncSearch'])
    expect(await titles('bac ha')).toEqual([])
    await runSearchJobs()
    expect(await titles('bac ha')).toEqual(['Mật ong bạc hà Mèo Vạc'])
    expect(await searchJobs()).toEqual([])

    await payload.update({ collection: 'products', id: world.draftA.id, user: staff, overrideAccess: false, data: { _status: 'draft' } })
    await runSearchJobs()
    expect(await titles('bac ha')).toEqual([])
  })

  it('should keep the published version while a newer draft is saved, and take the edit once published', async () => {
    const producerA = await userFor(payload, world, 'producerA')
    await payload.update({
      collection: 'products',
      id: world.productA.id,
      user: producerA,
      overrideAccess: false,
      draft: true,
      locale: 'vi',
      data: { name: 'Mật ong hoa nhãn' },
    })
    await runSearchJobs()
    expect(await titles('hoa nhan')).toEqual([])
    expect(await titles('hoa ca phe')).toContain('Mật ong hoa cà phê')

    // A producer's change goes live when the centre publishes it (approving its review does this).
    await payload.update({
      collection: 'products',
      id: world.productA.id,
      user: await userFor(payload, world, 'staff'),
      overrideAccess: false,
      locale: 'vi',
      data: { name: 'Mật ong hoa nhãn', _status: 'published' },
    })
    await runSearchJobs()
    expect(await titles('hoa nhan')).toEqual(['Mật ong hoa nhãn'])
    expect(await titles('hoa ca phe')).toEqual([])
  })

  it('should remove a deleted product from both languages', async () => {
    const extra = await payload.create({
      collection: 'products',
      overrideAccess: true,
      locale: 'vi',
      data: { name: 'Nước cốt dừa đóng lon', slug: 'nuoc-cot-dua-dong-lon', producer: world.producerB.id, productGroup: world.group.id, _status: 'published' },
    })
    await runSearchJobs()
    expect(await titles('nuoc cot dua')).toEqual(['Nước cốt dừa đóng lon'])
    await payload.delete({ collection: 'products', id: extra.id, overrideAccess: true })
    await runSearchJobs()
    expect(await titles('nuoc cot dua')).toEqual([])
    expect(await search.listDocumentIds()).not.toContain(`product-${extra.id}-en`)
  })

  it("should resync a producer's products when its brand changes", async () => {
    const staff = await userFor(payload, world, 'staff')
    await payload.update({ collection: 'producers', id: world.producerB.id, user: staff, overrideAccess: false, data: { brandName: 'Khóm Tắc Cậu' } })
    await runSearchJobs()
    const hits = await kindsOf('tac cau')
    expect(hits).toEqual(expect.arrayContaining([`producer:${world.producerB.id}`, `product:${world.productB.id}`]))
  })

  it("should update a product's award facets when an award is added or removed", async () => {
    const staff = await userFor(payload, world, 'staff')
    const award = await payload.create({
      collection: 'awards',
      user: staff,
      overrideAccess: false,
      data: {
        product: world.productB.id,
        level: 'national',
        year: 2025,
        awardingBody: 'Bộ Công Thương',
        decisionNumber: '99/QĐ-BCT',
        province: world.p2.id,
        provinceNameAtAward: 'Long An',
      },
    })
    await runSearchJobs()
    const national = await search.search({ q: '', locale: 'vi', filters: { awardLevel: ['national'] } })
    expect(national.hits.map((hit) => hit.sourceId)).toEqual([String(world.productB.id)])
    await payload.delete({ collection: 'awards', id: award.id, user: staff, overrideAccess: false })
    await runSearchJobs()
    expect((await search.search({ q: '', locale: 'vi', filters: { awardLevel: ['national'] } })).totalHits).toBe(0)
  })

  it('should index a new enquiry in the private index only, and follow its status', async () => {
    const enquiry = await payload.create({
      collection: 'enquiries',
      overrideAccess: true,
      data: {
        producer: world.producerA.id,
        status: 'new',
        name: 'Tanaka Hiro',
        company: 'Osaka Honey Imports',
        email: 'hiro@osaka.example',
        message: 'Quote for 2 pallets of coffee-blossom honey',
        consent: true,
        language: 'en',
      },
    })
    await runSearchJobs()
    const scoped = await search.searchEnquiries({ q: 'osaka', locale: 'vi', scope: { producerId: String(world.producerA.id) } })
    expect(scoped.hits.map((hit) => hit.sourceId)).toEqual([String(enquiry.id)])
    expect((await search.searchEnquiries({ q: 'osaka', locale: 'vi', scope: { producerId: String(world.producerB.id) } })).totalHits).toBe(0)
    expect(await titles('osaka')).toEqual([])
    expect(await titles('osaka', 'en')).toEqual([])
    await payload.update({ collection: 'enquiries', id: enquiry.id, overrideAccess: true, data: { status: 'answered' } })
    await runSearchJobs()
    expect((await search.searchEnquiries({ q: 'osaka', locale: 'vi', scope: { staff: true } })).hits[0]?.status).toBe('answered')
  })

  it('should start from the default synonyms and apply those staff edit', async () => {
    expect(await kindsOf('bromelia')).toEqual([])
    // The first read fills the never-saved global with the defaults.
    expect(await readSynonyms(payload)).toContainEqual(['khóm', 'dứa', 'thơm', 'pineapple'])
    const current = (await payload.findGlobal({ slug: SEARCH_SYNONYMS_SLUG as never, overrideAccess: true })) as Row
    expect(current.groups.length).toBeGreaterThan(10)
    await payload.updateGlobal({
      slug: SEARCH_SYNONYMS_SLUG as never,
      overrideAccess: true,
      data: { groups: [...(current.groups ?? []).map((g: Row) => ({ words: g.words })), { words: ['khóm', 'bromelia'] }] } as never,
    })
    expect((await searchJobs()).map((job) => `${job.taskSlug}@${job.queue}`).sort()).toEqual(['updateSynonyms@search', 'updateSynonyms@search-enquiries'])
    await runSearchJobs()
    expect(await kindsOf('bromelia')).toContain(`product:${world.productB.id}`)
    expect(await kindsOf('thom')).toContain(`product:${world.productB.id}`)
  })

  it("should give an older release's untouched default synonyms the current defaults, and keep a staff edit", async () => {
    const save = (groups: string[][]) =>
      payload.updateGlobal({
        slug: SEARCH_SYNONYMS_SLUG,
        overrideAccess: true,
        context: { seeding: true },
        data: { groups: groups.map((words) => ({ words })) },
      })
    await save(SUPERSEDED_2026_11.map((group) => [...group]))
    expect(await readSynonyms(payload)).toEqual(DEFAULT_SYNONYM_GROUPS.map((group) => [...group]))
    expect(await readSynonyms(payload)).toContainEqual(['vừng', 'mè', 'sesame'])
    const edited = [...SUPERSEDED_2026_11.map((group) => [...group]), ['khóm', 'bromelia']]
    await save(edited)
    expect(await readSynonyms(payload)).toEqual(edited)
  })

  it('should skip sync for seed writes', async () => {
    await payload.update({
      collection: 'products',
      id: world.productB.id,
      overrideAccess: true,
      context: { seeding: true },
      locale: 'vi',
      data: { name: 'Kẹo khóm (seed)' },
    })
    expect(await searchJobs()).toEqual([])
  })
})

describe('search: an outage never blocks a save nor loses an update', () => {
  it('should save, keep the job queued while the engine is down, and apply it once it is back', async () => {
    const down: SearchPort = {
      ...search,
      upsert: async () => {
        throw new SearchUnavailableError('Meilisearch did not answer (test)')
      },
      remove: async () => {
        throw new SearchUnavailableError('Meilisearch did not answer (test)')
      },
    }
    useSearchPort(down)
    const staff = await userFor(payload, world, 'staff')
    const saved = await payload.update({
      collection: 'fairs',
      id: world.fair.id,
      user: staff,
      overrideAccess: false,
      locale: 'vi',
      data: { name: 'Hội chợ Nông sản Cần Giờ' },
    })
    expect(saved.name).toBe('Hội chợ Nông sản Cần Giờ')

    await payload.jobs.run({ queue: SEARCH_QUEUE, silent: true })
    let [job] = await searchJobs()
    expect(job).toMatchObject({ taskSlug: 'syncSearch', hasError: false, totalTried: 1 })
    expect(new Date(job!.waitUntil).getTime()).toBeGreaterThan(Date.now())
    // Still down at the next attempt: the job waits longer, and is still there.
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 60_000)
    await payload.jobs.run({ queue: SEARCH_QUEUE, silent: true })
    ;[job] = await searchJobs()
    expect(job).toMatchObject({ hasError: false, totalTried: 2 })
    expect(await titles('can gio')).toEqual([])

    useSearchPort(search)
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 10 * 60_000)
    await payload.jobs.run({ queue: SEARCH_QUEUE, silent: true })
    _internal_resetJobSystemGlobals()
    expect(await searchJobs()).toEqual([])
    expect(await titles('can gio')).toEqual(['Hội chợ Nông sản Cần Giờ'])
  })
})

describe('search: a full rebuild', () => {
  it('should be idempotent', async () => {
    const before = search.count()
    const first = await rebuildSearchIndex(payload, search, { kinds: ALL_SOURCE_KINDS })
    const second = await rebuildSearchIndex(payload, search, { kinds: ALL_SOURCE_KINDS })
    expect(second.documents).toEqual(first.documents)
    expect(search.count()).toEqual(before)
  })
})
