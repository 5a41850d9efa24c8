import type { FieldAccess } from 'payload'
import { isStaff, producerOf, userOf } from '../../../access/roles'

type ProducerDoc = { id?: number | string; contacts?: { private?: boolean | null } | null }

/**
 * Read rule for each contact (person, phone, Zalo, e-mail, web). Staff and the producer itself
 * always see them; anyone else only when the producer has not hidden them. Payload also asks this
 * rule, without a document, before it filters or sorts by a field: then only signed-in users
 * (whose reads are already limited to what they may see) pass, so the public cannot find out a
 * hidden number by filtering on it. When the private flag was not read (a `select` that leaves it
 * out), the contact is withheld: the rule fails closed.
 */
export const readContact: FieldAccess = ({ req, doc }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  const own = producerOf(user)
  const producer = doc as ProducerDoc | undefined
  if (!producer) return own !== undefined
  if (own !== undefined && String(own) === String(producer.id)) return true
  const hidden = producer.contacts?.private
  return hidden === false || hidden === null
}

/** The private flag itself is shown to all (the site says contacts go through the enquiry form), but only signed-in users filter by it. */
export const readContactsPrivateFlag: FieldAccess = ({ req, doc }) => (doc ? true : producerOf(userOf(req)) !== undefined || isStaff(userOf(req)))
