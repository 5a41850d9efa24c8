/**
 * Uploads belong to a producer (their `owner`). A producer's document may take in only that
 * producer's own uploads, and an upload staff attach to a producer's document without saying whose
 * it is becomes that producer's, so the producer then sees it in its library, reuses and replaces it.
 */
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type Field } from 'payload'
import { idOf, isStaff, producerOf, type Ref, userOf } from '../../access/roles'

type UploadSlug = 'media' | 'application-files'
type Id = number | string

/** The ids of every upload of `relationTo` in a document's data, through groups, rows, tabs and arrays. */
export function uploadIdsIn(fields: Field[], data: unknown, relationTo: UploadSlug): Id[] {
  if (data == null || typeof data !== 'object') return []
  const row = data as Record<string, unknown>
  const ids: Id[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) ids.push(...uploadIdsIn(tab.fields, 'name' in tab && tab.name ? row[tab.name] : row, relationTo))
    } else if (field.type === 'row' || field.type === 'collapsible') {
      ids.push(...uploadIdsIn(field.fields, row, relationTo))
    } else if (field.type === 'group') {
      ids.push(...uploadIdsIn(field.fields, 'name' in field && field.name ? row[field.name] : row, relationTo))
    } else if (field.type === 'array') {
      const rows = row[field.name]
      if (Array.isArray(rows)) for (const item of rows) ids.push(...uploadIdsIn(field.fields, item, relationTo))
    } else if (field.type === 'upload' && field.relationTo === relationTo) {
      const value = row[field.name]
      for (const ref of Array.isArray(value) ? value : [value]) {
        const id = idOf(ref as Ref)
        if (id !== undefined) ids.push(id)
      }
    }
  }
  const seen = new Set<string>()
  return ids.filter((id) => !seen.has(String(id)) && Boolean(seen.add(String(id))))
}

export class NotYourUpload extends APIError {
  constructor() {
    super('Tệp này không thuộc cơ sở của bạn, hãy tải tệp của mình lên. / This file belongs to someone else; upload your own.', 403, undefined, true)
    // Set in code: Payload shows the message only for a named error, and minifiers drop class names.
    this.name = 'NotYourUpload'
  }
}

/**
 * A producer may put in its documents only uploads that are its own: its admin lists only those,
 * and this refuses the id of another producer's (or the centre's) file sent through the API.
 * Only uploads the save adds are checked, so a picture staff put there earlier stays.
 */
export const onlyOwnUploads =
  (relationTo: UploadSlug = 'media'): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const own = producerOf(userOf(req))
    if (own === undefined || req.context?.seeding) return data
    const before = new Set(uploadIdsIn(collection.fields, originalDoc, relationTo).map(String))
    const added = uploadIdsIn(collection.fields, data, relationTo).filter((id) => !before.has(String(id)))
    if (added.length === 0) return data
    const mine = await req.payload.count({
      collection: relationTo,
      where: { and: [{ id: { in: added } }, { owner: { equals: own } }] },
      overrideAccess: true,
      req,
    })
    if (mine.totalDocs !== added.length) throw new NotYourUpload()
    return data
  }

/**
 * When staff save a producer's document (product, brand page, award) with uploads that belong to
 * nobody yet, such as a photo uploaded from the document's own form, those uploads become the
 * producer's. Uploads that already have an owner keep it.
 */
export const claimUnownedUploads =
  (producerOfDoc: (doc: Record<string, unknown>) => Ref, relationTo: UploadSlug = 'media'): CollectionAfterChangeHook =>
  async ({ collection, doc, req, context }) => {
    if (context?.seeding || !isStaff(userOf(req))) return doc
    const owner = idOf(producerOfDoc(doc))
    if (owner === undefined) return doc
    const ids = uploadIdsIn(collection.fields, doc, relationTo)
    if (ids.length === 0) return doc
    const unowned = await req.payload.find({
      collection: relationTo,
      where: { and: [{ id: { in: ids } }, { owner: { exists: false } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    // Straight to the database: the upload's own hooks would ask a province-scoped member of staff
    // to be allowed to change a file of no province, which is exactly the file being given a place.
    for (const upload of unowned.docs) await req.payload.db.updateOne({ collection: relationTo, id: upload.id, data: { owner }, req })
    return doc
  }
