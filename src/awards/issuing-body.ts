/**
 * Who issued an award, as the body was named at the time. Provincial certificates come from the
 * provincial People's Committee (named after the province as it was then); regional ones from
 * the ministry's department, renamed in 2023 and in 2025; national recognition is a decision of
 * the Ministry of Industry and Trade.
 */
import type { AwardLevel } from './award-levels'

const DEPARTMENT_NAMES: readonly { from: number; name: string; en: string }[] = [
  { from: 2025, name: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', en: 'Agency for Innovation, Green Transition and Industrial Extension' },
  { from: 2023, name: 'Cục Công Thương địa phương', en: 'Agency for Regional Industry and Trade' },
  { from: 0, name: 'Cục Công nghiệp địa phương', en: 'Agency for Regional Industry' },
]

/** The ministry department's name in a given year. */
export function departmentNameIn(year: number): string {
  return DEPARTMENT_NAMES.find((d) => year >= d.from)!.name
}

/** The expected issuing body, for records that lack one or to check one. */
export function expectedIssuer(level: AwardLevel, year: number, provinceNameAtAward: string): string {
  switch (level) {
    case 'national':
      return 'Bộ Công Thương'
    case 'regional':
      return departmentNameIn(year)
    case 'provincial':
      return `UBND ${/^(thành phố|tp\.?)\s/i.test(provinceNameAtAward) ? provinceNameAtAward : `tỉnh ${provinceNameAtAward}`}`
    default:
      return `UBND ${provinceNameAtAward}`
  }
}

/**
 * An English gloss of a Vietnamese issuing body, shown beside the original name (which stays
 * as written on the certificate). Undefined when the name is not one we recognise.
 */
export function glossIssuer(body: string): string | undefined {
  const text = body.trim()
  if (/^Bộ Công Thương$/i.test(text)) return 'Ministry of Industry and Trade'
  const department = DEPARTMENT_NAMES.find((d) => d.name.toLowerCase() === text.toLowerCase())
  if (department) return `${department.en}, Ministry of Industry and Trade`
  const committee = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/iu.exec(text)
  if (committee) {
    const place = committee[1]!
      .replace(/^tỉnh\s+/iu, '')
      .replace(/^(?:thành phố|tp\.?)\s+/iu, '')
      .trim()
    const kind = /^tỉnh\s/iu.test(committee[1]!) ? ' province' : /^(?:thành phố|tp\.?)\s/iu.test(committee[1]!) ? ' city' : ''
    if (/^(huyện|xã|thị xã|quận|phường)\s/iu.test(committee[1]!)) return `People's Committee of ${committee[1]}`
    return `People's Committee of ${place}${kind}`
  }
  return undefined
}
