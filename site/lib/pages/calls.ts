/** The open calls page: filtered by province (eligible there, or open to all) and kind of support. */
import { SUPPORT_KINDS } from '../../../src/programmes/kinds'
import type { Locale } from '../../../src/site/routes'
import { idOf } from '../payload'
import { type CallListItem, callBySlug, openCalls } from '../queries/calls'
import { provinces } from '../queries/reference'

const fitsProvince = (call: CallListItem, province: string) => {
  const list = (call.eligibility?.provinces ?? []).map((p) => String(idOf(p)))
  return list.length === 0 || list.includes(province)
}

export async function loadCalls(url: URL, locale: Locale, now: Date) {
  const all = await provinces()
  const provinceSlug = url.searchParams.get('tinh') ?? url.searchParams.get('province') ?? ''
  const province = all.find((p) => p.slug === provinceSlug)
  const kind = SUPPORT_KINDS.find((k) => k.value === url.searchParams.get('kind'))?.value
  const calls = (await openCalls(locale, now)).filter((c) => (!province || fitsProvince(c, String(province.id))) && (!kind || c.kind === kind))
  return { calls, provinces: all, province: province?.slug ?? '', kind: kind ?? '' }
}

export type CallsData = Awaited<ReturnType<typeof loadCalls>>

export async function loadCall(slug: string, locale: Locale) {
  const call = await callBySlug(slug, locale)
  if (!call) return undefined
  const byId = new Map((await provinces()).map((p) => [String(p.id), p]))
  const eligible = call.eligibility?.provinces ?? []
  const eligibleProvinces = eligible.map((p) => byId.get(String(idOf(p)))).filter((p) => p !== undefined)
  return { call, eligibleProvinces }
}
