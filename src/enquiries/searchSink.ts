/**
 * Where enquiries are indexed for staff search: the search port (src/search), handed over by
 * whoever creates it in the process that runs the jobs. Until one is set, indexing is reported as
 * "not wired" and left for `npm run reindex`, rather than failing the other delivery steps.
 */
import type { SearchPort } from '../search/types'

export type EnquirySearchSink = Pick<SearchPort, 'upsert' | 'remove'>

let sink: EnquirySearchSink | undefined

export function setEnquirySearch(next: EnquirySearchSink | undefined): void {
  sink = next
}

export function enquirySearch(): EnquirySearchSink | undefined {
  return sink
}
