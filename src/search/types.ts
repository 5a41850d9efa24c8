import { LOCALES, type Locale } from '../config/locales'

/** Languages the showroom is published in (one definition, in src/config/locales.ts). */
export { LOCALES, type Locale }

/** Kinds that go to the public indexes, seen by any visitor. */
export type PublicKind = 'product' | 'producer' | 'fair'
export const PUBLIC_KINDS = ['product', 'producer', 'fair'] as const satisfies readonly PublicKind[]
/** Every kind; enquiries live only in the private index. */
export type SearchKind = PublicKind | 'enquiry'

/** Award ladder since 1 July 2025 (district-level awards given before then are stored as 'district'). */
export type AwardLevel = 'district' | 'commune' | 'provincial' | 'regional' | 'national'
export const AWARD_LEVELS = ['district', 'commune', 'provincial', 'regional', 'national'] as const satisfies readonly AwardLevel[]

import { ENQUIRY_STATUSES, type EnquiryStatus } from '../enquiries/statuses'

export { ENQUIRY_STATUSES, type EnquiryStatus }

/**
 * What the mappers hand to an adapter: whitelisted, display-ready text and facet values. Text is kept
 * as written (with diacritics); folding happens in one place, `buildIndexRecord`, for both engines.
 */
export interface SearchDocument {
  /** Stable id, e.g. `product-12-vi`, `enquiry-7`. */
  readonly id: string
  readonly kind: SearchKind
  readonly locale: Locale
  /** Id of the CMS document it came from. */
  readonly sourceId: string
  readonly slug: string
  readonly url: string
  readonly title: string
  /** Plain text the hit snippet is cut from. */
  readonly summary: string
  /** Searchable text, in decreasing weight after the title. */
  readonly text: {
    /** Other names: the name in the other language, legal name. */
    readonly alt: readonly string[]
    /** Brand, product group, certifications, sectors. */
    readonly keywords: readonly string[]
    /** Province (current and former names), city, country. */
    readonly places: readonly string[]
    readonly body: string
  }
  readonly facets: {
    readonly productGroup?: string
    /** Current province name, the facet value shown to buyers. */
    readonly province?: string
    /** Current and former province names; a province filter matches any of them. */
    readonly provinceNames: readonly string[]
    readonly awardLevels: readonly AwardLevel[]
    readonly awardYears: readonly number[]
    readonly certifications: readonly string[]
  }
  /** Owner of the document (products, enquiries); enquiry scope is enforced on it. */
  readonly producerId?: string
  /** Enquiries only: the province (CMS id) it belongs to; staff limited to provinces are scoped on it. */
  readonly provinceId?: string
  readonly newestAwardYear?: number
  /** Site path of a small square picture (a product's first photo, a producer's logo), shown beside the hit. */
  readonly thumbnail?: string
  /** ISO date: a fair's start, an enquiry's creation. */
  readonly date?: string
  readonly status?: EnquiryStatus
}

export type FacetName = 'kind' | 'productGroup' | 'province' | 'awardLevel' | 'awardYear' | 'certification' | 'status'
export const PUBLIC_FACETS = ['kind', 'productGroup', 'province', 'awardLevel', 'awardYear', 'certification'] as const satisfies readonly FacetName[]
export const ENQUIRY_FACETS = ['status'] as const satisfies readonly FacetName[]
/** The public facets are also the public filters: a buyer narrows by the values a facet counts. */
export type PublicFacet = (typeof PUBLIC_FACETS)[number]

/** Filters: values within one filter are OR-ed, filters are AND-ed. */
export interface SearchFilters {
  readonly kind?: readonly PublicKind[]
  readonly productGroup?: readonly string[]
  /** Current or former province names, with or without diacritics. */
  readonly province?: readonly string[]
  readonly awardLevel?: readonly AwardLevel[]
  readonly awardYear?: readonly number[]
  readonly certification?: readonly string[]
  /** Enquiry search only. */
  readonly status?: readonly EnquiryStatus[]
}

export type SearchSort = 'relevance' | 'newestAward' | 'name'
export const SEARCH_SORTS = ['relevance', 'newestAward', 'name'] as const satisfies readonly SearchSort[]

export interface SearchQuery {
  readonly q: string
  readonly locale: Locale
  readonly filters?: SearchFilters
  /** Default 'relevance'; an empty query under 'relevance' lists by name (enquiries: newest first). */
  readonly sort?: SearchSort
  /** 1-based; default 1. */
  readonly page?: number
  /** Default 20, at most 100. */
  readonly hitsPerPage?: number
  readonly facets?: readonly FacetName[]
}

/**
 * Who is searching enquiries. There is no "no scope": staff must say so, so a forgotten producer id
 * can never widen a producer's view to everyone's enquiries. Staff limited to provinces pass the
 * province ids (CMS ids) they may see; national staff and admins leave them out.
 */
export type EnquiryScope = { readonly producerId: string } | { readonly staff: true; readonly provinceIds?: readonly string[] }

export interface EnquirySearchQuery extends SearchQuery {
  readonly scope: EnquiryScope
}

export interface SearchHit {
  readonly kind: SearchKind
  /** Search document id (`product-12-vi`). */
  readonly id: string
  /** CMS document id. */
  readonly sourceId: string
  readonly slug: string
  readonly url: string
  readonly title: string
  readonly snippet: string
  /** Engine relevance score; engines differ in scale, compare only within one result. */
  readonly score?: number
  readonly province?: string
  readonly productGroup?: string
  readonly newestAwardYear?: number
  /** Site path of a small square picture, when the item has one. */
  readonly thumbnail?: string
  readonly date?: string
  readonly status?: EnquiryStatus
}

export interface SearchResult {
  readonly hits: readonly SearchHit[]
  /** Facet → value → count, over every hit that matched (not only this page). */
  readonly facets: Readonly<Partial<Record<FacetName, Readonly<Record<string, number>>>>>
  readonly totalHits: number
  readonly page: number
  readonly hitsPerPage: number
  readonly tookMs: number
  /**
   * Words of the query the engine left out to find anything (Meilisearch's `matchingStrategy: last`
   * drops words from the end until something matches), as the buyer typed them; the page says so.
   */
  readonly ignoredWords?: readonly string[]
  /**
   * True when no hit matches the query's diacritics exactly: every hit matched only after folding
   * away the accents the buyer typed ("nón lá" → "non"); the page says these are near matches.
   */
  readonly approximate?: boolean
  /** A closer spelling from the catalogue's own words, when the query finds few or no hits. */
  readonly suggestion?: string
  /**
   * The query as the engine read it, when it differs from what was typed (Telex or VNI typed with
   * the Vietnamese keyboard off: "maatj ong" → "mật ong").
   */
  readonly readAs?: string
  /**
   * The catalogue's spelling the engine searched instead, when the query as typed found nothing and
   * that spelling names what it finds ("cashew milc" → "cashew milk"); the page says so.
   */
  readonly respelledAs?: string
}

/** The search port: one interface, an in-process engine or Meilisearch behind it. */
export interface SearchPort {
  readonly engine: 'embedded' | 'meilisearch'
  /** Create indexes and apply settings; safe to call on every start. */
  applySettings(): Promise<void>
  /** Add or replace documents; each goes to the index its kind and locale belong to. */
  upsert(documents: readonly SearchDocument[]): Promise<void>
  /** Remove documents by search id; unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>
  /** Search the public indexes (products, producers, fairs) in the query's locale. */
  search(query: SearchQuery): Promise<SearchResult>
  /** Search the private enquiry index within a scope. */
  searchEnquiries(query: EnquirySearchQuery): Promise<SearchResult>
  /** Replace the synonym groups (staff edit them in the CMS). */
  updateSynonyms(groups: readonly (readonly string[])[]): Promise<void>
  /** Remove every document from every index (before a full reindex). */
  clear(): Promise<void>
  /** Every document id held, in every index: a reindex removes those the database no longer has. */
  listDocumentIds(): Promise<string[]>
}

/** The embedded engine can also hand its index over, so a restarted CMS need not rebuild it. */
export interface EmbeddedSearchPort extends SearchPort {
  readonly engine: 'embedded'
  /** Serialize the whole index (binary, see snapshot-binary.ts); feed it back through `createEmbeddedSearch({ snapshot })`. */
  exportSnapshot(): Uint8Array
  /** Number of documents in each index, for health checks and tests. */
  count(): Readonly<Record<string, number>>
  /**
   * Build now what queries would otherwise build on first use (name order, accent-exact words,
   * ranking keys: about 1 s at 100,000 products), so no buyer waits for it after a rebuild or
   * restore. One table at a time, yielding between them, so requests are answered meanwhile.
   */
  prepare(): Promise<void>
}
