import type { IndexRecord } from '../../build-index-record'
import { SearchSnapshotError } from '../../errors'
import { INDEX_NAMES, type IndexName } from '../../settings/index-names'
import { liveRecords, restoreIndexStore, type IndexStore } from './index-store'
import { createSnapshotWriter, MAGIC, readSnapshot, snapshotVersion, type SnapshotReader } from './snapshot-binary'
import { headOf, restoreHead } from './name-head'
import { type Column, loadColumn, loadRecords, saveRecords, saveValues, type SavedRecords } from './snapshot-records'
import { loadSideTables, saveSideTables, type SavedSideTables } from './snapshot-side-tables'
import { loadTermIndex, renumberLive, saveTermIndex, type SavedTermIndex } from './snapshot-term-index'

/**
 * Bump when IndexRecord, the searchable fields, the folding or the saved layout change: an old
 * snapshot would then be refused (and the CMS reindexes) instead of silently answering with a stale
 * layout. A snapshot holds the live records by column, the term index built from them, the facet
 * codes and filter postings, so a restore copies arrays instead of tokenizing every record again
 * (15 s at 100,000 products). Version 6 is binary (snapshot-binary.ts) instead of one JSON text,
 * whose JSON.parse alone took 1.4 s; it also keeps the vocabulary tree's shape and the side tables.
 */
export const SNAPSHOT_VERSION = 6
const FORMAT = 'tieu-bieu/embedded-search'

interface SavedIndex {
  readonly records: SavedRecords
  readonly terms: SavedTermIndex
  readonly side: SavedSideTables
  /** The English records' head nouns (name-head.ts), null for the others. */
  readonly heads: Column
}

/** The snapshot's header (its JSON part); the arrays and texts it points to follow it. */
interface SnapshotHeader {
  readonly format: typeof FORMAT
  readonly indexes: Record<IndexName, SavedIndex>
}

/** Serialize every index into one snapshot. */
export function exportSnapshot(stores: ReadonlyMap<IndexName, IndexStore>): Uint8Array {
  const writer = createSnapshotWriter()
  const indexes = Object.fromEntries(
    INDEX_NAMES.map((name) => {
      const store = stores.get(name)!
      const records = liveRecords(store)
      const side = saveSideTables(store, renumberLive(store.index.records), records.length, writer)
      const heads = saveValues(
        records.map((record) => (record.locale === 'en' ? headOf(record) : null)),
        writer,
      )
      return [name, { records: saveRecords(records, writer), terms: saveTermIndex(store.index, writer), side, heads } satisfies SavedIndex]
    }),
  ) as SnapshotHeader['indexes']
  return writer.finish(SNAPSHOT_VERSION, { format: FORMAT, indexes } satisfies SnapshotHeader)
}

function restoreIndex(name: IndexName, saved: SavedIndex | undefined, reader: SnapshotReader): IndexStore {
  if (!saved?.records || !saved.terms || !saved.side) throw new SearchSnapshotError(`the search snapshot lacks index ${name}; rebuild the index with a reindex`)
  try {
    const records = loadRecords(saved.records, reader)
    loadColumn(saved.heads, records.length, reader).forEach((head, doc) => {
      if (typeof head === 'string') restoreHead(records[doc]!, head)
    })
    return restoreIndexStore(loadTermIndex(saved.terms, records, reader), loadSideTables(saved.side, records.length, reader))
  } catch (error) {
    throw new SearchSnapshotError(`the search snapshot's index ${name} is damaged (${(error as Error).message}); rebuild the index with a reindex`, {
      cause: error,
    })
  }
}

/** The header and its reader, once the bytes are known to be a snapshot this build reads. */
function openSnapshot(snapshot: Uint8Array): { header: SnapshotHeader; reader: SnapshotReader } {
  // Versions up to 5 were JSON text: they have no MAGIC, and are refused like any unknown version.
  const version = snapshotVersion(snapshot)
  if (version !== SNAPSHOT_VERSION) {
    throw new SearchSnapshotError(
      `the search snapshot is ${version === undefined ? `not a ${MAGIC} file (an older JSON snapshot?)` : `version ${version}`}, ` +
        `this build reads ${FORMAT} version ${SNAPSHOT_VERSION}; rebuild the index with a reindex`,
    )
  }
  let opened: { header: unknown; reader: SnapshotReader }
  try {
    opened = readSnapshot(snapshot)
  } catch (error) {
    throw new SearchSnapshotError(`the search snapshot's header is damaged (${(error as Error).message}); rebuild the index with a reindex`, { cause: error })
  }
  const header = opened.header as SnapshotHeader | null
  if (header?.format !== FORMAT) throw new SearchSnapshotError(`the search snapshot is not ${FORMAT}; rebuild the index with a reindex`)
  return { header, reader: opened.reader }
}

/** Rebuild the stores from a snapshot. */
export function restoreSnapshot(snapshot: Uint8Array): Map<IndexName, IndexStore> {
  const { header, reader } = openSnapshot(snapshot)
  return new Map(INDEX_NAMES.map((name) => [name, restoreIndex(name, header.indexes?.[name], reader)]))
}

/** The records saved in a snapshot, by index, without building anything (for tests that look for what must not be there). */
export function snapshotRecords(snapshot: Uint8Array): Map<IndexName, IndexRecord[]> {
  const { header, reader } = openSnapshot(snapshot)
  return new Map(INDEX_NAMES.map((name) => [name, loadRecords(header.indexes[name].records, reader)]))
}
