import type { CollectionBeforeChangeHook } from 'payload'
import { loadProducerFacts } from '../../../../src/programmes/load-producer-facts'
import { PRODUCER_KINDS } from '../../../../src/programmes/kinds'
import { idOf, isStaff, producerOf, userOf } from '../../../access/roles'
import { APIError } from 'payload'

const AWARD_VI: Record<string, string> = {
  commune: 'cấp xã',
  district: 'cấp huyện',
  provincial: 'cấp tỉnh',
  regional: 'cấp khu vực',
  national: 'cấp quốc gia',
}

/**
 * On create: a producer applies for itself, whatever the form says, and the applicant block is
 * filled from the showroom's record (what the producer typed itself is kept). The call's own
 * questions are copied in so the producer only answers them.
 */
export const prefillApplicant: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = userOf(req)
  const own = producerOf(user)
  if (own !== undefined) data.producer = own
  else if (!isStaff(user) && !req.context?.seeding) {
    throw new APIError('Chỉ cơ sở sản xuất mới nộp hồ sơ / Only producers can apply', 403, undefined, true)
  }
  const producerId = idOf(data.producer)
  if (producerId === undefined) throw new APIError('Hồ sơ cần có cơ sở / An application needs a producer', 400, undefined, true)
  const callId = idOf(data.call)
  const call =
    callId === undefined
      ? undefined
      : await req.payload.findByID({ collection: 'calls', id: callId, depth: 0, overrideAccess: true, locale: 'vi', req, disableErrors: true })
  if (!call) throw new APIError('Không tìm thấy thông báo hỗ trợ / Call not found', 400, undefined, true)
  const { producer, facts, productNames, awards } = await loadProducerFacts(req.payload, producerId)
  const known = {
    legalName: producer.legalName,
    kind: PRODUCER_KINDS.find((k) => k.value === producer.kind)?.vi ?? producer.kind,
    address: producer.address ?? undefined,
    province: facts.provinceName,
    foundedYear: producer.foundedYear ?? undefined,
    products: productNames.join('\n'),
    awards: awards.map((a) => `${a.product}: sản phẩm tiêu biểu ${AWARD_VI[a.level] ?? a.level} năm ${a.year}`).join('\n'),
    capacity: producer.capacity ?? undefined,
    earlierSupport: (producer.support ?? []).map((s) => `${s.year}: ${s.what}${s.programme ? ` (${s.programme})` : ''}`).join('\n'),
    contactPhone: producer.contacts?.phone ?? undefined,
    contactEmail: producer.contacts?.email ?? undefined,
  }
  const typed = Object.fromEntries(Object.entries(data.applicant ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== ''))
  data.applicant = { ...known, ...typed }
  data.province = facts.province
  data.title = `${producer.legalName} — ${call.title}`
  if (!data.answers?.length) data.answers = (call.questions ?? []).map((q) => ({ question: q.question, answer: '' }))
  return data
}
