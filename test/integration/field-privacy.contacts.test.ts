/**
 * Contacts a producer keeps private, through the REST API: an anonymous reader never sees them, at
 * depth 0 or 2, cannot query or sort by them; the producer itself and staff still do. The
 * allow-list of public fields and drafts are in field-privacy.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { fp, PRIVATE_CONTACTS, producersIn, readable, setUpFieldPrivacy } from './helpers/field-privacy'
import type { TestPayload } from './helpers/bootPayload'
import type { restClient } from './helpers/rest-client'
import type { World } from './helpers/world'

let ctx: TestPayload
let world: World
let rest: ReturnType<typeof restClient>
let privateProducerId: number | string
let publicProducerId: number | string
setUpFieldPrivacy()
beforeAll(() => {
  ;({ ctx, world, rest, privateProducerId, publicProducerId } = fp)
})

describe('what an anonymous reader gets', () => {
  for (const depth of [0, 2]) {
    it(`should never show a private producer's contacts at depth ${depth}`, async () => {
      for (const slug of readable) {
        const list = await rest.get('anonymous', `${slug}?depth=${depth}&limit=100`)
        const text = JSON.stringify(list.body)
        for (const secret of Object.values(PRIVATE_CONTACTS)) expect(text, `${slug} shows ${secret}`).not.toContain(secret)
        for (const doc of list.body.docs)
          for (const producer of producersIn(ctx.payload, slug, doc))
            if (String(producer.id) === String(privateProducerId)) expect(producer.contacts, slug).toEqual({ private: true })
      }
      const one = await rest.get('anonymous', `producers/${privateProducerId}?depth=${depth}`)
      expect(one.status).toBe(200)
      expect(one.body.contacts).toEqual({ private: true })
    })
  }

  it("should still show a producer's public contacts", async () => {
    const one = await rest.get('anonymous', `producers/${publicProducerId}?depth=0`)
    expect(one.body.contacts).toMatchObject({ person: 'Anh Bến', phone: '0272 123 456', private: false })
  })

  it('should refuse to filter or sort by contacts, directly or through a relationship', async () => {
    for (const query of [
      'producers?where[contacts.private][equals]=true',
      'producers?where[contacts.phone][like]=0909',
      'producers?where[contacts.zalo][exists]=true',
      'producers?where[contacts.email][contains]=kin',
      'producers?where[or][0][contacts.person][like]=K',
      'producers?sort=contacts.phone',
      'products?where[producer.contacts.phone][like]=0909',
      'awards?where[producer.contacts.private][equals]=true',
      'fairs?where[exhibitors.producer.contacts.phone][like]=0909',
    ]) {
      const answer = await rest.get('anonymous', query)
      expect(answer.status, query).toBe(400)
      expect(JSON.stringify(answer.body), query).not.toContain(PRIVATE_CONTACTS.phone)
    }
  })

  it("should refuse to filter or sort producers by the staff's former-province field", async () => {
    for (const query of [
      'producers?where[formerProvince][equals]=binh-duong',
      'producers?where[formerProvince][exists]=true',
      'products?where[producer.formerProvince][exists]=true',
    ]) {
      const answer = await rest.get('anonymous', query)
      expect(answer.status, query).toBe(400)
    }
  })

  it('should not hand out contacts to a select that leaves out the private flag', async () => {
    const answer = await rest.get('anonymous', `producers/${privateProducerId}?select[contacts][phone]=true&select[contacts][zalo]=true`)
    expect(JSON.stringify(answer.body)).not.toContain(PRIVATE_CONTACTS.phone)
    expect(JSON.stringify(answer.body)).not.toContain(PRIVATE_CONTACTS.zalo)
  })
})

describe('who still sees private contacts', () => {
  it('should show them to the producer itself and to staff', async () => {
    for (const actor of ['producerA', 'staff', 'admin'] as const) {
      const one = await rest.get(actor, `producers/${privateProducerId}?depth=0`)
      expect(one.status, actor).toBe(200)
      expect(one.body.contacts, actor).toMatchObject({ phone: PRIVATE_CONTACTS.phone, zalo: PRIVATE_CONTACTS.zalo, private: true })
    }
  })

  it('should not show them to another producer, even through a fair it can read', async () => {
    const fair = await rest.get('producerB', `fairs/${world.fair.id}?depth=2`)
    expect(fair.status).toBe(200)
    expect(JSON.stringify(fair.body)).not.toContain(PRIVATE_CONTACTS.phone)
    expect((await rest.get('producerB', `producers/${privateProducerId}`)).status).toBe(404)
  })

  it('should let staff filter by them', async () => {
    const answer = await rest.get('staff', 'producers?where[contacts.private][equals]=true&depth=0')
    expect(answer.status).toBe(200)
    expect(answer.body.docs.map((d: { id: unknown }) => d.id)).toEqual([privateProducerId])
  })
})
