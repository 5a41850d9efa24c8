/**
 * Where each producer hears from the centre: the e-mail on its page and those of its accounts, once
 * each. A household whose page shows only a phone number still has the address it signs in with,
 * and the person who reads the admin is the one who applies.
 */
import type { Payload, PayloadRequest } from 'payload'
import { idOf, type Ref } from '../relations/relation-ref'

export async function producerAddresses(payload: Payload, req?: PayloadRequest): Promise<Map<string, string[]>> {
  const [producers, accounts] = await Promise.all([
    payload.find({ collection: 'producers', overrideAccess: true, depth: 0, pagination: false, select: { contacts: true }, req }),
    payload.find({
      collection: 'users',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { role: { equals: 'producer' } },
      select: { email: true, producer: true },
      req,
    }),
  ])
  const addresses = new Map<string, Set<string>>()
  const add = (producer: Ref, email: string | null | undefined) => {
    const id = idOf(producer)
    const address = email?.trim().toLowerCase()
    if (id === undefined || !address) return
    addresses.set(String(id), (addresses.get(String(id)) ?? new Set()).add(address))
  }
  for (const producer of producers.docs) add(producer.id, producer.contacts?.email)
  for (const account of accounts.docs) add(account.producer, account.email)
  return new Map([...addresses].map(([id, set]) => [id, [...set]]))
}
