/**
 * Lists a producer among a fair's exhibitors, with its booth and showcased products; a producer
 * already listed keeps its row, with the booth and products filled in where the row had none.
 * Written with the decision's `req`, so both are saved or neither.
 */
import type { PayloadRequest } from 'payload'
import { idOf } from '../access/roles'

type Id = number | string

export async function addExhibitor(req: PayloadRequest, options: { fair: Id; producer: Id; booth?: string | null; products: Id[] }): Promise<void> {
  const fair = await req.payload.findByID({ collection: 'fairs', id: options.fair, depth: 0, overrideAccess: true, req })
  const rows = (fair.exhibitors ?? []).map((row) => ({
    id: row.id,
    producer: idOf(row.producer) as number,
    booth: row.booth,
    products: (row.products ?? []).map((p) => idOf(p) as number),
  }))
  const mine = rows.find((row) => String(row.producer) === String(options.producer))
  const products = options.products.map((p) => p as number)
  if (mine) {
    mine.booth = mine.booth || options.booth
    if (mine.products.length === 0) mine.products = products
  } else rows.push({ id: undefined, producer: options.producer as number, booth: options.booth ?? null, products })
  await req.payload.update({
    collection: 'fairs',
    id: options.fair,
    data: { exhibitors: rows.map(({ id, ...row }) => (id ? { id, ...row } : row)) },
    overrideAccess: true,
    depth: 0,
    req,
    context: { exhibitorDecision: true },
  })
}
