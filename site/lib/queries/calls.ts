/** Published industrial-extension calls for the public pages and the deadline feed. */
import type { Where } from 'payload'
import type { Locale } from '../../../src/site/routes'
import type { Call } from '../../../cms/payload-types'
import { payload, publicRead } from '../payload'

const LIST_SELECT = {
  title: true,
  slug: true,
  kind: true,
  year: true,
  province: true,
  deadline: true,
  opensAt: true,
  summary: true,
  offer: true,
  eligibility: true,
  updatedAt: true,
} as const

/** A call as the lists read it: only the fields of LIST_SELECT (and its id). */
export type CallListItem = Pick<Call, 'id' | keyof typeof LIST_SELECT>

export async function findCalls(where: Where, locale: Locale): Promise<CallListItem[]> {
  const found = await (await payload()).find({
    collection: 'calls',
    ...publicRead,
    locale,
    depth: 0,
    where,
    sort: 'deadline',
    pagination: false,
    select: LIST_SELECT,
  })
  return found.docs
}

/** Calls whose deadline has not passed, soonest first. */
export const openCalls = (locale: Locale, now: Date) => findCalls({ deadline: { greater_than_equal: now.toISOString() } }, locale)

export async function callBySlug(slug: string, locale: Locale): Promise<Call | undefined> {
  const p = await payload()
  const found = await p.find({ collection: 'calls', ...publicRead, locale, depth: 1, limit: 1, where: { slug: { equals: slug } } })
  return found.docs[0]
}
