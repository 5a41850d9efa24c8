/**
 * POST /api/applications/start?call=<id> → the signed-in producer's application to that call:
 * the draft it already has, or a new one filled in from the showroom's record (the collection's
 * prefillApplicant hook), then 303 to its form in the admin. The "Nộp hồ sơ / Apply" button on the
 * producer's home posts here, so the form opens already filled instead of empty.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { programmeNow } from '../../src/programmes/clock'
import { findCallsFor } from '../../src/programmes/find-calls-for'
import { producerOf, userOf } from '../access/roles'

const refuse = (status: number, vi: string, en: string) => Response.json({ errors: [{ message: `${vi} / ${en}` }] }, { status })

export const startApplicationEndpoint: Endpoint = {
  path: '/start',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'Vui lòng đăng nhập', 'Please sign in')
    const producer = producerOf(user)
    if (producer === undefined) return refuse(403, 'Chỉ cơ sở sản xuất mới nộp hồ sơ', 'Only producers can apply')
    const callId = Number(req.searchParams?.get('call'))
    if (!Number.isInteger(callId) || callId <= 0) return refuse(400, 'Thiếu thông báo hỗ trợ', 'Which call?')
    const asUser = { overrideAccess: false, user: req.user, req } as const
    const call = await req.payload.findByID({ collection: 'calls', id: callId, depth: 0, disableErrors: true, ...asUser })
    if (call?._status !== 'published') return refuse(404, 'Không tìm thấy thông báo hỗ trợ', 'Call not found')
    const existing = await req.payload.find({
      collection: 'applications',
      where: { call: { equals: callId } },
      depth: 0,
      limit: 1,
      ...asUser,
    })
    let application = existing.docs[0]
    if (!application) {
      // A new draft only for an open call the producer meets: the same judgement as the button.
      const { calls } = await findCallsFor(req.payload, producer, programmeNow())
      if (!calls.some((c) => String(c.id) === String(callId)))
        return refuse(403, 'Cơ sở chưa đáp ứng điều kiện hoặc thông báo đã hết hạn', 'Your business does not meet this call, or it is closed')
      application = await req.payload.create({ collection: 'applications', data: { call: callId, status: 'draft' }, ...asUser })
    }
    const admin = req.payload.config.routes.admin
    return new Response(null, { status: 303, headers: { location: `${admin}/collections/applications/${application.id}` } })
  },
}
