/**
 * Payload's own REST handling, in-process: a real login gives a real JWT, and every request goes
 * through the same route table, access rules and query validation as the running CMS.
 */
import { handleEndpoints, type Payload } from 'payload'
import type { Actor } from './world'

export type Answer = { status: number; body: any }

const EMAILS: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: 'admin@test.local',
  staff: 'staff@test.local',
  staffOther: 'staff-tn@test.local',
  producerA: 'a@test.local',
  producerB: 'b@test.local',
}

export function restClient(payload: Payload) {
  const tokens = new Map<Actor, string>()

  const tokenOf = async (actor: Actor) => {
    if (actor === 'anonymous') return undefined
    if (!tokens.has(actor)) {
      const login = await payload.login({ collection: 'users', data: { email: EMAILS[actor], password: 'test-password-1' } })
      tokens.set(actor, login.token!)
    }
    return tokens.get(actor)
  }

  let sent = 0
  async function send(actor: Actor, method: string, pathname: string, body?: unknown): Promise<Answer> {
    const token = await tokenOf(actor)
    // Each request from its own address: these suites read far more than one visitor may in a
    // minute, and the rate limits have tests of their own (read-limits.test.ts).
    const headers: Record<string, string> = { 'x-forwarded-for': `198.18.${Math.floor(++sent / 250) % 250}.${sent % 250}` }
    if (token) headers.Authorization = `JWT ${token}`
    const init: RequestInit = { method, headers }
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json'
      init.body = JSON.stringify(body)
    }
    const response = await handleEndpoints({ config: payload.config, request: new Request(`http://localhost:3000/api/${pathname}`, init) })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON (a file): the raw text is the body.
    }
    return { status: response.status, body: parsed }
  }

  return {
    get: (actor: Actor, pathname: string) => send(actor, 'GET', pathname),
    post: (actor: Actor, pathname: string, body: unknown) => send(actor, 'POST', pathname, body),
    patch: (actor: Actor, pathname: string, body: unknown) => send(actor, 'PATCH', pathname, body),
    del: (actor: Actor, pathname: string) => send(actor, 'DELETE', pathname),
  }
}
