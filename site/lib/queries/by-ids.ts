/**
 * Related documents fetched in one query per collection instead of Payload's population, which
 * reads each related document on its own (a few milliseconds each: a grid of 24 cards cost
 * ~80 ms at 10,000 products). Public reads only, so an unpublished producer or product is
 * simply missing from the map, as it would be unpopulated.
 */
import type { CollectionSlug, SelectType } from 'payload'
import type { Locale } from '../../../src/site/routes'
import { idOf, payload, publicRead, type Doc } from '../payload'

export async function byIds(collection: CollectionSlug, ids: readonly unknown[], select: SelectType, locale?: Locale): Promise<Map<string, Doc>> {
  const unique = [...new Set(ids.map(idOf).filter((id): id is number | string => id !== undefined))]
  if (unique.length === 0) return new Map()
  const found = await (await payload()).find({
    collection,
    ...publicRead,
    ...(locale ? { locale } : {}),
    depth: 0,
    pagination: false,
    where: { id: { in: unique } },
    select,
  })
  return new Map((found.docs as Doc[]).map((d) => [String(d.id), d]))
}

/** The related document, or undefined (missing, unpublished, or no relation). */
export function pick(map: Map<string, Doc>, value: unknown): Doc | undefined {
  const id = idOf(value)
  return id === undefined ? undefined : map.get(String(id))
}

export const MEDIA_SELECT = { alt: true, filename: true, width: true, height: true, mimeType: true, sizes: true } as const
