/**
 * Names as they were at a given date: before 1 July 2025 a producer's province is the former
 * one (what its older awards and certificates say); from then on it is the merged unit.
 */
import { PROVINCES, provinceBySlug } from './seedProvinces'
import type { DemoProducer } from './demo/types'

export const MERGER_DATE = new Date('2025-07-01T00:00:00+07:00')

/** Centrally governed cities before the merger (Huế only from 1 January 2025). */
const HUE_BECAME_CITY = new Date('2025-01-01T00:00:00+07:00')
const CITIES_BEFORE_MERGER = new Set(['Hà Nội', 'Thành phố Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'])

export function provinceNameAt(producer: Pick<DemoProducer, 'province' | 'formerProvince'>, when: Date): string {
  return when < MERGER_DATE ? producer.formerProvince : provinceBySlug(producer.province).name
}

/** "UBND tỉnh Bình Dương", "UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí Minh". */
export function provincialCommittee(provinceName: string, when: Date): string {
  if (provinceName.startsWith('Thành phố ')) return `UBND ${provinceName}`
  const isCity =
    when >= MERGER_DATE
      ? PROVINCES.some((p) => p.name === provinceName && p.kind === 'city')
      : CITIES_BEFORE_MERGER.has(provinceName) || (provinceName === 'Huế' && when >= HUE_BECAME_CITY)
  return `UBND ${isCity ? 'thành phố' : 'tỉnh'} ${provinceName}`
}

/** "Bình Dương" → "BD", "Bà Rịa–Vũng Tàu" → "BRVT": for certificate numbers. */
export function abbreviate(name: string): string {
  return name
    .replace(/^Thành phố /, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'D')
    .split(/[\s–-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join('')
}

/** A stable small number from a text, for invented but repeatable decision numbers. */
export function stableNumber(text: string, min: number, max: number): number {
  let hash = 2166136261
  for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0
  return min + (hash % (max - min + 1))
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000)
}
