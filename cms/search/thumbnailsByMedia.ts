/**
 * Thumbnails for search hits: for media ids, the site path of each picture's small square variant
 * (`thumb`, 128 px WebP: a few KB, so a page of hits stays light), else its card variant for
 * pictures uploaded before the thumb size existed. PDFs and missing files have none.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Media } from '../payload-types'

type Variant = { filename?: string | null } | null | undefined

function sitePath(variant: Variant): string | undefined {
  return variant?.filename ? `/media/${encodeURIComponent(variant.filename)}` : undefined
}

/** The path a hit shows for one media document, if it is a picture. */
export function thumbnailOf(media: Partial<Pick<Media, 'mimeType' | 'sizes'>>): string | undefined {
  if (!media.mimeType?.startsWith('image/')) return undefined
  return sitePath(media.sizes?.thumb) ?? sitePath(media.sizes?.card)
}

export async function thumbnailsByMedia(payload: Payload, ids: readonly string[], req?: PayloadRequest): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (ids.length === 0) return out
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: [...new Set(ids)] } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { mimeType: true, sizes: true },
    req,
  })
  for (const doc of docs) {
    const path = thumbnailOf(doc)
    if (path) out.set(String(doc.id), path)
  }
  return out
}
