/**
 * Finds the provincial units a buyer means. Since 1 July 2025 there are 34 units, each keeping
 * the names of the provinces it absorbed, so "Bình Dương", "binh duong" or "binh-duong" all lead
 * to Thành phố Hồ Chí Minh. Diacritics, case, hyphens and a leading "tỉnh"/"thành phố"/"TP" are
 * ignored.
 */
import { foldText } from '../text/fold-text'

export type ProvinceRef = {
  id: string | number
  name: string
  nameEn?: string | null
  slug: string
  formerNames?: readonly string[] | null
}

export type ProvinceMatch<P extends ProvinceRef> = {
  provinces: P[]
  /** The former province name the value matched, when it is not a current unit's own name. */
  formerName?: string
}

const PREFIX = /^(tinh|thanh pho|tp\.?|province of|city of)\s+/
const SUFFIX = /\s+(province|city)$/

/** "Tỉnh Bình-Dương " → "binh duong". */
export function foldPlaceName(value: string): string {
  return foldText(value)
    .replace(/[-‐-―_.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PREFIX, '')
    .replace(SUFFIX, '')
    .trim()
}

export function matchProvinces<P extends ProvinceRef>(value: string | null | undefined, provinces: readonly P[]): ProvinceMatch<P> {
  const raw = value?.trim()
  if (!raw) return { provinces: [] }
  const bySlug = provinces.find((p) => p.slug === raw)
  if (bySlug) return { provinces: [bySlug] }
  const wanted = foldPlaceName(raw)
  if (!wanted) return { provinces: [] }
  const current = provinces.filter((p) => foldPlaceName(p.name) === wanted || (p.nameEn && foldPlaceName(p.nameEn) === wanted))
  if (current.length > 0) return { provinces: current }
  let formerName: string | undefined
  const absorbing = provinces.filter((p) =>
    (p.formerNames ?? []).some((former) => {
      const hit = foldPlaceName(former) === wanted
      if (hit) formerName ??= former
      return hit
    }),
  )
  return absorbing.length > 0 ? { provinces: absorbing, formerName } : { provinces: [] }
}

/**
 * matchProvinces for one list of provinces, remembering each text's answer: a long list names the
 * same few provinces thousands of times, and each match folds every province's names again.
 */
export function provinceMatcher<P extends ProvinceRef>(provinces: readonly P[]): (value: string | null | undefined) => ProvinceMatch<P> {
  const answers = new Map<string, ProvinceMatch<P>>()
  return (value) => {
    const key = value ?? ''
    let answer = answers.get(key)
    if (!answer) {
      answer = matchProvinces(value, provinces)
      answers.set(key, answer)
    }
    return answer
  }
}
