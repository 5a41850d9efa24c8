import type { SynonymGroup } from '../../text/synonyms'
import groups from './synonyms.default.json' with { type: 'json' }

/**
 * Synonym groups the showroom starts with, until staff edit their own in the CMS. Regional names
 * (khóm, dứa, thơm) and the English words buyers type. Words that mean something else on their own
 * are only listed inside a phrase: "tiêu" alone would also expand "tiêu biểu" (outstanding) to pepper.
 */
export const DEFAULT_SYNONYM_GROUPS: readonly SynonymGroup[] = groups
