/**
 * DATABASE_URL is never logged or shown with its credentials (issue 9, dependencies: the MongoDB
 * driver 6.x echoes a malformed connection string in its errors, CVE-2026-129930). Checked where it
 * could surface: the logger's JSON lines (messages, fields, errors and their stacks), the console,
 * and the /readyz answer.
 */
import { Writable } from 'node:stream'
import { format } from 'node:util'
import { describe, expect, it } from 'vitest'
import { checkReadiness } from '../../../src/health/readiness'
import { createLogger, processLogger } from '../../../src/logging/create-logger'
import { redactCredentials } from '../../../src/logging/redact-credentials'

const URL = 'mongodb://tieubieu:S3cr3t-p%40ss@db.internal:27017/tieubieu?replicaSet=rs0'
const MALFORMED = 'mongodb://tieubieu:S3cr3t@p/ss@db.internal:27017/tieubieu'
const driverError = () => new Error(`Invalid connection string "${MALFORMED}": password must be URL encoded`)
const leaks = (text: string) => /S3cr3t|p%40ss|p\/ss/.test(text)

describe('connection strings in what the project writes', () => {
  it('should lose their user and password, keeping host and database', () => {
    expect(redactCredentials(`connecting to ${URL}`)).toBe('connecting to mongodb://***@db.internal:27017/tieubieu?replicaSet=rs0')
    expect(leaks(redactCredentials(driverError().message))).toBe(false)
    expect(redactCredentials('redis://:hunter2@cache:6379/0')).toBe('redis://***@cache:6379/0')
    expect(redactCredentials('mongodb://db/x?authSource=admin&password=hunter2')).not.toContain('hunter2')
    expect(redactCredentials('file:./data/tieubieu.db')).toBe('file:./data/tieubieu.db')
  })

  it('should be redacted in every part of a log line', () => {
    let out = ''
    const stream = new Writable({
      write(chunk, _e, done) {
        out += String(chunk)
        done()
      },
    })
    const logger = createLogger({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json', service: 'test' }, stream)
    const err = driverError()
    logger.error({ err, msg: `Error: cannot connect to MongoDB. Details: ${err.message}` })
    logger.error(err)
    logger.info({ url: URL }, `DATABASE_URL=${URL}`)
    logger.warn(`retrying ${URL}`)
    expect(out).toContain('db.internal')
    expect(leaks(out)).toBe(false)
    expect(err.message).toContain('S3cr3t') // the caller's error is left as it was
  })

  it('should be redacted on the console once the process logger exists', () => {
    const seen: string[] = []
    const original = { error: console.error, warn: console.warn }
    // What the terminal would get, stacks included.
    console.error = (...args: unknown[]) => seen.push(format(...args))
    console.warn = (...args: unknown[]) => seen.push(format(...args))
    try {
      processLogger({ LOG_LEVEL: 'silent', LOG_FORMAT: 'json', service: 'test' })
      console.error('Payload failed to start', driverError())
      console.warn(`DATABASE_URL=${URL}`)
    } finally {
      Object.assign(console, original)
    }
    expect(seen.join('\n')).toContain('db.internal')
    expect(seen.join('\n')).toContain('    at ')
    expect(leaks(seen.join('\n'))).toBe(false)
  })

  it('should be redacted in the /readyz answer', async () => {
    const report = await checkReadiness('cms', {
      database: () => Promise.reject(driverError()),
      search: async () => ({ status: 'ok' }),
      searchEngine: 'embedded',
    })
    expect(report.checks.database.status).toBe('failed')
    expect(leaks(JSON.stringify(report))).toBe(false)
  })
})
