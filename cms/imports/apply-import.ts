/**
 * Confirm: carry out the next batch of a previewed import, in one transaction with its progress,
 * so the admin and the command line can show progress and an interrupted import resumes where it
 * stopped. Each batch is planned again against fresh data (the showroom may have changed since the
 * preview, or earlier batches created a product); rows the preview skipped stay skipped.
 */
import { APIError, type PayloadRequest } from 'payload'
import type { Id } from '../../src/imports/award-import-types'
import { idOf, isAdmin, userOf } from '../access/roles'
import { recordAudit } from '../audit/record-audit'
import { IMPORT_CONTEXT } from '../collections/Awards/hooks/auditAward'
import { PLAN_CHUNK } from '../collections/ImportPlans'
import { SKIP_SEARCH_SYNC } from '../search/skipSearchSync'
import type { RowOutcome } from './execute-award-rows'
import { inWriteTransaction } from '../transactions/write-transaction'
import { IMPORT_KIND_SPECS, type ImportKind, type PlannedRow } from './import-kinds'

export const DEFAULT_BATCH = 250

export type ImportResult = { created: number; updated: number; unchanged: number; skipped: number; productsCreated: number }

export type ApplyProgress = { id: Id; status: 'preview' | 'running' | 'done'; cursor: number; total: number; result: ImportResult }

const EMPTY: ImportResult = { created: 0, updated: 0, unchanged: 0, skipped: 0, productsCreated: 0 }

function tally(result: ImportResult, outcomes: readonly RowOutcome[]): ImportResult {
  const next = { ...result }
  for (const outcome of outcomes) {
    if (outcome.action === 'create') next.created += 1
    else if (outcome.action === 'update') next.updated += 1
    else if (outcome.action === 'unchanged') next.unchanged += 1
    else next.skipped += 1
    if (outcome.productCreated !== undefined) next.productsCreated += 1
  }
  return next
}

const summaryText = (kind: ImportKind, fileName: string, r: ImportResult) =>
  `Nhập ${kind === 'awards' ? 'giải thưởng' : 'sản phẩm'} từ "${fileName}": ` +
  `tạo ${r.created}, sửa ${r.updated}, giữ nguyên ${r.unchanged}, bỏ qua ${r.skipped}` +
  (r.productsCreated ? `, tạo ${r.productsCreated} sản phẩm nháp` : '') +
  ` / ${kind} imported from "${fileName}": ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped` +
  (r.productsCreated ? `, ${r.productsCreated} draft products created` : '')

/**
 * The progress goes through the database adapter, which writes only these columns. `payload.update`
 * would read the whole document back and write it again on every batch; the imports collection has
 * no hooks or versions for that path to run, and applyBatch already checked who may confirm.
 */
async function storeProgress(req: PayloadRequest, id: Id, progress: Pick<ApplyProgress, 'cursor' | 'status' | 'result'>): Promise<void> {
  const data = { ...progress, updatedAt: new Date().toISOString() }
  await req.payload.db.updateOne({ collection: 'imports', id, data, req, returning: false })
}

/** The preview's planned rows start..end (end excluded), from the plan documents that hold them. */
async function readPlan(req: PayloadRequest, id: Id, start: number, end: number): Promise<PlannedRow[]> {
  if (end <= start) return []
  const first = start - (start % PLAN_CHUNK)
  const { docs } = await req.payload.find({
    collection: 'import-plans',
    where: { and: [{ import: { equals: id } }, { start: { greater_than_equal: first } }, { start: { less_than: end } }] },
    sort: 'start',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { start: true, rows: true },
    req,
  })
  const rows = docs.flatMap((plan) => plan.rows as PlannedRow[]).slice(start - first, end - first)
  // A plan with a gap would move the cursor past rows it never carried out.
  if (docs[0]?.start !== first || rows.length !== end - start) throw new Error(`imports: the plan of import ${id} lacks rows ${start} to ${end}`)
  return rows
}

async function applyBatch(req: PayloadRequest, id: Id, batchSize: number): Promise<ApplyProgress> {
  const doc = await req.payload.findByID({ collection: 'imports', id, depth: 0, overrideAccess: true, req })
  const user = userOf(req)
  if (!isAdmin(user) && String(idOf(doc.createdBy)) !== String(idOf(req.user))) {
    throw new APIError('Chỉ người tải tệp lên mới xác nhận được / only the person who uploaded the file can confirm it', 403)
  }
  const kind = doc.kind as ImportKind
  const result = { ...EMPTY, ...(doc.result as ImportResult | null) }
  const total = doc.total ?? 0
  if (doc.status === 'done') return { id, status: 'done', cursor: total, total, result }
  const spec = IMPORT_KIND_SPECS[kind]
  const start = doc.cursor ?? 0
  const end = Math.min(total, start + batchSize)
  req.context = { ...req.context, [IMPORT_CONTEXT]: id, [SKIP_SEARCH_SYNC]: true }
  // Only this batch's rows are planned again: rows before it are in the database by now, and the
  // preview already skipped the file's duplicates.
  const slice = await readPlan(req, id, start, end)
  const fresh = await spec.plan(
    req,
    slice.map((row) => ({ line: row.line, values: row.input })),
    { createMissingProducts: Boolean(doc.createMissingProducts) },
  )
  const batch = fresh.map((row, i) => (slice[i]!.action === 'skip' ? slice[i]! : row))
  const outcomes = await spec.execute(req, batch, new Map())
  const next = tally(result, outcomes)
  const status = end >= total ? 'done' : 'running'
  await storeProgress(req, id, { cursor: end, status, result: next })
  if (status === 'done') {
    await recordAudit(req, { action: 'import', entity: kind, id, title: doc.fileName, summary: summaryText(kind, doc.fileName, next), province: null })
  }
  return { id, status, cursor: end, total, result: next }
}

/** The next batch, all or nothing: its rows, the progress and (at the end) the audit event. */
export async function applyImportBatch(req: PayloadRequest, id: Id, batchSize = DEFAULT_BATCH): Promise<ApplyProgress> {
  const held = async (progress: ApplyProgress) => {
    const stored = await req.payload.findByID({ collection: 'imports', id, depth: 0, overrideAccess: true, select: { cursor: true } })
    return (stored.cursor ?? 0) === progress.cursor
  }
  return inWriteTransaction(req, () => applyBatch(req, id, batchSize), held, `imports: the batch of import ${id}`)
}
