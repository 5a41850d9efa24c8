import type SearchableMap from 'minisearch/SearchableMap'
import type { IndexRecord } from '../../build-index-record'
import type { Section, SnapshotReader, SnapshotWriter } from './snapshot-binary'
import { loadTree, saveTree, type SavedTree } from './snapshot-vocabulary'
import { FIELD_COUNT, type TermIndex, type TermPostings } from './term-index'

/**
 * The term index as saved in a snapshot: the vocabulary's tree (snapshot-vocabulary.ts), the
 * postings and the per-document numbers as typed arrays' raw bytes (snapshot-binary.ts). Restoring
 * then copies arrays instead of tokenizing every record again, which took 15 s at 100,000 products.
 * Removed documents are left out and the others numbered densely, in the order of the records
 * saved beside it.
 */
export interface SavedTermIndex {
  /** The tree's labels (in the header) and node sizes (a section). */
  readonly tree: { readonly labels: string[]; readonly sizes: Section }
  /** Postings per word (the tree's leaves, in its order) and field (word × FIELD_COUNT + field), 0 when none; Int32Array. */
  readonly counts: Section
  /** Every posting's document (Int32Array) and term frequency (Uint16Array), list after list in the order of `counts`. */
  readonly docs: Section
  readonly freqs: Section
  /** Token counts by field, then document; Int32Array each. */
  readonly fieldLengths: Section[]
  /** Int32Array by document. */
  readonly initials: Section
  /** Run start by document (Int32Array) and the runs (Uint16Array), as in TermIndex. */
  readonly pairStart: Section
  readonly pairCodes: Section
}

/** New document numbers: dense over the live documents, -1 for removed ones. */
export function renumberLive(records: readonly (IndexRecord | undefined)[]): Int32Array {
  const renumber = new Int32Array(records.length).fill(-1)
  let next = 0
  for (let doc = 0; doc < records.length; doc += 1) if (records[doc] !== undefined) renumber[doc] = next++
  return renumber
}

/** Live postings of every word in the tree, renumbered (none for a word whose documents were all removed). */
function savePostings(index: TermIndex, renumber: Int32Array, writer: SnapshotWriter): Pick<SavedTermIndex, 'tree' | 'counts' | 'docs' | 'freqs'> {
  const { labels, sizes, leaves } = saveTree(index.vocabulary)
  const total = leaves.reduce((sum, postings) => postings.reduce((more, list) => more + (list?.live ?? 0), sum), 0)
  const counts = new Int32Array(leaves.length * FIELD_COUNT)
  const docs = new Int32Array(total)
  const freqs = new Uint16Array(total)
  let at = 0
  leaves.forEach((postings, term) => {
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      const list = postings[field]
      if (!list) continue
      const first = at
      for (let i = 0; i < list.count; i += 1) {
        const doc = renumber[list.docs[i]!]!
        if (doc < 0) continue
        docs[at] = doc
        freqs[at] = list.freqs[i]!
        at += 1
      }
      counts[term * FIELD_COUNT + field] = at - first
    }
  })
  return { tree: { labels, sizes: writer.array(sizes) }, counts: writer.array(counts), docs: writer.array(docs), freqs: writer.array(freqs) }
}

/** The per-document numbers of the live documents, in their new order. */
function savePerDocument(
  index: TermIndex,
  renumber: Int32Array,
  writer: SnapshotWriter,
): Pick<SavedTermIndex, 'fieldLengths' | 'initials' | 'pairStart' | 'pairCodes'> {
  const liveCount = index.liveCount
  const fieldLengths = index.fieldLengths.map(() => new Int32Array(liveCount))
  const initials = new Int32Array(liveCount)
  const pairStart = new Int32Array(liveCount)
  const pairCodes = new Uint16Array(index.pairCount)
  let pairCount = 0
  for (let doc = 0; doc < renumber.length; doc += 1) {
    const to = renumber[doc]!
    if (to < 0) continue
    for (let field = 0; field < FIELD_COUNT; field += 1) fieldLengths[field]![to] = index.fieldLengths[field]![doc]!
    initials[to] = index.initials[doc]!
    pairStart[to] = pairCount
    const end = doc + 1 < renumber.length ? index.pairStart[doc + 1]! : index.pairCount
    for (let i = index.pairStart[doc]!; i < end; i += 1) pairCodes[pairCount++] = index.pairCodes[i]!
  }
  return {
    fieldLengths: fieldLengths.map((lengths) => writer.array(lengths)),
    initials: writer.array(initials),
    pairStart: writer.array(pairStart),
    pairCodes: writer.array(pairCodes.subarray(0, pairCount)),
  }
}

/** The live part of the term index, for a snapshot (the live records must be saved in document order beside it). */
export function saveTermIndex(index: TermIndex, writer: SnapshotWriter): SavedTermIndex {
  const renumber = renumberLive(index.records)
  return { ...savePostings(index, renumber, writer), ...savePerDocument(index, renumber, writer) }
}

/** The vocabulary with each list a view into the shared arrays (a list grows into a copy of its own). */
function loadVocabulary(saved: SavedTermIndex, reader: SnapshotReader, documents: number): SearchableMap<TermPostings> {
  const counts = reader.view(saved.counts, Int32Array)
  const docs = reader.array(saved.docs, Int32Array)
  const freqs = reader.array(saved.freqs, Uint16Array)
  if (counts.length % FIELD_COUNT !== 0 || counts.some((count) => count < 0)) throw new Error('the saved posting counts are damaged')
  const total = counts.reduce((sum, count) => sum + count, 0)
  if (docs.length !== total || freqs.length !== total) throw new Error(`the saved postings are not the ${total} their counts say`)
  // A document number past the records would read undefined at every query that meets it.
  if (docs.some((doc) => doc < 0 || doc >= documents)) throw new Error(`a saved posting names a document past the ${documents} records`)
  let at = 0
  const tree: SavedTree = { labels: saved.tree?.labels, sizes: reader.view(saved.tree?.sizes, Int32Array) }
  const vocabulary = loadTree(tree, (term) => {
    if (term * FIELD_COUNT >= counts.length) throw new Error('the saved vocabulary holds more words than postings')
    const postings: TermPostings = new Array(FIELD_COUNT).fill(undefined)
    for (let field = 0; field < FIELD_COUNT; field += 1) {
      const count = counts[term * FIELD_COUNT + field]!
      if (count === 0) continue
      postings[field] = { docs: docs.subarray(at, at + count), freqs: freqs.subarray(at, at + count), count, live: count }
      at += count
    }
    return postings
  })
  if (at !== total) throw new Error('the saved vocabulary holds fewer words than postings')
  return vocabulary
}

/** The term index saved by `saveTermIndex`, over `records` (the live records saved beside it, in order). */
export function loadTermIndex(saved: SavedTermIndex, records: IndexRecord[], reader: SnapshotReader): TermIndex {
  const fieldLengths = saved.fieldLengths.map((lengths) => reader.array(lengths, Int32Array))
  const pairCodes = reader.array(saved.pairCodes, Uint16Array)
  const initials = reader.array(saved.initials, Int32Array)
  const pairStart = reader.array(saved.pairStart, Int32Array)
  const perDocument = [...fieldLengths, initials, pairStart]
  if (fieldLengths.length !== FIELD_COUNT || perDocument.some((array) => array.length !== records.length)) {
    throw new Error(`the saved per-document numbers do not match the ${records.length} records`)
  }
  return {
    vocabulary: loadVocabulary(saved, reader, records.length),
    records,
    fieldLengths,
    totalLengths: fieldLengths.map((lengths) => lengths.reduce((sum, length) => sum + length, 0)),
    initials,
    pairCodes,
    pairCount: pairCodes.length,
    pairStart,
    liveCount: records.length,
    deadCount: 0,
    loose: new Set(),
  }
}
