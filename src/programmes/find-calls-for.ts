/**
 * The open calls matched against one producer: the ones it meets (with why), and the others
 * (with what is missing). Shared by /api/calls/for-me and the reminders.
 */
import type { Payload } from 'payload'
import { daysLeft, isOpen, judge, type Finding } from './eligibility'
import { loadProducerFacts } from './load-producer-facts'
import type { AwardLevel } from './kinds'
import type { Ref } from '../relations/relation-ref'

const ids = (refs: Ref[] | null | undefined) => (refs ?? []).map((r) => (typeof r === 'object' && r ? r.id : r)).filter((r): r is number | string => r != null)

export type MatchedCall = {
  id: number
  slug: string
  title: string
  kind: string
  year: number
  deadline: string
  daysLeft: number
  applied: boolean
  fits: Pick<Finding, 'rule' | 'vi' | 'en'>[]
  missing: Pick<Finding, 'rule' | 'vi' | 'en'>[]
}

const brief = ({ rule, vi, en }: Finding) => ({ rule, vi, en })

export async function findCallsFor(payload: Payload, producerId: number | string, now: Date, locale: 'vi' | 'en' = 'vi') {
  const { facts } = await loadProducerFacts(payload, producerId)
  const calls = await payload.find({
    collection: 'calls',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    locale,
    where: { and: [{ _status: { equals: 'published' } }, { deadline: { greater_than_equal: now.toISOString() } }] },
    sort: 'deadline',
  })
  const applications = await payload.find({
    collection: 'applications',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { producer: { equals: producerId } },
    select: { call: true },
  })
  const applied = new Set(applications.docs.map((a) => String(ids([a.call as Ref])[0])))
  const matched: MatchedCall[] = []
  const others: MatchedCall[] = []
  for (const call of calls.docs) {
    if (!isOpen(call, now)) continue
    const e = call.eligibility ?? {}
    const verdict = judge(
      {
        provinces: ids(e.provinces as Ref[]),
        productGroups: ids(e.productGroups as Ref[]),
        producerKinds: e.producerKinds ?? [],
        minYearsOperating: e.minYearsOperating,
        minAwardLevel: e.minAwardLevel as AwardLevel | null | undefined,
        onceOnly: e.onceOnly,
        onceOnlyRule: e.onceOnlyRule,
      },
      facts,
      call.year,
    )
    const entry: MatchedCall = {
      id: call.id,
      slug: call.slug ?? String(call.id),
      title: call.title,
      kind: call.kind,
      year: call.year,
      deadline: call.deadline,
      daysLeft: daysLeft(call, now),
      applied: applied.has(String(call.id)),
      fits: verdict.fits.map(brief),
      missing: verdict.missing.map(brief),
    }
    ;(verdict.eligible ? matched : others).push(entry)
  }
  return { calls: matched, others }
}
