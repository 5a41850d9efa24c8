/**
 * A Payload transaction for a batch of writes (enquiries, an import's plan or batch), on every adapter: the id goes on `req`
 * (`req.transactionID`), so `payload.create` and the `jobs.queue` of its hooks write into it, and
 * `payload.db.commitTransaction` / `rollbackTransaction` end it.
 *
 * MongoDB (replica set): `payload.db.beginTransaction()` as is.
 *
 * SQLite: the adapter is configured without `transactionOptions`, because switching them on makes
 * every write of the process open its own connection, and two concurrent saves in one process then
 * fail at once with SQLITE_BUSY (libsql's new connections have no busy timeout). So only this path
 * opens transactions, one batch at a time, with Payload's own SQLite transaction (the
 * `beginTransaction` the adapter uses when they are on, registered in `payload.db.sessions`).
 * libsql hands the adapter's current connection to the transaction and opens a fresh one for the
 * adapter: the pragmas Payload sets at connect are set again on it. BEGIN IMMEDIATE is tried with
 * no busy timeout (it would block the event loop while the admin holds the lock) and retried here.
 */
import { beginTransaction as beginDrizzleTransaction } from '@payloadcms/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/** How long a batch waits for another process (the admin) to release SQLite's write lock. */
const LOCK_WAIT_MS = 10_000
/** What Payload's connect sets (cms/database.ts: busyTimeout). */
const ADAPTER_BUSY_TIMEOUT_MS = 5000

type LibsqlClient = {
  execute(sql: string): Promise<unknown>
  transaction(mode: 'deferred'): Promise<{ rollback(): Promise<void>; close(): void }>
}
type SqliteDb = Payload['db'] & { client: LibsqlClient }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error))

/**
 * A BEGIN refused with SQLITE_BUSY leaves its statement unfinished on that connection, and a later
 * COMMIT there fails with "cannot commit transaction - SQL statements in progress", which Payload's
 * commit does not report: the batch would vanish. So the connection goes: a deferred BEGIN (it
 * takes no lock, so it cannot be refused) makes libsql hand it over and open a fresh one for the
 * next attempt, and the handed-over one is rolled back and let go.
 */
async function retireConnection(client: LibsqlClient): Promise<void> {
  const retired = await client.transaction('deferred')
  await retired.rollback().catch(() => undefined)
  retired.close()
}

async function beginSqlite(db: SqliteDb): Promise<string> {
  const deadline = Date.now() + LOCK_WAIT_MS
  for (let attempt = 0; ; attempt += 1) {
    // The connection about to become the transaction's: never wait synchronously, every COMMIT on disk.
    await db.client.execute('PRAGMA busy_timeout = 0')
    await db.client.execute('PRAGMA synchronous = FULL')
    try {
      const id = (await beginDrizzleTransaction.call(db)) as string
      return id
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error
      await retireConnection(db.client)
      await sleep(Math.min(2 ** attempt, 50) + Math.random() * 5)
    } finally {
      // The adapter's own connection (fresh if the BEGIN succeeded) waits for the lock again.
      await db.client.execute(`PRAGMA busy_timeout = ${ADAPTER_BUSY_TIMEOUT_MS}`)
    }
  }
}

/** Begins a transaction; `undefined` when the database has none (a MongoDB without a replica set, refused at start). */
export async function beginWriteTransaction(payload: Payload): Promise<string | number | undefined> {
  if (payload.db.name === 'sqlite') return beginSqlite(payload.db as SqliteDb)
  return (await payload.db.beginTransaction()) ?? undefined
}

/**
 * `work` all or nothing, in a transaction on `req` (joined when `req` is already in one). Payload's
 * commit does not report a failed COMMIT, so `stored` reads back, after it, whether the writes
 * held: nobody hears "done" of writes that are not there.
 */
export async function inWriteTransaction<T>(req: PayloadRequest, work: () => Promise<T>, stored: (result: T) => Promise<boolean>, what: string): Promise<T> {
  if (req.transactionID) return work()
  const { payload } = req
  const transactionID = await beginWriteTransaction(payload)
  if (transactionID === undefined) payload.logger.warn({ msg: `${what}: this database has no transactions; each write stands alone` })
  else req.transactionID = transactionID
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
  if (transactionID !== undefined && !(await stored(result))) throw new Error(`${what} was not stored: the commit did not hold`)
  return result
}
