import { foldText } from '../text/fold-text'

const WORD = /[\p{L}\p{M}\p{N}]+/gu
const DEFAULT_LENGTH = 160
/** Words of context kept before the first match. */
const LEAD_WORDS = 6

function cut(text: string, start: number, length: number): string {
  const head = start > 0 ? '…' : ''
  if (text.length - start <= length) return head + text.slice(start)
  const slice = text.slice(start, start + length)
  const lastSpace = slice.lastIndexOf(' ')
  return `${head}${lastSpace > length / 2 ? slice.slice(0, lastSpace) : slice}…`
}

/**
 * Cut a short excerpt of `summary` around the first word that matches a query token, so the buyer
 * sees why the hit matched. Plain text; the site highlights if it wants to.
 */
export function buildSnippet(summary: string, tokens: readonly string[], length = DEFAULT_LENGTH): string {
  const text = summary.normalize('NFC')
  if (tokens.length === 0) return cut(text, 0, length)
  const starts: number[] = []
  for (const match of text.matchAll(WORD)) {
    starts.push(match.index)
    const folded = foldText(match[0])
    if (tokens.some((token) => folded.startsWith(token))) {
      const from = starts.length > LEAD_WORDS ? starts[starts.length - 1 - LEAD_WORDS]! : 0
      return cut(text, from, length)
    }
  }
  return cut(text, 0, length)
}
