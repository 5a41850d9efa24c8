/** Slugs of the search jobs (registered in cms/jobs); shared so hooks need not import the tasks. */
export const SYNC_SEARCH_TASK = 'syncSearch'
export const UPDATE_SYNONYMS_TASK = 'updateSynonyms'
export const REBUILD_SEARCH_TASK = 'rebuildSearch'
