/**
 * Bring the indexes in line with the database for one CMS document, and for what depends on it:
 * a producer's brand and province appear in its products' documents, a province's names in
 * everything located there, a product group's name in its products. Reads the current state, so
 * running it twice, late or out of order still converges.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { planSync } from '../../src/search/mappers/index'
import type { SearchDocument, SearchPort } from '../../src/search/types'
import type { Lookups } from './assembleCmsDocs'
import { COLLECTION_OF, loadLookups, loadSearchDocuments, type LoadOptions, type SearchSourceKind } from './loadSearchDocuments'

/** What a sync job names: a document that is indexed, or reference data others are indexed with. */
export type SyncTargetKind = SearchSourceKind | 'province' | 'productGroup'
export const SYNC_TARGET_KINDS: readonly SyncTargetKind[] = ['product', 'producer', 'fair', 'enquiry', 'province', 'productGroup']

export interface SyncTarget {
  readonly kind: SyncTargetKind
  readonly id: string
}

export interface SyncOutcome {
  upserted: number
  removed: number
}

const BATCH = 200

async function idsWhere(payload: Payload, kind: SearchSourceKind, where: Where, req?: PayloadRequest): Promise<string[]> {
  const found = await payload.find({ collection: COLLECTION_OF[kind], where, overrideAccess: true, depth: 0, pagination: false, select: { slug: true }, req })
  return found.docs.map((doc) => String(doc.id))
}

/** Sync documents of one kind by id, a batch at a time: upsert what maps, remove every other id they could have. */
export async function syncSources(
  payload: Payload,
  port: SearchPort,
  kind: SearchSourceKind,
  ids: readonly string[],
  options: LoadOptions & { lookups?: Lookups } = {},
): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { upserted: 0, removed: 0 }
  const lookups = options.lookups ?? (ids.length > 0 ? await loadLookups(payload, options.req) : undefined)
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH)
    const mapped = await loadSearchDocuments(payload, kind, batch, { ...options, lookups })
    const upsert: SearchDocument[] = []
    const remove: string[] = []
    for (const id of batch) {
      const plan = planSync(kind, id, mapped.get(id) ?? [])
      upsert.push(...plan.upsert)
      remove.push(...plan.remove)
    }
    // Removals first: a document that moved between locales never shows twice.
    if (remove.length > 0) await port.remove(remove)
    if (upsert.length > 0) await port.upsert(upsert)
    outcome.upserted += upsert.length
    outcome.removed += remove.length
  }
  return outcome
}

function add(total: SyncOutcome, part: SyncOutcome): SyncOutcome {
  return { upserted: total.upserted + part.upserted, removed: total.removed + part.removed }
}

/** Sync one target and everything indexed with its data. */
export async function syncSearchTarget(payload: Payload, port: SearchPort, target: SyncTarget, options: LoadOptions = {}): Promise<SyncOutcome> {
  const { req } = options
  const lookups = await loadLookups(payload, req)
  const withLookups = { ...options, lookups }
  switch (target.kind) {
    case 'product':
    case 'fair':
    case 'enquiry':
      return syncSources(payload, port, target.kind, [target.id], withLookups)
    case 'producer': {
      const own = await syncSources(payload, port, 'producer', [target.id], withLookups)
      const products = await idsWhere(payload, 'product', { producer: { equals: target.id } }, req)
      return add(own, await syncSources(payload, port, 'product', products, withLookups))
    }
    case 'province': {
      let total: SyncOutcome = { upserted: 0, removed: 0 }
      for (const kind of ['product', 'producer', 'fair'] as const) {
        total = add(total, await syncSources(payload, port, kind, await idsWhere(payload, kind, { province: { equals: target.id } }, req), withLookups))
      }
      return total
    }
    case 'productGroup':
      return syncSources(payload, port, 'product', await idsWhere(payload, 'product', { productGroup: { equals: target.id } }, req), withLookups)
  }
}
