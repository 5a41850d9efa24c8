/**
 * Structured data (schema.org as JSON-LD) for search engines and link previews: Product,
 * Organization, Event and BreadcrumbList. Builders take plain values and leave out what is
 * empty; `jsonLdScript` makes the text safe to put inside a <script> element.
 */
type Thing = Record<string, unknown>

const compact = (thing: Thing): Thing =>
  Object.fromEntries(Object.entries(thing).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)))

export type BreadcrumbItem = { name: string; url: string }

export function breadcrumbJsonLd(items: readonly BreadcrumbItem[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  }
}

export type ProductLd = {
  name: string
  url: string
  description?: string
  images?: string[]
  sku?: string
  brand?: { name: string; url: string }
  category?: string
  /** One line per award, e.g. "Sản phẩm CNNT tiêu biểu cấp quốc gia 2023". */
  awards?: string[]
  /** Price range in a currency, when the producer publishes one. */
  price?: { min: number; max?: number; currency: string }
  countryOfOrigin?: string
}

export function productJsonLd(p: ProductLd): Thing {
  const offers = p.price
    ? compact({
        '@type': 'AggregateOffer',
        lowPrice: p.price.min,
        highPrice: p.price.max ?? p.price.min,
        priceCurrency: p.price.currency,
        offerCount: 1,
      })
    : undefined
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    url: p.url,
    description: p.description,
    image: p.images,
    sku: p.sku,
    category: p.category,
    brand: p.brand ? { '@type': 'Brand', name: p.brand.name, url: p.brand.url } : undefined,
    manufacturer: p.brand ? { '@type': 'Organization', name: p.brand.name, url: p.brand.url } : undefined,
    award: p.awards,
    offers,
    countryOfOrigin: p.countryOfOrigin ? { '@type': 'Country', name: p.countryOfOrigin } : undefined,
  })
}

export type OrganizationLd = {
  name: string
  legalName?: string
  url: string
  logo?: string
  description?: string
  foundingDate?: string
  address?: { street?: string; region?: string; country: string }
  telephone?: string
  email?: string
  sameAs?: string[]
  awards?: string[]
}

export function organizationJsonLd(o: OrganizationLd): Thing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.name,
    legalName: o.legalName,
    url: o.url,
    logo: o.logo,
    description: o.description,
    foundingDate: o.foundingDate,
    address: o.address
      ? compact({ '@type': 'PostalAddress', streetAddress: o.address.street, addressRegion: o.address.region, addressCountry: o.address.country })
      : undefined,
    telephone: o.telephone,
    email: o.email,
    sameAs: o.sameAs,
    award: o.awards,
  })
}

export type EventLd = {
  name: string
  url: string
  startDate: string
  endDate?: string
  description?: string
  venue?: string
  city?: string
  region?: string
  country?: string
  organiser?: string
  image?: string
  /** Pages of exhibiting producers. */
  performers?: { name: string; url: string }[]
}

export function eventJsonLd(e: EventLd): Thing {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    url: e.url,
    startDate: e.startDate,
    endDate: e.endDate,
    description: e.description,
    image: e.image,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: e.venue
      ? compact({
          '@type': 'Place',
          name: e.venue,
          address: compact({ '@type': 'PostalAddress', addressLocality: e.city, addressRegion: e.region, addressCountry: e.country }),
        })
      : undefined,
    organizer: e.organiser ? { '@type': 'Organization', name: e.organiser } : undefined,
    performer: e.performers?.map((p) => ({ '@type': 'Organization', name: p.name, url: p.url })),
  })
}

/** JSON for a <script type="application/ld+json">: `<`, `>` and `&` escaped so no text can end the element. */
export function jsonLdScript(data: Thing | Thing[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}
