import { SearchSnapshotError } from '../../errors'
import { INDEX_NAMES, type IndexName } from '../../settings/index-names'
import { liveRecords, restoreIndexStore, type IndexStore } from './index-store'
import { loadRecords, saveRecords, type SavedRecords } from './snapshot-records'
import { loadTermIndex, saveTermIndex, type SavedTermIndex } from './snapshot-term-index'

/**
 * Bump when IndexRecord, the searchable fields, the folding or the saved layout change: an old
 * snapshot would then be refused (and the CMS reindexes) instead of silently answering with a stale
 * layout. A snapshot holds the live records by column and the term index built from them, so a
 * restore copies arrays instead of tokenizing every record again (15 s at 100,000 products).
 */
export const SNAPSHOT_VERSION = 5
const FORMAT = 'tieu-bieu/embedded-search'

interface SavedIndex {
  readonly records: SavedRecords
  readonly terms: SavedTermIndex
}

interface SnapshotFile {
  readonly format: typeof FORMAT
  readonly version: number
  readonly indexes: Record<IndexName, SavedIndex>
}

/** Serialize every index into one string. */
export function exportSnapshot(stores: ReadonlyMap<IndexName, IndexStore>): string {
  const indexes = Object.fromEntries(
    INDEX_NAMES.map((name) => {
      const store = stores.get(name)!
      return [name, { records: saveRecords(liveRecords(store)), terms: saveTermIndex(store.index) } satisfies SavedIndex]
    }),
  ) as SnapshotFile['indexes']
  return JSON.stringify({ format: FORMAT, version: SNAPSHOT_VERSION, indexes } satisfies SnapshotFile)
}

function restoreIndex(name: IndexName, saved: SavedIndex | undefined): IndexStore {
  if (!saved?.records || !saved.terms) throw new SearchSnapshotError(`the search snapshot lacks index ${name}; rebuild the index with a reindex`)
  try {
    return restoreIndexStore(loadTermIndex(saved.terms, loadRecords(saved.records)))
  } catch (error) {
    throw new SearchSnapshotError(`the search snapshot's index ${name} is damaged (${(error as Error).message}); rebuild the index with a reindex`, {
      cause: error,
    })
  }
}

/** Rebuild the stores from a snapshot. */
export function restoreSnapshot(snapshot: string): Map<IndexName, IndexStore> {
  let file: SnapshotFile
  try {
    file = JSON.parse(snapshot) as SnapshotFile
  } catch (error) {
    throw new SearchSnapshotError('the search snapshot is not JSON; rebuild the index with a reindex', { cause: error })
  }
  if (file?.format !== FORMAT || file.version !== SNAPSHOT_VERSION) {
    throw new SearchSnapshotError(
      `the search snapshot is ${file?.format ?? 'of unknown format'} version ${file?.version ?? '?'}, ` +
        `this build reads ${FORMAT} version ${SNAPSHOT_VERSION}; rebuild the index with a reindex`,
    )
  }
  return new Map(INDEX_NAMES.map((name) => [name, restoreIndex(name, file.indexes?.[name])]))
}
