import { SearchDocumentError } from '../errors'
import type { Locale, SearchDocument } from '../types'
import { assertSearchDocument } from './assert-search-document'
import type { CmsProducer } from './cms-types'
import { searchDocumentId } from './document-ids'
import { resolveMapOptions, type MapOptions } from './map-options'
import { localizedText, nameList, pickLocale, placeNames, plainText, provinceNames, relationId } from './read-cms-value'
import { isPublished, summarize, uniqueText, validCertifications } from './mapping-rules'
import { thumbnailPath } from '../thumbnail-path'

/**
 * Producer (brand) → one search document per locale, or none for drafts. Contacts are never copied:
 * not the private ones, and not the public ones either — a result card links to the producer page,
 * which shows public contacts under the CMS's own access rules. So no phone, Zalo or e-mail can
 * reach a public index through search, whatever the `private` flag says.
 */
export function mapProducer(producer: CmsProducer, options?: MapOptions): SearchDocument[] {
  if (!isPublished(producer._status, { allowMissing: false })) return []
  const { locales, now, urlFor } = resolveMapOptions(options)
  const sourceId = relationId(producer.id)
  if (!sourceId) throw new SearchDocumentError('producers', undefined, 'has no id')
  const slug = typeof producer.slug === 'string' ? producer.slug.trim() : ''
  if (!slug) throw new SearchDocumentError('producers', sourceId, 'has no slug, so it cannot be linked')
  const certifications = validCertifications(producer.certifications, now)
  const thumbnail = thumbnailPath(producer.thumbnail)

  return locales.map((locale: Locale) => {
    const title = plainText(pickLocale(producer.brandName, locale)) || plainText(producer.legalName)
    if (!title) throw new SearchDocumentError('producers', sourceId, 'has neither a brand name nor a legal name')
    const province = provinceNames(producer.province, locale)
    const places = placeNames(province, producer.formerProvince, nameList(producer.formerProvinceNames, locale))
    const story = localizedText(producer.story, locale)

    const doc: SearchDocument = {
      id: searchDocumentId('producer', sourceId, locale),
      kind: 'producer',
      locale,
      sourceId,
      slug,
      url: urlFor('producer', slug, locale, sourceId),
      title,
      summary: summarize(story || province.current),
      text: {
        alt: uniqueText([producer.legalName !== title ? producer.legalName : null]),
        keywords: certifications,
        places,
        body: story,
      },
      facets: {
        ...(province.current ? { province: province.current } : {}),
        provinceNames: places,
        awardLevels: [],
        awardYears: [],
        certifications,
      },
      producerId: sourceId,
      ...(thumbnail ? { thumbnail } : {}),
    }
    return assertSearchDocument(doc, 'producers')
  })
}
