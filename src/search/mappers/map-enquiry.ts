import { SearchDocumentError } from '../errors'
import { ENQUIRY_STATUSES, type EnquiryStatus, type SearchDocument } from '../types'
import { assertSearchDocument } from './assert-search-document'
import type { CmsEnquiry } from './cms-types'
import { searchDocumentId } from './document-ids'
import { resolveMapOptions, type MapOptions } from './map-options'
import { plainText, relationId } from './read-cms-value'
import { summarize, uniqueText } from './mapping-rules'

/**
 * Enquiry → one document for the private index (kind 'enquiry' routes it there and nowhere else).
 * It carries the producer id the scope filter is enforced on; an enquiry without a producer is
 * visible to staff only.
 */
export function mapEnquiry(enquiry: CmsEnquiry, options?: MapOptions): SearchDocument[] {
  const { urlFor } = resolveMapOptions(options)
  const sourceId = relationId(enquiry.id)
  if (!sourceId) throw new SearchDocumentError('enquiries', undefined, 'has no id')
  const reference = plainText(enquiry.reference)
  const who = plainText(enquiry.company) || plainText(enquiry.name)
  const message = plainText(enquiry.message)
  const title = [reference, who].filter(Boolean).join(' · ') || `#${sourceId}`
  const status = (ENQUIRY_STATUSES as readonly string[]).includes(enquiry.status ?? '') ? (enquiry.status as EnquiryStatus) : undefined
  const producerId = relationId(enquiry.producer)
  const provinceId = relationId(enquiry.province)
  const created = enquiry.createdAt && Number.isFinite(Date.parse(enquiry.createdAt)) ? new Date(enquiry.createdAt).toISOString() : null
  const locale = enquiry.language === 'en' ? 'en' : 'vi'

  const doc: SearchDocument = {
    id: searchDocumentId('enquiry', sourceId, locale),
    kind: 'enquiry',
    locale,
    sourceId,
    slug: reference || sourceId,
    url: urlFor('enquiry', reference || sourceId, locale, sourceId),
    title,
    summary: summarize(message),
    text: {
      alt: [],
      keywords: uniqueText([reference, enquiry.name, enquiry.company, enquiry.email]),
      places: [],
      body: message,
    },
    facets: { provinceNames: [], awardLevels: [], awardYears: [], certifications: [] },
    ...(producerId ? { producerId } : {}),
    ...(provinceId ? { provinceId } : {}),
    ...(status ? { status } : {}),
    ...(created ? { date: created } : {}),
  }
  return [assertSearchDocument(doc, 'enquiries')]
}
