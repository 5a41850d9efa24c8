/**
 * Per-actor REST calls for the privacy and scope suites, over `rest` (./rest.ts): a real login
 * gives a real JWT, and every request goes through Payload's own route table and access rules.
 */
import type { Payload } from 'payload'
import { rest } from './rest'
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
    const payloadBody = body instanceof FormData ? { body } : body === undefined ? {} : { json: body }
    const answer = await rest(`/${pathname}`, { method, headers, token, ...payloadBody })
    // Not JSON (a file): the raw text is the body.
    const isJson = /^\s*[[{]/.test(answer.text)
    return { status: answer.status, body: isJson ? answer.body : answer.text }
  }

  return {
    get: (actor: Actor, pathname: string) => send(actor, 'GET', pathname),
    post: (actor: Actor, pathname: string, body: unknown) => send(actor, 'POST', pathname, body),
    patch: (actor: Actor, pathname: string, body: unknown) => send(actor, 'PATCH', pathname, body),
    del: (actor: Actor, pathname: string) => send(actor, 'DELETE', pathname),
  }
}
