import type { IndexRecord } from '../../build-index-record'
import type { PreparedQuery } from '../../prepare-query'
import { boostScore, maxBoostFor } from './boost-score'
import type { ScoredRecord } from './compare-hits'

/**
 * Apply the relevance boosts to candidates that arrive best base score first, for a page ending at
 * hit `k`. Boosting stops as soon as no remaining candidate, even boosted to the maximum, could
 * reach the k-th boosted score: the first k come out exactly as if every candidate had been boosted,
 * at a fraction of the cost when thousands match. Candidates past that point keep their base score.
 */
export function rankCandidates(candidates: readonly { record: IndexRecord; score: number }[], prepared: PreparedQuery, k: number): ScoredRecord[] {
  const scored: ScoredRecord[] = []
  // The k best boosted scores so far, ascending (kept small: k is a page end, at most 10,000).
  const best: number[] = []
  let boosting = true
  const maxBoost = maxBoostFor(prepared)
  for (const { record, score } of candidates) {
    if (boosting && best.length >= k && score * maxBoost < best[0]!) boosting = false
    if (!boosting) {
      scored.push({ record, score })
      continue
    }
    const boosted = boostScore(record, prepared, score)
    scored.push({ record, score: boosted })
    if (best.length < k || boosted > best[0]!) {
      let at = 0
      while (at < best.length && best[at]! < boosted) at += 1
      best.splice(at, 0, boosted)
      if (best.length > k) best.shift()
    }
  }
  return scored
}
