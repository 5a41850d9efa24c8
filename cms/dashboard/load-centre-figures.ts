/**
 * The figures on a centre's first page, for one staff member: producers and products (published,
 * draft), changes waiting for review, awards by level and year, enquiries (new, overdue,
 * the response rate) and requests to exhibit. Staff limited to provinces count only theirs: the
 * showroom's public documents are readable everywhere, so they are narrowed by province here; the
 * private ones (enquiries, reviews, requests) are narrowed by the staff member's own access rules.
 */
import type { Payload, Where, WhereField } from 'payload'
import { AWARD_LEVELS, type AwardLevel } from '../../src/awards/award-levels'
import { isStaff, provinceScopeOf } from '../access/roles'
import { loadResponseFigures } from '../enquiries/load-response-figures'
import { countWaitingExhibitorRequests } from '../fairs/count-waiting-exhibitor-requests'
import type { User } from '../payload-types'

/** Years shown in the awards table; older awards are counted in the total. */
const AWARD_YEARS_SHOWN = 5

export type CentreFigures = {
  /** Province ids the staff member is limited to; empty for the whole country. */
  scope: (number | string)[]
  scopeNames: string[]
  producers: { published: number; draft: number }
  products: { published: number; draft: number }
  reviewsWaiting: number
  exhibitorRequestsWaiting: number
  awards: { years: number[]; byLevel: Record<AwardLevel, Record<number, number>>; total: number }
  enquiries: { new: number; overdue: number; responseRate: number | null; due: number }
}

/** The enquiries past their reply deadline with no answer, as a list filter (the same rule as the response figures). */
export function overdueEnquiriesWhere(now: Date): Record<string, WhereField> {
  return {
    dueAt: { less_than_equal: now.toISOString() },
    answeredAt: { exists: false },
    status: { not_in: ['closed', 'spam'] },
  }
}

function inScope(scope: readonly (number | string)[], where: Where = {}): Where {
  return scope.length === 0 ? where : { and: [where, { province: { in: scope } }] }
}

async function countAwards(payload: Payload, scope: readonly (number | string)[]): Promise<CentreFigures['awards']> {
  const { docs } = await payload.find({
    collection: 'awards',
    where: inScope(scope),
    select: { level: true, year: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: true,
  })
  const byLevel = Object.fromEntries(AWARD_LEVELS.map((level) => [level, {}])) as CentreFigures['awards']['byLevel']
  const years = new Set<number>()
  for (const { level, year } of docs) {
    years.add(year)
    byLevel[level][year] = (byLevel[level][year] ?? 0) + 1
  }
  return { years: [...years].sort((a, b) => b - a).slice(0, AWARD_YEARS_SHOWN), byLevel, total: docs.length }
}

export async function loadCentreFigures(payload: Payload, user: User | null | undefined, now = new Date()): Promise<CentreFigures | undefined> {
  const staff = user ? { ...user, collection: 'users' as const } : undefined
  if (!staff || !isStaff(staff)) return undefined
  const scope = provinceScopeOf(staff) ?? []
  const asStaff = { overrideAccess: false, user: staff } as const
  // By each document's latest version, as the admin's lists filter them, so a figure and the list
  // it links to agree (a published product with changes in progress counts as a draft there).
  const count = async (collection: 'producers' | 'products', status: 'published' | 'draft') =>
    (
      await payload.find({
        collection,
        where: inScope(scope, { _status: { equals: status } }),
        draft: true,
        limit: 1,
        depth: 0,
        select: { slug: true },
        overrideAccess: true,
      })
    ).totalDocs
  const [producersPublished, producersDraft, productsPublished, productsDraft, reviews, requests, awards, fresh, overdue, figures, provinces] =
    await Promise.all([
      count('producers', 'published'),
      count('producers', 'draft'),
      count('products', 'published'),
      count('products', 'draft'),
      payload.count({ collection: 'reviews', where: { status: { in: ['pending', 'live'] } }, ...asStaff }),
      countWaitingExhibitorRequests(payload, staff),
      countAwards(payload, scope),
      payload.count({ collection: 'enquiries', where: { status: { equals: 'new' } }, ...asStaff }),
      payload.count({ collection: 'enquiries', where: overdueEnquiriesWhere(now), ...asStaff }),
      loadResponseFigures(payload, user, now),
      scope.length > 0
        ? payload.find({
            collection: 'provinces',
            where: { id: { in: scope } },
            select: { name: true },
            depth: 0,
            pagination: false,
            limit: 0,
            overrideAccess: true,
          })
        : Promise.resolve({ docs: [] }),
    ])
  const rows = figures?.rows ?? []
  const answered = rows.reduce((sum, row) => sum + row.answered, 0)
  const late = rows.reduce((sum, row) => sum + row.late, 0)
  const due = answered + rows.reduce((sum, row) => sum + row.overdue, 0)
  return {
    scope,
    scopeNames: provinces.docs.map((province) => String(province.name ?? '')),
    producers: { published: producersPublished, draft: producersDraft },
    products: { published: productsPublished, draft: productsDraft },
    reviewsWaiting: reviews.totalDocs,
    exhibitorRequestsWaiting: requests ?? 0,
    awards,
    enquiries: { new: fresh.totalDocs, overdue: overdue.totalDocs, responseRate: due === 0 ? null : (answered - late) / due, due },
  }
}
