/**
 * The part of the showroom an award list can touch, read in a few queries: the provinces, the
 * producers of the provinces the list names, then only the products (drafts too) of the producers
 * the rows name, and those products' awards, plus any award holding one of the list's certificate
 * numbers. Narrowing on the producers first keeps a 250-row batch from reading a province's
 * whole catalogue.
 */
import type { PayloadRequest, Where } from 'payload'
import type { AwardRecord, AwardImportContext, Id } from '../../src/imports/award-import-types'
import type { AwardRow } from '../../src/imports/read-award-rows'
import { buildNameIndex, matchName } from '../../src/imports/match-name'
import { provinceMatcher } from '../../src/provinces/match-provinces'
import { optionalCalendarDay } from '../../src/dates/calendar-day'
import { idOf, provinceScopeOf, userOf } from '../access/roles'

const all = { pagination: false, limit: 0, depth: 0, overrideAccess: true } as const

export async function loadAwardContext(req: PayloadRequest, rows: readonly AwardRow[]): Promise<AwardImportContext> {
  const { payload } = req
  const provinces = (await payload.find({ collection: 'provinces', ...all, req })).docs.map((p) => ({
    id: p.id,
    name: p.name,
    nameEn: p.nameEn,
    slug: p.slug,
    formerNames: p.formerNames ?? [],
    region: p.region,
  }))
  const matchProvince = provinceMatcher(provinces)
  const units = new Set<Id>()
  for (const text of new Set(rows.map((row) => row.input.province).filter(Boolean))) {
    for (const unit of matchProvince(text).provinces) units.add(unit.id)
  }
  const producers = units.size
    ? (
        await payload.find({
          collection: 'producers',
          ...all,
          draft: true,
          where: { province: { in: [...units] } },
          select: { brandName: true, legalName: true, province: true },
          req,
        })
      ).docs.map((p) => ({ id: p.id, brandName: p.brandName, legalName: p.legalName, province: idOf(p.province) }))
    : []
  // The producers the rows name (exactly or nearly); the planner matches them again, with notes.
  const named = new Set<Id>()
  const byProvince = new Map<string, ReturnType<typeof buildNameIndex<(typeof producers)[number]>>>()
  for (const row of rows) {
    if (!row.input.producer || !row.input.province) continue
    for (const unit of matchProvince(row.input.province).provinces) {
      let index = byProvince.get(String(unit.id))
      if (!index) {
        index = buildNameIndex(
          producers.filter((p) => String(p.province) === String(unit.id)),
          (p) => [p.brandName, p.legalName ?? ''],
        )
        byProvince.set(String(unit.id), index)
      }
      const match = matchName(row.input.producer, index)
      if (match && 'item' in match) named.add(match.item.id)
      else if (match) for (const p of match.ambiguous) named.add(p.id)
    }
  }
  const products = named.size
    ? (
        await payload.find({
          collection: 'products',
          ...all,
          draft: true,
          locale: 'vi',
          where: { producer: { in: [...named] } },
          select: { name: true, producer: true, productGroup: true, _status: true },
          req,
        })
      ).docs.map((p) => ({ id: p.id, name: p.name, producer: idOf(p.producer)!, productGroup: idOf(p.productGroup), _status: p._status }))
    : []
  const certificates = [...new Set(rows.map((row) => row.input.certificateNumber).filter((c): c is string => Boolean(c)))]
  const awardFilters: Where[] = [
    ...(products.length ? [{ product: { in: products.map((p) => p.id) } }] : []),
    ...(certificates.length ? [{ certificateNumber: { in: certificates } }] : []),
  ]
  const awards: AwardRecord[] = awardFilters.length
    ? (
        await payload.find({
          collection: 'awards',
          ...all,
          where: { or: awardFilters },
          // Only what the plan compares: an unselected field runs no read hook (productNotice reads the product per award).
          select: {
            product: true,
            level: true,
            year: true,
            decisionNumber: true,
            decisionDate: true,
            certificateNumber: true,
            productGroup: true,
            province: true,
            provinceNameAtAward: true,
            awardingBody: true,
            region: true,
          },
          req,
        })
      ).docs.map((a) => ({
        id: a.id,
        product: idOf(a.product)!,
        level: a.level,
        year: a.year,
        decisionNumber: a.decisionNumber,
        decisionDate: optionalCalendarDay(a.decisionDate) ?? null,
        certificateNumber: a.certificateNumber,
        productGroup: idOf(a.productGroup) ?? null,
        province: idOf(a.province)!,
        provinceNameAtAward: a.provinceNameAtAward,
        awardingBody: a.awardingBody,
        region: a.region,
      }))
    : []
  const groupDocs = async (locale: 'vi' | 'en') => (await payload.find({ collection: 'product-groups', ...all, locale, req })).docs
  // One after the other: the Local API sets the locale on the shared `req`.
  const groupsVi = await groupDocs('vi')
  const groupsEn = await groupDocs('en')
  const english = new Map(groupsEn.map((g) => [String(g.id), g.name]))
  const groups = groupsVi.map((g) => ({ id: g.id, name: g.name, nameEn: english.get(String(g.id)) ?? null, code: g.code }))
  return { provinces, producers, products, groups, awards, scope: provinceScopeOf(userOf(req)) }
}
