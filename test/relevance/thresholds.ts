/**
 * The floor of each category: the share of its judged queries that must pass (see types.ts for
 * what passing means). Set at what main's engine measured on the demo showroom, rounded down, so a
 * change that makes search worse fails `npm test`; raise a floor when the engine gets better.
 * Measured 2026-12-05 (evening) on 297 queries: transpositions as one typo, a wrong tone mark
 * pinned by the word beside it ("thổ cẫm", "lạp xường"), an accent-exact partial answer preferred
 * to a near match of every word, and the word naming the thing never left out ("vé máy bay").
 * 25 queries were added that day before the engine first ran them (marked "held out" in their
 * files); 24 passed on that first run. Still missed: "cinnamon stiks" (the typo hides the synonym
 * "cinnamon sticks"), three partial-intent queries and "washing machine". A floor of 0 would be
 * reported as a todo, not a test.
 * Raised 2026-12-07 on 310 queries: a thin full match is widened with the items holding most of the
 * words ("mật ong nguyên chất"), and 8 partial-intent queries were added before the engine first ran
 * them (all 8 passed). Partial intent 27/29; still missed: "hạt điều xuất khẩu loại 1", "best robusta
 * coffee beans" and, in unanswerable, "washing machine".
 */
import type { Category } from './types'

export const RELEVANCE_FLOORS: Readonly<Record<Category, number>> = {
  unaccented: 1,
  accented: 1,
  nfd: 1,
  'all-caps': 1,
  typing: 1,
  brand: 1,
  'accent-pairs': 1,
  'typo-vi': 1,
  'typo-en': 1,
  keyboard: 1,
  'partial-intent': 0.89,
  regional: 1,
  'former-province': 1,
  english: 0.96,
  unanswerable: 0.94,
}
