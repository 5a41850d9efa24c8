/**
 * Search changes converge through the job queue: a change commits with its sync job, and the job
 * (run here with `payload.jobs.run`) brings the index to the database's published state, for
 * products, producers, awards, enquiries and synonyms. What the public indexes hold, outages and
 * rebuilds are in search-sync.test.ts.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSynonyms, SEARCH_SYNONYMS_SLUG } from '../../cms/search/SearchSynonyms'
import { DEFAULT_SYNONYM_GROUPS } from '../../src/search/settings/default-synonyms'
import SUPERSEDED_2026_11 from '../../src/search/settings/synonyms.superseded-2026-11.json' with { type: 'json' }
import type { EmbeddedSearchPort } from '../../src/search/types'
import { kindsOf, type Row, runSearchJobs, searchJobs, setUpSearchSync, ss, titles } from './helpers/search-sync'
import { userFor, type World } from './helpers/world'

let payload: Payload
let world: World
let search: EmbeddedSearchPort
setUpSearchSync()
beforeAll(() => {
  ;({ payload, world, search } = ss)
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
