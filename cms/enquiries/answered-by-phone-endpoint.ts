/**
 * POST /api/enquiries/:id/answered-by-phone → 200 { doc }: the one-tap "Tôi đã trả lời qua điện
 * thoại/Zalo" of the admin. It goes through payload.update with the caller's rights (so producer B
 * cannot answer for A, 403/404) and the reply hook stamps the time; tapping again changes nothing.
 * Anonymous: 401.
 */
import type { Endpoint } from 'payload'
import { userOf } from '../access/roles'

const refuse = (status: number, vi: string, en: string) => Response.json({ errors: [{ message: `${vi} / ${en}` }] }, { status })

export const answeredByPhoneEndpoint: Endpoint = {
  path: '/:id/answered-by-phone',
  method: 'post',
  handler: async (req) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'Vui lòng đăng nhập', 'Please sign in')
    const id = String(req.routeParams?.id ?? '')
    try {
      const current = await req.payload.findByID({ collection: 'enquiries', id, depth: 0, overrideAccess: false, user: req.user, req })
      if (current.replyChannel) return Response.json({ doc: current })
      const doc = await req.payload.update({
        collection: 'enquiries',
        id,
        data: { replyChannel: 'phone' },
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return Response.json({ doc })
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status && status < 500) return refuse(status, 'Không ghi được', (error as Error).message)
      throw error
    }
  },
}
