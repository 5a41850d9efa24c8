/**
 * Ties one checked row to the showroom: which provincial unit (current or former name), whether
 * the staff member may import for it, which producer and product, which product group, who issued
 * it. Gives the award as it would be written, or the reasons the row cannot be imported.
 */
import { expectedIssuer } from '../awards/issuing-body'
import type { AwardData, AwardImportOptions, Id, NewProduct, PlannedAward, ProducerRecord, ProductRecord } from './award-import-types'
import type { AwardLookups } from './award-lookups'
import { type ImportIssue, issue } from './import-issue'
import { matchName, nameKey } from './match-name'
import { LEVEL_NAMES_VI } from './parse-award-level'
import type { AwardRow } from './read-award-rows'

export type ResolvedRow =
  | { ok: true; data: AwardData; producer: Id; notes: ImportIssue[]; newProduct?: NewProduct; matched: NonNullable<PlannedAward['matched']> }
  | { ok: false; issues: ImportIssue[]; matched: NonNullable<PlannedAward['matched']> }

const names = (items: readonly { name?: string; brandName?: string }[]) =>
  items
    .slice(0, 3)
    .map((item) => item.brandName ?? item.name)
    .join('; ')

export function resolveAwardRow(row: AwardRow, lookups: AwardLookups, options: AwardImportOptions): ResolvedRow {
  const matched: NonNullable<PlannedAward['matched']> = {}
  const { input, level, year } = row
  if (row.errors.length > 0 || !level || year === undefined) return { ok: false, issues: row.errors, matched }
  const notes: ImportIssue[] = [...row.warnings]

  const provinceMatch = lookups.matchProvince(input.province)
  if (provinceMatch.provinces.length === 0) return { ok: false, issues: [issue('province-unknown', { value: input.province! })], matched }
  if (provinceMatch.provinces.length > 1) {
    return { ok: false, issues: [issue('province-ambiguous', { value: input.province!, names: names(provinceMatch.provinces) })], matched }
  }
  const province = provinceMatch.provinces[0]!
  matched.province = province.name
  const scope = lookups.context.scope
  if (scope && !scope.map(String).includes(String(province.id))) return { ok: false, issues: [issue('outside-scope', { province: province.name })], matched }
  // The award keeps the province as written (the former name, if that is what the decision says),
  // spelled as the showroom spells it when only diacritics or "tỉnh" differ.
  const provinceNameAtAward = provinceMatch.formerName ?? province.name
  if (provinceMatch.formerName && provinceMatch.formerName !== province.name) {
    notes.push(issue('former-province', { value: provinceMatch.formerName, province: province.name }))
  }

  const producerMatch = matchName(input.producer!, lookups.producersIn(province.id))
  if (!producerMatch) return { ok: false, issues: [issue('producer-unknown', { value: input.producer!, province: province.name })], matched }
  if ('ambiguous' in producerMatch) {
    return { ok: false, issues: [issue('producer-ambiguous', { value: input.producer!, names: names(producerMatch.ambiguous) })], matched }
  }
  const producer: ProducerRecord = producerMatch.item
  matched.producer = producer.brandName
  if (!producerMatch.exact) notes.push(issue('fuzzy-match', { value: input.producer!, match: producer.brandName }))

  let group = undefined as ReturnType<AwardLookups['group']>
  if (input.productGroup) {
    group = lookups.group(input.productGroup)
    if (!group) notes.push(issue('group-unknown', { value: input.productGroup }))
  }

  const productMatch = matchName(input.product!, lookups.productsOf(producer.id))
  if (productMatch && 'ambiguous' in productMatch) {
    return { ok: false, issues: [issue('product-ambiguous', { value: input.product!, names: names(productMatch.ambiguous) })], matched }
  }
  let product: ProductRecord | undefined
  let newProduct: NewProduct | undefined
  if (productMatch) {
    product = productMatch.item
    matched.product = product.name
    if (!productMatch.exact) notes.push(issue('fuzzy-match', { value: input.product!, match: product.name }))
  } else if (!options.createMissingProducts) {
    return { ok: false, issues: [issue('product-unknown', { value: input.product!, producer: producer.brandName })], matched }
  } else if (!group) {
    return { ok: false, issues: [issue('group-needed')], matched }
  } else {
    newProduct = { key: `${producer.id}|${nameKey(input.product!)}`, name: input.product!, producer: producer.id, productGroup: group.id }
    matched.product = input.product
  }

  const needsIssuer = level === 'commune' || level === 'district'
  if (needsIssuer && !input.issuer) return { ok: false, issues: [issue('issuer-needed', { level: LEVEL_NAMES_VI[level] })], matched }
  const data: AwardData = {
    product: product?.id ?? null,
    level,
    region: level === 'regional' ? (province.region ?? null) : null,
    year,
    awardingBody: input.issuer ?? expectedIssuer(level, year, provinceNameAtAward),
    decisionNumber: input.decisionNumber!,
    decisionDate: row.decisionDate ?? null,
    certificateNumber: input.certificateNumber ?? null,
    productGroup: group?.id ?? null,
    province: province.id,
    provinceNameAtAward,
  }
  return { ok: true, data, producer: producer.id, notes, newProduct, matched }
}
