/** The fair calendar: list view (ongoing, upcoming, past) or month view. */
import { splitFairs } from '../../../src/fairs/fair-status'
import { fairsInMonth, parseMonth } from '../../../src/fairs/month-grid'
import type { Locale } from '../../../src/site/routes'
import { allFairs } from '../queries/fairs'

export async function loadFairs(url: URL, locale: Locale, now: Date) {
  const fairs = await allFairs(locale)
  const view = url.searchParams.get('view') === 'month' ? ('month' as const) : ('list' as const)
  const month = parseMonth(url.searchParams.get('month'), now)
  return { view, month, groups: splitFairs(fairs, now), inMonth: fairsInMonth(month, fairs) }
}

export type FairsData = Awaited<ReturnType<typeof loadFairs>>
