/**
 * Awards as provenance: each with its product (only published ones are shown), the province as
 * named then and the current unit. Lists by level, year and province; one award by id; and a
 * lookup by certificate or decision number.
 */
import type { Where } from 'payload'
import type { Award } from '../../../cms/payload-types'
import { AWARD_LEVELS, compareAwards } from '../../../src/awards/award-levels'
import { documentNumberMatches, leadingNumber } from '../../../src/awards/document-number'
import { matchProvinces } from '../../../src/provinces/match-provinces'
import type { Locale } from '../../../src/site/routes'
import { idOf, payload, populated, publicRead } from '../payload'
import { byIds, pick } from './by-ids'
import { provinces, type Province } from './reference'
import { publishedProductAwards } from './visibility'

export const AWARDS_PER_PAGE = 50

/** Product, producer, province and evidence of each award, one query per collection (see by-ids.ts). */
async function populateAwards(docs: readonly Award[], locale: Locale) {
  const [products, producers, evidence, allProvinces] = await Promise.all([
    byIds(
      'products',
      docs.map((a) => a.product),
      { name: true, slug: true, producer: true },
      locale,
    ),
    byIds(
      'producers',
      docs.map((a) => a.producer),
      { brandName: true, slug: true },
    ),
    byIds(
      'media',
      docs.map((a) => a.evidence),
      { filename: true, mimeType: true, alt: true },
      locale,
    ),
    provinces(),
  ])
  const provinceById = new Map(allProvinces.map((p) => [String(p.id), p]))
  return docs.map((a) => ({
    ...a,
    product: pick(products, a.product) ?? a.product,
    producer: pick(producers, a.producer) ?? a.producer,
    province: provinceById.get(String(idOf(a.province))) ?? a.province,
    evidence: pick(evidence, a.evidence) ?? null,
  }))
}

/**
 * An award with its product (name, slug, producer), producer (brand, slug), province and evidence
 * read in place of their ids; a relation stays an id where the public may not read it.
 */
export type AwardEntry = Awaited<ReturnType<typeof populateAwards>>[number]

const byRank = (a: AwardEntry, b: AwardEntry) => compareAwards({ level: a.level, year: a.year }, { level: b.level, year: b.year })

const withProduct = (docs: AwardEntry[]) => docs.filter((a) => populated(a.product))

type FindOptions = {
  limit?: number
  page?: number
  sort?: string | string[]
  pagination?: boolean /** Leave out unpublished products' awards in the query, so counts and pages are right. */
  exact?: boolean
}

async function findAwards(where: Where, locale: Locale, options: FindOptions = {}) {
  const found = await (await payload()).find({
    collection: 'awards',
    ...publicRead,
    locale,
    depth: 0,
    where: options.exact ? { and: [where, await publishedProductAwards()] } : where,
    limit: options.limit ?? AWARDS_PER_PAGE,
    page: options.page ?? 1,
    pagination: options.pagination ?? true,
    sort: options.sort ?? ['-year', 'provinceNameAtAward'],
  })
  return { ...found, docs: await populateAwards(found.docs, locale) }
}

/** Every award a product holds, highest level first. */
export async function awardsOfProduct(productId: number | string, locale: Locale): Promise<AwardEntry[]> {
  const found = await findAwards({ product: { equals: productId } }, locale, { pagination: false })
  return withProduct(found.docs).sort(byRank)
}

/** Every award of a producer's products, highest level first. */
export async function awardsOfProducer(producerId: number | string, locale: Locale): Promise<AwardEntry[]> {
  const found = await findAwards({ producer: { equals: producerId } }, locale, { pagination: false })
  return withProduct(found.docs).sort(byRank)
}

export async function awardById(id: string, locale: Locale): Promise<AwardEntry | undefined> {
  if (!/^[\w-]{1,40}$/.test(id)) return undefined
  const numeric = /^\d+$/.test(id) ? Number(id) : id
  const found = await findAwards({ id: { equals: numeric } }, locale, { limit: 1 })
  return withProduct(found.docs)[0]
}

export type AwardFilters = { level?: string; year?: number; province?: string; page: number }

type ProvinceFilter = { province?: Province; formerProvince?: string; unknownProvince?: string; where?: Where }

async function provinceFilter(value: string | undefined): Promise<ProvinceFilter & { provinces: Province[] }> {
  const all = await provinces()
  if (!value) return { provinces: all }
  const match = matchProvinces(value, all)
  if (match.provinces.length === 0) return { provinces: all, unknownProvince: value }
  const unit: Where = { province: { in: match.provinces.map((p) => p.id) } }
  // A former name ("Bình Dương") means the awards given under that name, not the whole unit today.
  const where: Where = match.formerName ? { and: [unit, { provinceNameAtAward: { equals: match.formerName } }] } : unit
  return { provinces: all, province: match.provinces[0], formerProvince: match.formerName, where }
}

export type AwardList = Omit<ProvinceFilter, 'where'> & { awards: AwardEntry[]; total: number; page: number; pages: number; provinces: Province[] }

/** One level's awards, filtered by year and province (current or former name), newest first. */
export async function listAwards(filters: AwardFilters & { level: string }, locale: Locale): Promise<AwardList> {
  const { where: byProvince, ...place } = await provinceFilter(filters.province)
  const and: Where[] = [{ level: { equals: filters.level } }]
  if (filters.year) and.push({ year: { equals: filters.year } })
  if (byProvince) and.push(byProvince)
  const found = await findAwards({ and }, locale, { page: filters.page, sort: ['-year', 'provinceNameAtAward', '-decisionDate'], exact: true })
  return { ...place, awards: withProduct(found.docs), total: found.totalDocs, page: found.page ?? 1, pages: Math.max(1, found.totalPages) }
}

export type LevelSummary = { level: string; year: number; count: number; awards: AwardEntry[] }
export type AwardOverview = Omit<ProvinceFilter, 'where'> & { levels: LevelSummary[]; provinces: Province[] }

/**
 * The awards page without a level: for each level, national first, the winners of the given
 * year (or of that level's latest year), a few of them with a count to see all.
 */
export async function awardOverview(filters: { year?: number; province?: string }, locale: Locale, perLevel = 6): Promise<AwardOverview> {
  const p = await payload()
  const { where: byProvince, ...place } = await provinceFilter(filters.province)
  const visible = await publishedProductAwards()
  const levels = await Promise.all(
    AWARD_LEVELS.map(async (level): Promise<LevelSummary | undefined> => {
      const base: Where[] = [{ level: { equals: level } }, visible, ...(byProvince ? [byProvince] : [])]
      let year = filters.year
      if (!year) {
        const latest = await p.find({ collection: 'awards', ...publicRead, depth: 0, limit: 1, sort: '-year', where: { and: base }, select: { year: true } })
        year = latest.docs[0]?.year
      }
      if (!year) return undefined
      const and: Where[] = [{ level: { equals: level } }, { year: { equals: year } }, visible, ...(byProvince ? [byProvince] : [])]
      const found = await findAwards({ and }, locale, { limit: perLevel, sort: ['provinceNameAtAward', '-decisionDate'] })
      return found.totalDocs > 0 ? { level, year, count: found.totalDocs, awards: withProduct(found.docs) } : undefined
    }),
  )
  return { ...place, levels: levels.filter((s): s is LevelSummary => Boolean(s)) }
}

/** The most recently decided awards, for the home page. */
export async function latestAwards(locale: Locale, limit = 6): Promise<AwardEntry[]> {
  const found = await findAwards({}, locale, { limit: limit * 2, sort: ['-decisionDate', '-year'] })
  return withProduct(found.docs).slice(0, limit)
}

/** Awards whose certificate or decision number matches what the buyer typed. */
export async function lookupAwards(query: string, locale: Locale): Promise<AwardEntry[]> {
  const digits = leadingNumber(query)
  if (!digits) return []
  const found = await findAwards({ or: [{ certificateNumber: { contains: digits } }, { decisionNumber: { contains: digits } }] }, locale, {
    pagination: false,
    sort: ['-year', 'provinceNameAtAward'],
  })
  return withProduct(found.docs)
    .filter((a) => documentNumberMatches(query, a.certificateNumber) || documentNumberMatches(query, a.decisionNumber))
    .slice(0, 200)
}
