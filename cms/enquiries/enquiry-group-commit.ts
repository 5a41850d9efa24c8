/**
 * "Persist first", through Payload: each enquiry is a `payload.create` (validation, the
 * collection's hooks, which derive its fields and queue its delivery and its search sync with the
 * same `req`), and all of that commits in one transaction before anyone is answered.
 *
 * Submissions arriving together share one transaction (group commit): under load a batch waits a
 * moment for the requests already being read, then creates each enquiry in the batch's `req` and
 * commits once. A key already stored is answered as a conflict without being written. If anything
 * in a batch fails (Payload rolls the whole transaction back), its submissions are retried one by
 * one, so one bad submission never takes the others with it. Beyond MAX_PENDING waiting
 * submissions a new one is refused at once (EnquiryBusyError → 503 with Retry-After), so an
 * overload is a fast "try again", never a hang.
 */
import { createLocalReq, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import { inWriteTransaction } from '../transactions/write-transaction'

/** What submitEnquiry hands over: the buyer's fields, and what the hook needs to derive the rest. */
export type EnquiryDraft = { data: RequiredDataFromCollectionSlug<'enquiries'> & { idempotencyKey: string }; context: Record<string, unknown> }
export type WriteResult = { status: 'created'; id: number | string; reference: string } | { status: 'conflict' }

/** Largest number of enquiries committed together. */
const MAX_BATCH = 64
/** Submissions waiting beyond this are refused at once (a few batches' worth: under a second of waiting). */
export const MAX_PENDING = 256
/** Under load (a commit within the last BUSY_WINDOW_MS), a batch waits LINGER_MS for more submissions. */
const BUSY_WINDOW_MS = 50
const LINGER_MS = 2

export class EnquiryBusyError extends Error {
  override name = 'EnquiryBusyError'
}

type Pending = EnquiryDraft & { beforeCommit?: () => void | Promise<void>; resolve: (result: WriteResult) => void; reject: (error: unknown) => void }

const isUniqueViolation = (error: unknown) => {
  const errors = (error as { data?: { errors?: { path?: string | null }[] } })?.data?.errors ?? []
  return errors.some((e) => /idempotencyKey|reference/.test(String(e.path ?? '')))
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const writers = new WeakMap<Payload, ReturnType<typeof groupCommit>>()

export function enquiryWriterFor(payload: Payload) {
  let writer = writers.get(payload)
  if (!writer) {
    writer = groupCommit(payload, { maxPending: MAX_PENDING })
    writers.set(payload, writer)
  }
  return writer
}

/** Keys already stored, among those of the batch (one query). */
async function storedKeys(payload: Payload, keys: string[]): Promise<Set<string>> {
  const found = await payload.find({
    collection: 'enquiries',
    where: { idempotencyKey: { in: keys } },
    select: { idempotencyKey: true },
    depth: 0,
    limit: keys.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(found.docs.map((doc) => String(doc.idempotencyKey)))
}

export function groupCommit(payload: Payload, { maxPending }: { maxPending: number }) {
  const queue: Pending[] = []
  let draining = false
  let lastCommit = 0

  /** Creates the batch in one transaction; returns each created enquiry by its idempotency key. */
  async function writeBatch(batch: Pending[]): Promise<Map<string, { id: number | string; reference: string }>> {
    const stored = await storedKeys(
      payload,
      batch.map((item) => item.data.idempotencyKey),
    )
    const created = new Map<string, { id: number | string; reference: string }>()
    const toWrite = batch.filter((item) => !stored.has(item.data.idempotencyKey))
    if (toWrite.length === 0) return created
    const req = await createLocalReq({}, payload)
    const write = async () => {
      for (const item of toWrite) {
        // A double click: the second submission of a key in one batch is a conflict, like any later retry.
        if (created.has(item.data.idempotencyKey)) continue
        const doc = await payload.create({ collection: 'enquiries', data: item.data, context: item.context, req, overrideAccess: true, depth: 0 })
        created.set(item.data.idempotencyKey, { id: doc.id, reference: String(doc.reference) })
      }
      for (const item of toWrite) await item.beforeCommit?.()
      return created
    }
    return inWriteTransaction(req, write, allStored, 'enquiries: a committed batch')
  }

  /** Every enquiry of the batch, read back after the commit (inWriteTransaction). */
  async function allStored(created: Map<string, { id: number | string }>): Promise<boolean> {
    if (created.size === 0) return true
    const ids = [...created.values()].map((row) => row.id)
    const found = await payload.count({ collection: 'enquiries', where: { id: { in: ids } }, overrideAccess: true })
    return found.totalDocs === ids.length
  }

  async function runBatch(batch: Pending[]) {
    let created: Map<string, { id: number | string; reference: string }>
    try {
      created = await writeBatch(batch)
    } catch (error) {
      if (batch.length === 1) {
        // Another process stored this key (or drew this reference) first: a conflict, not a failure.
        if (isUniqueViolation(error)) batch[0]!.resolve({ status: 'conflict' })
        else batch[0]!.reject(error)
        return
      }
      // One of them (or the moment) was bad: give each its own transaction.
      for (const item of batch) await runBatch([item])
      return
    }
    const answered = new Set<string>()
    for (const item of batch) {
      const key = item.data.idempotencyKey
      const row = created.get(key)
      item.resolve(row && !answered.has(key) ? { status: 'created', ...row } : { status: 'conflict' })
      answered.add(key)
    }
  }

  async function drain() {
    draining = true
    try {
      while (queue.length > 0) {
        if (Date.now() - lastCommit < BUSY_WINDOW_MS && queue.length < MAX_BATCH) await sleep(LINGER_MS)
        await runBatch(queue.splice(0, MAX_BATCH))
        lastCommit = Date.now()
      }
    } finally {
      draining = false
    }
  }

  return {
    /** Resolves once the enquiry, its delivery job and its search sync are committed. `beforeCommit` runs just before the commit. */
    write(draft: EnquiryDraft, beforeCommit?: () => void | Promise<void>): Promise<WriteResult> {
      if (queue.length >= maxPending) return Promise.reject(new EnquiryBusyError(`${queue.length} enquiries already waiting to be stored`))
      return new Promise<WriteResult>((resolve, reject) => {
        queue.push({ ...draft, beforeCommit, resolve, reject })
        if (!draining) void drain()
      })
    },
  }
}
