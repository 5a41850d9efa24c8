import type { IndexRecord } from '../../build-index-record'
import type { Section, SnapshotReader, SnapshotWriter } from './snapshot-binary'

/**
 * Records as saved in a snapshot: by column rather than as objects, so the field names are written
 * once instead of once per record. A column with few distinct values (kind, locale, province,
 * product group, award lists…) is a dictionary (in the header) and a code per record; a column of
 * texts is one UTF-8 block and each record's length, so restoring decodes it in one call and cuts
 * it, instead of parsing a quoted string per record; anything else (dates as numbers) is JSON.
 * JSON has no undefined: an absent value is saved as null (length -1) and restored as undefined.
 */
type Value = IndexRecord[keyof IndexRecord]
export type Column =
  | { readonly dictionary: (Value | null)[]; readonly codes: Section }
  | { readonly lengths: Section; readonly text: Section }
  | { readonly json: Section }
export type SavedRecords = { readonly count: number; readonly columns: Readonly<Record<keyof IndexRecord, Column>> }

/**
 * Every field, in the order buildIndexRecord writes them (see `recordAt`); as an object so the
 * compiler names a field IndexRecord gains and this list lacks.
 */
const FIELD_LIST: Readonly<Record<keyof IndexRecord, null>> = {
  id: null,
  kind: null,
  locale: null,
  sourceId: null,
  slug: null,
  url: null,
  title: null,
  summary: null,
  searchTitle: null,
  searchAlt: null,
  searchKeywords: null,
  searchPlaces: null,
  searchBody: null,
  marked: null,
  productGroup: null,
  productGroupKey: null,
  province: null,
  provinceKeys: null,
  awardLevel: null,
  awardYear: null,
  certification: null,
  certificationKeys: null,
  producerId: null,
  provinceId: null,
  status: null,
  date: null,
  dateTs: null,
  sortName: null,
  newestAwardYear: null,
  thumbnail: null,
}
const FIELDS = Object.keys(FIELD_LIST) as (keyof IndexRecord)[]

/** A column is worth a dictionary when its distinct values are at most this share of the records. */
const DICTIONARY_SHARE = 0.25

/** The column's values as a dictionary and codes, or undefined when they are too varied for one. */
function dictionaryOf(values: readonly (Value | null)[]): { dictionary: (Value | null)[]; codes: Int32Array } | undefined {
  const codeOf = new Map<string, number>()
  const dictionary: (Value | null)[] = []
  const codes = new Int32Array(values.length)
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!
    // Lists are compared by content: records hold equal lists, never the same one.
    const key = typeof value === 'object' && value !== null ? JSON.stringify(value) : `${typeof value}:${value}`
    let code = codeOf.get(key)
    if (code === undefined) {
      if (dictionary.length > values.length * DICTIONARY_SHARE) return undefined
      code = dictionary.length
      codeOf.set(key, code)
      dictionary.push(value)
    }
    codes[i] = code
  }
  return { dictionary, codes }
}

/** A lone surrogate (no valid UTF-8): such a text column is saved as JSON, which keeps it. */
const LONE_SURROGATE = /\p{Cs}/u

/** Texts (or null) as one block and their lengths in UTF-16 units, -1 for null; undefined if not all texts. */
function textsOf(values: readonly (Value | null)[]): { lengths: Int32Array; text: string } | undefined {
  if (!values.every((value) => value === null || typeof value === 'string')) return undefined
  const text = (values as (string | null)[]).join('')
  if (LONE_SURROGATE.test(text)) return undefined
  return { lengths: Int32Array.from(values as (string | null)[], (value) => (value === null ? -1 : value.length)), text }
}

function saveColumn(records: readonly IndexRecord[], field: keyof IndexRecord, writer: SnapshotWriter): Column {
  return saveValues(
    records.map((record) => record[field] ?? null),
    writer,
  )
}

/** One value per record (null for none), in the form that suits them. */
export function saveValues(values: readonly (Value | null)[], writer: SnapshotWriter): Column {
  const dictionary = dictionaryOf(values)
  if (dictionary) return { dictionary: dictionary.dictionary, codes: writer.array(dictionary.codes) }
  const texts = textsOf(values)
  if (texts) return { lengths: writer.array(texts.lengths), text: writer.text(texts.text) }
  return { json: writer.text(JSON.stringify(values)) }
}

export function saveRecords(records: readonly IndexRecord[], writer: SnapshotWriter): SavedRecords {
  const columns = Object.fromEntries(FIELDS.map((field) => [field, saveColumn(records, field, writer)])) as Record<keyof IndexRecord, Column>
  return { count: records.length, columns }
}

/** A text column back: the block decoded once, then cut at the saved lengths. */
function loadTexts(lengths: Int32Array, text: string): (string | null)[] {
  const values: (string | null)[] = new Array(lengths.length)
  let at = 0
  for (let i = 0; i < lengths.length; i += 1) {
    const length = lengths[i]!
    values[i] = length < 0 ? null : text.slice(at, at + length)
    if (length > 0) at += length
  }
  if (at !== text.length) throw new Error('a text column is longer or shorter than its lengths say')
  return values
}

/** A dictionary column's values by record: equal values (lists too) are one shared value. */
function decodeColumn(dictionary: readonly (Value | null)[], codes: Int32Array): (Value | null)[] {
  const values: (Value | null)[] = new Array(codes.length)
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i]!
    if (!(code >= 0 && code < dictionary.length)) throw new Error('a record column holds a code past its dictionary')
    values[i] = dictionary[code]!
  }
  return values
}

/** A column's values by record (null for undefined). */
export function loadColumn(column: Column | undefined, count: number, reader: SnapshotReader): (Value | null)[] {
  if (!column) throw new Error('a record column is missing')
  let values: (Value | null)[]
  if ('dictionary' in column) {
    values = decodeColumn(column.dictionary, reader.view(column.codes, Int32Array))
  } else if ('lengths' in column) values = loadTexts(reader.view(column.lengths, Int32Array), reader.text(column.text))
  else values = JSON.parse(reader.text(column.json)) as (Value | null)[]
  if (!Array.isArray(values) || values.length !== count) throw new Error(`a record column holds ${values?.length} values for ${count} records`)
  return values
}

/** Value `i` of a column, undefined for null. */
function at<T>(column: readonly (Value | null)[], i: number): T {
  return (column[i] ?? undefined) as T
}

/** One record, every field present (undefined ones too) in buildIndexRecord's order, so all records share one shape. */
function recordAt(c: Readonly<Record<keyof IndexRecord, (Value | null)[]>>, i: number): IndexRecord {
  return {
    id: at(c.id, i),
    kind: at(c.kind, i),
    locale: at(c.locale, i),
    sourceId: at(c.sourceId, i),
    slug: at(c.slug, i),
    url: at(c.url, i),
    title: at(c.title, i),
    summary: at(c.summary, i),
    searchTitle: at(c.searchTitle, i),
    searchAlt: at(c.searchAlt, i),
    searchKeywords: at(c.searchKeywords, i),
    searchPlaces: at(c.searchPlaces, i),
    searchBody: at(c.searchBody, i),
    marked: at(c.marked, i),
    productGroup: at(c.productGroup, i),
    productGroupKey: at(c.productGroupKey, i),
    province: at(c.province, i),
    provinceKeys: at(c.provinceKeys, i),
    awardLevel: at(c.awardLevel, i),
    awardYear: at(c.awardYear, i),
    certification: at(c.certification, i),
    certificationKeys: at(c.certificationKeys, i),
    producerId: at(c.producerId, i),
    provinceId: at(c.provinceId, i),
    status: at(c.status, i),
    date: at(c.date, i),
    dateTs: at(c.dateTs, i),
    sortName: at(c.sortName, i),
    newestAwardYear: at(c.newestAwardYear, i),
    thumbnail: at(c.thumbnail, i),
  }
}

export function loadRecords(saved: SavedRecords, reader: SnapshotReader): IndexRecord[] {
  const { count } = saved
  const columns = Object.fromEntries(FIELDS.map((field) => [field, loadColumn(saved.columns?.[field], count, reader)])) as Record<
    keyof IndexRecord,
    (Value | null)[]
  >
  const records: IndexRecord[] = new Array(count)
  for (let i = 0; i < count; i += 1) records[i] = recordAt(columns, i)
  return records
}
