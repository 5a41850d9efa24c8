/**
 * The four product groups of the selection rules and their sub-groups (codes "1"…"4", "2.3"…).
 * Parents come first in the data file, so a sub-group's parent already has an id. Like the
 * provinces, existing groups are left as they are (admins may rename or reorder them).
 */
import groups from './reference/product-groups.json' with { type: 'json' }
import { upsert } from './upsert'
import type { Localised, SeedRun } from './types'

export type ProductGroupRecord = { code: string; parent?: string; slug: string; name: Localised; order: number }

export const PRODUCT_GROUPS = groups as ProductGroupRecord[]

export function groupByCode(code: string): ProductGroupRecord {
  const found = PRODUCT_GROUPS.find((g) => g.code === code)
  if (!found) throw new Error(`Unknown product group code "${code}" (see scripts/seed/reference/product-groups.json)`)
  return found
}

export async function seedProductGroups(run: SeedRun): Promise<void> {
  for (const group of PRODUCT_GROUPS) {
    const parent = group.parent ? run.ids.groups.get(group.parent) : null
    if (group.parent && parent === undefined) throw new Error(`Product group ${group.code}: parent ${group.parent} must come first`)
    const doc = await upsert(run, {
      collection: 'product-groups',
      where: { slug: { equals: group.slug } },
      data: { name: group.name.vi, slug: group.slug, code: group.code, parent, order: group.order },
      en: () => ({ name: group.name.en }),
      ifMissing: true,
    })
    run.ids.groups.set(group.code, doc.id)
  }
  run.log(`product groups: ${PRODUCT_GROUPS.length}`)
}
