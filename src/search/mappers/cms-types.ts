/**
 * The mappers' input: the CMS documents as cms/search hands them over, derived from the generated
 * types (cms/payload-types.ts), so a field renamed or removed in the config fails to compile here
 * rather than silently leaving search without it. Derived, not copied, and looser on purpose,
 * because a value crosses adapters and reads on its way here (`Arriving` below):
 * - ids are numbers on SQLite and strings on MongoDB;
 * - a relation arrives as its id (depth 0) or as the populated document;
 * - a localized field arrives as a string or as `{ vi, en }` (a `locale: 'all'` read);
 * - any field may be missing or hold an unknown option: the mappers whitelist what they read and
 *   check every value.
 */
import type { Config } from '../../../cms/payload-types'

type Collections = Config['collections']

export type CmsId = string | number
export type Localized<T> = T | { readonly vi?: T | null; readonly en?: T | null }

/** A rich-text (Lexical) value: its nodes are read as text, never typed field by field. */
type RichText = { readonly root: unknown }

/** The collection whose generated type is exactly `V`. */
type SlugOf<V> = { [S in keyof Collections]: [V] extends [Collections[S]] ? ([Collections[S]] extends [V] ? S : never) : never }[keyof Collections]

/** How a value of generated type `V` may arrive (see the header). A relation arrives as its collection's own shape. */
export type Arriving<V> = V extends readonly (infer Item)[]
  ? readonly Arriving<Item>[]
  : V extends number
    ? CmsId
    : V extends string
      ? string
      : V extends RichText
        ? Localized<unknown>
        : V extends { id: number }
          ? SlugOf<V> extends keyof CmsDocs
            ? CmsDocs[SlugOf<V>]
            : ArrivingDoc<V>
          : V extends object
            ? ArrivingDoc<V>
            : V

/**
 * A document (or a group or array row) as it may arrive: every field optional and loosened, and the
 * fields named in `L` also as `{ vi, en }`: the localized ones the mappers read, which the generated
 * types cannot tell apart (a name listed that the type lacks fails to compile).
 */
export type ArrivingDoc<T, L extends keyof T = never> = {
  readonly [K in keyof T]?: (K extends L ? Localized<Arriving<T[K]>> : Arriving<T[K]>) | null
}

/** A list of names: a text list (a province's former names), or `{ name }` rows (a fair's sectors, see CmsFair). */
export type CmsNameList = readonly (string | { readonly name?: Localized<string> | null })[]

export interface CmsProvince extends ArrivingDoc<Omit<Collections['provinces'], 'formerNames'>, 'name'> {
  /** Former provinces merged into this one on 1 July 2025. */
  readonly formerNames?: CmsNameList | null
}
export interface CmsProductGroup extends ArrivingDoc<Collections['product-groups'], 'name'> {}
export interface CmsAward extends ArrivingDoc<Collections['awards']> {}

/**
 * What cms/search joins onto a document before mapping it. No catch-all `[field: string]`: it would
 * let a renamed field's old name still compile.
 */
interface Joined {
  /** Site path of the first photo's (or the logo's) small square variant. */
  readonly thumbnail?: string | null
}

export interface CmsProducer extends ArrivingDoc<Collections['producers'], 'brandName'>, Joined {
  /** Every former province its current one absorbed, for a producer whose own former province staff did not record. */
  readonly formerProvinceNames?: CmsNameList | null
}
/** A product's producer, populated. */
export type CmsProducerRef = CmsProducer
export interface CmsProduct extends ArrivingDoc<Collections['products'], 'name'>, Joined {
  /** The awards it won, joined from the awards collection. */
  readonly awards?: readonly CmsAward[] | null
}
export type CmsCertification = NonNullable<CmsProduct['certifications']>[number]
export type CmsContacts = NonNullable<CmsProducer['contacts']>
/** A fair as assembled: its `description` is its summary, its sectors a name list. */
export interface CmsFair extends ArrivingDoc<Omit<Collections['fairs'], 'sectors'>, 'name'>, Joined {
  readonly description?: Localized<unknown> | null
  readonly sectors?: CmsNameList | null
}
export interface CmsEnquiry extends ArrivingDoc<Collections['enquiries']>, Joined {}

/** Each collection as the mappers receive it, for relations to arrive as their collection's shape. */
interface CmsDocs {
  provinces: CmsProvince
  'product-groups': CmsProductGroup
  producers: CmsProducer
  products: CmsProduct
  fairs: CmsFair
  awards: CmsAward
}
