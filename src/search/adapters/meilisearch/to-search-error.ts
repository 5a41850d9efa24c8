import { MeilisearchApiError, MeilisearchError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } from 'meilisearch'
import { SearchError, SearchIndexError, SearchUnavailableError } from '../../errors'

/**
 * Translate a Meilisearch client error into the port's family, keeping the original as `cause`.
 * Unreachable, timed out, 5xx or a missing index: unavailable (retry, or run applySettings);
 * any other refusal: the index failed the work.
 */
export function toSearchError(error: unknown, action: string): SearchError {
  if (error instanceof SearchError) return error
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError || error instanceof MeilisearchTaskTimeOutError) {
    return new SearchUnavailableError(`Meilisearch did not answer while trying to ${action}: ${error.message}`, { cause: error })
  }
  if (error instanceof MeilisearchApiError) {
    const status = error.response.status
    const code = error.cause?.code
    if (status >= 500 || code === 'index_not_found') {
      const hint = code === 'index_not_found' ? ' (the index does not exist yet: apply settings or reindex)' : ''
      return new SearchUnavailableError(`Meilisearch could not ${action}${hint}: ${error.message}`, { cause: error })
    }
    return new SearchIndexError(`Meilisearch refused to ${action} (${status} ${code ?? 'no code'}): ${error.message}`, { cause: error })
  }
  if (error instanceof MeilisearchError) return new SearchIndexError(`Meilisearch failed to ${action}: ${error.message}`, { cause: error })
  return new SearchIndexError(`unexpected error while trying to ${action}`, { cause: error })
}
