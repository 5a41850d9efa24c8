/**
 * The process's logger (pino), also handed to Payload so its own lines look the same. In
 * production one JSON object per line (time, level, service, requestId, msg), which journald,
 * Docker and any log shipper read as is; in development Payload's readable coloured lines.
 *
 * Levels are the caller's, with one exception: an error object carrying a 4xx status (a 401, 403,
 * 404, 429 that something logged at warn or error, Payload's error handler included) is an expected
 * refusal, written at info (warn for 429) with its name, status and message but no stack
 * (src/logging/refusals.ts). Real errors keep their level and stack.
 */
import { type DestinationStream, type Logger, type LoggerOptions, pino, stdSerializers } from 'pino'
import { defaultLoggerOptions } from 'payload'
import type { Env } from '../config/env'
import { redactConsole, redactCredentials, redactError, redactValue } from './redact-credentials'
import { describeRefusal, refusalLevel, refusalStatus } from './refusals'
import { currentRequestId } from './request-context'

export type LogSettings = Pick<Env, 'LOG_LEVEL' | 'LOG_FORMAT'> & { service: string }

export function createLogger(settings: LogSettings, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: settings.LOG_LEVEL,
    base: { service: settings.service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Never write a secret that slipped into a logged object (a request's headers, a config).
    redact: { paths: ['password', '*.password', 'headers.authorization', 'headers.cookie', '*.headers.authorization', '*.headers.cookie'], censor: '[hidden]' },
    // Credentials in a connection string never reach the log, wherever they hide (redact-credentials.ts).
    serializers: { err: (err: unknown) => stdSerializers.err(redactError(err) as Error) },
    hooks: {
      logMethod(rawArgs, method, level) {
        const args = (rawArgs as unknown[]).map((arg) => (isPlainObject(arg) ? redactFields(arg) : redactValue(arg)))
        const [first, ...rest] = args
        const err = first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined
        const status = level >= 40 ? refusalStatus(err) : undefined
        if (status === undefined) return method.apply(this, args as Parameters<typeof method>)
        const { err: _dropped, ...fields } = first as Record<string, unknown>
        const line = { ...fields, refusal: describeRefusal(err, status) }
        return (this[refusalLevel(status)] as (...a: unknown[]) => void)(line, ...rest)
      },
    },
    mixin: () => {
      const requestId = currentRequestId()
      return requestId ? { requestId } : {}
    },
  }
  if (destination) return pino(options, destination)
  return settings.LOG_FORMAT === 'pretty' ? pino(options, defaultLoggerOptions) : pino(options)
}

const isPlainObject = (value: unknown): value is object => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype

/** The logged object's own fields, strings and errors redacted (a copy; the caller's object is left alone). */
function redactFields(object: object): object {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, typeof value === 'string' ? redactCredentials(value) : redactValue(value)]))
}

const KEY = Symbol.for('tieu-bieu.logger')

/** One logger per process (Payload's, the site's, the scripts'), made on first use. */
export function processLogger(settings: LogSettings): Logger {
  const slot = globalThis as Record<symbol, Logger | undefined>
  redactConsole()
  slot[KEY] ??= createLogger(settings)
  return slot[KEY]
}
