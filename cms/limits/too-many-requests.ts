/**
 * The CMS's 429: a message in both languages (Vietnamese first) and Retry-After, which Payload's
 * error handler sends with the answer (it merges `req.responseHeaders`).
 */
import { APIError, type PayloadRequest } from 'payload'

export class TooManyRequests extends APIError {
  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
    super(`Quá nhiều yêu cầu; hãy thử lại sau ${seconds} giây / too many requests; try again in ${seconds} seconds`, 429, { retryAfterSeconds: seconds }, true)
    const headers = new Headers(req.responseHeaders)
    headers.set('Retry-After', String(seconds))
    req.responseHeaders = headers
  }
}
