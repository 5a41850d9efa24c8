/**
 * A producer's product list, planned like an award list: each row creates a draft product,
 * updates the draft of an existing one (matched by name, diacritics and case ignored), changes
 * nothing, or is skipped with the reason. Only the producer's own products are considered.
 */
import { type ImportIssue, issue } from './import-issue'
import type { ImportRecord } from './map-columns'
import { bareNameKey, nameKey } from './match-name'
import type { ProductColumn } from './product-columns'
import { PRODUCT_COLUMNS } from './product-columns'
import { cellText, parseAmount } from './read-cell'

export type Id = number | string
type Value = string | number

/** A product's importable fields, flat; `…En` are the English texts. */
export type ProductValues = Partial<Record<Exclude<ProductColumn, 'productGroup'>, Value>> & { productGroup?: Id }

export type ExistingProduct = { id: Id; values: ProductValues }
export type ProductGroupRef = { id: Id; name: string; nameEn?: string | null; code?: string | null }
export type ProductImportContext = { products: readonly ExistingProduct[]; groups: readonly ProductGroupRef[] }

export type ProductChange = { field: keyof ProductValues; from: Value | null; to: Value }

export type PlannedProduct = {
  line: number
  action: 'create' | 'update' | 'unchanged' | 'skip'
  input: Partial<Record<ProductColumn, string>>
  issues: ImportIssue[]
  values?: ProductValues
  productId?: Id
  changes?: ProductChange[]
}

const TEXT_LIMITS: Partial<Record<ProductColumn, number>> = { summary: 300, summaryEn: 300, name: 200, nameEn: 200 }
const NUMBERS: readonly ProductColumn[] = ['priceMin', 'priceMax']
const label = (key: ProductColumn) => PRODUCT_COLUMNS.find((c) => c.key === key)!.vi

function readValues(record: ImportRecord<ProductColumn>, groupOf: (typed: string) => ProductGroupRef | undefined) {
  const input: PlannedProduct['input'] = {}
  const values: ProductValues = {}
  const errors: ImportIssue[] = []
  for (const column of PRODUCT_COLUMNS) {
    const text = cellText(record.values[column.key])
    if (text === undefined) continue
    input[column.key] = text
    const limit = TEXT_LIMITS[column.key]
    if (limit && text.length > limit) errors.push(issue('too-long', { column: column.vi, limit }))
    if (column.key === 'productGroup') {
      const group = groupOf(text)
      if (group) values.productGroup = group.id
      else errors.push(issue('group-unknown', { value: text }))
    } else if (NUMBERS.includes(column.key)) {
      const amount = parseAmount(record.values[column.key] ?? null)
      if (amount === undefined || amount < 0) errors.push(issue('number-invalid', { column: column.vi, value: text }))
      else values[column.key as 'priceMin'] = amount
    } else if (column.key === 'currency') {
      const currency = text.toUpperCase().replace('VNĐ', 'VND').replace('Đ', 'VND')
      if (currency === 'VND' || currency === 'USD') values.currency = currency
      else errors.push(issue('currency-invalid', { value: text }))
    } else if (column.key === 'hsCode') {
      const digits = text.replace(/[\s.]/g, '')
      if (/^\d{4,10}$/.test(digits)) values.hsCode = digits
      else errors.push(issue('hs-code-invalid', { value: text }))
    } else values[column.key as 'name'] = text
  }
  if (!input.name) errors.push(issue('value-required', { column: label('name') }))
  if (typeof values.priceMin === 'number' && typeof values.priceMax === 'number' && values.priceMin > values.priceMax) errors.push(issue('price-range'))
  return { input, values, errors }
}

function diffProduct(existing: ProductValues, values: ProductValues): ProductChange[] {
  const changes: ProductChange[] = []
  for (const [field, to] of Object.entries(values) as [keyof ProductValues, Value][]) {
    const from = existing[field] ?? null
    if (String(from ?? '') !== String(to)) changes.push({ field, from, to })
  }
  return changes
}

export function planProductImport(records: readonly ImportRecord<ProductColumn>[], context: ProductImportContext): PlannedProduct[] {
  const groupByKey = new Map<string, ProductGroupRef>()
  for (const g of context.groups) for (const name of [g.name, g.nameEn, g.code]) if (name) groupByKey.set(nameKey(name), g)
  const byName = new Map(context.products.map((p) => [bareNameKey(String(p.values.name ?? '')), p]))
  const seen = new Map<string, { line: number; values: string }>()
  return records.map((record): PlannedProduct => {
    const { input, values, errors } = readValues(record, (typed) => groupByKey.get(nameKey(typed)))
    const skip = (issues: ImportIssue[]): PlannedProduct => ({ line: record.line, action: 'skip', input, issues })
    if (errors.length > 0) return skip(errors)
    const key = bareNameKey(input.name!)
    const serialised = JSON.stringify(values)
    const earlier = seen.get(key)
    if (earlier) return skip([issue(earlier.values === serialised ? 'duplicate-row' : 'duplicate-product-in-file', { line: earlier.line })])
    seen.set(key, { line: record.line, values: serialised })
    const existing = byName.get(key)
    if (!existing) {
      if (values.productGroup === undefined) return skip([issue('group-needed')])
      return { line: record.line, action: 'create', input, issues: [], values }
    }
    // The name as the showroom writes it stays, when only diacritics or case differ.
    const { name: _sameName, ...rest } = values
    const changes = diffProduct(existing.values, rest)
    return { line: record.line, action: changes.length > 0 ? 'update' : 'unchanged', input, issues: [], values: rest, productId: existing.id, changes }
  })
}
