/**
 * Carries out planned award rows with the importing user's rights (access control applies: a
 * province-limited staff member cannot write outside its provinces even if a plan said so), in the
 * request's transaction. Search sync is queued once per product afterwards, not once per award.
 */
import type { PayloadRequest } from 'payload'
import type { AwardData, FieldChange, Id, PlannedAward } from '../../src/imports/award-import-types'
import { queueSearchSync } from '../search/hooks'

export type RowOutcome = { line: number; action: PlannedAward['action']; id?: Id; productCreated?: Id }

/** A calendar day in Vietnam as the instant Payload stores. */
const dayToDate = (day: string | null) => (day ? new Date(`${day}T00:00:00+07:00`).toISOString() : null)

function toFields(data: AwardData, product: Id) {
  return {
    ...data,
    product: product as number,
    decisionDate: dayToDate(data.decisionDate),
    productGroup: data.productGroup as number | null,
    province: data.province as number,
  }
}

function changedFields(changes: readonly FieldChange[]) {
  const out: Record<string, unknown> = {}
  for (const change of changes) out[change.field] = change.field === 'decisionDate' ? dayToDate(change.to as string) : change.to
  return out
}

/**
 * One search sync per product whose awards changed; a producer with several such products gets one
 * producer sync instead (it re-syncs the producer's products), which keeps a big list from queueing
 * thousands of jobs.
 */
async function queueProductSyncs(req: PayloadRequest, touched: ReadonlyMap<string, string>): Promise<void> {
  const byProducer = new Map<string, string[]>()
  for (const [product, producer] of touched) byProducer.set(producer, [...(byProducer.get(producer) ?? []), product])
  for (const [producer, products] of byProducer) {
    if (producer && products.length > 1) await queueSearchSync(req, { kind: 'producer', id: producer })
    else for (const id of products) await queueSearchSync(req, { kind: 'product', id })
  }
}

export async function executeAwardRows(req: PayloadRequest, rows: readonly PlannedAward[], createdProducts: Map<string, Id>): Promise<RowOutcome[]> {
  const { payload } = req
  const touched = new Map<string, string>()
  const outcomes: RowOutcome[] = []
  for (const row of rows) {
    if (row.action === 'create' && row.data) {
      let product = row.data.product
      let productCreated: Id | undefined
      if (product === null && row.newProduct) {
        product = createdProducts.get(row.newProduct.key) ?? null
        if (product === null) {
          const draft = await payload.create({
            collection: 'products',
            draft: true,
            locale: 'vi',
            data: {
              name: row.newProduct.name,
              producer: row.newProduct.producer as number,
              productGroup: row.newProduct.productGroup as number,
              _status: 'draft',
            },
            overrideAccess: false,
            req,
          })
          product = draft.id
          productCreated = draft.id
          createdProducts.set(row.newProduct.key, draft.id)
        }
      }
      const award = await payload.create({ collection: 'awards', data: toFields(row.data, product!), overrideAccess: false, req, depth: 0 })
      touched.set(String(product), String(row.newProduct?.producer ?? row.producer ?? ''))
      outcomes.push({ line: row.line, action: 'create', id: award.id, productCreated })
    } else if (row.action === 'update' && row.awardId !== undefined && row.changes) {
      await payload.update({ collection: 'awards', id: row.awardId, data: changedFields(row.changes), overrideAccess: false, req, depth: 0 })
      if (row.data?.product != null) touched.set(String(row.data.product), String(row.producer ?? ''))
      outcomes.push({ line: row.line, action: 'update', id: row.awardId })
    } else outcomes.push({ line: row.line, action: row.action, id: row.awardId })
  }
  await queueProductSyncs(req, touched)
  return outcomes
}
