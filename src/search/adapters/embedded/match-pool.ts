/**
 * Documents matched so far: the touched document numbers (the first `count` of `docs`), with dense
 * score and word-bit arrays. The touched list is a typed array with room for every document, not a
 * growing number[]: appending 100,000 numbers to a JS array cost 12–15 ms on these machines (its
 * backing store is reallocated and copied as it grows), against 0.3 ms for the typed array.
 */
export interface Matches {
  readonly docs: Int32Array
  count: number
  readonly scores: Float64Array
  readonly bits: Uint32Array
}

/** The matched document numbers, as a view (valid until the matches go back to the pool). */
export function matchedDocs(matches: Matches): Int32Array {
  return matches.docs.subarray(0, matches.count)
}

/**
 * Dense arrays are reused between queries: allocating and zeroing a megabyte per query word would
 * cost more than scoring. A released Matches is cleaned through its touched list only.
 */
export interface MatchPool {
  acquire(size: number): Matches
  release(matches: Matches): void
}

export function createMatchPool(): MatchPool {
  const free: Matches[] = []
  return {
    acquire(size) {
      const index = free.findIndex((matches) => matches.scores.length >= size)
      if (index >= 0) return free.splice(index, 1)[0]!
      // Room to grow, so adding documents does not make every pooled array too small at once.
      const capacity = Math.ceil(size * 1.25) + 64
      return { docs: new Int32Array(capacity), count: 0, scores: new Float64Array(capacity), bits: new Uint32Array(capacity) }
    },
    release(matches) {
      const { docs, scores, bits } = matches
      for (let i = 0; i < matches.count; i += 1) {
        scores[docs[i]!] = 0
        bits[docs[i]!] = 0
      }
      matches.count = 0
      if (free.length < 16) free.push(matches)
    },
  }
}

/** Keep the documents in both; the result lives in the smaller operand's arrays. */
export function intersect(pool: MatchPool, a: Matches, b: Matches): Matches {
  const [into, other] = a.count <= b.count ? [a, b] : [b, a]
  const { docs, scores, bits } = into
  let kept = 0
  for (let i = 0; i < into.count; i += 1) {
    const doc = docs[i]!
    if (other.scores[doc]! > 0) {
      scores[doc]! += other.scores[doc]!
      bits[doc]! |= other.bits[doc]!
      docs[kept++] = doc
    } else {
      scores[doc] = 0
      bits[doc] = 0
    }
  }
  into.count = kept
  pool.release(other)
  return into
}

/** Keep the documents in either; the result lives in the larger operand's arrays. */
export function unite(pool: MatchPool, a: Matches, b: Matches): Matches {
  const [into, other] = a.count >= b.count ? [a, b] : [b, a]
  const { scores, bits } = other
  // The other operand is cleaned as it is read, so it goes back to the pool without a second pass.
  for (let i = 0; i < other.count; i += 1) {
    const doc = other.docs[i]!
    if (into.scores[doc] === 0) into.docs[into.count++] = doc
    into.scores[doc]! += scores[doc]!
    into.bits[doc]! |= bits[doc]!
    scores[doc] = 0
    bits[doc] = 0
  }
  other.count = 0
  pool.release(other)
  return into
}
