/** Who hears about an enquiry: the producer's addresses, and the centre staff of its province. */
import type { Payload, PayloadRequest } from 'payload'
import { idOf, type Ref } from '../access/roles'

const unique = (emails: (string | null | undefined)[]) => [...new Set(emails.filter((e): e is string => Boolean(e?.includes('@'))).map((e) => e.trim()))]

/** The producer's contact e-mail and the e-mails of its producer accounts. */
export async function producerRecipients(
  payload: Payload,
  producerId: number | string,
  req?: PayloadRequest,
): Promise<{ emails: string[]; name: string; provinceId?: number | string }> {
  const producer = (await payload.findByID({
    collection: 'producers',
    id: producerId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  if (!producer) return { emails: [], name: '' }
  const accounts = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'producer' } }, { producer: { equals: producerId } }] },
    depth: 0,
    limit: 50,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const contacts = (producer.contacts ?? {}) as { email?: string | null }
  return {
    emails: unique([contacts.email, ...accounts.docs.map((u) => (u as { email?: string }).email)]),
    name: String(producer.brandName ?? producer.legalName ?? ''),
    provinceId: idOf(producer.province as Ref),
  }
}

/**
 * Centre staff responsible for a province: staff limited to it; if none, staff for the whole
 * country; if none, the admins. Someone is always told.
 */
export async function provinceStaffRecipients(payload: Payload, provinceId: number | string | undefined, req?: PayloadRequest): Promise<string[]> {
  const users = await payload.find({
    collection: 'users',
    where: { role: { in: ['staff', 'admin'] } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const people = users.docs
  const scoped = (u: (typeof people)[number]) => (u.provinces ?? []).map(idOf).filter((id) => id !== undefined)
  const local = provinceId === undefined ? [] : people.filter((u) => u.role === 'staff' && scoped(u).some((id) => String(id) === String(provinceId)))
  if (local.length) return unique(local.map((u) => u.email))
  const national = people.filter((u) => u.role === 'staff' && scoped(u).length === 0)
  if (national.length) return unique(national.map((u) => u.email))
  return unique(people.filter((u) => u.role === 'admin').map((u) => u.email))
}
