/**
 * A producer's product list: its own products (drafts included, both languages) for the plan, and
 * the writes, always as drafts: a new product is created as a draft, an existing one gets a new
 * draft version, and what the public sees changes only when the draft is published.
 */
import type { PayloadRequest } from 'payload'
import type { ExistingProduct, Id, PlannedProduct, ProductImportContext, ProductValues } from '../../src/imports/plan-product-import'
import type { RowOutcome } from './execute-award-rows'

const all = { pagination: false, limit: 0, depth: 0, overrideAccess: true, draft: true } as const

type ProductDoc = {
  id: Id
  name?: string | null
  summary?: string | null
  productGroup?: Id | { id: Id } | null
  specs?: { size?: string | null; packaging?: string | null; shelfLife?: string | null; ingredients?: string | null } | null
  minimumOrder?: string | null
  leadTime?: string | null
  price?: { min?: number | null; max?: number | null; currency?: string | null; unit?: string | null } | null
  hsCode?: string | null
}

function valuesOf(vi: ProductDoc, en: ProductDoc | undefined): ProductValues {
  const group = vi.productGroup
  const entries: [keyof ProductValues, unknown][] = [
    ['name', vi.name],
    ['nameEn', en?.name !== vi.name ? en?.name : undefined],
    ['summary', vi.summary],
    ['summaryEn', en?.summary !== vi.summary ? en?.summary : undefined],
    ['productGroup', typeof group === 'object' && group ? group.id : group],
    ['size', vi.specs?.size],
    ['packaging', vi.specs?.packaging],
    ['shelfLife', vi.specs?.shelfLife],
    ['ingredients', vi.specs?.ingredients],
    ['minimumOrder', vi.minimumOrder],
    ['leadTime', vi.leadTime],
    ['priceMin', vi.price?.min],
    ['priceMax', vi.price?.max],
    ['currency', vi.price?.min != null || vi.price?.max != null ? vi.price?.currency : undefined],
    ['priceUnit', vi.price?.unit],
    ['hsCode', vi.hsCode],
  ]
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== null && v !== '')) as ProductValues
}

export async function loadProductContext(req: PayloadRequest, producer: Id): Promise<ProductImportContext> {
  const where = { producer: { equals: producer } }
  // One after the other: the Local API sets the locale on the shared `req`, so parallel reads in
  // two locales would read each other's.
  const vi = await req.payload.find({ collection: 'products', ...all, locale: 'vi', fallbackLocale: false, where, req })
  const en = await req.payload.find({ collection: 'products', ...all, locale: 'en', fallbackLocale: false, where, req })
  const groupsVi = await req.payload.find({ collection: 'product-groups', ...all, locale: 'vi', req })
  const groupsEn = await req.payload.find({ collection: 'product-groups', ...all, locale: 'en', req })
  const english = new Map(en.docs.map((d) => [String(d.id), d as unknown as ProductDoc]))
  const products: ExistingProduct[] = vi.docs.map((d) => ({ id: d.id, values: valuesOf(d as unknown as ProductDoc, english.get(String(d.id))) }))
  const groupEn = new Map(groupsEn.docs.map((g) => [String(g.id), g.name]))
  const groups = groupsVi.docs.map((g) => ({ id: g.id, name: g.name, nameEn: groupEn.get(String(g.id)) ?? null, code: g.code }))
  return { products, groups }
}

/** Payload's shape of the Vietnamese (default-locale) fields present in `values`. */
function vietnameseData(values: ProductValues): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  const specs: Record<string, unknown> = {}
  const price: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(values)) {
    if (field === 'name' || field === 'summary' || field === 'minimumOrder' || field === 'leadTime' || field === 'hsCode' || field === 'productGroup')
      data[field] = value
    else if (field === 'size' || field === 'packaging' || field === 'shelfLife' || field === 'ingredients') specs[field] = value
    else if (field === 'priceMin') price.min = value
    else if (field === 'priceMax') price.max = value
    else if (field === 'currency') price.currency = value
    else if (field === 'priceUnit') price.unit = value
  }
  if (Object.keys(specs).length) data.specs = specs
  if (Object.keys(price).length) data.price = price
  return data
}

function englishData(values: ProductValues): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {}
  if (values.nameEn !== undefined) data.name = values.nameEn
  if (values.summaryEn !== undefined) data.summary = values.summaryEn
  return Object.keys(data).length ? data : undefined
}

export async function executeProductRows(req: PayloadRequest, rows: readonly PlannedProduct[], producer: Id): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = []
  const write = { draft: true, overrideAccess: false, req, depth: 0 } as const
  for (const row of rows) {
    if ((row.action === 'create' || row.action === 'update') && row.values) {
      const vi = vietnameseData(row.values)
      const id =
        row.action === 'create'
          ? (await req.payload.create({ collection: 'products', ...write, locale: 'vi', data: { ...vi, producer, _status: 'draft' } as never })).id
          : (await req.payload.update({ collection: 'products', ...write, id: row.productId!, locale: 'vi', data: { ...vi, _status: 'draft' } as never })).id
      const en = englishData(row.values)
      if (en) await req.payload.update({ collection: 'products', ...write, id, locale: 'en', data: { ...en, _status: 'draft' } as never })
      outcomes.push({ line: row.line, action: row.action, id })
    } else outcomes.push({ line: row.line, action: row.action, id: row.productId })
  }
  return outcomes
}
