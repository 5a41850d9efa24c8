/**
 * An expected refusal is not an error. Payload logs what its handlers throw; a 401, 403, 404 or 429
 * (a wrong password, a missing right, a document that is not there, a rate limit) is the system
 * working, and logging it at error with a stack would bury the real errors. Two places apply this:
 * Payload's own `loggingLevels` for its named errors (cms/payload.config.ts), and the logger's hook
 * (create-logger.ts) for anything else logged with a 4xx status, such as an APIError thrown by a hook.
 */
import type { Level } from 'pino'

/** Payload's errors that are refusals by nature, logged at info (which Payload writes without the error object). */
export const REFUSAL_LOGGING_LEVELS = {
  AuthenticationError: 'info',
  Forbidden: 'info',
  Locked: 'info',
  LockedAuth: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  QueryError: 'info',
  UnauthorizedError: 'info',
  UnverifiedEmail: 'info',
  ValidationError: 'info',
} as const

type ErrorLike = { name?: unknown; message?: unknown; status?: unknown; statusCode?: unknown }

/** The HTTP status an error carries when it is a client's mistake or a refusal (400–499), else undefined. */
export function refusalStatus(err: unknown): number | undefined {
  if (!err || typeof err !== 'object') return undefined
  const { status, statusCode } = err as ErrorLike
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined
  return code !== undefined && code >= 400 && code < 500 ? code : undefined
}

/** Too many requests is worth a warning (someone may be guessing); the other refusals are information. */
export const refusalLevel = (status: number): Level => (status === 429 ? 'warn' : 'info')

/** What is kept of a refusal in the log: its name, status and message, never its stack. */
export function describeRefusal(err: unknown, status: number) {
  const { name, message } = err as ErrorLike
  return { name: typeof name === 'string' ? name : 'Error', status, message: typeof message === 'string' ? message : '' }
}
