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
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino'
import { defaultLoggerOptions } from 'payload'
import type { Env } from '../config/env'
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
    hooks: {
      logMethod(args, method, level) {
        const [first, ...rest] = args as unknown[]
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

const KEY = Symbol.for('tieu-bieu.logger')

/** One logger per process (Payload's, the site's, the scripts'), made on first use. */
export function processLogger(settings: LogSettings): Logger {
  const slot = globalThis as Record<symbol, Logger | undefined>
  slot[KEY] ??= createLogger(settings)
  return slot[KEY]
}
