import type { Settings } from 'meilisearch'
import type { SynonymTable } from '../../../text/synonyms'
import type { IndexName } from '../../settings/index-names'
import {
  FILTERABLE_FIELDS,
  MAX_TOTAL_HITS,
  MAX_VALUES_PER_FACET,
  RANKING_RULES,
  SEARCHABLE_FIELDS,
  SORTABLE_FIELDS,
  TYPO_TOLERANCE,
} from '../../settings/index-settings'

/**
 * Synonyms in Meilisearch's shape: folded phrase → folded alternatives. Queries reach Meilisearch
 * already folded, so folded keys are the ones that match. (Meilisearch cannot tell "chè" from "chế"
 * here, because the query is folded; the embedded engine can.)
 */
export function toMeilisearchSynonyms(table: SynonymTable): Record<string, string[]> {
  return Object.fromEntries([...table.byPhrase].map(([phrase, entries]) => [phrase, entries.map((entry) => entry.tokens.join(' '))]))
}

/**
 * Full settings for one index, from the shared data in settings/index-settings.ts. Every key is set
 * explicitly, so applying them again converges to the same state (idempotent).
 */
export function buildMeilisearchSettings(index: IndexName, synonyms: SynonymTable): Settings {
  const typos = TYPO_TOLERANCE[index]
  return {
    searchableAttributes: [...SEARCHABLE_FIELDS],
    filterableAttributes: [...FILTERABLE_FIELDS],
    sortableAttributes: [...SORTABLE_FIELDS],
    rankingRules: [...RANKING_RULES],
    displayedAttributes: ['*'],
    distinctAttribute: null,
    stopWords: [],
    synonyms: toMeilisearchSynonyms(synonyms),
    typoTolerance: {
      enabled: typos.enabled,
      minWordSizeForTypos: { oneTypo: typos.oneTypo, twoTypos: typos.twoTypos },
      // An accent code is exact by definition: "de61" must not match "de62" through a typo. In a
      // story some word is a typo away from almost anything ("bike" from "like"): typos are read in
      // what names a record only, as the embedded engine does (evaluate-term.ts).
      disableOnAttributes: ['marked', 'searchBody'],
    },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
  }
}
