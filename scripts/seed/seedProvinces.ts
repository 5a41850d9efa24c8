/**
 * The 34 provincial-level units in force since 1 July 2025 (Resolution 202/2025/QH15), each with
 * the pre-2025 provinces it is made of. Reference data: seeded everywhere, production included.
 * Missing units are created; existing ones are left as they are, so an admin's edits survive the
 * seed that runs at every start.
 */
import provinces from './reference/provinces.json' with { type: 'json' }
import { upsert } from './upsert'
import type { SeedRun } from './types'

export type ProvinceRecord = {
  slug: string
  name: string
  nameEn: string
  kind: 'province' | 'city'
  region: 'north' | 'centre' | 'south'
  formerNames: string[]
}

export const PROVINCES = provinces as ProvinceRecord[]

export function provinceBySlug(slug: string): ProvinceRecord {
  const found = PROVINCES.find((p) => p.slug === slug)
  if (!found) throw new Error(`Unknown province slug "${slug}" (see scripts/seed/reference/provinces.json)`)
  return found
}

export async function seedProvinces(run: SeedRun): Promise<void> {
  for (const province of PROVINCES) {
    const doc = await upsert(run, { collection: 'provinces', where: { slug: { equals: province.slug } }, data: { ...province }, ifMissing: true })
    run.ids.provinces.set(province.slug, doc.id)
  }
  run.log(`provinces: ${PROVINCES.length}`)
}
