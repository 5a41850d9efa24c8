/**
 * A producer's product list: its own products (drafts included, both languages) for the plan, and
 * the writes, always as drafts: a new product is created as a draft, an existing one gets a new
 * draft version, and what the public sees changes only when the draft is published.
 */
import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import type { Product } from '../payload-types'
import type { ExistingProduct, Id, PlannedProduct, ProductImportContext, ProductValues } from '../../src/imports/plan-product-import'
import type { RowOutcome } from './execute-award-rows'
import { relationId } from './relation-id'

const all = { pagination: false, limit: 0, depth: 0, overrideAccess: true, draft: true } as const

type ProductDraft = RequiredDataFromCollectionSlug<'products'>

function valuesOf(vi: Product, en: Product | undefined): ProductValues {
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
  const english = new Map(en.docs.map((d) => [String(d.id), d]))
  const products: ExistingProduct[] = vi.docs.map((d) => ({ id: d.id, values: valuesOf(d, english.get(String(d.id))) }))
  const groupEn = new Map(groupsEn.docs.map((g) => [String(g.id), g.name]))
  const groups = groupsVi.docs.map((g) => ({ id: g.id, name: g.name, nameEn: groupEn.get(String(g.id)) ?? null, code: g.code }))
  return { products, groups }
}

const text = (value: string | number | undefined): string | undefined => (value === undefined ? undefined : String(value))
const amount = (value: string | number | undefined): number | undefined => (value === undefined ? undefined : Number(value))

/** Only the fields present in `values`: an import changes what its file names and nothing else. */
function present<T extends object>(fields: T): Partial<T> | undefined {
  const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>
  return Object.keys(kept).length ? kept : undefined
}

/** Payload's shape of the Vietnamese (default-locale) fields present in `values`. */
function vietnameseData(values: ProductValues): Partial<ProductDraft> {
  const currency = (['VND', 'USD'] as const).find((known) => known === values.currency)
  const specs = present({
    size: text(values.size),
    packaging: text(values.packaging),
    shelfLife: text(values.shelfLife),
    ingredients: text(values.ingredients),
  })
  const price = present({ min: amount(values.priceMin), max: amount(values.priceMax), currency, unit: text(values.priceUnit) })
  const fields = {
    name: text(values.name),
    summary: text(values.summary),
    minimumOrder: text(values.minimumOrder),
    leadTime: text(values.leadTime),
    hsCode: text(values.hsCode),
    productGroup: values.productGroup === undefined ? undefined : relationId(values.productGroup),
    specs,
    price,
  }
  return present(fields) ?? {}
}

function englishData(values: ProductValues): Partial<ProductDraft> | undefined {
  return present({ name: text(values.nameEn), summary: text(values.summaryEn) })
}

export async function executeProductRows(req: PayloadRequest, rows: readonly PlannedProduct[], producer: Id): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = []
  const write = { draft: true, overrideAccess: false, req, depth: 0 } as const
  for (const row of rows) {
    if ((row.action === 'create' || row.action === 'update') && row.values) {
      const vi = vietnameseData(row.values)
      const id =
        row.action === 'create'
          ? (await req.payload.create({ collection: 'products', ...write, locale: 'vi', data: { ...vi, producer: relationId(producer), _status: 'draft' } })).id
          : (await req.payload.update({ collection: 'products', ...write, id: row.productId!, locale: 'vi', data: { ...vi, _status: 'draft' } })).id
      const en = englishData(row.values)
      if (en) await req.payload.update({ collection: 'products', ...write, id, locale: 'en', data: { ...en, _status: 'draft' } })
      outcomes.push({ line: row.line, action: row.action, id })
    } else outcomes.push({ line: row.line, action: row.action, id: row.productId })
  }
  return outcomes
}
