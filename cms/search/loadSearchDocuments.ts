/**
 * Reads what search needs from the database and maps it: the published version of each document
 * (`draft: false`, `overrideAccess: true`: a system read, never a user's), with the awards of a
 * product (separate documents), its producer's brand and the province with its former names.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { SearchDocumentError } from '../../src/search/errors'
import { mapEnquiry, mapFair, mapProducer, mapProduct } from '../../src/search/mappers/index'
import { LOCALES, type SearchDocument } from '../../src/search/types'
import type { CmsAward } from '../../src/search/mappers/cms-types'
import {
  refId,
  toCmsAward,
  toCmsEnquiry,
  toCmsFair,
  toCmsProducer,
  toCmsProduct,
  toCmsProductGroup,
  toCmsProvince,
  type Lookups,
  type RawDoc,
} from './assembleCmsDocs'

/** CMS documents that become search documents. */
export type SearchSourceKind = 'product' | 'producer' | 'fair' | 'enquiry'
export const PUBLIC_SOURCE_KINDS: readonly SearchSourceKind[] = ['product', 'producer', 'fair']
export const ALL_SOURCE_KINDS: readonly SearchSourceKind[] = [...PUBLIC_SOURCE_KINDS, 'enquiry']

export const COLLECTION_OF: Readonly<Record<SearchSourceKind, CollectionSlug>> = {
  product: 'products',
  producer: 'producers',
  fair: 'fairs',
  enquiry: 'enquiries',
}

export interface LoadOptions {
  readonly req?: PayloadRequest
  /** Certifications that ended before this moment are left out; default now. */
  readonly now?: Date
  /** Told about documents that cannot be mapped (and so are left out of the index). */
  readonly onSkip?: (error: SearchDocumentError) => void
}

const system = { overrideAccess: true, depth: 0, pagination: false } as const

export async function loadLookups(payload: Payload, req?: PayloadRequest): Promise<Lookups> {
  const [provinces, groups] = await Promise.all([
    payload.find({ collection: 'provinces', ...system, req }),
    payload.find({ collection: 'product-groups', ...system, locale: 'all', req }),
  ])
  return {
    provinces: new Map((provinces.docs as unknown as RawDoc[]).map((doc) => [String(doc.id), toCmsProvince(doc)])),
    groups: new Map((groups.docs as unknown as RawDoc[]).map((doc) => [String(doc.id), toCmsProductGroup(doc)])),
  }
}

/** The main (published or never-published) version of documents, every locale. */
export async function readDocuments(
  payload: Payload,
  kind: SearchSourceKind,
  where: Where,
  req?: PayloadRequest,
  page?: { limit: number; page: number },
): Promise<{ docs: RawDoc[]; hasNextPage: boolean }> {
  const found = await payload.find({
    collection: COLLECTION_OF[kind],
    where,
    overrideAccess: true,
    depth: 0,
    draft: false,
    locale: 'all',
    sort: 'id',
    req,
    ...(page ? { limit: page.limit, page: page.page } : { pagination: false }),
  })
  return { docs: found.docs as unknown as RawDoc[], hasNextPage: Boolean(found.hasNextPage) }
}

async function awardsByProduct(payload: Payload, productIds: readonly string[], req?: PayloadRequest): Promise<Map<string, CmsAward[]>> {
  const byProduct = new Map<string, CmsAward[]>()
  if (productIds.length === 0) return byProduct
  const awards = await payload.find({ collection: 'awards', where: { product: { in: [...productIds] } }, ...system, req })
  for (const award of awards.docs as unknown as RawDoc[]) {
    const product = refId(award.product)
    if (product) byProduct.set(product, [...(byProduct.get(product) ?? []), toCmsAward(award)])
  }
  return byProduct
}

async function producersById(payload: Payload, ids: readonly string[], req?: PayloadRequest): Promise<Map<string, RawDoc>> {
  if (ids.length === 0) return new Map()
  const { docs } = await readDocuments(payload, 'producer', { id: { in: [...new Set(ids)] } }, req)
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

function mapOne(
  kind: SearchSourceKind,
  doc: RawDoc,
  context: { lookups: Lookups; now: Date; producers: Map<string, RawDoc>; awards: Map<string, CmsAward[]> },
): SearchDocument[] {
  const { lookups, now } = context
  switch (kind) {
    case 'product': {
      const producer = context.producers.get(refId(doc.producer) ?? '')
      return mapProduct(toCmsProduct(doc, producer, context.awards.get(String(doc.id)) ?? [], lookups), { now })
    }
    case 'producer':
      return mapProducer(toCmsProducer(doc, lookups), { now })
    case 'fair':
      return LOCALES.flatMap((locale) => mapFair(toCmsFair(doc, locale, lookups), { locales: [locale], now }))
    case 'enquiry':
      return mapEnquiry(toCmsEnquiry(doc), { now })
  }
}

/**
 * Search documents for raw CMS documents of one kind, by source id. A document that cannot be
 * mapped (no slug, no name) gets no documents, so the sync removes it rather than keep a stale one.
 */
export async function mapRawDocuments(
  payload: Payload,
  kind: SearchSourceKind,
  docs: readonly RawDoc[],
  lookups: Lookups,
  options: LoadOptions = {},
): Promise<Map<string, SearchDocument[]>> {
  const now = options.now ?? new Date()
  const ids = docs.map((doc) => String(doc.id))
  const [producers, awards] =
    kind === 'product'
      ? await Promise.all([
          producersById(
            payload,
            docs.map((doc) => refId(doc.producer)).filter((id): id is string => Boolean(id)),
            options.req,
          ),
          awardsByProduct(payload, ids, options.req),
        ])
      : [new Map<string, RawDoc>(), new Map<string, CmsAward[]>()]
  const out = new Map<string, SearchDocument[]>()
  for (const doc of docs) {
    try {
      out.set(String(doc.id), mapOne(kind, doc, { lookups, now, producers, awards }))
    } catch (error) {
      if (!(error instanceof SearchDocumentError)) throw error
      options.onSkip?.(error)
      out.set(String(doc.id), [])
    }
  }
  return out
}

/** Search documents for the given source ids (missing or unpublished ones map to none). */
export async function loadSearchDocuments(
  payload: Payload,
  kind: SearchSourceKind,
  ids: readonly string[],
  options: LoadOptions & { lookups?: Lookups } = {},
): Promise<Map<string, SearchDocument[]>> {
  const lookups = options.lookups ?? (await loadLookups(payload, options.req))
  const { docs } = await readDocuments(payload, kind, { id: { in: [...ids] } }, options.req)
  const mapped = await mapRawDocuments(payload, kind, docs, lookups, options)
  for (const id of ids) if (!mapped.has(id)) mapped.set(id, [])
  return mapped
}

/** Which stored documents of a kind can reach an index at all (enquiries: every one). */
export function indexableWhere(kind: SearchSourceKind): Where {
  return kind === 'enquiry' ? {} : { _status: { equals: 'published' } }
}
