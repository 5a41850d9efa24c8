/**
 * The word-dropping rule: an answer that had to leave out more than half of the buyer's content
 * words (filler does not count) answers another question, so the engine answers nothing instead.
 * Exactly half may go only when the head words stay (find-head-word.ts): "gốm handmade" and "mật
 * ong xuất khẩu" are still about pottery and honey; "olive oil" without "olive" is another oil,
 * and "nước hoa" (perfume) is not "nước" alone. The word that names the thing (Vietnamese: the
 * first head word; English: the last) never goes, however many others stay: "vé máy bay" is an
 * air ticket, not a machine, even though two of its three words match.
 */
export function mayAnswerWithout(contentWords: number, leftOut: number, headLeftOut: boolean, mainHeadLeftOut = false): boolean {
  if (contentWords === 0 || mainHeadLeftOut) return false
  return leftOut * 2 < contentWords || (leftOut * 2 === contentWords && !headLeftOut)
}
