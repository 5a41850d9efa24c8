import type { AfterErrorHook, PayloadHandler } from 'payload'

const BAD_FORM = 'Biểu mẫu gửi lên bị hỏng (tên tệp có ký tự điều khiển?) / the form sent is malformed (a control character in a file name?)'
const BAD_NAME = 'Tên tệp không hợp lệ / invalid file name'

/** The multipart parser's (busboy's) messages: the request is malformed, never the server. */
const MALFORMED_BODY =
  /^(Malformed part header|Malformed urlencoded form|Malformed content type|Missing Content-Type|Unexpected end of (form|file)|Multipart: Boundary not found|Request is not eligible for file upload)$/

/**
 * Payload wraps a multipart parse failure (e.g. a raw NUL byte in a file name) in a 500; it is the
 * client's malformed request, so it gets a 400 with a message.
 */
export const malformedBodyIsClientError: AfterErrorHook = ({ error }) =>
  MALFORMED_BODY.test(error.message) ? { status: 400, response: { errors: [{ message: BAD_FORM }] } } : undefined

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: no file name holds one
const CONTROL = /[\u0000-\u001f\u007f]/

/**
 * Wraps an upload collection's GET /file/:filename: a name with a control character (`x.png%00`)
 * made the file system throw, a 500; no stored file has one, so it is a 400 before any lookup.
 */
export const refuseControlCharacters =
  (handler: PayloadHandler): PayloadHandler =>
  (req) =>
    CONTROL.test(String(req.routeParams?.filename ?? '')) ? Response.json({ errors: [{ message: BAD_NAME }] }, { status: 400 }) : handler(req)
