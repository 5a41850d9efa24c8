import type { SearchResult } from '../../types'

/**
 * Recent answers of one embedded engine, so the popular queries (and a buyer paging back and forth)
 * cost a lookup. Any write empties it: an answer is never older than the index. Least recently used
 * answers go first.
 */
export interface ResultCache {
  get(key: string): SearchResult | undefined
  set(key: string, result: SearchResult): void
  clear(): void
}

export function createResultCache(size: number): ResultCache {
  const entries = new Map<string, SearchResult>()
  return {
    get(key) {
      if (size <= 0) return undefined
      const started = performance.now()
      const hit = entries.get(key)
      if (!hit) return undefined
      // Most recently used last, so the first entry is the one to evict.
      entries.delete(key)
      entries.set(key, hit)
      return { ...hit, tookMs: performance.now() - started }
    },
    set(key, result) {
      if (size <= 0) return
      entries.set(key, result)
      if (entries.size > size) entries.delete(entries.keys().next().value!)
    },
    clear() {
      entries.clear()
    },
  }
}
