/**
 * Search stays in step with the CMS: public indexes never hold drafts, enquiries or contacts, a
 * search outage leaves the save successful and the job queued until the engine is back, and a full
 * rebuild is idempotent. How each change converges through the job queue is in
 * search-sync.changes.test.ts.
 */
import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { ALL_SOURCE_KINDS } from '../../cms/search/loadSearchDocuments'
import { rebuildSearchIndex } from '../../cms/search/rebuildSearchIndex'
import { useSearchPort } from '../../cms/search/search-port'
import { SEARCH_QUEUE } from '../../src/config/job-queues'
import { SearchUnavailableError } from '../../src/search/errors'
import type { EmbeddedSearchPort, SearchPort } from '../../src/search/types'
import { kindsOf, PRIVATE_EMAIL, PRIVATE_PHONE, PUBLIC_PHONE, publicIndexText, searchJobs, setUpSearchSync, ss, titles } from './helpers/search-sync'
import { userFor, type World } from './helpers/world'

let payload: Payload
let world: World
let search: EmbeddedSearchPort
setUpSearchSync()
beforeAll(() => {
  ;({ payload, world, search } = ss)
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
