/**
 * Related documents fetched in one query per collection instead of Payload's population, which
 * reads each related document on its own (a few milliseconds each: a grid of 24 cards cost
 * ~80 ms at 10,000 products). Public reads only, so an unpublished producer or product is
 * simply missing from the map, as it would be unpopulated.
 */
import type { SelectType, TransformCollectionWithSelect } from 'payload'
import type { Locale } from '../../../src/site/routes'
import type { Ref } from '../../../src/relations/relation-ref'
import { idOf, payload, publicRead } from '../payload'

/**
 * The collections the site reads by ids. Named rather than any CollectionSlug: over the union of
 * every collection, TypeScript gives up on Payload's typed find ("union type too complex").
 */
type Related = 'products' | 'producers' | 'media'

/** Each document of `collection` with these ids, as its `select` reads it, by id. */

export async function byIds<TSlug extends Related, TSelect extends SelectType>(
  collection: TSlug,
  ids: readonly Ref[],
  select: TSelect,
  locale?: Locale,
): Promise<Map<string, TransformCollectionWithSelect<TSlug, TSelect>>> {
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
  return new Map(found.docs.map((d) => [String(d.id), d]))
}

/** The related document, or undefined (missing, unpublished, or no relation). */
export function pick<T>(map: Map<string, T>, value: Ref): T | undefined {
  const id = idOf(value)
  return id === undefined ? undefined : map.get(String(id))
}

export const MEDIA_SELECT = { alt: true, filename: true, width: true, height: true, mimeType: true, sizes: true } as const
