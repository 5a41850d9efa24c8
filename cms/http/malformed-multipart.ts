/**
 * A multipart body the parser cannot read (busboy's own errors, most often a raw NUL or another
 * control character in an upload's file name) reaches Payload as a plain Error and would be a
 * 500. It is the client's mistake: answer 400 with a message the uploader can act on.
 */
import type { AfterErrorHook } from 'payload'

const PARSER_MESSAGES = [
  'Malformed part header',
  'Malformed urlencoded form',
  'Malformed content type',
  'Missing Content-Type',
  'Unexpected end of (form|file)',
  'Multipart: Boundary not found',
  'Request is not eligible for file upload',
]
// Matched at the start of the error's message; each entry is a regular expression.
const PARSER_ERRORS = new RegExp(`^(${PARSER_MESSAGES.join('|')})`)

const MESSAGE =
  'Tên tệp hoặc phần đầu của tệp tải lên không đọc được (thường do ký tự điều khiển trong tên tệp); ' +
  'hãy đổi tên tệp rồi tải lên lại. / ' +
  'The file name or part header of the upload cannot be read (usually control characters in the file name); rename the file and upload it again.'

export const answerMalformedMultipart: AfterErrorHook = ({ error }) => {
  // Only the parser's own messages (a missing or broken Content-Type included), never a status set elsewhere.
  if ((error as { status?: number }).status || !PARSER_ERRORS.test(error.message)) return
  return { response: { errors: [{ message: MESSAGE }] }, status: 400 }
}
