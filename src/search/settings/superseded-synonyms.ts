import type { SynonymGroup } from '../../text/synonyms'
import release202611 from './synonyms.superseded-2026-11.json' with { type: 'json' }
import release202612 from './synonyms.superseded-2026-12.json' with { type: 'json' }
import release20261207 from './synonyms.superseded-2026-12-07.json' with { type: 'json' }
import release20261207evening from './synonyms.superseded-2026-12-07-evening.json' with { type: 'json' }

/**
 * Default synonym lists of earlier releases. The first read of the CMS global saves the defaults
 * of its day, which then look like a staff edit; a global still holding exactly one of these lists
 * was never edited, so it takes the current defaults instead of keeping the old ones for ever.
 */
const SUPERSEDED: readonly (readonly SynonymGroup[])[] = [release202611, release202612, release20261207, release20261207evening]

const key = (groups: readonly SynonymGroup[]) => JSON.stringify(groups.map((group) => [...group]))

export function isSupersededDefault(groups: readonly SynonymGroup[]): boolean {
  const wanted = key(groups)
  return SUPERSEDED.some((list) => key(list) === wanted)
}
