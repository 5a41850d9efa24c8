/**
 * Reads a request body without ever holding more than `maxBytes`: a declared Content-Length over
 * the limit is refused before a byte is read, and a body that streams past it (chunked, or lying
 * about its length) is cut off. Only then is it parsed, as JSON or as a form.
 */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError'
}
export class UnreadableBodyError extends Error {
  override name = 'UnreadableBodyError'
}

export type BodyKind = 'json' | 'form' | 'multipart'

export function bodyKindOf(contentType: string | null): BodyKind | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === 'application/json') return 'json'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  if (type === 'multipart/form-data') return 'multipart'
  return undefined
}

export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError(`declared ${declared} bytes`)
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLargeError(`more than ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** Parses a read body into plain fields; repeated form fields keep their last value. */
export async function parseBody(body: Uint8Array, kind: BodyKind, contentType: string): Promise<Record<string, unknown>> {
  if (kind === 'json') {
    let parsed: unknown
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
    } catch (error) {
      throw new UnreadableBodyError('the body is not valid JSON', { cause: error })
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UnreadableBodyError('the JSON body must be an object')
    return parsed as Record<string, unknown>
  }
  let form: FormData
  try {
    form = await new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData()
  } catch (error) {
    throw new UnreadableBodyError('the form body could not be read', { cause: error })
  }
  const fields: Record<string, unknown> = {}
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value
  return fields
}
