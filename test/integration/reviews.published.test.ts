/**
 * Reviews and the public (issue 11): marketing text may go live at once when the review settings
 * allow it, and search indexes only the published version. The review flow itself is in reviews.test.ts.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReviewChange } from '../../cms/reviews/review-changes'
import { ALL_SOURCE_KINDS } from '../../cms/search/loadSearchDocuments'
import { rebuildSearchIndex } from '../../cms/search/rebuildSearchIndex'
import { useSearchPort } from '../../cms/search/search-port'
import { SEARCH_QUEUE } from '../../src/config/job-queues'
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import { runJobsUntilDone } from './helpers/jobs'
import { as, publicProduct, rw, setUpReviews, submitSummary } from './helpers/reviews'
import type { World } from './helpers/world'

let payload: Payload
let world: World
setUpReviews()
beforeAll(() => {
  ;({ payload, world } = rw)
})

describe('marketing text live at once (review settings)', () => {
  it('should keep every change waiting while the setting is off, the default', async () => {
    const settings = await payload.findGlobal({ slug: 'review-settings', overrideAccess: true })
    expect(settings.marketingLiveAtOnce ?? false).toBe(false)
  })

  it('should let a verified producer publish marketing text at once, reviewed afterwards, but never a claim', async () => {
    // `_status` said: a save without it over a pending draft keeps the draft's status (Payload's rule).
    await payload.update({ collection: 'producers', id: world.producerA.id, data: { verified: true, _status: 'published' }, ...(await as('staff')) })
    await payload.updateGlobal({ slug: 'review-settings', data: { marketingLiveAtOnce: true }, ...(await as('staff')) })
    const summary = 'Mật ong hoa cà phê Đắk Lắk, vụ mới'
    await payload.update({ collection: 'products', id: world.productA.id, data: { summary, _status: 'published' }, locale: 'vi', ...(await as('producerA')) })
    expect((await publicProduct()).summary).toBe(summary)
    const { docs } = await payload.find({ collection: 'reviews', where: { status: { equals: 'live' } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect((docs[0]!.changes as ReviewChange[]).map((c) => c.field)).toContain('summary.vi')
    await expect(
      payload.update({
        collection: 'products',
        id: world.productA.id,
        data: { certifications: [{ kind: 'haccp' }], _status: 'published' },
        locale: 'vi',
        ...(await as('producerA')),
      }),
    ).rejects.toThrow(/Gửi duyệt/)
    await payload.updateGlobal({ slug: 'review-settings', data: { marketingLiveAtOnce: false }, overrideAccess: true })
  })

  it('should not let province-scoped staff or producers change the setting', async () => {
    for (const actor of ['staffOther', 'producerA'] as const) {
      await expect(payload.updateGlobal({ slug: 'review-settings', data: { marketingLiveAtOnce: true }, ...(await as(actor)) })).rejects.toThrow()
    }
  })
})

describe('search takes only the published version', () => {
  it('should index an approved change and never a submitted one', async () => {
    const search = createEmbeddedSearch()
    useSearchPort(search)
    try {
      await rebuildSearchIndex(payload, search, { kinds: ALL_SOURCE_KINDS })
      const hits = async (q: string) => (await search.search({ q, locale: 'vi', hitsPerPage: 20 })).hits.map((h) => `${h.kind}:${h.sourceId}`)
      const review = await submitSummary('Mật ong xuyên chi hương rừng khộp')
      await runJobsUntilDone(payload, [SEARCH_QUEUE], 20)
      expect(await hits('xuyen chi khop')).not.toContain(`product:${world.productA.id}`)
      await payload.update({ collection: 'reviews', id: review.id, data: { status: 'approved' }, ...(await as('staff')) })
      await runJobsUntilDone(payload, [SEARCH_QUEUE], 20)
      expect(await hits('xuyen chi khop')).toContain(`product:${world.productA.id}`)
    } finally {
      useSearchPort(undefined)
    }
  })
})
