import type { IndexRecord } from './build-index-record'
import { buildSnippet } from './build-snippet'
import type { SearchHit } from './types'

/** Record fields a hit is made of; Meilisearch is asked for exactly these. */
export const HIT_FIELDS = [
  'id',
  'kind',
  'sourceId',
  'slug',
  'url',
  'title',
  'summary',
  'province',
  'productGroup',
  'newestAwardYear',
  'thumbnail',
  'date',
  'status',
] as const satisfies readonly (keyof IndexRecord)[]

export type HitRecord = Pick<IndexRecord, (typeof HIT_FIELDS)[number]>

/** Turn an indexed record into what the site shows, with a snippet cut around the query words. */
export function toSearchHit(record: HitRecord, tokens: readonly string[], score?: number): SearchHit {
  return {
    kind: record.kind,
    id: record.id,
    sourceId: record.sourceId,
    slug: record.slug,
    url: record.url,
    title: record.title,
    snippet: buildSnippet(record.summary, tokens),
    ...(score !== undefined ? { score } : {}),
    ...(record.province !== undefined ? { province: record.province } : {}),
    ...(record.productGroup !== undefined ? { productGroup: record.productGroup } : {}),
    ...(record.newestAwardYear !== undefined ? { newestAwardYear: record.newestAwardYear } : {}),
    ...(record.thumbnail !== undefined ? { thumbnail: record.thumbnail } : {}),
    ...(record.date !== undefined ? { date: record.date } : {}),
    ...(record.status !== undefined ? { status: record.status } : {}),
  }
}
