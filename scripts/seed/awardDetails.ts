/**
 * Who recognised an award, under which decision, and what the province was called then.
 * National decisions are the real ones (1997/QĐ-BCT of 23 August 2021, 3116/QĐ-BCT of 2023);
 * provincial, district, commune and regional numbers are invented but stable between runs.
 */
import { abbreviate, MERGER_DATE, provinceNameAt, provincialCommittee, stableNumber } from './names'
import { provinceBySlug } from './seedProvinces'
import type { AwardSpec, DemoProducer } from './demo/types'

export type AwardDetails = {
  awardingBody: string
  decisionNumber: string
  decisionDate?: Date
  round: string
  provinceNameAtAward: string
  region?: 'north' | 'centre' | 'south'
  /** Groups awards of one decision, for numbering certificates. */
  roundKey: string
}

const NATIONAL: Record<number, { number: string; date?: string; ordinal: number }> = {
  2021: { number: '1997/QĐ-BCT', date: '2021-08-23', ordinal: 4 },
  // The decision's exact date was not confirmed in public sources; the ceremony was on 15 December 2023.
  2023: { number: '3116/QĐ-BCT', ordinal: 5 },
}

const REGION_NAME = { north: 'khu vực phía Bắc', centre: 'khu vực miền Trung – Tây Nguyên', south: 'khu vực phía Nam' } as const

/** The ministry's department that issues regional certificates, as it was named that year. */
function regionalDepartment(year: number): { name: string; code: string } {
  if (year >= 2025) return { name: 'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công', code: 'ĐMST' }
  if (year >= 2023) return { name: 'Cục Công Thương địa phương', code: 'CTĐP' }
  return { name: 'Cục Công nghiệp địa phương', code: 'CNĐP' }
}

const at = (iso: string) => new Date(`${iso}T09:00:00+07:00`)
const pad = (n: number) => String(n).padStart(2, '0')

export function describeAward(spec: AwardSpec, producer: DemoProducer): AwardDetails {
  const { level, year } = spec
  const region = provinceBySlug(producer.province).region
  const day = (salt: string) => pad(stableNumber(`${salt}${year}`, 5, 27))
  switch (level) {
    case 'national': {
      const national = NATIONAL[year]
      if (!national) throw new Error(`No national round in ${year} is known; use 2021 or 2023 (product of ${producer.slug})`)
      return {
        awardingBody: 'Bộ Công Thương',
        decisionNumber: national.number,
        decisionDate: national.date ? at(national.date) : undefined,
        round: `Bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia năm ${year} (lần thứ ${national.ordinal})`,
        provinceNameAtAward: producer.formerProvince,
        roundKey: `national-${year}`,
      }
    }
    case 'regional': {
      const department = regionalDepartment(year)
      // Regional rounds come before the national decision; the 2025 round followed the July merger.
      const date = at(year >= 2025 ? `${year}-10-${day(region)}` : `${year}-06-${day(region)}`)
      return {
        awardingBody: department.name,
        decisionNumber: `${stableNumber(`${region}${year}`, 120, 980)}/QĐ-${department.code}`,
        decisionDate: date,
        round: `Bình chọn sản phẩm CNNT tiêu biểu ${REGION_NAME[region]} năm ${year}`,
        provinceNameAtAward: provinceNameAt(producer, date),
        region,
        roundKey: `regional-${region}-${year}`,
      }
    }
    case 'provincial': {
      const date = at(year >= 2025 ? `${year}-11-${day(producer.province)}` : `${year}-10-${day(producer.formerProvince)}`)
      const name = provinceNameAt(producer, date)
      return {
        awardingBody: provincialCommittee(name, date),
        decisionNumber: `${stableNumber(`${name}${year}`, 1050, 3980)}/QĐ-UBND`,
        decisionDate: date,
        round: `Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm ${year}`,
        provinceNameAtAward: name,
        roundKey: `provincial-${name}-${year}`,
      }
    }
    case 'district': {
      if (!producer.district) throw new Error(`Producer ${producer.slug} has a district award but no district`)
      const date = at(`${year}-07-${day(producer.district)}`)
      if (date >= MERGER_DATE) throw new Error(`District awards end in June 2025 (${producer.slug}, ${year})`)
      return {
        awardingBody: `UBND ${producer.district}`,
        decisionNumber: `${stableNumber(`${producer.district}${year}`, 210, 1890)}/QĐ-UBND`,
        decisionDate: date,
        round: `Bình chọn sản phẩm CNNT tiêu biểu cấp huyện năm ${year}`,
        provinceNameAtAward: producer.formerProvince,
        roundKey: `district-${producer.district}-${year}`,
      }
    }
    case 'commune': {
      if (!producer.commune) throw new Error(`Producer ${producer.slug} has a commune award but no commune`)
      const date = at(`${year}-09-${day(producer.commune)}`)
      if (date < MERGER_DATE) throw new Error(`Commune awards begin in July 2025 (${producer.slug}, ${year})`)
      return {
        awardingBody: `UBND ${producer.commune}`,
        decisionNumber: `${stableNumber(`${producer.commune}${year}`, 15, 240)}/QĐ-UBND`,
        decisionDate: date,
        round: `Bình chọn sản phẩm CNNT tiêu biểu cấp xã năm ${year}`,
        provinceNameAtAward: provinceNameAt(producer, date),
        roundKey: `commune-${producer.commune}-${year}`,
      }
    }
  }
}

/** "QG-2021-004", "KVN-2023-012", "BD-2020-031", "2018/07". */
export function certificateNumber(spec: AwardSpec, details: AwardDetails, seq: number): string {
  const n3 = String(seq).padStart(3, '0')
  switch (spec.level) {
    case 'national':
      return `QG-${spec.year}-${n3}`
    case 'regional':
      return `KV${{ north: 'B', centre: 'T', south: 'N' }[details.region ?? 'north']}-${spec.year}-${n3}`
    case 'provincial':
      return `${abbreviate(details.provinceNameAtAward)}-${spec.year}-${n3}`
    default:
      return `${spec.year}/${pad(seq)}`
  }
}
