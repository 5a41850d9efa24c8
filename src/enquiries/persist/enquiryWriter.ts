/**
 * "Persist first": an enquiry and the Payload job that will notify the producer, copy the buyer
 * and index it are committed in one database transaction, or not at all.
 *
 * SQLite (the embedded default): Payload's SQLite adapter runs without transactions unless they
 * are switched on for every write (and then each transaction opens a fresh connection), so
 * enquiries get a connection of their own, owned here. Submissions arriving together are written
 * together (group commit): one INSERT of the enquiries into Payload's own `enquiries` table (its
 * Drizzle table, so Payload's field-to-column mapping is used), one INSERT of their rows into
 * Payload's jobs table, one COMMIT that reaches the disk before anyone is answered. A submission
 * whose idempotency key (or, rarely, reference) is already stored is skipped by ON CONFLICT and
 * reported as a conflict. If a batch fails, its submissions are retried one by one, so one bad
 * submission never takes the others with it.
 *
 * Other adapters (MongoDB on a replica set): Payload's own transaction, `payload.db.create` and
 * `payload.jobs.queue({ task, input, req })` with the same `req`.
 */
import { createClient, type Client } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { createLocalReq, type Payload } from 'payload'
import { DELIVER_TASK } from '../taskSlugs'

/** An enquiry as Payload stores it (field names), with the fields submitEnquiry derives. */
export type NewEnquiry = Record<string, unknown> & { idempotencyKey: string; reference: string; createdAt: string; updatedAt: string }

/** `conflict`: an enquiry with this idempotency key or reference is already stored. */
export type WriteResult = { status: 'created'; id: number | string } | { status: 'conflict' }

export type EnquiryWriter = {
  /** Resolves once the enquiry and its delivery job are committed. `beforeCommit` runs just before the commit. */
  write(enquiry: NewEnquiry, beforeCommit?: () => void | Promise<void>): Promise<WriteResult>
  close(): Promise<void>
}

/** Largest number of enquiries committed together. */
const MAX_BATCH = 128
/** Under load (a commit within the last BUSY_WINDOW_MS), a batch waits LINGER_MS for more submissions. */
const BUSY_WINDOW_MS = 50
const LINGER_MS = 2
/** How long a write waits for another process (the admin) to release SQLite's write lock. */
const LOCK_WAIT_MS = 10_000

const writers = new WeakMap<Payload, EnquiryWriter>()

export function enquiryWriterFor(payload: Payload): EnquiryWriter {
  let writer = writers.get(payload)
  if (!writer) {
    writer = payload.db.name === 'sqlite' ? sqliteWriter(payload) : adapterWriter(payload)
    writers.set(payload, writer)
  }
  return writer
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const isBusy = (error: unknown) => {
  const e = error as { code?: string; message?: string; cause?: { code?: string } }
  return e?.code === 'SQLITE_BUSY' || e?.cause?.code === 'SQLITE_BUSY' || /database is locked/i.test(e?.message ?? '')
}

type Pending = { enquiry: NewEnquiry; beforeCommit?: () => void | Promise<void>; resolve: (result: WriteResult) => void; reject: (error: unknown) => void }
type SqliteAdapter = { clientConfig: Parameters<typeof createClient>[0]; schema: Record<string, unknown>; tables: Record<string, never> }
type Connection = { client: Client; db: ReturnType<typeof drizzle> }

function sqliteWriter(payload: Payload): EnquiryWriter {
  const adapter = payload.db as unknown as SqliteAdapter
  let connection: Promise<Connection> | undefined
  const queue: Pending[] = []
  let draining = false

  const connect = () => {
    connection ??= (async () => {
      const client = createClient(adapter.clientConfig)
      // Never block the event loop waiting for the lock: BEGIN is retried asynchronously instead.
      await client.execute('PRAGMA busy_timeout = 0')
      // Every COMMIT is on disk (WAL fsync'd) before any buyer is told "sent".
      await client.execute('PRAGMA synchronous = FULL')
      return { client, db: drizzle(client, { schema: adapter.schema as never }) }
    })()
    return connection
  }

  async function begin(client: Client) {
    const deadline = Date.now() + LOCK_WAIT_MS
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.execute('BEGIN IMMEDIATE')
        return
      } catch (error) {
        if (!isBusy(error) || Date.now() > deadline) throw error
        await sleep(Math.min(2 ** attempt, 50) + Math.random() * 5)
      }
    }
  }

  const identity = (key: string, reference: string) => `${key} ${reference}`

  /** Writes a batch in one transaction; returns the id of each created enquiry by key and reference. */
  async function writeBatch({ client, db }: Connection, batch: Pending[]): Promise<Map<string, number | string>> {
    await begin(client)
    try {
      const enquiries = adapter.tables.enquiries as never as { id: unknown; reference: unknown; idempotencyKey: unknown }
      const created = (await db
        .insert(enquiries as never)
        .values(batch.map((item) => item.enquiry) as never)
        .onConflictDoNothing()
        .returning({ id: enquiries.id, reference: enquiries.reference, key: enquiries.idempotencyKey } as never)) as unknown as {
        id: number | string
        reference: string
        key: string
      }[]
      if (created.length > 0) {
        // The same row payload.jobs.queue would write: Payload's runner picks it up like any other.
        const jobs = created.map((row) => ({
          taskSlug: DELIVER_TASK,
          input: { enquiryId: String(row.id) },
          queue: 'default',
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        }))
        await db.insert(adapter.tables.payload_jobs as never).values(jobs as never)
      }
      for (const item of batch) await item.beforeCommit?.()
      await client.execute('COMMIT')
      // By key and reference together: of two submissions with one key in a batch (a double click),
      // only the row that was inserted is "created"; the other is a conflict like any later retry.
      return new Map(created.map((row) => [identity(row.key, row.reference), row.id]))
    } catch (error) {
      try {
        await client.execute('ROLLBACK')
      } catch (rollbackError) {
        payload.logger.error({ err: rollbackError, msg: 'enquiries: ROLLBACK after a failed batch failed too' })
      }
      throw error
    }
  }

  async function runBatch(batch: Pending[]) {
    let created: Map<string, number | string>
    try {
      const conn = await connect()
      created = await writeBatch(conn, batch)
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error)
        return
      }
      // One of them (or the moment) was bad: give each its own transaction.
      for (const item of batch) await runBatch([item])
      return
    }
    for (const item of batch) {
      const id = created.get(identity(item.enquiry.idempotencyKey, item.enquiry.reference))
      item.resolve(id === undefined ? { status: 'conflict' } : { status: 'created', id })
    }
  }

  let lastCommit = 0
  async function drain() {
    draining = true
    try {
      while (queue.length > 0) {
        // Under load, give the requests already being read a moment to join this commit.
        if (Date.now() - lastCommit < BUSY_WINDOW_MS && queue.length < MAX_BATCH) await sleep(LINGER_MS)
        await runBatch(queue.splice(0, MAX_BATCH))
        lastCommit = Date.now()
      }
    } finally {
      draining = false
    }
  }

  return {
    write(enquiry, beforeCommit) {
      return new Promise<WriteResult>((resolve, reject) => {
        queue.push({ enquiry, beforeCommit, resolve, reject })
        if (!draining) void drain()
      })
    },
    async close() {
      if (!connection) return
      const { client } = await connection
      connection = undefined
      client.close()
    },
  }
}

const isUniqueViolation = (error: unknown) => {
  const errors = (error as { data?: { errors?: { message?: string; path?: string | null }[] } })?.data?.errors ?? []
  return errors.some((e) => /idempotency|reference/i.test(String(e.path ?? '')))
}

/** Adapters with transactions of their own (MongoDB on a replica set). */
function adapterWriter(payload: Payload): EnquiryWriter {
  return {
    async write(enquiry, beforeCommit) {
      const req = await createLocalReq({}, payload)
      const transactionID = await payload.db.beginTransaction()
      if (transactionID) req.transactionID = transactionID
      else payload.logger.warn({ msg: 'enquiries: this database has no transactions; the enquiry and its job are written one after the other' })
      try {
        const doc = (await payload.db.create({ collection: 'enquiries', data: enquiry, req })) as { id: number | string }
        await payload.jobs.queue({ task: DELIVER_TASK as never, input: { enquiryId: String(doc.id) } as never, req })
        await beforeCommit?.()
        if (transactionID) await payload.db.commitTransaction(transactionID)
        return { status: 'created', id: doc.id }
      } catch (error) {
        if (transactionID) await payload.db.rollbackTransaction(transactionID)
        if (isUniqueViolation(error)) return { status: 'conflict' }
        throw error
      }
    },
    async close() {},
  }
}
