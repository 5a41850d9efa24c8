/**
 * Payload's REST API in-process: requests go through `handleEndpoints`, the same dispatcher the
 * admin's Next route calls, so routing, authentication, access and error answers are the real ones.
 * Actors sign in through POST /api/users/login and send their token as `Authorization: JWT …`.
 */
import { handleEndpoints } from 'payload'
import { type Actor, ACTORS, type World } from './world'

export const API = 'http://localhost:3000/api'

export type RestResult = { status: number; body: Record<string, unknown>; text: string }

type Init = { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string>; token?: string }

export async function rest(path: string, init: Init = {}): Promise<RestResult> {
  const { default: config } = await import('@payload-config')
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const url = path.startsWith('http') ? path : `${API}${path}`
  const response = await handleEndpoints({ config, request: new Request(url, { method: init.method ?? 'GET', headers, body }) })
  const text = await response.text()
  let parsed: Record<string, unknown> = {}
  try {
    parsed = JSON.parse(text)
  } catch {
    // A file or an empty answer: the text is enough.
  }
  return { status: response.status, body: parsed, text }
}

export const WORLD_PASSWORD = 'test-password-1'

/** Signs every actor of the world in; anonymous has no token. */
export async function signInAll(world: World): Promise<Record<Actor, string | undefined>> {
  const tokens = {} as Record<Actor, string | undefined>
  for (const actor of ACTORS) {
    if (actor === 'anonymous') continue
    const { status, body } = await rest('/users/login', { method: 'POST', json: { email: world.users[actor].email, password: WORLD_PASSWORD } })
    if (status !== 200) throw new Error(`login of ${actor} answered ${status}`)
    tokens[actor] = body.token as string
  }
  return tokens
}

/** The refusal message of a REST answer, whatever shape Payload gave it. */
export const messageOf = (r: RestResult): string =>
  [r.body.message, ...((r.body.errors as { message?: string }[] | undefined) ?? []).map((e) => e.message)].filter(Boolean).join(' ')
