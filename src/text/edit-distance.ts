/**
 * How many single-letter edits (insert, delete, replace) turn `a` into `b`, or `limit + 1` as soon
 * as it is sure to exceed `limit`. With `transpositions`, a swapped neighbouring pair counts as one
 * edit (optimal string alignment, as Meilisearch counts typos): the search forgives "stkic" for
 * "stick" as one slip. Name matching in imports keeps plain edits, so a swapped pair costs two there.
 */
export function boundedEditDistance(a: string, b: string, limit: number, options: { transpositions?: boolean } = {}): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const transpositions = options.transpositions ?? false
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1)
      }
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    // Every later row is at least this row's smallest value (a swap reaches back one more row, but
    // that row was within the limit only if this one is at most one more), so stop here.
    if (rowMin > limit) return limit + 1
    beforePrevious = previous
    previous = current
  }
  return previous[b.length]!
}
