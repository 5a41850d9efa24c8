import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { isOpen } from '../../../../src/programmes/eligibility'
import { programmeNow } from '../../../../src/programmes/clock'
import { idOf, isStaff, userOf } from '../../../access/roles'

const refuse = (vi: string, en: string, status = 400) => new APIError(`${vi} / ${en}`, status, undefined, true)

/**
 * Who may move an application where: the producer keeps a draft and submits it before the
 * deadline, then it is the centre's; staff accept or decline a submitted one, declining with a reason.
 */
export const checkTransition: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (req.context?.seeding) return data
  const staff = isStaff(userOf(req))
  const from = operation === 'create' ? 'draft' : (originalDoc?.status ?? 'draft')
  const to = data.status ?? from
  if (!staff) {
    if (from !== 'draft') throw refuse('Hồ sơ đã nộp, không sửa được nữa', 'This application was submitted and can no longer be changed', 403)
    if (to !== 'draft' && to !== 'submitted') throw refuse('Chỉ trung tâm mới xét duyệt hồ sơ', 'Only centre staff decide on applications', 403)
  } else if ((to === 'accepted' || to === 'declined') && from !== 'submitted' && from !== to) {
    throw refuse('Chỉ xét hồ sơ đã nộp', 'Only submitted applications can be decided')
  }
  if (to === 'declined' && !(data.decision?.reason ?? originalDoc?.decision?.reason)?.trim())
    throw refuse('Cần ghi lý do không hỗ trợ', 'Give the reason for declining')
  const now = programmeNow()
  if (to === 'submitted' && from === 'draft') {
    const call = await req.payload.findByID({ collection: 'calls', id: idOf(data.call ?? originalDoc?.call) as number, depth: 0, overrideAccess: true, req })
    const timing = { opensAt: call.opensAt, deadline: call.deadline }
    if (!staff && !isOpen(timing, now)) throw refuse('Thông báo đã hết hạn nhận hồ sơ', 'This call is closed')
    data.submittedAt = now.toISOString()
  }
  if ((to === 'accepted' || to === 'declined') && from !== to) data.decidedAt = now.toISOString()
  return data
}
