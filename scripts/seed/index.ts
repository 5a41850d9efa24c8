/**
 * The seed: reference data (the 34 provincial units, the product groups) always, and the demo
 * showroom (producers, products, awards, fairs, enquiries, accounts, generated pictures) when
 * asked. Idempotent: every document is upserted by a natural key, so a second run changes
 * nothing but the dates that are relative to the run (fairs, OCOP validity, enquiry deadlines).
 *
 * Seeding is a trusted system job: every call passes `overrideAccess: true` and
 * `context: { seeding: true }` so hooks can skip side-effects such as search sync.
 */
import type { CollectionSlug, Payload } from 'payload'
import { seedAwards } from './seedAwards'
import { seedEnquiries } from './seedEnquiries'
import { seedFairs } from './seedFairs'
import { seedProducers } from './seedProducers'
import { seedProductGroups } from './seedProductGroups'
import { seedProducts } from './seedProducts'
import { seedProgrammes } from './seedProgrammes'
import { seedProvinces } from './seedProvinces'
import { seedUsers } from './seedUsers'
import { seedReviews } from './seedReviews'
import { seedExhibitorRequests } from './seedExhibitorRequests'
import { SEED_CONTEXT, type SeedOptions, type SeedRun, type SeedSummary } from './types'

export type { DemoAccount, SeedOptions, SeedSummary } from './types'
export { DEMO_PASSWORD, demoAccounts, producerEmail } from './accounts'

const COUNTED: CollectionSlug[] = ['provinces', 'product-groups', 'producers', 'products', 'awards', 'fairs', 'enquiries', 'media', 'users']

export async function seed(payload: Payload, options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now()
  const log = options.log ?? (() => {})
  const run: SeedRun = {
    payload,
    now: options.now ?? new Date(),
    log: (line) => log(`[seed ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`),
    created: {},
    updated: {},
    ids: { provinces: new Map(), groups: new Map(), producers: new Map(), products: new Map(), media: new Map() },
  }

  await seedProvinces(run)
  await seedProductGroups(run)

  let accounts: SeedSummary['accounts'] = []
  if (options.demo) {
    await seedProducers(run)
    await seedProducts(run)
    await seedAwards(run)
    await seedFairs(run)
    await seedEnquiries(run)
    await seedProgrammes(run)
    accounts = (await seedUsers(run)).map(({ email, password, role, note }) => ({ email, password, role, note }))
    await seedReviews(run)
    await seedExhibitorRequests(run)
  }

  const counts: Record<string, number> = {}
  for (const collection of COUNTED) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true, context: SEED_CONTEXT })).totalDocs
  }
  return { demo: options.demo, durationMs: Date.now() - started, counts, created: run.created, updated: run.updated, accounts }
}
