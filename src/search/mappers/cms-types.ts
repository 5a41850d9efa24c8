/**
 * The mappers' input: the CMS documents as cms/search hands them over. Looser than the generated
 * types on purpose, because they cross adapters and reads: ids are numbers on SQLite and strings on
 * MongoDB, relations arrive as ids (depth 0) or populated objects, localized fields as a string or
 * `{ vi, en }` (a `locale: 'all'` read), and documents carry many more fields than these, which the
 * mappers never copy, because they whitelist. The field names are the generated types' own: each
 * shape is checked against its collection below, so a field renamed or removed in the config fails
 * to compile here rather than silently leaving search without it.
 */
import type { Award, Enquiry, Fair, Producer, Product, ProductGroup, Province } from '../../../cms/payload-types'

export type CmsId = string | number
export type Localized<T> = T | { readonly vi?: T | null; readonly en?: T | null }
/** A list of names, as a text array or a Payload array field of `{ name }` rows. */
export type CmsNameList = readonly (string | { readonly name?: Localized<string> | null })[]

export interface CmsProvince {
  readonly id?: CmsId
  readonly slug?: string | null
  readonly name?: Localized<string> | null
  /** Former provinces merged into this one on 1 July 2025. */
  readonly formerNames?: CmsNameList | null
}

export interface CmsProductGroup {
  readonly id?: CmsId
  readonly slug?: string | null
  readonly name?: Localized<string> | null
}

export interface CmsAward {
  readonly level?: string | null
  readonly year?: number | string | null
}

export interface CmsCertification {
  /** e.g. 'ocop-4', 'vietgap', 'haccp', 'iso-22000'. */
  readonly kind?: string | null
  readonly validUntil?: string | null
}

export interface CmsContacts {
  readonly phone?: string | null
  readonly zalo?: string | null
  readonly email?: string | null
  readonly web?: string | null
  readonly private?: boolean | null
}

export interface CmsProducerRef {
  readonly id?: CmsId
  readonly slug?: string | null
  readonly brandName?: Localized<string> | null
  readonly province?: CmsId | CmsProvince | string | null
  /** The province it stood in before 1 July 2025, by name ("Bà Rịa–Vũng Tàu"); see CmsProducer. */
  readonly formerProvince?: string | null
}

export interface CmsProduct {
  readonly id?: CmsId
  readonly slug?: string | null
  readonly name?: Localized<string> | null
  readonly description?: Localized<unknown> | null
  readonly producer?: CmsId | CmsProducerRef | null
  readonly productGroup?: CmsId | CmsProductGroup | null
  readonly province?: CmsId | CmsProvince | null
  readonly awards?: readonly CmsAward[] | null
  readonly certifications?: readonly CmsCertification[] | null
  /** Site path of its first photo's small square variant (resolved by the CMS side). */
  readonly thumbnail?: string | null
  readonly _status?: string | null
  readonly [field: string]: unknown
}

export interface CmsProducer {
  readonly id?: CmsId
  readonly slug?: string | null
  readonly brandName?: Localized<string> | null
  readonly legalName?: string | null
  readonly story?: Localized<unknown> | null
  readonly province?: CmsId | CmsProvince | string | null
  readonly formerProvinceNames?: CmsNameList | null
  /**
   * The one former province it stood in, by name, when staff know it: then only this former name is
   * indexed, not every province its current unit absorbed (Bình Dương is not Vũng Tàu).
   */
  readonly formerProvince?: string | null
  readonly certifications?: readonly CmsCertification[] | null
  readonly contacts?: CmsContacts | null
  /** Site path of its logo's small square variant (resolved by the CMS side). */
  readonly thumbnail?: string | null
  readonly _status?: string | null
  readonly [field: string]: unknown
}

export interface CmsFair {
  readonly id?: CmsId
  readonly slug?: string | null
  readonly name?: Localized<string> | null
  readonly description?: Localized<unknown> | null
  readonly startDate?: string | null
  readonly endDate?: string | null
  readonly city?: string | null
  readonly country?: string | null
  readonly province?: CmsId | CmsProvince | string | null
  readonly sectors?: CmsNameList | null
  readonly _status?: string | null
  readonly [field: string]: unknown
}

export interface CmsEnquiry {
  readonly id?: CmsId
  readonly reference?: string | null
  readonly name?: string | null
  readonly company?: string | null
  readonly email?: string | null
  readonly message?: string | null
  readonly producer?: CmsId | { readonly id?: CmsId } | null
  /** The province the enquiry belongs to (staff scoping); an id or a populated province. */
  readonly province?: CmsId | { readonly id?: CmsId } | null
  readonly status?: string | null
  readonly language?: string | null
  readonly createdAt?: string | null
  readonly [field: string]: unknown
}

/** A shape's named fields (its `[field: string]` catch-all left out). */
type NamedFields<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] }
/** The fields a shape names that its collection type `Source` lacks, beyond `Added` (what cms/search joins in). */
type UnknownFields<Source, Shape, Added extends string = never> = Exclude<NamedFields<Shape>, keyof Source | Added>
/** Compiles only for `never`: an unknown field's name shows in the error. */
type NoneOf<Fields extends never> = Fields
/** Each shape checked against its collection: a field renamed or removed in the config fails to compile here. */
export type ShapesFollowTheConfig = [
  NoneOf<UnknownFields<Province, CmsProvince>>,
  NoneOf<UnknownFields<ProductGroup, CmsProductGroup>>,
  NoneOf<UnknownFields<Producer, CmsProducerRef>>,
  NoneOf<UnknownFields<Product, CmsProduct, 'awards' | 'thumbnail'>>,
  NoneOf<UnknownFields<Producer, CmsProducer, 'thumbnail' | 'formerProvinceNames'>>,
  // A fair's `description` is its summary (assembleCmsDocs).
  NoneOf<UnknownFields<Fair, CmsFair, 'description'>>,
  NoneOf<UnknownFields<Enquiry, CmsEnquiry>>,
  NoneOf<UnknownFields<Award, CmsAward>>,
  NoneOf<UnknownFields<NonNullable<Product['certifications']>[number], CmsCertification>>,
  NoneOf<UnknownFields<NonNullable<Producer['contacts']>, CmsContacts>>,
]
