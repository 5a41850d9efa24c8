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
import { beginEnquiryTransaction } from '../enquiries/enquiry-transaction'
import { IMPORT_CONTEXT } from '../collections/Awards/hooks/auditAward'
import { SKIP_SEARCH_SYNC } from '../search/skipSearchSync'
import type { RowOutcome } from './execute-award-rows'
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
  `Nhập ${kind === 'awards' ? 'giải thưởng' : 'sản phẩm'} từ "${fileName}": tạo ${r.created}, sửa ${r.updated}, giữ nguyên ${r.unchanged}, bỏ qua ${r.skipped}` +
  (r.productsCreated ? `, tạo ${r.productsCreated} sản phẩm nháp` : '') +
  ` / ${kind} imported from "${fileName}": ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped` +
  (r.productsCreated ? `, ${r.productsCreated} draft products created` : '')

/**
 * The progress goes through the database adapter, which writes only these columns. `payload.update`
 * would read the whole document back, stored plan and all (megabytes for a big list), and write it
 * again on every batch; the imports collection has no hooks or versions for that path to run, and
 * the endpoints already checked who may confirm.
 */
async function storeProgress(req: PayloadRequest, id: Id, progress: Pick<ApplyProgress, 'cursor' | 'status' | 'result'>): Promise<void> {
  const data = { ...progress, updatedAt: new Date().toISOString() }
  await req.payload.db.updateOne({ collection: 'imports', id, data, req, returning: false })
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
  const stored = (doc.rows ?? []) as PlannedRow[]
  const start = doc.cursor ?? 0
  const end = Math.min(total, start + batchSize)
  req.context = { ...req.context, [IMPORT_CONTEXT]: id, [SKIP_SEARCH_SYNC]: true }
  // Only this batch's rows are planned again: rows before it are in the database by now, and the
  // preview already skipped the file's duplicates.
  const slice = stored.slice(start, end)
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

/**
 * The next batch, all or nothing: its rows, the progress and (at the end) the audit event. Payload
 * opens no transactions on SQLite (the adapter runs without `transactionOptions`, see
 * cms/enquiries/enquiry-transaction.ts), so `initTransaction` would leave every write of the batch
 * standing alone, each its own commit; the batch takes the transaction the enquiry batches use
 * instead, which is Payload's own on every adapter. Within a caller's transaction it joins that.
 */
export async function applyImportBatch(req: PayloadRequest, id: Id, batchSize = DEFAULT_BATCH): Promise<ApplyProgress> {
  if (req.transactionID) return applyBatch(req, id, batchSize)
  const { payload } = req
  const transactionID = await beginEnquiryTransaction(payload)
  if (transactionID !== undefined) req.transactionID = transactionID
  let progress: ApplyProgress
  try {
    progress = await applyBatch(req, id, batchSize)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    if (transactionID !== undefined) delete req.transactionID
  }
  // Payload's commit does not report a failed COMMIT: the progress read back says whether it held.
  if (transactionID !== undefined) {
    const stored = await payload.findByID({ collection: 'imports', id, depth: 0, overrideAccess: true, select: { cursor: true } })
    if ((stored.cursor ?? 0) !== progress.cursor) throw new Error(`imports: the batch up to row ${progress.cursor} of import ${id} was not stored`)
  }
  return progress
}
