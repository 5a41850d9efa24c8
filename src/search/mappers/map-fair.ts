import { SearchDocumentError } from '../errors'
import type { Locale, SearchDocument } from '../types'
import { assertSearchDocument } from './assert-search-document'
import type { CmsFair } from './cms-types'
import { searchDocumentId } from './document-ids'
import { resolveMapOptions, type MapOptions } from './map-options'
import { formerProvinceOfCity, localizedText, nameList, pickLocale, placeNames, plainText, provinceNames, relationId } from './read-cms-value'
import { isPublished, summarize, uniqueText } from './mapping-rules'

function isoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null
}

/**
 * Fair → one search document per locale. Fairs may have no drafts, so a missing `_status` is
 * accepted; an explicit draft is not.
 */
export function mapFair(fair: CmsFair, options?: MapOptions): SearchDocument[] {
  if (!isPublished(fair._status, { allowMissing: true })) return []
  const { locales, urlFor } = resolveMapOptions(options)
  const sourceId = relationId(fair.id)
  if (!sourceId) throw new SearchDocumentError('fairs', undefined, 'has no id')
  const slug = typeof fair.slug === 'string' ? fair.slug.trim() : ''
  if (!slug) throw new SearchDocumentError('fairs', sourceId, 'has no slug, so it cannot be linked')
  const start = isoDay(fair.startDate)
  const end = isoDay(fair.endDate)

  return locales.map((locale: Locale) => {
    const title = plainText(pickLocale(fair.name, locale))
    if (!title) throw new SearchDocumentError('fairs', sourceId, 'has no name')
    const province = provinceNames(fair.province, locale)
    const places = placeNames(province, formerProvinceOfCity(province, fair.city))
    const sectors = nameList(fair.sectors, locale)
    const description = localizedText(fair.description, locale)
    const dates = start ? (end && end !== start ? `${start} – ${end}` : start) : null

    const doc: SearchDocument = {
      id: searchDocumentId('fair', sourceId, locale),
      kind: 'fair',
      locale,
      sourceId,
      slug,
      url: urlFor('fair', slug, locale, sourceId),
      title,
      summary: summarize(dates, [fair.city, fair.country].filter(Boolean).join(', '), description),
      text: {
        alt: [],
        keywords: sectors,
        places: uniqueText([fair.city, fair.country, ...places]),
        body: description,
      },
      facets: {
        ...(province.current ? { province: province.current } : {}),
        provinceNames: places,
        awardLevels: [],
        awardYears: [],
        certifications: [],
      },
      ...(start ? { date: start } : {}),
    }
    return assertSearchDocument(doc, 'fairs')
  })
}
