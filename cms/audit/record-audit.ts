/**
 * The one way to add to the audit trail. It writes with the request's `req`, so the event joins
 * the change's transaction: both are saved, or neither. Call it from hooks and endpoints:
 *
 *   await recordAudit(req, { action: 'update', entity: 'awards', id: doc.id, title: doc.title, summary, changes })
 */
import type { PayloadRequest } from 'payload'
import type { AuditChange } from '../../src/audit/diff-documents'
import type { AuditAction } from '../collections/AuditEvents'
import { idOf } from '../access/roles'

export type AuditEntry = {
  action: AuditAction
  /** The collection (or feature, such as "imports") the event is about. */
  entity: string
  id?: number | string | null
  title?: string | null
  summary: string
  changes?: readonly AuditChange[]
  /** The province the document belongs to, so province-limited staff see the event. */
  province?: number | string | { id: number | string } | null
}

type Actor = { id?: number | string; email?: string; collection?: string } | null | undefined

/**
 * Written through the database adapter, not `payload.create`: an event is built here, complete, and
 * the audit-events collection has no hooks that act on a create (refuseChange lets creates pass),
 * so the operation's validation, hooks and read-back only cost time, and a 5,000-row award import
 * writes 5,000 events. The adapter stamps createdAt as the operation would; updatedAt is set here.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const actor = req.user as Actor
  const user = actor?.collection === 'users' ? actor : undefined
  const now = new Date().toISOString()
  await req.payload.db.create({
    collection: 'audit-events',
    data: {
      action: entry.action,
      entity: entry.entity,
      documentId: entry.id == null ? null : String(entry.id),
      documentTitle: entry.title ?? null,
      summary: entry.summary.slice(0, 500),
      changes: entry.changes && entry.changes.length > 0 ? [...entry.changes] : null,
      user: (user?.id as number | undefined) ?? null,
      userEmail: user?.email ?? 'hệ thống / system',
      // Numeric in the generated (SQLite) types; a MongoDB id is a string, which Payload takes as well.
      province: (idOf(entry.province) as number | undefined) ?? null,
      createdAt: now,
      updatedAt: now,
    },
    req,
    returning: false,
  })
}
