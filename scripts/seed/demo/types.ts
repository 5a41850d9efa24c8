/**
 * The shape of the demo data. Dates that must stay true whenever the seed runs (OCOP validity)
 * are given as ages relative to the run date; award years are history and stay absolute.
 */
import type { Localised } from '../types'

export type Paragraphs = { vi: string[]; en: string[] }

export type CertKind = 'ocop' | 'vietgap' | 'haccp' | 'iso22000' | 'organic' | 'gi' | 'other'

export type CertSpec = {
  kind: CertKind
  stars?: number
  name?: string
  number?: string
  issuedBy?: string
  /** Issued this many months before the run date. */
  ageMonths: number
  /** Valid for this many months after issue (OCOP: 36); none means no expiry date. */
  validMonths?: number
}

export type AwardLevel = 'commune' | 'district' | 'provincial' | 'regional' | 'national'
export type AwardSpec = { level: AwardLevel; year: number }

export type DemoProduct = {
  slug: string
  name: Localised
  /** Product-group code from reference/product-groups.json, a sub-group ("2.3") or a top group ("4"). */
  group: string
  summary: Localised
  /** Paragraphs after the summary in the description. */
  details?: Paragraphs
  size?: Localised
  packaging?: Localised
  shelfLife?: Localised
  ingredients?: Localised
  minimumOrder?: Localised
  leadTime?: Localised
  price?: { min: number; max?: number; currency?: 'VND' | 'USD'; unit: Localised }
  hsCode?: string
  certifications?: CertSpec[]
  featured?: boolean
  /** Left unpublished, so tests can prove drafts stay hidden. */
  draft?: boolean
  awards?: AwardSpec[]
}

export type DemoProducer = {
  slug: string
  brandName: string
  legalName: string
  kind: 'household' | 'cooperative' | 'enterprise'
  /** Slug of the current provincial unit (reference/provinces.json). */
  province: string
  /** The province as named before 1 July 2025: what older awards and certificates say. */
  formerProvince: string
  /** District before July 2025 (for district-level awards), e.g. "huyện Na Rì". */
  district?: string
  /** Commune since July 2025 (for commune-level awards), e.g. "xã Na Rì". */
  commune?: string
  address: Localised
  foundedYear: number
  /** Main product-group code: picks the colours of the generated picture. */
  group: string
  summary: Localised
  story: Paragraphs
  packaging: { formats: Localised; materials: Localised; labelLanguages: string[]; barcode?: string; shelfLife?: Localised }
  certifications?: CertSpec[]
  capacity: Localised
  exportMarkets?: string[]
  contacts: { person: string; phone: string; zalo?: string; email?: string; web?: string; private?: boolean }
  support?: { year: number; what: Localised; amount: number; programme?: string }[]
  verified?: boolean
  /** Defaults for the products' minimum order and lead time. */
  trade: { minimumOrder: Localised; leadTime: Localised }
  products: DemoProduct[]
}
