/**
 * Search in the CMS: the plugin (sync hooks, synonyms global, enquiry endpoint), the jobs, and this
 * process's search port. See plugin.ts for what a change resyncs and runtime.ts for which process
 * holds which index.
 */
export { searchPlugin } from './plugin'
export { SEARCH_TASKS, syncSearchTask, updateSynonymsTask, rebuildSearchTask } from './tasks'
export { SYNC_SEARCH_TASK, UPDATE_SYNONYMS_TASK, REBUILD_SEARCH_TASK } from './taskSlugs'
export {
  enquirySearchSink,
  hostIndex,
  hostsIndex,
  isSearchReady,
  rebuildHostedIndexes,
  searchPort,
  startSearchRuntime,
  stopSearchRuntime,
  useSearchPort,
  whenSearchReady,
  type HostedIndex,
} from './runtime'
export { enquirySearchEndpoint, handleEnquirySearch, ENQUIRY_SEARCH_PATH } from './enquirySearchEndpoint'
export { queueSearchSync } from './hooks'
export { SKIP_SEARCH_SYNC, skipSearchSync } from './skipSearchSync'
export { readSynonyms, SEARCH_SYNONYMS_SLUG } from './SearchSynonyms'
export { syncSearchTarget, type SyncTarget, type SyncTargetKind } from './syncSearchTarget'
export { rebuildSearchIndex, staleIds, countIndexable } from './rebuildSearchIndex'
export { readSnapshotFile, writeSnapshotFile, snapshotPath } from './snapshotFile'
