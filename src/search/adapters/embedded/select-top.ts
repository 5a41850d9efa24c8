/**
 * The first `k` items in order, without sorting them all: a page of 20 hits out of 100,000 matches
 * needs only a small sorted buffer (O(n log k)). Falls back to a full sort when `k` is a large share.
 */
export function selectTop<T>(items: ArrayLike<T> & Iterable<T>, compare: (a: T, b: T) => number, k: number): T[] {
  if (k <= 0) return []
  if (k * 4 >= items.length) return [...items].sort(compare).slice(0, k)
  const top: T[] = []
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue
    insertSorted(top, item, compare, k)
  }
  return top
}

/** Insert into `top` (ordered by `compare`, at most k long), dropping what falls past k. */
export function insertSorted<T>(top: T[], item: T, compare: (a: T, b: T) => number, k: number): void {
  let low = 0
  let high = top.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compare(item, top[middle]!) < 0) high = middle
    else low = middle + 1
  }
  if (low >= k) return
  top.splice(low, 0, item)
  if (top.length > k) top.pop()
}
