/**
 * Demo fairs, dated relative to the run: each run moves them so the calendar always has past,
 * ongoing and upcoming fairs. Upserted by slug, so the same twelve are updated in place.
 */
import { DEMO_FAIRS, type DemoFair } from './demo/fairs'
import { addDays } from './names'
import { SEED_CONTEXT, type Id, type SeedRun } from './types'
import { findOne, upsert } from './upsert'

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

/**
 * One row per exhibitor with a booth (hall letter by order, then number) and the fair's showcased
 * products that are its own. Producers staff accepted since the last run (from exhibitor
 * requests) keep their rows: the seed owns only the demo's own exhibitors.
 */
async function exhibitorRows(run: SeedRun, fair: DemoFair, saved: unknown) {
  const producers = lookup(run.ids.producers, fair.exhibitors, 'producer', fair)
  const products = lookup(run.ids.products, fair.products, 'product', fair)
  const owners = await run.payload.find({
    collection: 'products',
    where: { id: { in: products } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { producer: true },
    context: SEED_CONTEXT,
  })
  const ownerOf = new Map(owners.docs.map((p) => [String(p.id), String(typeof p.producer === 'object' ? p.producer?.id : p.producer)]))
  const rows = producers.map((producer, i) => ({
    producer,
    booth: `${String.fromCharCode(65 + Math.floor(i / 10))}${String((i % 10) + 1).padStart(2, '0')}`,
    products: products.filter((p) => ownerOf.get(String(p)) === String(producer)),
  }))
  const demo = new Set(producers.map(String))
  const kept = (Array.isArray(saved) ? (saved as { producer: unknown; booth?: string | null; products?: unknown[] }[]) : [])
    .map((row) => ({ producer: refId(row.producer), booth: row.booth ?? null, products: (row.products ?? []).map(refId) }))
    .filter((row) => !demo.has(String(row.producer)))
  return [...rows, ...kept]
}

const refId = (ref: unknown): Id => (typeof ref === 'object' && ref !== null ? (ref as { id: Id }).id : (ref as Id))

export async function seedFairs(run: SeedRun): Promise<void> {
  const today = startOfDayVn(run.now)
  for (const fair of DEMO_FAIRS) {
    const start = addDays(today, fair.startsIn)
    // Open until the last evening: the final day ends 18:00 local time.
    const end = new Date(addDays(today, fair.startsIn + fair.lastsDays - 1).getTime() + 18 * 3_600_000)
    const name = fair.name(new Date(start.getTime() + 7 * 3_600_000).getUTCFullYear())
    const existing = await findOne(run, 'fairs', { slug: { equals: fair.slug } })
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
        exhibitors: await exhibitorRows(run, fair, existing?.exhibitors),
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
