import { SearchDocumentError } from '../errors'
import type { Locale, SearchDocument } from '../types'
import { assertSearchDocument } from './assert-search-document'
import type { CmsProduct, CmsProducerRef, CmsProductGroup } from './cms-types'
import { searchDocumentId } from './document-ids'
import { resolveMapOptions, type MapOptions } from './map-options'
import { exactLocale, localizedText, pickLocale, placeNames, plainText, provinceNames, relationId } from './read-cms-value'
import { isPublished, summarizeAwards, summarize, uniqueText, validCertifications } from './mapping-rules'
import { thumbnailPath } from '../thumbnail-path'

function asObject<T extends object>(value: unknown): T | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as T) : null
}

/**
 * Product → one search document per locale, or none. Whitelists: only the fields named here are read,
 * so prices agreed in private, staff notes or anything added to the collection later stay out.
 * Drafts (and anything without `_status: 'published'`) map to nothing.
 */
export function mapProduct(product: CmsProduct, options?: MapOptions): SearchDocument[] {
  if (!isPublished(product._status, { allowMissing: false })) return []
  const { locales, now, urlFor } = resolveMapOptions(options)
  const sourceId = relationId(product.id)
  if (!sourceId) throw new SearchDocumentError('products', undefined, 'has no id')
  const slug = typeof product.slug === 'string' ? product.slug.trim() : ''
  if (!slug) throw new SearchDocumentError('products', sourceId, 'has no slug, so it cannot be linked')

  const producer = asObject<CmsProducerRef>(product.producer)
  const group = asObject<CmsProductGroup>(product.productGroup)
  const awards = summarizeAwards(product.awards)
  const certifications = validCertifications(product.certifications, now)
  const thumbnail = thumbnailPath(product.thumbnail)

  return locales.map((locale: Locale) => {
    const title = plainText(pickLocale(product.name, locale))
    if (!title) throw new SearchDocumentError('products', sourceId, 'has no name')
    const other: Locale = locale === 'vi' ? 'en' : 'vi'
    const otherTitle = plainText(exactLocale(product.name, other))
    const brand = producer ? localizedText(producer.brandName, locale) : ''
    const groupName = group ? localizedText(group.name, locale) : ''
    const groupOtherName = group ? plainText(exactLocale(group.name, other)) : ''
    // The product's own province, else its producer's.
    const province = provinceNames(product.province ?? producer?.province, locale)
    // The producer's former province holds for its products made in the same province.
    const sameProvince = !product.province || relationId(product.province) === relationId(producer?.province)
    const places = placeNames(province, sameProvince ? producer?.formerProvince : null)
    const description = localizedText(product.description, locale)

    const doc: SearchDocument = {
      id: searchDocumentId('product', sourceId, locale),
      kind: 'product',
      locale,
      sourceId,
      slug,
      url: urlFor('product', slug, locale, sourceId),
      title,
      summary: summarize(description || [brand, province.current].filter(Boolean).join(', ')),
      text: {
        alt: uniqueText([otherTitle !== title ? otherTitle : null]),
        keywords: uniqueText([brand, groupName, groupOtherName, ...certifications]),
        places,
        body: description,
      },
      facets: {
        ...(groupName ? { productGroup: groupName } : {}),
        ...(province.current ? { province: province.current } : {}),
        provinceNames: places,
        awardLevels: awards.levels,
        awardYears: awards.years,
        certifications,
      },
      ...(relationId(product.producer) ? { producerId: relationId(product.producer)! } : {}),
      ...(awards.newestYear !== undefined ? { newestAwardYear: awards.newestYear } : {}),
      ...(thumbnail ? { thumbnail } : {}),
    }
    return assertSearchDocument(doc, 'products')
  })
}
