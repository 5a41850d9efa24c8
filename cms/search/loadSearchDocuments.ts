/**
 * Reads what search needs from the database and maps it: the published version of each document
 * (`draft: false`, `overrideAccess: true`: a system read, never a user's), with the awards of a
 * product (separate documents), its producer's brand and the province with its former names.
 */
import type { CollectionSlug, PaginatedDocs, Payload, PayloadRequest, Where } from 'payload'
import { SearchDocumentError } from '../../src/search/errors'
import { mapEnquiry, mapFair, mapProducer, mapProduct } from '../../src/search/mappers/index'
import { LOCALES, type SearchDocument } from '../../src/search/types'
import type { CmsAward } from '../../src/search/mappers/cms-types'
import type { Enquiry, Fair, Producer, Product } from '../payload-types'
import { refId, toCmsAward, toCmsEnquiry, toCmsFair, toCmsProducer, toCmsProduct, toCmsProductGroup, toCmsProvince, type Lookups } from './assembleCmsDocs'
import { thumbnailsByMedia } from './thumbnailsByMedia'

/** CMS documents that become search documents. */
export type SearchSourceKind = 'product' | 'producer' | 'fair' | 'enquiry'
export const PUBLIC_SOURCE_KINDS: readonly SearchSourceKind[] = ['product', 'producer', 'fair']
export const ALL_SOURCE_KINDS: readonly SearchSourceKind[] = [...PUBLIC_SOURCE_KINDS, 'enquiry']

/** The generated type of each kind's documents. */
export type SourceDocs = { product: Product; producer: Producer; fair: Fair; enquiry: Enquiry }

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
    provinces: new Map(provinces.docs.map((doc) => [String(doc.id), toCmsProvince(doc)])),
    groups: new Map(groups.docs.map((doc) => [String(doc.id), toCmsProductGroup(doc)])),
  }
}

type ReadArgs = { where: Where; req?: PayloadRequest; page?: { limit: number; page: number } }

function readArgs({ where, req, page }: ReadArgs) {
  const paging = page ? { limit: page.limit, page: page.page } : { pagination: false as const }
  return { where, overrideAccess: true, depth: 0, draft: false, locale: 'all' as const, sort: 'id', req, ...paging }
}

/** One read per kind, each naming its collection, so the documents come back with their own type. */
const READERS: { [K in SearchSourceKind]: (payload: Payload, args: ReadArgs) => Promise<PaginatedDocs<SourceDocs[K]>> } = {
  product: (payload, args) => payload.find({ collection: 'products', ...readArgs(args) }),
  producer: (payload, args) => payload.find({ collection: 'producers', ...readArgs(args) }),
  fair: (payload, args) => payload.find({ collection: 'fairs', ...readArgs(args) }),
  enquiry: (payload, args) => payload.find({ collection: 'enquiries', ...readArgs(args) }),
}

/** The main (published or never-published) version of documents, every locale. */
export async function readDocuments<K extends SearchSourceKind>(
  payload: Payload,
  kind: K,
  where: Where,
  req?: PayloadRequest,
  page?: { limit: number; page: number },
): Promise<{ docs: SourceDocs[K][]; hasNextPage: boolean }> {
  const found = await READERS[kind](payload, { where, req, page })
  return { docs: found.docs, hasNextPage: Boolean(found.hasNextPage) }
}

async function awardsByProduct(payload: Payload, productIds: readonly string[], req?: PayloadRequest): Promise<Map<string, CmsAward[]>> {
  const byProduct = new Map<string, CmsAward[]>()
  if (productIds.length === 0) return byProduct
  const awards = await payload.find({ collection: 'awards', where: { product: { in: [...productIds] } }, ...system, req })
  for (const award of awards.docs) {
    const product = refId(award.product)
    if (product) byProduct.set(product, [...(byProduct.get(product) ?? []), toCmsAward(award)])
  }
  return byProduct
}

async function producersById(payload: Payload, ids: readonly string[], req?: PayloadRequest): Promise<Map<string, Producer>> {
  if (ids.length === 0) return new Map()
  const { docs } = await readDocuments(payload, 'producer', { id: { in: [...new Set(ids)] } }, req)
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

const isId = (id: string | undefined): id is string => Boolean(id)

/** A product's first photo, the one its card shows. */
const firstImageOf = (doc: Product): string | undefined => refId(doc.images?.[0])

type MapContext = { payload: Payload; lookups: Lookups; now: Date; req?: PayloadRequest }

/** Per kind: read what a batch of documents needs besides itself, then map each one. */
type Mapper<K extends SearchSourceKind> = (docs: readonly SourceDocs[K][], context: MapContext) => Promise<(doc: SourceDocs[K]) => SearchDocument[]>

const MAPPERS: { [K in SearchSourceKind]: Mapper<K> } = {
  product: async (docs, { payload, lookups, now, req }) => {
    const producerIds = docs.map((doc) => refId(doc.producer)).filter((id): id is string => Boolean(id))
    const [producers, awards, thumbnails] = await Promise.all([
      producersById(payload, producerIds, req),
      awardsByProduct(
        payload,
        docs.map((doc) => String(doc.id)),
        req,
      ),
      thumbnailsByMedia(payload, docs.map(firstImageOf).filter(isId), req),
    ])
    return (doc) =>
      mapProduct(
        toCmsProduct(doc, producers.get(refId(doc.producer) ?? ''), awards.get(String(doc.id)) ?? [], lookups, thumbnails.get(firstImageOf(doc) ?? '')),
        {
          now,
        },
      )
  },
  producer: async (docs, { payload, lookups, now, req }) => {
    const thumbnails = await thumbnailsByMedia(payload, docs.map((doc) => refId(doc.logo)).filter(isId), req)
    return (doc) => mapProducer(toCmsProducer(doc, lookups, thumbnails.get(refId(doc.logo) ?? '')), { now })
  },
  fair:
    async (_docs, { lookups, now }) =>
    (doc) =>
      LOCALES.flatMap((locale) => mapFair(toCmsFair(doc, locale, lookups), { locales: [locale], now })),
  enquiry:
    async (_docs, { now }) =>
    (doc) =>
      mapEnquiry(toCmsEnquiry(doc), { now }),
}

/**
 * Search documents for CMS documents of one kind, by source id. A document that cannot be
 * mapped (no slug, no name) gets no documents, so the sync removes it rather than keep a stale one.
 */
export async function mapRawDocuments<K extends SearchSourceKind>(
  payload: Payload,
  kind: K,
  docs: readonly SourceDocs[K][],
  lookups: Lookups,
  options: LoadOptions = {},
): Promise<Map<string, SearchDocument[]>> {
  const mapOne = await MAPPERS[kind](docs, { payload, lookups, now: options.now ?? new Date(), req: options.req })
  const out = new Map<string, SearchDocument[]>()
  for (const doc of docs) {
    try {
      out.set(String(doc.id), mapOne(doc))
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
