/**
 * The process's logger (pino), also handed to Payload so its own lines look the same. In
 * production one JSON object per line (time, level, service, requestId, msg), which journald,
 * Docker and any log shipper read as is; in development Payload's readable coloured lines.
 *
 * Levels are the caller's: an expected refusal (a wrong password, a 403, a 429) is logged at
 * info or warn without a stack by the code that refuses, and nothing here raises it to error.
 */
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino'
import { defaultLoggerOptions } from 'payload'
import type { Env } from '../config/env'
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
