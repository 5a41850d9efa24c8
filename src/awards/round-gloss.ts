/**
 * An English gloss of an award round as certificates name it, for English pages:
 * "Bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh năm 2022" → "Outstanding rural industrial products
 * selection, provincial level, 2022". Undefined for a wording it does not know (shown as written).
 */
const SCOPES: readonly [RegExp, string][] = [
  [/^cấp tỉnh$/i, 'provincial level'],
  [/^cấp quốc gia$/i, 'national level'],
  [/^khu vực phía Bắc$/i, 'Northern region'],
  [/^khu vực miền Trung\s*[–-]\s*Tây Nguyên$/i, 'Central and Highlands region'],
  [/^khu vực phía Nam$/i, 'Southern region'],
]
const ROUND = /^Bình chọn sản phẩm (?:CNNT|công nghiệp nông thôn) tiêu biểu (.+?) năm (\d{4})(?: \(lần thứ (\d+)\))?$/i

const ordinal = (n: number) => {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')
  return `${n}${suffix}`
}

export function glossRound(round: string | null | undefined): string | undefined {
  const match = ROUND.exec(round?.trim() ?? '')
  if (!match) return undefined
  const scope = SCOPES.find(([pattern]) => pattern.test(match[1]!.trim()))?.[1]
  if (!scope) return undefined
  const edition = match[3] ? ` (${ordinal(Number(match[3]))} round)` : ''
  return `Outstanding rural industrial products selection, ${scope}, ${match[2]}${edition}`
}
