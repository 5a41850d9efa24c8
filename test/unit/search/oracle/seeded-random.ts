/**
 * A seeded stream of pseudo-random numbers (mulberry32), so a catalogue and its queries come back
 * exactly from their seed: a failure names the seed and `ORACLE_SEED=<seed>` replays it.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number
  /** A whole number in [0, count). */
  below(count: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Up to `count` distinct items, in their original order. */
  some<T>(items: readonly T[], count: number): T[]
}

export function seededRandom(seed: number): SeededRandom {
  // Neighbouring seeds start far apart: mulberry32's first draws from 1, 2, 3… are alike.
  let state = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const below = (count: number): number => Math.floor(next() * count)
  return {
    next,
    below,
    chance: (p) => next() < p,
    pick: (items) => items[below(items.length)]!,
    some: (items, count) => {
      const chosen = new Set<number>()
      for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 4; tries += 1) chosen.add(below(items.length))
      return [...chosen].sort((a, b) => a - b).map((i) => items[i]!)
    },
  }
}
