import { foldText } from '../text/fold-text'
import { isMarked, tokenizeText, tokenizeWords } from '../text/tokenize-text'
import type { AwardLevel, EnquiryStatus, Locale, SearchDocument, SearchKind } from './types'

/**
 * The flat record both engines index. Display fields keep the text as written; `search*` fields hold
 * folded tokens joined by single spaces; `*Key(s)` fields hold folded filter values. Built in one
 * place so Vietnamese is folded the same way for both engines, at index and at query time.
 */
export interface IndexRecord {
  id: string
  kind: SearchKind
  locale: Locale
  sourceId: string
  slug: string
  url: string
  title: string
  summary: string
  searchTitle: string
  searchAlt: string
  searchKeywords: string
  searchPlaces: string
  searchBody: string
  /** Accent-exact tokens (only words written with diacritics), e.g. "ma65t de61". */
  marked: string
  productGroup?: string
  productGroupKey?: string
  province?: string
  provinceKeys: string[]
  awardLevel: AwardLevel[]
  awardYear: number[]
  certification: string[]
  certificationKeys: string[]
  producerId?: string
  /** Enquiries: the province id staff scopes are matched on. */
  provinceId?: string
  status?: EnquiryStatus
  date?: string
  dateTs?: number
  /** Folded title, for sorting by name. */
  sortName: string
  newestAwardYear?: number
  thumbnail?: string
}

/** Folded form of a filter value ("Bình Dương" → "binh duong", "OCOP-4" → "ocop 4"). */
export function toFilterKey(value: string): string {
  return tokenizeText(value).join(' ')
}

/**
 * Folded text of one field, collecting the accent-exact tokens of its words on the way, so each
 * text is tokenized once for both forms.
 */
function foldField(texts: readonly string[], marked: Set<string>): string {
  const folded: string[] = []
  for (const text of texts) {
    for (const word of tokenizeWords(text)) {
      folded.push(word.folded)
      if (isMarked(word)) marked.add(word.marked)
    }
  }
  return folded.join(' ')
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

/** Turn a search document into the record an engine indexes. */
export function buildIndexRecord(doc: SearchDocument): IndexRecord {
  const { text, facets } = doc
  const marked = new Set<string>()
  const dateTs = doc.date ? Date.parse(doc.date) : Number.NaN
  const hasDate = doc.date !== undefined && Number.isFinite(dateTs)
  // Every field is always present (optional ones as undefined) so all records share one shape, which
  // keeps the embedded engine's filter and facet loops fast; JSON drops the undefined ones, so
  // Meilisearch sees them absent and sorts such documents last, as the embedded engine does.
  return {
    id: doc.id,
    kind: doc.kind,
    locale: doc.locale,
    sourceId: doc.sourceId,
    slug: doc.slug,
    url: doc.url,
    title: doc.title,
    summary: doc.summary,
    searchTitle: foldField([doc.title], marked),
    searchAlt: foldField(text.alt, marked),
    searchKeywords: foldField(text.keywords, marked),
    searchPlaces: foldField(text.places, marked),
    searchBody: foldField([text.body], marked),
    marked: [...marked].join(' '),
    productGroup: facets.productGroup || undefined,
    productGroupKey: facets.productGroup ? toFilterKey(facets.productGroup) : undefined,
    province: facets.province || undefined,
    provinceKeys: unique(facets.provinceNames.map(toFilterKey).filter(Boolean)),
    awardLevel: unique(facets.awardLevels),
    awardYear: unique(facets.awardYears),
    certification: unique(facets.certifications),
    certificationKeys: unique(facets.certifications.map(toFilterKey).filter(Boolean)),
    producerId: doc.producerId || undefined,
    provinceId: doc.provinceId || undefined,
    status: doc.status,
    date: hasDate ? doc.date : undefined,
    dateTs: hasDate ? dateTs : undefined,
    sortName: foldText(doc.title).trim(),
    newestAwardYear: doc.newestAwardYear,
    thumbnail: doc.thumbnail,
  }
}
