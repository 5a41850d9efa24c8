/**
 * GET /api/calls/for-me → the open calls the signed-in producer meets, each with why it fits,
 * plus (under `others`) open calls it does not meet yet with what is missing, so the producer
 * knows what to work on. Anonymous: 401; staff have no producer to match: 403.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { findCallsFor } from '../../src/programmes/find-calls-for'
import { programmeNow } from '../../src/programmes/clock'
import { isStaff, producerOf, userOf } from '../access/roles'

const refuse = (status: number, vi: string, en: string) => Response.json({ errors: [{ message: `${vi} / ${en}` }] }, { status })

// On the calls collection, not the root: a root /calls/for-me is never reached, the collection's
// own GET /calls/:id answers it first (404). A collection's custom endpoints come before its defaults.
export const callsForMeEndpoint: Endpoint = {
  path: '/for-me',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'Vui lòng đăng nhập', 'Please sign in')
    const producer = producerOf(user)
    if (producer === undefined)
      return isStaff(user)
        ? refuse(403, 'Chỉ tài khoản cơ sở sản xuất mới có danh sách hỗ trợ phù hợp', 'Only producer accounts have calls matched to them')
        : refuse(403, 'Tài khoản chưa gắn với cơ sở nào', 'This account is not linked to a producer')
    const locale = req.searchParams?.get('locale') === 'en' ? 'en' : 'vi'
    const result = await findCallsFor(req.payload, producer, programmeNow(), locale)
    return Response.json(result, { headers: { 'cache-control': 'private, no-store' } })
  },
}
