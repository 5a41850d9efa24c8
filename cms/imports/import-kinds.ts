/**
 * The two kinds of list the showroom imports, behind one shape so preview, confirm, progress and
 * the command line treat them alike: award decision lists (centre staff) and a producer's own
 * product list (that producer only).
 */
import type { PayloadRequest } from 'payload'
import { AWARD_COLUMNS } from '../../src/imports/award-columns'
import type { Id, PlannedAward, RowAction } from '../../src/imports/award-import-types'
import type { ImportIssue } from '../../src/imports/import-issue'
import type { ColumnSpec, ImportRecord } from '../../src/imports/map-columns'
import { planAwardImport } from '../../src/imports/plan-award-import'
import { planProductImport, type PlannedProduct } from '../../src/imports/plan-product-import'
import { PRODUCT_COLUMNS } from '../../src/imports/product-columns'
import { readAwardRow } from '../../src/imports/read-award-rows'
import { isStaff, producerOf, userOf } from '../access/roles'
import { KNOWN_PRODUCTS } from '../collections/Awards/hooks/copyProductOwner'
import { executeAwardRows, type RowOutcome } from './execute-award-rows'
import { loadAwardContext } from './load-award-context'
import { executeProductRows, loadProductContext } from './product-import'

export type ImportKind = 'awards' | 'products'
export const IMPORT_KINDS: readonly ImportKind[] = ['awards', 'products']

/** A planned row as stored with the import and shown in the preview. */
export type PlannedRow = {
  line: number
  action: RowAction
  input: Record<string, string>
  issues: ImportIssue[]
  newProduct?: { key: string }
  changes?: { field: string; from: unknown; to: unknown }[]
}

export type ImportOptions = { createMissingProducts: boolean }

export type ImportKindSpec = {
  columns: readonly ColumnSpec[]
  /** May this user import this kind at all (rows are then checked one by one)? */
  allowed: (req: PayloadRequest) => boolean
  /** The producer an import belongs to, if any. */
  owner: (req: PayloadRequest) => Id | undefined
  plan: (req: PayloadRequest, records: readonly ImportRecord<string>[], options: ImportOptions) => Promise<PlannedRow[]>
  execute: (req: PayloadRequest, rows: readonly PlannedRow[], createdProducts: Map<string, Id>) => Promise<RowOutcome[]>
}

const awards: ImportKindSpec = {
  columns: AWARD_COLUMNS,
  allowed: (req) => isStaff(userOf(req)),
  owner: () => undefined,
  plan: async (req, records, options) => {
    const rows = records.map((record) => readAwardRow(record as ImportRecord<never>))
    const context = await loadAwardContext(req, rows)
    // The award hook copies each product's producer and name; it need not read them again.
    req.context[KNOWN_PRODUCTS] = new Map(context.products.map((p) => [String(p.id), { name: p.name, producer: p.producer, _status: p._status }]))
    return planAwardImport(rows, context, options).rows as PlannedRow[]
  },
  // The rows are the ones this kind's `plan` produced, stored with the import in between.
  execute: (req, rows, createdProducts) => executeAwardRows(req, rows as readonly PlannedAward[], createdProducts),
}

const products: ImportKindSpec = {
  columns: PRODUCT_COLUMNS,
  allowed: (req) => producerOf(userOf(req)) !== undefined,
  owner: (req) => producerOf(userOf(req)),
  plan: async (req, records) => {
    const context = await loadProductContext(req, producerOf(userOf(req))!)
    return planProductImport(records as ImportRecord<never>[], context) as PlannedRow[]
  },
  // The rows are the ones this kind's `plan` produced, stored with the import in between.
  execute: (req, rows) => executeProductRows(req, rows as readonly PlannedProduct[], producerOf(userOf(req))!),
}

export const IMPORT_KIND_SPECS: Readonly<Record<ImportKind, ImportKindSpec>> = { awards, products }
