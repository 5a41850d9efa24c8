/**
 * Matching names typed by people against the names in the showroom: diacritics, case, punctuation
 * and legal-form words ("HTX", "Cơ sở", "Công ty TNHH") do not count, and a few typing slips are
 * forgiven ("Mat ong rung Ba Be" finds "Mật ong rừng Ba Bể", "Keo khom Ut Hien" finds "Kẹo khóm Út
 * Hiền", "Mậtong rừng" still finds it). Folding is the search's own (src/text).
 */
import { boundedEditDistance } from '../text/edit-distance'
import { foldText } from '../text/fold-text'

/** The legal forms taken off the start of a folded name; a longer form comes before the shorter one it begins with. */
const LEGAL_FORM_NAMES = [
  'co so san xuat',
  'co so',
  'ho kinh doanh',
  'hkd',
  'hop tac xa',
  'htx',
  'cong ty tnhh mot thanh vien',
  'cong ty tnhh mtv',
  'cong ty tnhh',
  'cong ty co phan',
  'cong ty cp',
  'cong ty',
  'doanh nghiep tu nhan',
  'dntn',
  'to hop tac',
  'lang nghe',
]
const LEGAL_FORMS = new RegExp(`^(${LEGAL_FORM_NAMES.join('|')})\\s+`)

/** "  Mật ong rừng – Ba Bể " → "mat ong rung ba be". */
export function nameKey(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The name without a leading legal form: "htx mat ong ba be" → "mat ong ba be". */
export function bareNameKey(name: string): string {
  return nameKey(name).replace(LEGAL_FORMS, '')
}

/** Slips forgiven: about one in eight letters, at most three; short names must match exactly. */
function allowedEdits(length: number): number {
  return Math.min(3, Math.floor(length / 8))
}

export type NameMatch<T> = { item: T; exact: boolean } | { ambiguous: T[] } | undefined

/** Candidates with their names folded once, for matching many typed names against them. */
export type NameIndex<T> = { exact: Map<string, T[]>; keyed: { key: string; item: T }[] }

export function buildNameIndex<T>(candidates: readonly T[], namesOf: (item: T) => readonly string[]): NameIndex<T> {
  const exact = new Map<string, T[]>()
  const keyed: { key: string; item: T }[] = []
  for (const item of candidates) {
    for (const key of new Set(namesOf(item).map(bareNameKey).filter(Boolean))) {
      const list = exact.get(key) ?? []
      list.push(item)
      exact.set(key, list)
      keyed.push({ key, item })
    }
  }
  return { exact, keyed }
}

/**
 * The one candidate whose name matches: exactly after folding, else within a few edits. Several
 * equally good candidates make the match ambiguous rather than a guess.
 */
export function matchName<T>(typed: string, index: NameIndex<T>): NameMatch<T> {
  const wanted = bareNameKey(typed)
  if (!wanted) return undefined
  const exact = index.exact.get(wanted) ?? []
  if (exact.length === 1) return { item: exact[0]!, exact: true }
  if (exact.length > 1) return { ambiguous: exact }
  const limit = allowedEdits(wanted.length)
  if (limit === 0) return undefined
  let best: T[] = []
  let bestDistance = limit + 1
  for (const { key, item } of index.keyed) {
    const distance = boundedEditDistance(wanted, key, Math.min(limit, bestDistance))
    if (distance < bestDistance) {
      best = [item]
      bestDistance = distance
    } else if (distance === bestDistance && distance <= limit && !best.includes(item)) best.push(item)
  }
  if (best.length === 1) return { item: best[0]!, exact: false }
  return best.length > 1 ? { ambiguous: best } : undefined
}
