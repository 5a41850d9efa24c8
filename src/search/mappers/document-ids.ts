import { LOCALES, type Locale, type SearchDocument, type SearchKind } from '../types'

/** Stable search id: `product-<id>-<locale>`; enquiries are not localized: `enquiry-<id>`. */
export function searchDocumentId(kind: SearchKind, sourceId: string, locale: Locale): string {
  return kind === 'enquiry' ? `enquiry-${sourceId}` : `${kind}-${sourceId}-${locale}`
}

/** Every id a CMS document can have in the indexes, whatever its state. */
export function searchDocumentIds(kind: SearchKind, sourceId: string): string[] {
  return kind === 'enquiry' ? [searchDocumentId(kind, sourceId, 'vi')] : LOCALES.map((locale) => searchDocumentId(kind, sourceId, locale))
}

export interface SyncPlan {
  readonly upsert: readonly SearchDocument[]
  readonly remove: readonly string[]
}

/**
 * What to do in the indexes after a CMS document changed: upsert what the mapper produced, remove
 * every other id it could have had. A product turned back into a draft maps to nothing, so all its
 * ids are removed — the index converges to "published only" without remembering earlier states.
 */
export function planSync(kind: SearchKind, sourceId: string, documents: readonly SearchDocument[]): SyncPlan {
  const kept = new Set(documents.map((doc) => doc.id))
  return { upsert: documents, remove: searchDocumentIds(kind, sourceId).filter((id) => !kept.has(id)) }
}
