/**
 * Two words typed without the space between them ("nuocmam" → "nuoc", "mam"), when both pieces
 * are words the catalogue holds; the most even split wins ("nuoc mam" over "nuo cmam"). Null when
 * no split gives two known words. Pieces have three letters at least: shorter ones ("mm", "ca")
 * split too freely ("khomm" is "khom" mistyped, not "kho" + "mm").
 */
export function splitJoinedWord(folded: string, isWord: (piece: string) => boolean): readonly [string, string] | null {
  let best: readonly [string, string] | null = null
  for (let at = 3; at <= folded.length - 3; at += 1) {
    const pair = [folded.slice(0, at), folded.slice(at)] as const
    if (!isWord(pair[0]) || !isWord(pair[1])) continue
    if (!best || Math.min(pair[0].length, pair[1].length) > Math.min(best[0].length, best[1].length)) best = pair
  }
  return best
}
