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
 * Measured 2026-12-07 (afternoon) on 425 queries: 115 new queries were added across the categories,
 * written from the catalogue before the engine first ran them (marked "held out" in their files).
 * On that first run 100 of the 115 passed (87%): the misses were a thin answer found without
 * filler or a word and not widened ("mua mật ong rừng nguyên chất ở đâu"), words typed apart
 * ("bees wax"), a regional spelling typed with its own marks ("dĩa"), form and purpose words taken
 * for the head ("coffee beans", "tea set for restaurant"), generic product names ("snack",
 * "furniture", "đặc sản") and junk for unanswerable queries. Fixed since, except: "cofee beans"
 * (a typo in the head beside a form word: partial matching forgives no typos), "goos bats trangf"
 * (a slip inside Telex), and junk in unanswerable for "wine glasses" ("wine" a typo from "fine"),
 * "điều hòa" and "sữa tươi" (both words found apart) and "washing machine" (fairs for machinery).
 * "gold ring" is answered with nothing since a partial answer must name the thing outside the
 * story. The unanswerable floor is lowered to what is measured, 25 of 29, rather than leave those out.
 * A second held-out batch of 53 (written after those fixes) passed 46 on its first run (87%); since,
 * "looking for rattan lampshade supplier" (a "for" before any word of the product is no purpose) and
 * "trái hồng sấy" (a classifier is a form word) pass. Still missed: "traditional fish sauce from phu
 * quoc island" (English takes the last word, "island", for the thing) and, in unanswerable, "heo",
 * "bắp", "solar panels" and "frozen shrimp": a word left out or found in a story that a buyer would
 * call another product. Unanswerable is the weakest category: 30 of 38. Partial intent, at 52 of 53,
 * has its floor raised from 89 % to 98 %.
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
  'typo-en': 0.96,
  keyboard: 0.96,
  'partial-intent': 0.98,
  regional: 1,
  'former-province': 1,
  english: 0.96,
  unanswerable: 0.78,
}
