/** Small helpers the enquiry e-mails share. Mail is plain text only: buyer text is never HTML. */
import { cleanLine } from '../../text/clean-text'

export type Mail = { to: string | string[]; subject: string; text: string; replyTo?: string }

const BUYER_TYPE = {
  vi: {
    distributor: 'Nhà phân phối',
    supermarket: 'Siêu thị / chuỗi bán lẻ',
    importer: 'Nhà nhập khẩu',
    wholesaler: 'Bán buôn',
    horeca: 'Nhà hàng, khách sạn',
    other: 'Khác',
  },
  en: {
    distributor: 'Distributor',
    supermarket: 'Supermarket or retail chain',
    importer: 'Importer',
    wholesaler: 'Wholesaler',
    horeca: 'Hotel, restaurant, catering',
    other: 'Other',
  },
} as const

export function buyerTypeLabel(value: unknown, locale: 'vi' | 'en'): string {
  return (BUYER_TYPE[locale] as Record<string, string>)[String(value)] ?? ''
}

/** dd/mm/yyyy in Vietnam's time zone, which has no daylight saving. */
export function vietnamDate(iso: string | Date | null | undefined): string {
  if (!iso) return ''
  const date = new Date(new Date(iso).getTime() + 7 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
}

/** A header-safe line: no line breaks can reach a Subject. */
export const oneLine = (value: unknown) => cleanLine(String(value ?? ''))

export function lines(rows: [label: string, value: unknown][]): string {
  return rows
    .filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '')
    .map(([label, value]) => `${label}: ${oneLine(value)}`)
    .join('\n')
}
