/**
 * A product's `province` is a copy of its producer's (scoping and the province filter need no
 * join). When staff move a producer to another province, its products follow in the same
 * transaction: the published product, a never-published draft, and a pending draft over a
 * published product (which keeps its unpublished edits and stays unpublished); and search learns
 * the new province through the producer's sync job.
 */
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import type { EmbeddedSearchPort } from '../../src/search/types'
import { SEARCH_QUEUE } from '../../src/config/job-queues'
import { ALL_SOURCE_KINDS } from '../../cms/search/loadSearchDocuments'
import { rebuildSearchIndex } from '../../cms/search/rebuildSearchIndex'
import { useSearchPort } from '../../cms/search/search-port'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { runJobsUntilDone } from './helpers/jobs'
import { makeWorld, userFor, type World } from './helpers/world'

let harness: TestPayload
let payload: Payload
let world: World
let search: EmbeddedSearchPort
let pendingId: number | string
const sys = { overrideAccess: true, context: { seeding: true } } as const
const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

const runSearchJobs = () => runJobsUntilDone(payload, [SEARCH_QUEUE], 20)

beforeAll(async () => {
  harness = await bootPayload()
  payload = harness.payload
  world = await makeWorld(payload)
  // A published product whose producer has since saved unpublished edits.
  const pending = await payload.create({
    collection: 'products',
    ...sys,
    locale: 'vi',
    data: {
      name: 'Mật ong rừng U Minh',
      slug: 'mat-ong-rung-u-minh',
      summary: 'Bản đã công bố',
      producer: world.producerA.id,
      productGroup: world.group.id,
      _status: 'published',
    },
  })
  await payload.update({ collection: 'products', id: pending.id, ...sys, locale: 'vi', draft: true, data: { summary: 'Bản nháp chưa công bố' } })
  pendingId = pending.id
  search = createEmbeddedSearch()
  useSearchPort(search)
  await rebuildSearchIndex(payload, search, { kinds: ALL_SOURCE_KINDS })
}, 120_000)

afterAll(async () => {
  useSearchPort(undefined)
  _internal_resetJobSystemGlobals()
  await harness?.cleanup()
})

describe('a producer moving to another province', () => {
  it('should start with every product of producer A in province 1', async () => {
    for (const id of [world.productA.id, world.draftA.id, pendingId]) {
      const product = await payload.findByID({ collection: 'products', id, draft: true, depth: 0, overrideAccess: true })
      expect(idOf(product.province), String(id)).toBe(world.p1.id)
    }
  })

  it('should move nothing while the move is only an unpublished draft of the producer', async () => {
    const staff = await userFor(payload, world, 'staff')
    await payload.update({
      collection: 'producers',
      id: world.producerA.id,
      draft: true,
      overrideAccess: false,
      user: staff,
      data: { province: world.p2.id, _status: 'draft' },
    })
    const draft = await payload.findByID({ collection: 'producers', id: world.producerA.id, draft: true, depth: 0, overrideAccess: true })
    expect(idOf(draft.province)).toBe(world.p2.id)
    // The public producer page still shows province 1, so its products stay there too.
    const published = await payload.findByID({ collection: 'products', id: world.productA.id, depth: 0, overrideAccess: false })
    expect(idOf(published.province)).toBe(world.p1.id)
    for (const id of [world.productA.id, world.draftA.id, pendingId]) {
      const latest = await payload.findByID({ collection: 'products', id, draft: true, depth: 0, overrideAccess: true })
      expect(idOf(latest.province), String(id)).toBe(world.p1.id)
    }
  })

  it('should take its products along when staff change its province', async () => {
    const staff = await userFor(payload, world, 'staff')
    await payload.update({
      collection: 'producers',
      id: world.producerA.id,
      overrideAccess: false,
      user: staff,
      data: { province: world.p2.id, _status: 'published' },
    })
    // Search hears of it through jobs queued in the same transaction: the producer's (which re-indexes its products) and the products'.
    const queued = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: SEARCH_QUEUE } }, depth: 0, limit: 100, overrideAccess: true })
    const inputs = queued.docs.map((job) => job.input as { kind: string; id: string })
    expect(inputs).toEqual(
      expect.arrayContaining([
        { kind: 'producer', id: String(world.producerA.id) },
        { kind: 'product', id: String(world.productA.id) },
      ]),
    )

    // The public reads the published product in the new province, and finds it under that filter.
    const published = await payload.findByID({ collection: 'products', id: world.productA.id, depth: 0, overrideAccess: false })
    expect(idOf(published.province)).toBe(world.p2.id)
    const inNewProvince = await payload.find({
      collection: 'products',
      where: { province: { equals: world.p2.id } },
      depth: 0,
      limit: 100,
      overrideAccess: false,
    })
    expect(inNewProvince.docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([world.productA.id, pendingId, world.productB.id]))
    const inOldProvince = await payload.find({
      collection: 'products',
      where: { province: { equals: world.p1.id } },
      depth: 0,
      limit: 100,
      overrideAccess: false,
    })
    expect(inOldProvince.docs).toEqual([])

    // Staff see the drafts in the new province too (what the admin shows and what the next publish keeps).
    for (const id of [world.productA.id, world.draftA.id, pendingId]) {
      const latest = await payload.findByID({ collection: 'products', id, draft: true, depth: 0, overrideAccess: false, user: staff })
      expect(idOf(latest.province), String(id)).toBe(world.p2.id)
    }
  })

  it('should leave a pending draft pending, with its edits, and the never-published draft unpublished', async () => {
    const staff = await userFor(payload, world, 'staff')
    const latest = await payload.findByID({ collection: 'products', id: pendingId, draft: true, locale: 'vi', depth: 0, overrideAccess: false, user: staff })
    expect(latest).toMatchObject({ _status: 'draft', summary: 'Bản nháp chưa công bố' })
    const live = await payload.findByID({ collection: 'products', id: pendingId, locale: 'vi', depth: 0, overrideAccess: false })
    expect(live).toMatchObject({ _status: 'published', summary: 'Bản đã công bố' })
    expect(idOf(live.province)).toBe(world.p2.id)
    await expect(payload.findByID({ collection: 'products', id: world.draftA.id, depth: 0, overrideAccess: false })).rejects.toMatchObject({ status: 404 })
  })

  it('should let staff scoped to the new province manage the moved products', async () => {
    const scoped = await userFor(payload, world, 'staffOther')
    const saved = await payload.update({
      collection: 'products',
      id: world.draftA.id,
      draft: true,
      locale: 'vi',
      data: { summary: 'Sửa bởi cán bộ Tây Ninh' },
      depth: 0,
      overrideAccess: false,
      user: scoped,
    })
    expect(saved.summary).toBe('Sửa bởi cán bộ Tây Ninh')
  })

  it('should index the moved products under the new province once the sync jobs ran', async () => {
    await runSearchJobs()
    const hits = async (province: string) =>
      (await search.search({ q: '', locale: 'vi', hitsPerPage: 50, filters: { province: [province] } })).hits
        .filter((hit) => hit.kind === 'product')
        .map((hit) => hit.sourceId)
    expect(await hits('Tây Ninh')).toEqual(expect.arrayContaining([String(world.productA.id), String(pendingId)]))
    expect(await hits('Thành phố Hồ Chí Minh')).toEqual([])
    // Drafts stay out of the index.
    expect(await hits('Tây Ninh')).not.toContain(String(world.draftA.id))
  })
})
