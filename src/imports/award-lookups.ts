/**
 * The showroom's records indexed once per import, so each of thousands of rows is matched in
 * constant time (name indexes are built lazily, per province and per producer).
 */
import { foldPlaceName, type ProvinceMatch, provinceMatcher } from '../provinces/match-provinces'
import type { AwardImportContext, AwardRecord, GroupRecord, Id, ProducerRecord, ProductRecord, ProvinceRecord } from './award-import-types'
import { awardKey, certificateKey } from './award-keys'
import { buildNameIndex, type NameIndex, nameKey } from './match-name'

export type AwardLookups = {
  context: AwardImportContext
  provinceById: Map<string, ProvinceRecord>
  /** matchProvinces against the context's provinces, once per distinct text. */
  matchProvince: (value: string | null | undefined) => ProvinceMatch<ProvinceRecord>
  producersIn: (province: Id) => NameIndex<ProducerRecord>
  productsOf: (producer: Id) => NameIndex<ProductRecord>
  productById: Map<string, ProductRecord>
  group: (typed: string) => GroupRecord | undefined
  awardByCertificate: Map<string, AwardRecord>
  awardByKey: Map<string, AwardRecord>
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => Id | null | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === null || key === undefined) continue
    const list = groups.get(String(key)) ?? []
    list.push(item)
    groups.set(String(key), list)
  }
  return groups
}

function lazyIndex<T>(groups: Map<string, T[]>, namesOf: (item: T) => readonly string[]): (id: Id) => NameIndex<T> {
  const cache = new Map<string, NameIndex<T>>()
  return (id) => {
    let index = cache.get(String(id))
    if (!index) {
      index = buildNameIndex(groups.get(String(id)) ?? [], namesOf)
      cache.set(String(id), index)
    }
    return index
  }
}

export function buildAwardLookups(context: AwardImportContext): AwardLookups {
  const provinceById = new Map(context.provinces.map((p) => [String(p.id), p]))
  const groupByKey = new Map<string, GroupRecord>()
  for (const g of context.groups) {
    for (const name of [g.name, g.nameEn, g.code]) if (name) groupByKey.set(nameKey(name), g)
  }
  const awardByCertificate = new Map<string, AwardRecord>()
  const awardByKey = new Map<string, AwardRecord>()
  for (const award of context.awards) {
    awardByKey.set(awardKey(award.product, award.level, award.year, award.decisionNumber), award)
    if (!award.certificateNumber) continue
    const region = award.region ?? provinceById.get(String(award.province))?.region
    awardByCertificate.set(certificateKey(award.certificateNumber, award.level, award.year, award.province, region), award)
  }
  return {
    context,
    provinceById,
    matchProvince: provinceMatcher(context.provinces),
    producersIn: lazyIndex(
      groupBy(context.producers, (p) => p.province),
      (p) => [p.brandName, p.legalName ?? ''],
    ),
    productsOf: lazyIndex(
      groupBy(context.products, (p) => p.producer),
      (p) => [p.name],
    ),
    productById: new Map(context.products.map((p) => [String(p.id), p])),
    // "Thủ công mỹ nghệ", "handicrafts…" or the code "1".
    group: (typed) => groupByKey.get(nameKey(typed)) ?? groupByKey.get(nameKey(typed).replace(/^nhom\s*/, '')),
    awardByCertificate,
    awardByKey,
  }
}

/** Same place name, ignoring diacritics and "tỉnh"/"thành phố". */
export const samePlace = (a: string, b: string) => foldPlaceName(a) === foldPlaceName(b)
