/**
 * Demo fairs, dated relative to the run: each run moves them so the calendar always has past,
 * ongoing and upcoming fairs. Upserted by slug, so the same twelve are updated in place.
 */
import { DEMO_FAIRS, type DemoFair } from './demo/fairs'
import { addDays } from './names'
import type { Id, SeedRun } from './types'
import { upsert } from './upsert'

/** Midnight UTC+7 of the run date, so days line up with Vietnamese calendar days. */
function startOfDayVn(now: Date): Date {
  const vn = new Date(now.getTime() + 7 * 3_600_000)
  return new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate()) - 7 * 3_600_000)
}

function lookup(map: Map<string, Id>, slugs: string[], what: string, fair: DemoFair): Id[] {
  return slugs.map((slug) => {
    const id = map.get(slug)
    if (id === undefined) throw new Error(`Fair ${fair.slug}: unknown ${what} "${slug}"`)
    return id
  })
}

export async function seedFairs(run: SeedRun): Promise<void> {
  const today = startOfDayVn(run.now)
  for (const fair of DEMO_FAIRS) {
    const start = addDays(today, fair.startsIn)
    // Open until the last evening: the final day ends 18:00 local time.
    const end = new Date(addDays(today, fair.startsIn + fair.lastsDays - 1).getTime() + 18 * 3_600_000)
    const name = fair.name(new Date(start.getTime() + 7 * 3_600_000).getUTCFullYear())
    await upsert(run, {
      collection: 'fairs',
      where: { slug: { equals: fair.slug } },
      status: 'published',
      data: {
        name: name.vi,
        slug: fair.slug,
        startDate: new Date(start.getTime() + 8 * 3_600_000).toISOString(),
        endDate: end.toISOString(),
        registrationDeadline: fair.registrationCloses ? addDays(start, -fair.registrationCloses).toISOString() : null,
        venue: fair.venue.vi,
        city: fair.city.vi,
        province: fair.province ? run.ids.provinces.get(fair.province) : null,
        country: fair.country,
        organiser: fair.organiser.vi,
        sectors: fair.sectors.vi,
        summary: fair.summary.vi,
        support: fair.support.vi,
        exhibitors: lookup(run.ids.producers, fair.exhibitors, 'producer', fair),
        products: lookup(run.ids.products, fair.products, 'product', fair),
        link: fair.link ?? null,
      },
      en: () => ({
        name: name.en,
        venue: fair.venue.en,
        city: fair.city.en,
        organiser: fair.organiser.en,
        sectors: fair.sectors.en,
        summary: fair.summary.en,
        support: fair.support.en,
      }),
    })
  }
  run.log(`fairs: ${DEMO_FAIRS.length}`)
}
