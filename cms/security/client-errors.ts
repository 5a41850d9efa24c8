import type { PayloadHandler } from 'payload'

const BAD_NAME = 'Tên tệp không hợp lệ / invalid file name'

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
