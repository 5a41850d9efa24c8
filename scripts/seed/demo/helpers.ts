/** Short builders that keep the demo data files readable. */
import type { Localised } from '../types'
import type { AwardSpec, CertSpec, Paragraphs } from './types'

export const t = (vi: string, en: string): Localised => ({ vi, en })
export const same = (text: string): Localised => ({ vi: text, en: text })
export const paras = (vi: string[], en: string[]): Paragraphs => ({ vi, en })

/** An OCOP certificate issued `ageMonths` ago; it is valid 36 months, so more than 36 means expired. */
export const ocop = (stars: number, ageMonths: number, number?: string): CertSpec => ({ kind: 'ocop', stars, ageMonths, validMonths: 36, number })

export const cert = (kind: CertSpec['kind'], ageMonths: number, extra: Partial<CertSpec> = {}): CertSpec => ({ kind, ageMonths, ...extra })

/** EAN-13 from its first 12 digits (Vietnam's GS1 prefix is 893), with the check digit computed. */
export function ean13(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new Error(`ean13 needs 12 digits, got "${first12}"`)
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0)
  return first12 + String((10 - (sum % 10)) % 10)
}

/** Regional and national rounds run in odd years; a provincial round the year before feeds them. */
export const provincial = (year: number): AwardSpec[] => [{ level: 'provincial', year }]
export const district = (year: number): AwardSpec[] => [{ level: 'district', year }]
export const commune = (year: number): AwardSpec[] => [{ level: 'commune', year }]
export const regional = (year: number): AwardSpec[] => [...provincial(year - 1), { level: 'regional', year }]
export const national = (year: number): AwardSpec[] => [...regional(year), { level: 'national', year }]

/** Trade terms most food producers quote. */
export const FOOD_TRADE = {
  minimumOrder: t('50 thùng (hoặc thỏa thuận với nhà phân phối)', '50 cartons (or as agreed with distributors)'),
  leadTime: t('7–10 ngày sau khi xác nhận đơn', '7–10 days after order confirmation'),
}
export const CRAFT_TRADE = {
  minimumOrder: t('100 sản phẩm mỗi mẫu', '100 pieces per design'),
  leadTime: t('30–45 ngày, tùy số lượng', '30–45 days, depending on quantity'),
}
export const MACHINE_TRADE = {
  minimumOrder: t('1 máy (giá tốt từ 5 máy)', '1 unit (better prices from 5 units)'),
  leadTime: t('15–20 ngày, lắp đặt tại chỗ', '15–20 days, installed on site'),
}
