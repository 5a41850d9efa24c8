/**
 * The word-dropping rule: an answer that had to leave out more than half of the buyer's content
 * words (filler does not count) answers another question, so the engine answers nothing instead.
 * Exactly half may go only if the head word stays (find-head-word.ts): "gốm handmade" is still
 * about pottery, "red wine" without "wine" is not about wine.
 */
export function mayAnswerWithout(contentWords: number, leftOut: number, headLeftOut: boolean): boolean {
  return contentWords > 0 && (leftOut * 2 < contentWords || (leftOut * 2 === contentWords && !headLeftOut))
}
