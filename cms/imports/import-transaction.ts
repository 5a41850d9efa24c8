/**
 * All or nothing for the import's writes (a preview's plan, a confirm batch). Payload opens no
 * transactions on SQLite (the adapter runs without `transactionOptions`, see
 * cms/enquiries/enquiry-transaction.ts), so `initTransaction` would leave every write standing
 * alone, each its own commit; the import takes the transaction the enquiry batches use instead,
 * which is Payload's own on every adapter. Within a caller's transaction it joins that.
 *
 * Payload's commit does not report a failed COMMIT: `stored` reads back, after it, whether the
 * writes held.
 */
import type { PayloadRequest } from 'payload'
import { beginEnquiryTransaction } from '../enquiries/enquiry-transaction'

export async function inImportTransaction<T>(req: PayloadRequest, work: () => Promise<T>, stored: (result: T) => Promise<boolean>, what: string): Promise<T> {
  if (req.transactionID) return work()
  const { payload } = req
  const transactionID = await beginEnquiryTransaction(payload)
  if (transactionID !== undefined) req.transactionID = transactionID
  let result: T
  try {
    result = await work()
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    if (transactionID !== undefined) delete req.transactionID
  }
  if (transactionID !== undefined && !(await stored(result))) throw new Error(`imports: ${what} was not stored`)
  return result
}
