/**
 * The centre's report on industrial-extension support, in the form the provincial reports quote
 * ("10 establishments supported, 2.675 billion đồng of support drawing 5.7 billion of counterpart
 * funds"): one row per year, programme, kind of support and province, and a total. Pure: the
 * caller reads the applications it may see (scoped staff: their provinces) and passes them in.
 */
import { kindLabel } from './kinds'

export type ReportApplication = {
  status: string
  producer: number | string
  year: number
  programme: string
  kind: string
  province: string
  amountGranted?: number | null
  counterpartFunds?: number | null
}

export type ReportRow = {
  year: number | null
  programme: string
  kind: string
  province: string
  establishmentsSupported: number
  supportFunds: number
  counterpartFunds: number
  received: number
  accepted: number
}

export const REPORT_COLUMNS: { key: keyof ReportRow; vi: string; en: string }[] = [
  { key: 'year', vi: 'Năm', en: 'Year' },
  { key: 'programme', vi: 'Chương trình', en: 'Programme' },
  { key: 'kind', vi: 'Nội dung hỗ trợ', en: 'Kind of support' },
  { key: 'province', vi: 'Tỉnh/thành', en: 'Province' },
  { key: 'establishmentsSupported', vi: 'Số cơ sở được hỗ trợ', en: 'Establishments supported' },
  { key: 'supportFunds', vi: 'Kinh phí hỗ trợ (đồng)', en: 'Support funds (VND)' },
  { key: 'counterpartFunds', vi: 'Vốn đối ứng (đồng)', en: 'Counterpart funds (VND)' },
  { key: 'received', vi: 'Hồ sơ nhận', en: 'Applications received' },
  { key: 'accepted', vi: 'Hồ sơ được hỗ trợ', en: 'Applications accepted' },
]

const RECEIVED = new Set(['submitted', 'accepted', 'declined'])

/** Rows sorted by year (newest first), programme, kind, province; the total row last. */
export function reportFigures(applications: ReportApplication[], locale: 'vi' | 'en' = 'vi'): { rows: ReportRow[]; total: ReportRow } {
  const groups = new Map<string, { row: ReportRow; producers: Set<string> }>()
  const all = new Set<string>()
  for (const a of applications) {
    if (!RECEIVED.has(a.status)) continue
    const kind = kindLabel(a.kind, locale)
    const key = JSON.stringify([a.year, a.programme, kind, a.province])
    let group = groups.get(key)
    if (!group) {
      group = {
        row: {
          year: a.year,
          programme: a.programme,
          kind,
          province: a.province,
          establishmentsSupported: 0,
          supportFunds: 0,
          counterpartFunds: 0,
          received: 0,
          accepted: 0,
        },
        producers: new Set(),
      }
      groups.set(key, group)
    }
    group.row.received++
    if (a.status !== 'accepted') continue
    group.row.accepted++
    group.row.supportFunds += a.amountGranted ?? 0
    group.row.counterpartFunds += a.counterpartFunds ?? 0
    group.producers.add(String(a.producer))
    all.add(String(a.producer))
  }
  const rows = [...groups.values()]
    .map(({ row, producers }) => ({ ...row, establishmentsSupported: producers.size }))
    .sort(
      (x, y) =>
        (y.year ?? 0) - (x.year ?? 0) ||
        x.programme.localeCompare(y.programme, 'vi') ||
        x.kind.localeCompare(y.kind, 'vi') ||
        x.province.localeCompare(y.province, 'vi'),
    )
  const sum = (key: 'supportFunds' | 'counterpartFunds' | 'received' | 'accepted') => rows.reduce((n, r) => n + r[key], 0)
  const total: ReportRow = {
    year: null,
    programme: locale === 'vi' ? 'Tổng cộng' : 'Total',
    kind: '',
    province: '',
    // An establishment supported twice counts once in the total, as the provincial reports count it.
    establishmentsSupported: all.size,
    supportFunds: sum('supportFunds'),
    counterpartFunds: sum('counterpartFunds'),
    received: sum('received'),
    accepted: sum('accepted'),
  }
  return { rows, total }
}
