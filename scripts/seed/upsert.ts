/**
 * Create-or-update by a natural key, so running the seed twice leaves the same documents.
 * Localised fields are written in two steps: Vietnamese (the default locale) first, then English
 * built from the saved document, so array rows keep their ids and both languages stay attached.
 */
import type { CollectionSlug, Where } from 'payload'
import { SEED_CONTEXT, type Id, type SeedRun } from './types'

export type Doc = Record<string, unknown> & { id: Id }
type Data = Record<string, unknown>

export type UpsertArgs = {
  collection: CollectionSlug
  /** Finds the existing document: a slug, an email, a reference… */
  where: Where
  /** Vietnamese values for localised fields, plus every other field. */
  data: Data
  /** English values for localised fields, from the saved Vietnamese document. */
  en?: (saved: Doc) => Data
  /** For collections with drafts: 'published' or 'draft'. Leave out for the others. */
  status?: 'published' | 'draft'
  /** Set only when the document is created (a password must not be reset on every run). */
  createOnly?: Data
  /** Leave an existing document as it is (reference data that admins may have edited). */
  ifMissing?: boolean
}

function count(bucket: Record<string, number>, collection: string) {
  bucket[collection] = (bucket[collection] ?? 0) + 1
}

export async function findOne(run: SeedRun, collection: CollectionSlug, where: Where): Promise<Doc | undefined> {
  const found = await run.payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
  return found.docs[0] as unknown as Doc | undefined
}

export async function upsert(run: SeedRun, args: UpsertArgs): Promise<Doc> {
  const { payload } = run
  const { collection, status } = args
  const draft = status === 'draft'
  const withStatus = (data: Data): Data => (status ? { ...data, _status: status } : data)
  const common = { collection, depth: 0, overrideAccess: true, context: SEED_CONTEXT, ...(status ? { draft } : {}) }

  const existing = await findOne(run, collection, args.where)
  if (existing && args.ifMissing) return existing
  let saved: Doc
  if (existing) {
    saved = (await payload.update({ ...common, id: existing.id, locale: 'vi', data: withStatus(args.data) } as never)) as unknown as Doc
    count(run.updated, collection)
  } else {
    saved = (await payload.create({ ...common, locale: 'vi', data: withStatus({ ...args.data, ...args.createOnly }) } as never)) as unknown as Doc
    count(run.created, collection)
  }
  if (args.en) {
    saved = (await payload.update({ ...common, id: saved.id, locale: 'en', data: withStatus(args.en(saved)) } as never)) as unknown as Doc
  }
  return saved
}

/** Rows of a saved array field with their ids, each patched with its English values. */
export function withRowIds<T extends Data>(savedRows: unknown, patches: T[]): (T & { id?: Id })[] {
  const rows = Array.isArray(savedRows) ? (savedRows as Data[]) : []
  return patches.map((patch, i) => ({ ...rows[i], ...patch, id: rows[i]?.id as Id | undefined }))
}
