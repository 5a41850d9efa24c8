/** Documents matched so far: the touched document numbers, with dense score and word-bit arrays. */
export interface Matches {
  docs: number[]
  readonly scores: Float64Array
  readonly bits: Uint32Array
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
      return { docs: [], scores: new Float64Array(capacity), bits: new Uint32Array(capacity) }
    },
    release(matches) {
      for (const doc of matches.docs) {
        matches.scores[doc] = 0
        matches.bits[doc] = 0
      }
      matches.docs = []
      if (free.length < 16) free.push(matches)
    },
  }
}

/** Keep the documents in both; the result lives in the smaller operand's arrays. */
export function intersect(pool: MatchPool, a: Matches, b: Matches): Matches {
  const [into, other] = a.docs.length <= b.docs.length ? [a, b] : [b, a]
  const kept: number[] = []
  for (const doc of into.docs) {
    if (other.scores[doc]! > 0) {
      into.scores[doc]! += other.scores[doc]!
      into.bits[doc]! |= other.bits[doc]!
      kept.push(doc)
    } else {
      into.scores[doc] = 0
      into.bits[doc] = 0
    }
  }
  into.docs = kept
  pool.release(other)
  return into
}

/** Keep the documents in either; the result lives in the larger operand's arrays. */
export function unite(pool: MatchPool, a: Matches, b: Matches): Matches {
  const [into, other] = a.docs.length >= b.docs.length ? [a, b] : [b, a]
  const { scores, bits } = other
  // The other operand is cleaned as it is read, so it goes back to the pool without a second pass.
  for (const doc of other.docs) {
    if (into.scores[doc] === 0) into.docs.push(doc)
    into.scores[doc]! += scores[doc]!
    into.bits[doc]! |= bits[doc]!
    scores[doc] = 0
    bits[doc] = 0
  }
  other.docs = []
  pool.release(other)
  return into
}
