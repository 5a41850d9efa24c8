/**
 * The admin builds every page (its login page too) from the permissions of the signed-in user or
 * of nobody: Payload asks every access rule without a document. A rule that throws there turns
 * the page into "This page couldn't load", so each actor's permissions must come back whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { rest, signInAll } from './helpers/rest'
import { ACTORS, type Actor, makeWorld } from './helpers/world'

let t: TestPayload
let tokens: Record<Actor, string | undefined>

beforeAll(async () => {
  t = await bootPayload()
  tokens = await signInAll(await makeWorld(t.payload))
})
afterAll(async () => t?.cleanup())

describe("the admin's permissions", () => {
  for (const actor of ACTORS) {
    it(`should be computed for ${actor} without an error`, async () => {
      const r = await rest('/access', { token: tokens[actor] })
      expect(r.status, r.text.slice(0, 300)).toBe(200)
      expect(r.body.collections).toHaveProperty('products')
      expect(Object.keys(r.body.collections ?? {}).length).toBeGreaterThan(5)
    })
  }

  it('should still refuse a producer unlocking an account, with the reason', async () => {
    const r = await rest('/users/unlock', { method: 'POST', json: { email: 'admin@test.local' }, token: tokens.producerA })
    expect(r.status).toBe(403)
    expect(r.text).toMatch(/mở khóa/)
  })
})
