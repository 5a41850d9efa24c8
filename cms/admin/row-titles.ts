/**
 * Titles for array rows in the admin ("OCOP 4 sao · đến 06/2029", "2020 · Máy gói kẹo"), kept
 * apart from the React components so they can be tested without a browser.
 */
export type Lang = 'vi' | 'en'
export type Certification = { kind?: string; stars?: number | null; name?: string | null; validUntil?: string | null }
export type Support = { year?: number | null; what?: string | null; programme?: string | null }
export type Answer = { question?: string | null; answer?: string | null }
export type ApplicationDocument = { name?: string | null }

const KIND: Record<string, { vi: string; en: string }> = {
  ocop: { vi: 'OCOP', en: 'OCOP' },
  vietgap: { vi: 'VietGAP', en: 'VietGAP' },
  haccp: { vi: 'HACCP', en: 'HACCP' },
  iso22000: { vi: 'ISO 22000', en: 'ISO 22000' },
  organic: { vi: 'Hữu cơ', en: 'Organic' },
  gi: { vi: 'Chỉ dẫn địa lý', en: 'Geographical indication' },
  other: { vi: 'Chứng nhận khác', en: 'Other certification' },
}

const monthYear = (iso: string) => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? '' : `${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`
}

/** "OCOP 4 sao · đến 06/2029", "VietGAP · hết hạn 12/2025" (English alike). */
export function certificationTitle(row: Certification, lang: Lang, now = new Date()): string {
  const kind = row.kind ? KIND[row.kind]?.[lang] : undefined
  if (!kind) return ''
  const stars = row.kind === 'ocop' && row.stars ? (lang === 'vi' ? ` ${row.stars} sao` : ` ${row.stars}-star`) : ''
  const name = row.kind === 'other' && row.name ? row.name : kind + stars
  if (!row.validUntil) return name
  const until = monthYear(row.validUntil)
  if (!until) return name
  const expired = new Date(row.validUntil) < now
  const when = lang === 'vi' ? (expired ? `hết hạn ${until}` : `đến ${until}`) : expired ? `expired ${until}` : `valid to ${until}`
  return `${name} · ${when}`
}

/** "2020 · Máy gói kẹo tự động". */
export function supportTitle(row: Support): string {
  return [row.year, row.what?.split('\n')[0] || row.programme].filter(Boolean).join(' · ')
}

/** The first line of a text, cut at `max` characters with an ellipsis: a row title stays on one line. */
const firstLine = (text: string | null | undefined, max = 80): string => {
  const line = (text ?? '').split('\n')[0]!.trim()
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line
}

/** An application's answer, titled by the call's question it answers ("Nhu cầu hỗ trợ của cơ sở?"). */
export function answerTitle(row: Answer): string {
  return firstLine(row.question)
}

/** An attached document, titled by what it is ("Giấy chứng nhận đăng ký hộ kinh doanh"). */
export function applicationDocumentTitle(row: ApplicationDocument): string {
  return firstLine(row.name)
}
