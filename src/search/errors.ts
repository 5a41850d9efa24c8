/**
 * The search port's errors. One base class with a code, and one map from code to HTTP status, so an
 * endpoint can answer without knowing each subclass. `cause` carries the engine's own error or data.
 */
export type SearchErrorCode =
  | 'search_unavailable'
  | 'search_query_invalid'
  | 'search_document_invalid'
  | 'search_index_failed'
  | 'search_config_invalid'
  | 'search_snapshot_invalid'

const HTTP_STATUS: Readonly<Record<SearchErrorCode, number>> = {
  search_unavailable: 503,
  search_query_invalid: 400,
  search_document_invalid: 422,
  search_index_failed: 502,
  search_config_invalid: 500,
  search_snapshot_invalid: 500,
}

export class SearchError extends Error {
  override name = 'SearchError'
  readonly code: SearchErrorCode

  constructor(code: SearchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  /** Status an HTTP endpoint should answer with. */
  get httpStatus(): number {
    return HTTP_STATUS[this.code]
  }
}

/** The engine cannot be reached or timed out; retry later (a sync job should retry). */
export class SearchUnavailableError extends SearchError {
  override name = 'SearchUnavailableError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('search_unavailable', message, options)
  }
}

/** One problem with a search request, addressed to the field it concerns. */
export interface SearchQueryIssue {
  readonly field: string
  readonly message: string
}

/** The request is wrong; say what and where, so the caller can fix it (HTTP 400). */
export class SearchQueryError extends SearchError {
  override name = 'SearchQueryError'
  readonly issues: readonly SearchQueryIssue[]

  constructor(issues: readonly SearchQueryIssue[], options?: { cause?: unknown }) {
    super('search_query_invalid', issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), options)
    this.issues = issues
  }
}

/** A CMS document could not be turned into a search document; nothing of it was indexed. */
export class SearchDocumentError extends SearchError {
  override name = 'SearchDocumentError'
  readonly collection: string
  readonly documentId: string | undefined

  constructor(collection: string, documentId: string | undefined, message: string, options?: { cause?: unknown }) {
    super('search_document_invalid', `${collection} ${documentId ?? '(no id)'}: ${message}`, options)
    this.collection = collection
    this.documentId = documentId
  }
}

/** The engine answered but refused or failed the work (a failed indexing task, a rejected setting). */
export class SearchIndexError extends SearchError {
  override name = 'SearchIndexError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('search_index_failed', message, options)
  }
}

/** The search configuration is wrong; fix the environment and restart. */
export class SearchConfigError extends SearchError {
  override name = 'SearchConfigError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('search_config_invalid', message, options)
  }
}

/** A saved embedded index cannot be restored (other format or version); rebuild it with a reindex. */
export class SearchSnapshotError extends SearchError {
  override name = 'SearchSnapshotError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('search_snapshot_invalid', message, options)
  }
}
