/** Content has Vietnamese and English fields; English falls back to Vietnamese when empty. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, type World } from './helpers/world'

let ctx: TestPayload
let world: World
beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

const read = (id: number | string, locale: 'vi' | 'en') => ctx.payload.findByID({ collection: 'products', id, locale, overrideAccess: false })

describe('localisation', () => {
  it('should show the Vietnamese name in English when no English name was given', async () => {
    expect((await read(world.productA.id, 'en')).name).toBe('Mật ong hoa cà phê')
  })

  it('should show the English name once it is written, and keep the Vietnamese one', async () => {
    await ctx.payload.update({ collection: 'products', id: world.productB.id, locale: 'en', overrideAccess: true, data: { name: 'Pineapple candy' } })
    expect((await read(world.productB.id, 'en')).name).toBe('Pineapple candy')
    expect((await read(world.productB.id, 'vi')).name).toBe('Kẹo khóm')
  })

  it('should return both languages when asked for all locales', async () => {
    const doc = await ctx.payload.findByID({ collection: 'products', id: world.productB.id, locale: 'all', overrideAccess: false })
    expect(doc.name).toEqual({ vi: 'Kẹo khóm', en: 'Pineapple candy' })
  })

  it('should make a slug without diacritics from the Vietnamese name', async () => {
    expect(world.productA.slug).toBe('mat-ong-hoa-ca-phe')
    expect(world.producerB.slug).toBe('keo-khom-ben-luc')
  })
})
