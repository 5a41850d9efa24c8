import MiniSearch from 'minisearch'
import type { IndexRecord } from '../../build-index-record'
import { SearchSnapshotError } from '../../errors'
import { INDEX_NAMES, type IndexName } from '../../settings/index-names'
import { restoreIndexStore, type IndexStore } from './index-store'
import { MINISEARCH_OPTIONS } from './minisearch-options'

/**
 * Bump when IndexRecord, the searchable fields or the folding change: an old snapshot would then
 * be refused (and the CMS reindexes) instead of silently answering with a stale layout.
 */
export const SNAPSHOT_VERSION = 2
const FORMAT = 'tieu-bieu/embedded-search'

interface SnapshotFile {
  readonly format: typeof FORMAT
  readonly version: number
  readonly indexes: Record<IndexName, { readonly records: IndexRecord[]; readonly minisearch: ReturnType<MiniSearch['toJSON']> }>
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
  }
}

/** Serialize every index (records and MiniSearch's own JSON) into one string. */
export function exportSnapshot(stores: ReadonlyMap<IndexName, IndexStore>): string {
  const indexes = Object.fromEntries(
    INDEX_NAMES.map((name) => {
      const store = stores.get(name)!
      return [name, { records: [...store.records.values()], minisearch: store.engine.toJSON() }]
    }),
  ) as SnapshotFile['indexes']
  return JSON.stringify({ format: FORMAT, version: SNAPSHOT_VERSION, indexes } satisfies SnapshotFile)
}

/** Rebuild the stores from a snapshot, with the very options the index was built with. */
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
    let engine: MiniSearch<IndexRecord>
    try {
      engine = MiniSearch.loadJS<IndexRecord>(saved.minisearch, MINISEARCH_OPTIONS)
    } catch (error) {
      throw new SearchSnapshotError(`the search snapshot's index ${name} cannot be loaded; rebuild the index with a reindex`, { cause: error })
    }
    if (engine.documentCount !== saved.records.length) {
      throw new SearchSnapshotError(
        `the search snapshot's index ${name} holds ${engine.documentCount} documents but ${saved.records.length} records; rebuild the index with a reindex`,
      )
    }
    stores.set(name, restoreIndexStore(engine, saved.records.map(withFullShape)))
  }
  return stores
}
