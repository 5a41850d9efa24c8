/**
 * GET /api/applications/report[?format=csv|xlsx][&year=2026][&locale=en] → the centre's figures
 * by year, programme, kind of support and province (src/programmes/report-figures.ts). Staff only;
 * the applications are read with the user's own access, so staff limited to provinces get their
 * provinces' figures and nothing else. Anonymous 401, producers 403.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { reportFigures, type ReportApplication } from '../../src/programmes/report-figures'
import { reportCsv, reportXlsx } from '../../src/programmes/report-files'
import { idOf, isStaff, userOf } from '../access/roles'

const refuse = (status: number, vi: string, en: string) => Response.json({ errors: [{ message: `${vi} / ${en}` }] }, { status })
const sys = { overrideAccess: true, depth: 0, pagination: false } as const

async function readReportApplications(req: PayloadRequest, year: number | undefined, locale: 'vi' | 'en'): Promise<ReportApplication[]> {
  const { payload } = req
  const applications = await payload.find({
    collection: 'applications',
    overrideAccess: false,
    user: req.user,
    req,
    depth: 0,
    pagination: false,
    where: { status: { in: ['submitted', 'accepted', 'declined'] } },
    select: { status: true, producer: true, call: true, province: true, counterpartFunds: true, decision: true },
  })
  const callIds = [...new Set(applications.docs.map((a) => idOf(a.call)))]
  const calls = callIds.length
    ? await payload.find({ collection: 'calls', ...sys, locale, req, where: { id: { in: callIds } }, select: { year: true, kind: true, programme: true } })
    : { docs: [] }
  const programmeIds = [...new Set(calls.docs.map((c) => idOf(c.programme)))]
  const programmes = programmeIds.length
    ? await payload.find({ collection: 'programmes', ...sys, locale, req, where: { id: { in: programmeIds } }, select: { name: true } })
    : { docs: [] }
  const provinces = await payload.find({ collection: 'provinces', ...sys, locale, req, select: { name: true } })
  const callOf = new Map(calls.docs.map((c) => [String(c.id), c]))
  const programmeName = new Map(programmes.docs.map((p) => [String(p.id), p.name]))
  const provinceName = new Map(provinces.docs.map((p) => [String(p.id), p.name]))
  return applications.docs.flatMap((a) => {
    const call = callOf.get(String(idOf(a.call)))
    if (!call || (year !== undefined && call.year !== year)) return []
    return [
      {
        status: a.status,
        producer: idOf(a.producer) ?? '',
        year: call.year,
        programme: programmeName.get(String(idOf(call.programme))) ?? '',
        kind: call.kind,
        province: provinceName.get(String(idOf(a.province))) ?? '',
        amountGranted: a.decision?.amountGranted,
        counterpartFunds: a.counterpartFunds,
      },
    ]
  })
}

export const reportEndpoint: Endpoint = {
  path: '/report',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = userOf(req)
    if (!user) return refuse(401, 'Vui lòng đăng nhập', 'Please sign in')
    if (!isStaff(user)) return refuse(403, 'Chỉ cán bộ trung tâm xem báo cáo', 'Only centre staff see the report')
    const params = req.searchParams
    const locale = params?.get('locale') === 'en' ? 'en' : 'vi'
    const yearText = params?.get('year')
    const year = yearText ? Number(yearText) : undefined
    if (year !== undefined && !Number.isInteger(year)) return refuse(400, 'Năm không hợp lệ', 'Not a year')
    const { rows, total } = reportFigures(await readReportApplications(req, year, locale), locale)
    const name = `bao-cao-khuyen-cong${year ? `-${year}` : ''}`
    const format = params?.get('format')
    const headers = { 'cache-control': 'private, no-store' }
    if (format === 'csv')
      return new Response(reportCsv(rows, total, locale), {
        headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` },
      })
    if (format === 'xlsx')
      return new Response(new Uint8Array(await reportXlsx(rows, total, locale)), {
        headers: {
          ...headers,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="${name}.xlsx"`,
        },
      })
    return Response.json({ rows, total }, { headers })
  },
}
