/** Shared helpers for the browser tests: demo accounts and signing in over the REST API. */
import type { APIRequestContext } from '@playwright/test'
import { E2E } from '../../playwright.config'

export const DEMO_PASSWORD = 'demo1234'
export const STAFF = 'staff@tieubieu.local'

export async function signIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await request.post(`${E2E.cms}/api/users/login`, { data: { email, password } })
  if (!res.ok()) throw new Error(`login as ${email} failed: ${res.status()} ${await res.text()}`)
  return (await res.json()).token
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })
export { E2E }
