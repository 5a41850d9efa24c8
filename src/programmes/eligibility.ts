/**
 * Does a producer meet a call's eligibility? Pure rules over plain facts, so each can be tested on
 * its own and the endpoint, the application review and the reminders all judge the same way.
 * Every rule answers with a reason that fits or what is missing, bilingual, Vietnamese first.
 */
import { AWARD_LEVELS, type AwardLevel } from './kinds'

type Id = number | string

export type Eligibility = {
  provinces?: Id[]
  productGroups?: Id[]
  producerKinds?: string[]
  minYearsOperating?: number | null
  minAwardLevel?: AwardLevel | null
  onceOnly?: boolean | null
  onceOnlyRule?: string | null
}

export type ProducerFacts = {
  province?: Id
  /** Every name the province has gone by, for messages only. */
  provinceName?: string
  productGroups: Id[]
  kind?: string
  foundedYear?: number | null
  awardLevels: AwardLevel[]
  /** Years in which support was received already. */
  supportYears: number[]
}

export type Finding = { rule: RuleName; ok: boolean; vi: string; en: string }
export type RuleName = 'province' | 'productGroup' | 'kind' | 'yearsOperating' | 'award' | 'onceOnly'
export type Verdict = { eligible: boolean; fits: Finding[]; missing: Finding[] }

const same = (list: Id[], id: Id | undefined) => id !== undefined && list.map(String).includes(String(id))
const found = (rule: RuleName, ok: boolean, vi: string, en: string): Finding => ({ rule, ok, vi, en })

export function provinceRule(e: Eligibility, p: ProducerFacts): Finding | undefined {
  if (!e.provinces?.length) return undefined
  const where = p.provinceName ?? ''
  return same(e.provinces, p.province)
    ? found('province', true, `Cơ sở ở ${where}, thuộc địa bàn hỗ trợ`, `Based in ${where}, within the call's provinces`)
    : found('province', false, 'Cơ sở không ở tỉnh/thành được hỗ trợ', "Not based in one of the call's provinces")
}

export function productGroupRule(e: Eligibility, p: ProducerFacts): Finding | undefined {
  if (!e.productGroups?.length) return undefined
  return p.productGroups.some((g) => same(e.productGroups ?? [], g))
    ? found('productGroup', true, 'Có sản phẩm thuộc nhóm được hỗ trợ', "Makes products in one of the call's groups")
    : found('productGroup', false, 'Chưa có sản phẩm thuộc nhóm được hỗ trợ', "No product in one of the call's groups yet")
}

export function kindRule(e: Eligibility, p: ProducerFacts): Finding | undefined {
  if (!e.producerKinds?.length) return undefined
  return p.kind && e.producerKinds.includes(p.kind)
    ? found('kind', true, 'Loại hình cơ sở phù hợp', 'The kind of establishment fits')
    : found('kind', false, 'Loại hình cơ sở không thuộc đối tượng', 'This kind of establishment is not covered')
}

export function yearsOperatingRule(e: Eligibility, p: ProducerFacts, year: number): Finding | undefined {
  const min = e.minYearsOperating
  if (!min) return undefined
  if (!p.foundedYear)
    return found(
      'yearsOperating',
      false,
      `Cần khai năm thành lập (tối thiểu ${min} năm hoạt động)`,
      `Add the year founded (at least ${min} years in operation)`,
    )
  const years = year - p.foundedYear
  return years >= min
    ? found('yearsOperating', true, `Đã hoạt động ${years} năm (yêu cầu ${min})`, `${years} years in operation (${min} asked)`)
    : found('yearsOperating', false, `Mới hoạt động ${years} năm, cần ${min} năm`, `${years} years in operation, ${min} needed`)
}

export function awardRule(e: Eligibility, p: ProducerFacts): Finding | undefined {
  const min = e.minAwardLevel
  if (!min) return undefined
  const floor = AWARD_LEVELS.indexOf(min)
  return p.awardLevels.some((level) => AWARD_LEVELS.indexOf(level) >= floor)
    ? found('award', true, 'Đã có sản phẩm tiêu biểu đạt cấp yêu cầu', 'Holds an outstanding-product award of the level asked')
    : found('award', false, 'Chưa có sản phẩm tiêu biểu đạt cấp yêu cầu', 'No outstanding-product award of the level asked yet')
}

/** Some provinces support each establishment only once (Bình Dương's rule, for one). */
export function onceOnlyRule(e: Eligibility, p: ProducerFacts): Finding | undefined {
  if (!e.onceOnly) return undefined
  const rule = e.onceOnlyRule ? ` (${e.onceOnlyRule})` : ''
  if (p.supportYears.length === 0) return found('onceOnly', true, 'Chưa nhận hỗ trợ khuyến công lần nào', 'Has not received extension support before')
  const years = [...new Set(p.supportYears)].sort().join(', ')
  return found(
    'onceOnly',
    false,
    `Đã nhận hỗ trợ năm ${years}; mỗi cơ sở chỉ được hỗ trợ một lần${rule}`,
    `Supported already in ${years}; each establishment only once${rule}`,
  )
}

/** All rules together. `year` is the call's year, against which years in operation count. */
export function judge(e: Eligibility, p: ProducerFacts, year: number): Verdict {
  const findings = [provinceRule(e, p), productGroupRule(e, p), kindRule(e, p), yearsOperatingRule(e, p, year), awardRule(e, p), onceOnlyRule(e, p)].filter(
    (f): f is Finding => f !== undefined,
  )
  const missing = findings.filter((f) => !f.ok)
  return { eligible: missing.length === 0, fits: findings.filter((f) => f.ok), missing }
}

export type CallTiming = { opensAt?: string | null; deadline: string }

/** Open means opened (or no opening date) and the deadline day not yet over. */
export function isOpen(call: CallTiming, now: Date): boolean {
  if (call.opensAt && new Date(call.opensAt) > now) return false
  return new Date(call.deadline) >= now
}

/** Whole days from `now` to the deadline, rounded up: 0 on the deadline day itself. */
export const daysLeft = (call: CallTiming, now: Date) => Math.ceil((new Date(call.deadline).getTime() - now.getTime()) / 86_400_000)
