/**
 * Choosing this process's search port: Meilisearch when MEILI_URL is set (one port talking to the
 * server; any process may search or sync), else the embedded engine, whose indexes live in memory
 * (hosted-index.ts keeps them). Tests and benchmarks may set a port of their own.
 */
import { createSearch } from '../../src/search/create-search'
import { readSearchConfig } from '../../src/search/read-search-config'
import type { SearchPort } from '../../src/search/types'
import { createHotSwapSearch } from './hotSwapSearch'
import { env, notifyWaiters, state } from './runtime-state'

/** Whether the indexes live in this process's memory (no Meilisearch, no port set by a test). */
export function embedded(): boolean {
  return !state.override && !env().MEILI_URL
}

/** The search port of this process (Meilisearch, or this process's in-memory engine). */
export function searchPort(): SearchPort {
  if (state.override) return state.override
  if (!state.port) {
    const current = env()
    if (current.MEILI_URL) {
      state.port = createSearch(readSearchConfig(current))
    } else {
      state.hot = createHotSwapSearch()
      state.port = state.hot
    }
  }
  return state.port
}

/** Tests and benchmarks: use this port (undefined goes back to the configured one). */
export function useSearchPort(port: SearchPort | undefined): void {
  state.override = port
  notifyWaiters()
}
