import { TYPO_TOLERANCE } from './settings/index-settings'
import type { IndexName } from './settings/index-names'

/**
 * Edits a folded query word may be away from a catalogue word and still match it: by length, as
 * Meilisearch's `minWordSizeForTypos` counts (settings/index-settings.ts). Words with digits are
 * codes, sizes and years ("ocop 4", "500ml", "2024"): exact.
 */
export function typoBudget(token: string, index: IndexName): number {
  const typos = TYPO_TOLERANCE[index]
  if (!typos.enabled || /\d/.test(token)) return 0
  if (token.length >= typos.twoTypos) return 2
  if (token.length >= typos.oneTypo) return 1
  return 0
}
