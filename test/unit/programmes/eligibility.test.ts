import { describe, expect, it } from 'vitest'
import {
  awardRule,
  daysLeft,
  type Eligibility,
  isOpen,
  judge,
  kindRule,
  onceOnlyRule,
  type ProducerFacts,
  productGroupRule,
  provinceRule,
  yearsOperatingRule,
} from '../../../src/programmes/eligibility'

const honey: ProducerFacts = {
  province: 1,
  provinceName: 'Thành phố Hồ Chí Minh',
  productGroups: [2],
  kind: 'household',
  foundedYear: 2018,
  awardLevels: ['provincial'],
  supportYears: [],
}

describe('eligibility rules', () => {
  it('should let any province apply when the call names none, and only its provinces when it does', () => {
    expect(provinceRule({}, honey)).toBeUndefined()
    expect(provinceRule({ provinces: [1, 3] }, honey)?.ok).toBe(true)
    const other = provinceRule({ provinces: ['2'] }, honey)
    expect(other?.ok).toBe(false)
    expect(other?.vi).toContain('không ở tỉnh')
  })

  it('should ask for a product in one of the call’s groups', () => {
    expect(productGroupRule({ productGroups: [2] }, honey)?.ok).toBe(true)
    expect(productGroupRule({ productGroups: [1] }, honey)?.ok).toBe(false)
    expect(productGroupRule({ productGroups: [1] }, { ...honey, productGroups: [] })?.en).toContain('No product')
  })

  it('should check the kind of establishment', () => {
    expect(kindRule({ producerKinds: ['household', 'cooperative'] }, honey)?.ok).toBe(true)
    expect(kindRule({ producerKinds: ['enterprise'] }, honey)?.ok).toBe(false)
  })

  it('should count years in operation up to the call’s year, and ask for the founding year when unknown', () => {
    expect(yearsOperatingRule({ minYearsOperating: 3 }, honey, 2026)?.ok).toBe(true)
    expect(yearsOperatingRule({ minYearsOperating: 10 }, honey, 2026)?.vi).toBe('Mới hoạt động 8 năm, cần 10 năm')
    expect(yearsOperatingRule({ minYearsOperating: 2 }, { ...honey, foundedYear: null }, 2026)?.ok).toBe(false)
  })

  it('should accept an award of the level asked or higher, and refuse a lower one', () => {
    expect(awardRule({ minAwardLevel: 'provincial' }, honey)?.ok).toBe(true)
    expect(awardRule({ minAwardLevel: 'commune' }, honey)?.ok).toBe(true)
    expect(awardRule({ minAwardLevel: 'national' }, honey)?.ok).toBe(false)
    expect(awardRule({ minAwardLevel: 'commune' }, { ...honey, awardLevels: [] })?.ok).toBe(false)
  })

  it('should rule out an establishment supported before when the province supports each only once, naming the rule', () => {
    const e: Eligibility = { onceOnly: true, onceOnlyRule: 'Nghị quyết 10/2020/NQ-HĐND' }
    expect(onceOnlyRule(e, honey)?.ok).toBe(true)
    const before = onceOnlyRule(e, { ...honey, supportYears: [2023, 2021, 2023] })
    expect(before?.ok).toBe(false)
    expect(before?.vi).toBe('Đã nhận hỗ trợ năm 2021, 2023; mỗi cơ sở chỉ được hỗ trợ một lần (Nghị quyết 10/2020/NQ-HĐND)')
    expect(onceOnlyRule({ onceOnly: false }, { ...honey, supportYears: [2023] })).toBeUndefined()
  })

  it('should judge all rules together, listing what fits and what is missing', () => {
    const verdict = judge({ provinces: [1], minAwardLevel: 'national', producerKinds: ['household'] }, honey, 2026)
    expect(verdict.eligible).toBe(false)
    expect(verdict.fits.map((f) => f.rule)).toEqual(['province', 'kind'])
    expect(verdict.missing.map((f) => f.rule)).toEqual(['award'])
    expect(judge({}, honey, 2026)).toEqual({ eligible: true, fits: [], missing: [] })
  })
})

describe('call timing', () => {
  const call = { opensAt: '2026-11-01T00:00:00.000Z', deadline: '2026-12-20T16:59:59.000Z' }
  it('should be open between its opening and its deadline only', () => {
    expect(isOpen(call, new Date('2026-10-31T00:00:00Z'))).toBe(false)
    expect(isOpen(call, new Date('2026-12-05T00:00:00Z'))).toBe(true)
    expect(isOpen(call, new Date('2026-12-20T17:00:00Z'))).toBe(false)
    expect(isOpen({ deadline: call.deadline }, new Date('2020-01-01T00:00:00Z'))).toBe(true)
  })
  it('should count the days left, rounded up', () => {
    expect(daysLeft(call, new Date('2026-12-13T17:00:00Z'))).toBe(7)
  })
})
