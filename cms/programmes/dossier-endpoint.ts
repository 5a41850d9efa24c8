/**
 * GET /api/applications/:id/dossier → the application as one printable page to sign
 * (src/programmes/render-dossier.ts). Read with the user's own access: the applicant and the
 * staff of its province get it; anyone else gets 404 (anonymous 401), never a hint it exists.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { calendarDay } from '../../src/dates/calendar-day'
import { programmeNow } from '../../src/programmes/clock'
import { kindLabel } from '../../src/programmes/kinds'
import { renderDossier } from '../../src/programmes/render-dossier'
import { idOf, userOf } from '../access/roles'

const refuse = (status: number, vi: string, en: string) => Response.json({ errors: [{ message: `${vi} / ${en}` }] }, { status })
const STATUS_VI: Record<string, string> = {
  draft: 'bản nháp',
  submitted: 'đã nộp',
  accepted: 'được hỗ trợ',
  declined: 'không được hỗ trợ',
}

export const dossierEndpoint: Endpoint = {
  path: '/:id/dossier',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!userOf(req)) return refuse(401, 'Vui lòng đăng nhập', 'Please sign in')
    const id = Number(req.routeParams?.id)
    const application = Number.isInteger(id)
      ? await req.payload.findByID({ collection: 'applications', id, depth: 1, overrideAccess: false, user: req.user, req, disableErrors: true })
      : null
    if (!application) return refuse(404, 'Không tìm thấy hồ sơ', 'Application not found')
    const call = await req.payload.findByID({ collection: 'calls', id: idOf(application.call) as number, depth: 0, overrideAccess: true, locale: 'vi', req })
    const programme = await req.payload.findByID({
      collection: 'programmes',
      id: idOf(call.programme) as number,
      depth: 0,
      overrideAccess: true,
      locale: 'vi',
      req,
    })
    const a = application.applicant ?? {}
    const text = (v: unknown) => (v == null ? '' : String(v))
    const html = renderDossier({
      reference: `HS-${application.id}`,
      callTitle: call.title,
      programme: programme.name,
      kind: kindLabel(call.kind, 'vi'),
      office: call.contact?.office || 'Trung tâm Khuyến công',
      status: STATUS_VI[application.status] ?? application.status,
      applicant: [
        { label: 'Tên cơ sở / doanh nghiệp', value: text(a.legalName) },
        { label: 'Loại hình', value: text(a.kind) },
        { label: 'Địa chỉ', value: text(a.address) },
        { label: 'Tỉnh/thành', value: text(a.province) },
        { label: 'Năm thành lập', value: text(a.foundedYear) },
        { label: 'Điện thoại', value: text(a.contactPhone) },
        { label: 'Email', value: text(a.contactEmail) },
        { label: 'Sản phẩm', value: text(a.products) },
        { label: 'Sản phẩm tiêu biểu đã đạt', value: text(a.awards) },
        { label: 'Năng lực sản xuất', value: text(a.capacity) },
        { label: 'Hỗ trợ khuyến công đã nhận', value: text(a.earlierSupport) },
      ],
      answers: (application.answers ?? []).map((x) => ({ question: x.question, answer: x.answer ?? '' })),
      requestedAmount: application.requestedAmount,
      counterpartFunds: application.counterpartFunds,
      documents: (application.documents ?? []).map((d) => ({
        name: d.name,
        file: typeof d.file === 'object' && d.file ? (d.file.filename ?? undefined) : undefined,
      })),
      legalName: text(a.legalName),
      province: text(a.province),
      today: `ngày ${calendarDay(programmeNow()).split('-').reverse().join('/')}`,
    })
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'private, no-store',
        // Only the inline print button's handler runs; nothing is loaded from anywhere.
        'content-security-policy':
          "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-hashes' 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      },
    })
  },
}
