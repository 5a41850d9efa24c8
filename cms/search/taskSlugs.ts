/** Slugs of the search jobs (registered in cms/jobs); shared so hooks need not import the tasks. */
import type { Config } from '../payload-types'
export const SYNC_SEARCH_TASK = 'syncSearch' satisfies keyof Config['jobs']['tasks']
export const UPDATE_SYNONYMS_TASK = 'updateSynonyms' satisfies keyof Config['jobs']['tasks']
export const REBUILD_SEARCH_TASK = 'rebuildSearch' satisfies keyof Config['jobs']['tasks']
