/**
 * Refusals are not errors (issue 9, finding 13): a 401, 403, 404 or 429 that the CMS answers on
 * purpose is logged at info or warn without a stack, so a real error (a 500) still stands out at
 * error level with its stack. The logger's output (pino JSON lines) is captured as a log shipper
 * would read it.
 */
import { Writable } from 'node:stream'
import { APIError, handleEndpoints } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../src/logging/create-logger'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, type World } from './helpers/world'

type Line = { level: string; msg?: string; err?: { stack?: string }; stack?: string }
let ctx: TestPayload
let world: World
let lines: Line[] = []
let producerToken = ''

const capture = new Writable({
  write(chunk, _encoding, done) {
    for (const text of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(text) as Line)
    done()
  },
})
const rest = (pathname: string, init: RequestInit & { token?: string } = {}) => {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return handleEndpoints({ config: ctx.payload.config, request: new Request(`http://localhost:3000/api/${pathname}`, { ...init, headers }) })
}
const hasStack = (line: Line) => JSON.stringify(line).includes('    at ')

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  producerToken = (await ctx.payload.login({ collection: 'users', data: { email: 'a@test.local', password: 'test-password-1' } })).token ?? ''
  ctx.payload.logger = createLogger({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json', service: 'test' }, capture)
})
beforeEach(() => {
  lines = []
})
afterAll(async () => ctx?.cleanup())

describe('the CMS log', () => {
  const refusals: [string, () => Promise<Response>, number][] = [
    ['anonymous reads the enquiries (403)', () => rest('enquiries'), 403],
    ['a producer deletes an audit event (403, thrown by our hook)', () => rest('audit-events/1', { method: 'DELETE', token: producerToken }), 403],
    [
      'a producer changes another producer (403)',
      () => rest(`producers/${world.producerB.id}`, { method: 'PATCH', token: producerToken, body: '{"brandName":"x"}' }),
      403,
    ],
    ['a wrong password (401)', () => rest('users/login', { method: 'POST', body: JSON.stringify({ email: 'a@test.local', password: 'wrong-password' }) }), 401],
    ['anonymous unlocking an account (403)', () => rest('users/unlock', { method: 'POST', body: '{"email":"a@test.local"}' }), 403],
    ['a document that does not exist (404)', () => rest('products/987654'), 404],
    ['an invalid document (400)', () => rest('products', { method: 'POST', token: producerToken, body: '{}' }), 400],
  ]
  for (const [name, run, status] of refusals) {
    it(`should log ${name} at info or warn, without a stack`, async () => {
      const response = await run()
      expect(response.status).toBe(status)
      expect(lines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([])
      expect(lines.filter(hasStack)).toEqual([])
    })
  }

  it("should log a hook's own refusal (an APIError with a 4xx status) at info, a 429 at warn, without a stack", () => {
    // What Payload's error handler does with an error whose name it does not know.
    ctx.payload.logger.error({ err: new APIError('Nhật ký không xóa được / audit events cannot be deleted', 403) })
    ctx.payload.logger.error({ err: new APIError('Quá nhiều yêu cầu / too many requests', 429) })
    expect(lines.map((l) => l.level)).toEqual(['info', 'warn'])
    expect(lines.filter(hasStack)).toEqual([])
    expect(JSON.stringify(lines)).toContain('audit events cannot be deleted')
  })

  it('should still log a real error at error level with its stack', async () => {
    const logged = lines.length
    ctx.payload.logger.error({ err: new APIError('database is gone', 500), msg: 'boom' })
    const line = lines.slice(logged)[0]
    expect(line?.level).toBe('error')
    expect(hasStack(line as Line)).toBe(true)
  })
})
