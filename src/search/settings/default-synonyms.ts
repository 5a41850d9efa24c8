import type { SynonymGroup } from '../../text/synonyms'
import groups from './synonyms.default.json' with { type: 'json' }

/**
 * Synonym groups the showroom starts with, until staff edit their own in the CMS: regional names
 * (khóm, dứa, thơm; vừng, mè), spelling variants and the English words buyers type. Where they come
 * from and the rules they keep: synonyms.default.md. Words that mean something else on their own
 * are only listed inside a phrase: "tiêu" alone would also expand "tiêu biểu" (outstanding) to pepper.
 */
export const DEFAULT_SYNONYM_GROUPS: readonly SynonymGroup[] = groups
