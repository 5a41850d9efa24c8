/**
 * The document a review is about, as the public sees it (published, with every locale) and as
 * submitted (its latest draft), plus the id of that draft version: approval publishes exactly it.
 */
import type { PayloadRequest } from 'payload'
import type { Ref } from '../access/roles'
import type { ReviewedCollection } from './claim-fields'

/** A producer or a product: both carry a province, a product its producer too. */
type Doc = Record<string, unknown> & { id: number | string; _status?: string | null; producer?: Ref; province?: Ref }

export async function readSubject(req: PayloadRequest, collection: ReviewedCollection, id: number | string) {
  // The Local API sets `locale: 'all'` on the request it is given; the save this runs inside must
  // keep its own locale, or its localised fields would be taken as every locale's values.
  const { locale, fallbackLocale } = req
  try {
    return await readBoth(req, collection, id)
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

async function readBoth(req: PayloadRequest, collection: ReviewedCollection, id: number | string) {
  const read = (draft: boolean) =>
    req.payload.findByID({ collection, id, draft, depth: 0, locale: 'all', overrideAccess: true, disableErrors: true, req }) as Promise<Doc | null>
  const [published, draft, versions] = await Promise.all([
    read(false),
    read(true),
    req.payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, req }),
  ])
  return {
    // Never published: the main row holds the draft itself, which the public does not see.
    published: published?._status === 'published' ? published : undefined,
    draft,
    latestVersion: versions.docs[0] ? String(versions.docs[0].id) : undefined,
  }
}
