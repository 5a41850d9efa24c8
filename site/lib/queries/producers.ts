/** Producers (brands): the list, one brand with its page's content, and counts per province. */
import type { Where } from 'payload'
import type { Locale } from '../../../src/site/routes'
import type { Producer } from '../../../cms/payload-types'
import { payload, publicRead } from '../payload'

export const BRANDS_PER_PAGE = 30

export const MEDIA_FIELDS = { alt: true, filename: true, width: true, height: true, mimeType: true, sizes: true } as const

export async function listProducers(locale: Locale, options: { page: number; where?: Where }) {
  const found = await (await payload()).find({
    collection: 'producers',
    ...publicRead,
    locale,
    depth: 1,
    where: options.where ?? {},
    page: options.page,
    limit: BRANDS_PER_PAGE,
    sort: 'brandName',
    select: { brandName: true, slug: true, kind: true, province: true, summary: true, logo: true, verified: true },
    populate: { provinces: { name: true, nameEn: true, slug: true }, media: MEDIA_FIELDS },
  })
  return { producers: found.docs, total: found.totalDocs, page: found.page ?? 1, pages: Math.max(1, found.totalPages) }
}

export async function producerBySlug(slug: string, locale: Locale): Promise<Producer | undefined> {
  const found = await (await payload()).find({
    collection: 'producers',
    ...publicRead,
    locale,
    depth: 1,
    limit: 1,
    where: { slug: { equals: slug } },
    populate: { provinces: { name: true, nameEn: true, slug: true }, media: MEDIA_FIELDS },
  })
  return found.docs[0]
}

/** How many published producers each province has (by province id), for the home page. */
export async function producerCountByProvince(provinceIds: readonly (number | string)[]): Promise<Map<string, number>> {
  const p = await payload()
  // One count per province is far cheaper than reading every producer (indexed, no documents built).
  const counts = await Promise.all(provinceIds.map((id) => p.count({ collection: 'producers', ...publicRead, where: { province: { equals: id } } })))
  return new Map(provinceIds.map((id, i) => [String(id), counts[i]!.totalDocs]))
}
