/**
 * The word-dropping rule: an answer that had to leave out more than half of the buyer's content
 * words (filler does not count) answers another question, so the engine answers nothing instead.
 * Exactly half may go only when the head words stay (find-head-word.ts): "gốm handmade" and "mật
 * ong xuất khẩu" are still about pottery and honey; "red wine" without "wine" is not about wine,
 * and "nước hoa" (perfume) is not "nước" alone.
 */
export function mayAnswerWithout(contentWords: number, leftOut: number, headLeftOut: boolean): boolean {
  if (contentWords === 0) return false
  return leftOut * 2 < contentWords || (leftOut * 2 === contentWords && !headLeftOut)
}
