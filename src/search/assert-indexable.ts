import { SearchDocumentError } from './errors'
import { indexNameFor, indexNameForId, type IndexName } from './settings/index-names'
import type { SearchDocument } from './types'

/**
 * The last gate before an index: a document's id must name the same index as its kind and locale.
 * Deletes route by id alone, so a mismatch would leave a document that can never be removed — and an
 * enquiry dressed with a public id must never be taken for public.
 */
export function assertIndexable(doc: SearchDocument): IndexName {
  const byKind = indexNameFor(doc.kind, doc.locale)
  const byId = indexNameForId(doc.id)
  if (byId !== byKind) {
    throw new SearchDocumentError(doc.kind, doc.sourceId, `id "${doc.id}" does not belong in index ${byKind}; build ids with searchDocumentId()`)
  }
  return byKind
}
