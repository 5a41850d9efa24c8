/**
 * Turns documents as Payload returns them (depth 0, `locale: 'all'`) into the shapes the search
 * mappers read (src/search/mappers/cms-types.ts). Whitelists like the mappers do: only the fields
 * named here are copied, so contacts, prices, staff notes or any field added later never travel
 * further — two closed doors rather than one. The documents are typed as generated; read with
 * `locale: 'all'`, their localized fields hold `{ vi, en }` rather than the one string the types
 * name, which is why every localized field goes through `localized()`.
 */
import type {
  CmsAward,
  CmsCertification,
  CmsEnquiry,
  CmsFair,
  CmsProducer,
  CmsProducerRef,
  CmsProduct,
  CmsProductGroup,
  CmsProvince,
} from '../../src/search/mappers/cms-types'
import { formerProvinceName } from '../../src/provinces/former-provinces'
import type { Locale } from '../../src/search/types'
import type { Award, Enquiry, Fair, Producer, Product, ProductGroup, Province } from '../payload-types'

/** Reference data every document needs: loaded once per sync or rebuild. */
export interface Lookups {
  readonly provinces: ReadonlyMap<string, CmsProvince>
  readonly groups: ReadonlyMap<string, CmsProductGroup>
}

const CERTIFICATION_LABELS: Readonly<Record<string, string>> = {
  vietgap: 'VietGAP',
  haccp: 'HACCP',
  iso22000: 'ISO 22000',
  organic: 'Organic',
  gi: 'GI',
}

export function refId(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'object') return refId((value as { id?: unknown }).id)
  return String(value)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined
}

/** A localized field as `{ vi, en }`, whether Payload returned one locale or all. */
function localized(value: unknown): { vi?: unknown; en?: unknown } | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object' && !Array.isArray(value) && ('vi' in value || 'en' in value) && !('root' in value))
    return value as { vi?: unknown; en?: unknown }
  return { vi: value }
}

/** Per locale: the first of the fields that has content (the long description, else the summary). */
function firstOf(...values: unknown[]): { vi?: unknown; en?: unknown } {
  const out: { vi?: unknown; en?: unknown } = {}
  for (const locale of ['vi', 'en'] as const) {
    for (const value of values) {
      const candidate = localized(value)?.[locale]
      if (candidate && (typeof candidate !== 'string' || candidate.trim())) {
        out[locale] = candidate
        break
      }
    }
  }
  return out
}

/**
 * Province with both its names and the former provinces it absorbed. Both current names go in the
 * list of other names, so "Ho Chi Minh City" also finds Vietnamese documents and the reverse.
 */
export function toCmsProvince(doc: Province): CmsProvince {
  const name = text(doc.name) ?? ''
  const nameEn = text(doc.nameEn) ?? name
  const former = Array.isArray(doc.formerNames) ? doc.formerNames.filter((n): n is string => typeof n === 'string') : []
  return { id: String(doc.id), slug: text(doc.slug) ?? null, name: { vi: name, en: nameEn }, formerNames: [...new Set([...former, name, nameEn])] }
}

export function toCmsProductGroup(doc: ProductGroup): CmsProductGroup {
  return { id: String(doc.id), slug: text(doc.slug) ?? null, name: localized(doc.name) as CmsProductGroup['name'] }
}

/** Certification rows as the mappers read them: a readable kind ("OCOP 4★", "VietGAP") and the end date. */
export function toCmsCertifications(rows: unknown): CmsCertification[] {
  if (!Array.isArray(rows)) return []
  return rows.flatMap((row: Record<string, unknown>) => {
    const kind = text(row?.kind)
    if (!kind) return []
    const stars = typeof row.stars === 'number' ? row.stars : undefined
    const label = kind === 'ocop' ? (stars ? `OCOP ${stars}★` : 'OCOP') : kind === 'other' ? text(row.name) : CERTIFICATION_LABELS[kind]
    return label ? [{ kind: label, validUntil: text(row.validUntil) ?? null }] : []
  })
}

function province(lookups: Lookups, value: unknown): CmsProvince | null {
  const id = refId(value)
  return id ? (lookups.provinces.get(id) ?? null) : null
}

export function toCmsProducerRef(doc: Producer | undefined, lookups: Lookups): CmsProducerRef | null {
  if (!doc) return null
  return {
    id: String(doc.id),
    slug: text(doc.slug) ?? null,
    brandName: text(doc.brandName) ?? text(doc.legalName) ?? null,
    province: province(lookups, doc.province),
    formerProvince: formerProvinceName(doc.formerProvince),
  }
}

export function toCmsProduct(doc: Product, producer: Producer | undefined, awards: readonly CmsAward[], lookups: Lookups, thumbnail?: string): CmsProduct {
  const groupId = refId(doc.productGroup)
  return {
    id: String(doc.id),
    slug: text(doc.slug) ?? null,
    _status: text(doc._status) ?? null,
    name: localized(doc.name) as CmsProduct['name'],
    description: firstOf(doc.description, doc.summary),
    producer: toCmsProducerRef(producer, lookups) ?? refId(doc.producer) ?? null,
    productGroup: (groupId && lookups.groups.get(groupId)) || null,
    province: province(lookups, doc.province ?? producer?.province),
    awards,
    certifications: toCmsCertifications(doc.certifications),
    thumbnail: thumbnail ?? null,
  }
}

/** No contacts: not the private ones, not the public ones (the mapper would drop them anyway). */
export function toCmsProducer(doc: Producer, lookups: Lookups, thumbnail?: string): CmsProducer {
  return {
    id: String(doc.id),
    slug: text(doc.slug) ?? null,
    _status: text(doc._status) ?? null,
    brandName: text(doc.brandName) ?? null,
    legalName: text(doc.legalName) ?? null,
    story: firstOf(doc.story, doc.summary),
    province: province(lookups, doc.province),
    formerProvince: formerProvinceName(doc.formerProvince),
    certifications: toCmsCertifications(doc.certifications),
    thumbnail: thumbnail ?? null,
  }
}

/** One locale's view of a fair: its city is localized, which the fair mapper reads as plain text. */
export function toCmsFair(doc: Fair, locale: Locale, lookups: Lookups): CmsFair {
  const sectors = localized(doc.sectors)
  return {
    id: String(doc.id),
    slug: text(doc.slug) ?? null,
    _status: text(doc._status) ?? null,
    name: localized(doc.name) as CmsFair['name'],
    description: firstOf(doc.summary),
    startDate: text(doc.startDate) ?? null,
    endDate: text(doc.endDate) ?? null,
    city: text(localized(doc.city)?.[locale]) ?? text(localized(doc.city)?.vi) ?? null,
    country: text(doc.country) ?? null,
    province: province(lookups, doc.province),
    sectors: sectors ? [{ name: sectors as { vi?: string; en?: string } }] : [],
  }
}

export function toCmsEnquiry(doc: Enquiry): CmsEnquiry {
  return {
    id: String(doc.id),
    reference: text(doc.reference) ?? null,
    name: text(doc.name) ?? null,
    company: text(doc.company) ?? null,
    email: text(doc.email) ?? null,
    message: text(doc.message) ?? null,
    producer: refId(doc.producer) ?? null,
    province: refId(doc.province) ?? null,
    status: text(doc.status) ?? null,
    language: text(doc.language) ?? null,
    createdAt: text(doc.createdAt) ?? null,
  }
}

export function toCmsAward(doc: Pick<Award, 'level' | 'year'>): CmsAward {
  return { level: text(doc.level) ?? null, year: typeof doc.year === 'number' || typeof doc.year === 'string' ? doc.year : null }
}
