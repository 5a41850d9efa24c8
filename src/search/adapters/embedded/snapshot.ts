import type { IndexRecord } from '../../build-index-record'
import { SearchSnapshotError } from '../../errors'
import { INDEX_NAMES, type IndexName } from '../../settings/index-names'
import { createIndexStore, liveRecords, type IndexStore } from './index-store'

/**
 * Bump when IndexRecord, the searchable fields or the folding change: an old snapshot would then
 * be refused (and the CMS reindexes) instead of silently answering with a stale layout. A snapshot
 * holds the records only: rebuilding the term index from them is about as fast as parsing a
 * serialized index, and half the size.
 */
export const SNAPSHOT_VERSION = 4
const FORMAT = 'tieu-bieu/embedded-search'

interface SnapshotFile {
  readonly format: typeof FORMAT
  readonly version: number
  readonly indexes: Record<IndexName, { readonly records: IndexRecord[] }>
}

/** JSON drops undefined fields; put them back so restored records share one shape with fresh ones. */
function withFullShape(record: IndexRecord): IndexRecord {
  return {
    ...record,
    productGroup: record.productGroup,
    productGroupKey: record.productGroupKey,
    province: record.province,
    producerId: record.producerId,
    provinceId: record.provinceId,
    status: record.status,
    date: record.date,
    dateTs: record.dateTs,
    newestAwardYear: record.newestAwardYear,
    thumbnail: record.thumbnail,
  }
}

/** Serialize every index's records into one string. */
export function exportSnapshot(stores: ReadonlyMap<IndexName, IndexStore>): string {
  const indexes = Object.fromEntries(
    INDEX_NAMES.map((name) => {
      const store = stores.get(name)!
      return [name, { records: liveRecords(store) }]
    }),
  ) as SnapshotFile['indexes']
  return JSON.stringify({ format: FORMAT, version: SNAPSHOT_VERSION, indexes } satisfies SnapshotFile)
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
      `the search snapshot is ${file?.format ?? 'of unknown format'} version ${file?.version ?? '?'}, this build reads ${FORMAT} version ${SNAPSHOT_VERSION}; rebuild the index with a reindex`,
    )
  }
  const stores = new Map<IndexName, IndexStore>()
  for (const name of INDEX_NAMES) {
    const saved = file.indexes?.[name]
    if (!saved || !Array.isArray(saved.records)) throw new SearchSnapshotError(`the search snapshot lacks index ${name}; rebuild the index with a reindex`)
    stores.set(name, createIndexStore(saved.records.map(withFullShape)))
  }
  return stores
}
