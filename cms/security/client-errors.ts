import type { AfterErrorHook, PayloadHandler } from 'payload'

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

/**
 * In the admin's production build the bundler leaves Payload's APIError class without a name, and
 * Payload's error formatter then answers "An unknown error occurred." in place of the message our
 * refusals were given for the user. A public error keeps its own message.
 */
export const keepPublicMessage: AfterErrorHook = ({ error, result }) => {
  const publicError = error as { isPublic?: boolean; status?: number; message?: string }
  const unknown = (result as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message === 'An unknown error occurred.'
  if (!unknown || !publicError.message || !(publicError.isPublic || (publicError.status && publicError.status < 500))) return undefined
  return { response: { errors: [{ message: publicError.message }] } }
}
