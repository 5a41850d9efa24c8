/** Reference data: the product groups (with sub-groups) and the 34 provincial units. */
import type { Locale } from '../../../src/site/routes'
import { idOf, payload, publicRead } from '../payload'

export type Group = { id: number | string; name: string; slug: string; code?: string; parent?: number | string }
export type Province = { id: number | string; name: string; nameEn?: string; slug: string; region?: string; formerNames: string[] }

export async function productGroups(locale: Locale): Promise<Group[]> {
  const found = await (await payload()).find({
    collection: 'product-groups',
    ...publicRead,
    locale,
    depth: 0,
    pagination: false,
    sort: 'order',
    select: { name: true, slug: true, code: true, parent: true },
  })
  return found.docs.map((d) => ({ id: d.id, name: d.name, slug: d.slug, code: d.code ?? undefined, parent: idOf(d.parent) }))
}

export async function provinces(): Promise<Province[]> {
  const found = await (await payload()).find({
    collection: 'provinces',
    ...publicRead,
    depth: 0,
    pagination: false,
    sort: 'name',
    select: { name: true, nameEn: true, slug: true, region: true, formerNames: true },
  })
  return found.docs
    .map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn ?? undefined, slug: d.slug, region: d.region ?? undefined, formerNames: d.formerNames ?? [] }))
    .sort((a, b) => collator.compare(a.name, b.name))
}

/** Vietnamese alphabetical order (Đ after D), which the database's byte order does not give. */
const collator = new Intl.Collator('vi')

/** Top-level groups, each followed by its sub-groups, for a <select> with <optgroup>s. */
export function groupTree(groups: readonly Group[]): { group: Group; children: Group[] }[] {
  return groups.filter((g) => g.parent == null).map((group) => ({ group, children: groups.filter((g) => String(g.parent) === String(group.id)) }))
}

/** A group and all its sub-groups: filtering by "Handicrafts" includes "Ceramics". */
export function groupAndChildren(groups: readonly Group[], slug: string): Group[] {
  const root = groups.find((g) => g.slug === slug)
  if (!root) return []
  return [root, ...groups.filter((g) => String(g.parent) === String(root.id))]
}

export function provinceName(province: { name: string; nameEn?: string | null } | undefined | null, locale: Locale): string {
  if (!province) return ''
  return locale === 'en' ? (province.nameEn ?? province.name) : province.name
}
