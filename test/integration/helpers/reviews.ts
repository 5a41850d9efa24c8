/**
 * Shared set-up of the review tests (reviews*.test.ts): boots Payload, builds the world, gives
 * product A a known published summary, and offers the helpers the tests use.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import { bootPayload, type TestPayload } from './bootPayload'
import { type Actor, makeWorld, userFor, type World } from './world'

export const OLD_SUMMARY = 'Mật ong nguyên chất từ hoa cà phê'
export const NEW_SUMMARY = 'Mật ong hoa cà phê, thu hoạch tháng Ba, không pha đường'

/** Filled by the beforeAll of setUpReviews. */
export const rw = { payload: undefined as unknown as Payload, world: undefined as unknown as World }

export function setUpReviews(): void {
  let t: TestPayload | undefined
  beforeAll(async () => {
    t = await bootPayload()
    rw.payload = t.payload
    rw.world = await makeWorld(rw.payload)
    await rw.payload.update({
      collection: 'products',
      id: rw.world.productA.id,
      data: { summary: OLD_SUMMARY },
      locale: 'vi',
      overrideAccess: true,
      context: { seeding: true },
    })
  }, 120_000)
  afterAll(async () => t?.cleanup())
}

export const as = async (actor: Actor) => ({ overrideAccess: false, user: await userFor(rw.payload, rw.world, actor) }) as const

export function mails(): { subject: string; text: string; to: unknown }[] {
  const dir = process.env.MAIL_DIR as string
  let files: string[] = []
  try {
    files = readdirSync(dir)
  } catch {
    return []
  }
  return files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')))
}

export async function auditActions(documentId: number | string) {
  const { docs } = await rw.payload.find({
    collection: 'audit-events',
    where: { documentId: { equals: String(documentId) } },
    overrideAccess: true,
    limit: 50,
    sort: 'createdAt',
  })
  return docs
}

export async function publicProduct() {
  return rw.payload.findByID({ collection: 'products', id: rw.world.productA.id, locale: 'vi', overrideAccess: false })
}

export async function submitSummary(summary: string) {
  await rw.payload.update({ collection: 'products', id: rw.world.productA.id, data: { summary }, draft: true, locale: 'vi', ...(await as('producerA')) })
  return rw.payload.create({ collection: 'reviews', data: { kind: 'products', product: rw.world.productA.id }, ...(await as('producerA')) })
}
