import type { IndexRecord } from '../../build-index-record'
import type { PreparedQuery } from '../../prepare-query'
import { boostScore, ceilingCheck, maxBoostFor } from './boost-score'
import type { ScoredRecord } from './compare-hits'
import type { RankKeys } from './rank-keys'
import { insertSorted, selectTop } from './select-top'

const descending = (a: number, b: number) => b - a

/** The k-th largest score among `docs` (k ≤ docs.length), keeping only a small ascending buffer. */
function kthLargest(docs: Int32Array, scores: ArrayLike<number>, k: number): number {
  // Deep pages: a sorted buffer of thousands would shift too much; select on a copy instead.
  if (k > 64)
    return selectTop(
      // Array.from, not docs.map: an Int32Array's map would cut the scores to integers.
      Array.from(docs, (doc) => scores[doc]!),
      descending,
      k,
    ).at(-1)!
  const best = new Float64Array(k).fill(Number.NEGATIVE_INFINITY)
  for (const doc of docs) {
    const score = scores[doc]!
    if (score <= best[0]!) continue
    // Drop the smallest, insert in order.
    let at = 1
    while (at < k && best[at]! < score) {
      best[at - 1] = best[at]!
      at += 1
    }
    best[at - 1] = score
  }
  return best[0]!
}

/**
 * The first `k` hits by boosted relevance, exactly as if every candidate had been boosted, without
 * boosting them all (the boosts read the record's text; thousands of candidates match broad
 * queries). Boost the k best by base score; the k-th of those boosted scores, m, is a floor for the
 * final k-th. A candidate whose base score times the largest possible boost stays under m cannot
 * reach the page, so only the others are boosted and ordered.
 */
export function rankTop(
  docs: Int32Array,
  scores: ArrayLike<number>,
  records: readonly (IndexRecord | undefined)[],
  prepared: PreparedQuery,
  k: number,
  compare: (a: ScoredRecord, b: ScoredRecord) => number,
  keys: RankKeys,
): ScoredRecord[] {
  if (k <= 0 || docs.length === 0) return []
  const boosted = (doc: number): ScoredRecord => {
    const record = records[doc]!
    return { record, score: boostScore(record, prepared, scores[doc]!) }
  }
  if (docs.length <= k * 4) return selectTop(Array.from(docs, boosted), compare, k)

  // Any k candidates give a floor; the k best by base score give the highest one. Ties at the k-th
  // base score (common: many products share a name) fill the set only up to k, not all of them.
  const kthBase = kthLargest(docs, scores, k)
  const best: number[] = []
  for (const doc of docs) if (scores[doc]! > kthBase) best.push(doc)
  for (let i = 0; i < docs.length && best.length < k; i += 1) if (scores[docs[i]!] === kthBase) best.push(docs[i]!)
  const floor = selectTop(
    best.map((doc) => boostScore(records[doc]!, prepared, scores[doc]!)),
    descending,
    k,
  ).at(-1)!
  // A hair of slack: boostScore multiplies its factors one by one, and rounding can put a fully
  // boosted score a unit in the last place above score × ceiling; without it, that hit would be cut.
  const slack = 1 + 1e-9
  const maxBoost = maxBoostFor(prepared) * slack
  const ceilingOf = ceilingCheck(prepared, slack, records, keys)
  const reachable: { doc: number; ceiling: number }[] = []
  for (const doc of docs) {
    const score = scores[doc]!
    if (score * maxBoost < floor) continue
    const ceiling = ceilingOf(doc, score, floor)
    if (ceiling >= floor) reachable.push({ doc, ceiling })
  }
  // Best ceiling first; boost until no remaining candidate, even at its ceiling, would beat the
  // k-th hit so far (an equal ceiling still could, by name, so the name decides those cheaply).
  reachable.sort((a, b) => b.ceiling - a.ceiling)
  const top: ScoredRecord[] = []
  for (const { doc, ceiling } of reachable) {
    const kth = top.length === k ? top[k - 1]! : undefined
    if (kth && ceiling < kth.score) break
    if (kth && compare({ record: records[doc]!, score: ceiling }, kth) >= 0) continue
    insertSorted(top, boosted(doc), compare, k)
  }
  return top
}
