/**
 * An embedded search port whose index can be replaced while it keeps answering: restored from a
 * snapshot at start, then rebuilt from the database in the background and swapped in. Writes that
 * arrive during a rebuild go to the index in use and are replayed on the new one before the swap,
 * so no sync is lost between the rebuild's read and the swap.
 */
import { createEmbeddedSearch } from '../../src/search/adapters/embedded/create-embedded-search'
import type { SynonymGroup } from '../../src/text/synonyms'
import type { EmbeddedSearchPort, EnquirySearchQuery, SearchDocument, SearchQuery } from '../../src/search/types'

type Write =
  | { readonly op: 'upsert'; readonly documents: readonly SearchDocument[] }
  | { readonly op: 'remove'; readonly ids: readonly string[] }
  | { readonly op: 'clear' }

export interface HotSwapSearch extends EmbeddedSearchPort {
  /** Build a new index with `fill`, replay the writes made meanwhile, then answer from it. */
  rebuild(fill: (next: EmbeddedSearchPort) => Promise<void>): Promise<void>
  /** Answer from a restored index (a snapshot) from now on. */
  replace(next: EmbeddedSearchPort): void
  /** The synonym groups in force, for a new index. */
  synonyms(): readonly SynonymGroup[] | undefined
}

async function apply(port: EmbeddedSearchPort, write: Write): Promise<void> {
  if (write.op === 'upsert') await port.upsert(write.documents)
  else if (write.op === 'remove') await port.remove(write.ids)
  else await port.clear()
}

export function createHotSwapSearch(initial: EmbeddedSearchPort = createEmbeddedSearch()): HotSwapSearch {
  let current = initial
  let groups: readonly SynonymGroup[] | undefined
  /** Writes made while a rebuild runs; undefined when none runs. */
  let pending: Write[] | undefined
  let rebuilding: Promise<void> | undefined

  async function write(entry: Write): Promise<void> {
    pending?.push(entry)
    await apply(current, entry)
  }

  async function runRebuild(fill: (next: EmbeddedSearchPort) => Promise<void>): Promise<void> {
    pending = []
    try {
      const next = createEmbeddedSearch(groups ? { synonyms: groups } : {})
      await fill(next)
      // Built before the swap, so the first buyers after it do not wait for them; the replayed
      // writes below keep them current.
      await next.prepare()
      // Replay until nothing new arrived during the last await; the swap then happens in the same tick.
      while (pending.length > 0) {
        const batch = pending.splice(0)
        for (const entry of batch) await apply(next, entry)
      }
      current = next
    } finally {
      pending = undefined
    }
  }

  return {
    engine: 'embedded',
    applySettings: () => current.applySettings(),
    upsert: (documents) => write({ op: 'upsert', documents }),
    remove: (ids) => write({ op: 'remove', ids }),
    clear: () => write({ op: 'clear' }),
    search: (query: SearchQuery) => current.search(query),
    searchEnquiries: (query: EnquirySearchQuery) => current.searchEnquiries(query),
    async updateSynonyms(next) {
      groups = next
      await current.updateSynonyms(next)
    },
    listDocumentIds: () => current.listDocumentIds(),
    exportSnapshot: () => current.exportSnapshot(),
    count: () => current.count(),
    prepare: () => current.prepare(),
    synonyms: () => groups,

    rebuild(fill) {
      // One rebuild at a time: a second request waits for the first, then runs (it may see newer data).
      const run = (rebuilding ?? Promise.resolve()).catch(() => undefined).then(() => runRebuild(fill))
      rebuilding = run.finally(() => {
        if (rebuilding === guarded) rebuilding = undefined
      })
      const guarded = rebuilding
      return run
    },

    replace(next) {
      current = next
      if (groups) void next.updateSynonyms(groups)
      // After the restore returns, a table at a time between requests; still before most first queries.
      void next.prepare()
    },
  }
}
