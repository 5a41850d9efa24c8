/**
 * Field privacy through the REST API, as an anonymous reader gets it: every collection's fields
 * at depth 0 and depth 2 are compared with an allow-list (helpers/public-fields.ts), so a field
 * added later (or a Payload upgrade that starts returning one) must be looked at, and nothing of a
 * draft appears anywhere. Private contacts are in field-privacy.contacts.test.ts.
 */
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { DRAFT_MARKERS, fp, PUBLIC_FIELDS, readable, setUpFieldPrivacy, unexpected } from './helpers/field-privacy'
import type { TestPayload } from './helpers/bootPayload'
import type { restClient } from './helpers/rest-client'

let ctx: TestPayload
let rest: ReturnType<typeof restClient>
setUpFieldPrivacy()
beforeAll(() => {
  ;({ ctx, rest } = fp)
})

describe('what an anonymous reader gets', () => {
  it('should have every collection either in the allow-list or refused to the public', async () => {
    for (const { slug } of ctx.payload.config.collections) {
      const answer = await rest.get('anonymous', `${slug}?limit=1&depth=0`)
      if (PUBLIC_FIELDS[slug as CollectionSlug]) expect(answer.status, slug).toBe(200)
      // Payload's own collections without REST routes (migrations) answer 501: nothing served either.
      else expect([401, 403, 501], `${slug} answered ${answer.status}`).toContain(answer.status)
    }
  })

  for (const depth of [0, 2]) {
    it(`should get only allow-listed fields at depth ${depth}, in lists and by id, asking for drafts or not`, async () => {
      const problems: string[] = []
      for (const slug of readable) {
        for (const query of [`?depth=${depth}&limit=100`, `?depth=${depth}&limit=100&draft=true`, `?depth=${depth}&limit=100&locale=en`]) {
          const list = await rest.get('anonymous', `${slug}${query}`)
          expect(list.status, `${slug}${query}`).toBe(200)
          for (const doc of list.body.docs) {
            problems.push(...unexpected(ctx.payload, slug, doc))
            const one = await rest.get('anonymous', `${slug}/${doc.id}${query}`)
            expect(one.status).toBe(200)
            problems.push(...unexpected(ctx.payload, slug, one.body))
          }
        }
      }
      expect([...new Set(problems)]).toEqual([])
    })

    it(`should show nothing of a draft at depth ${depth}`, async () => {
      for (const slug of readable)
        for (const query of [`?depth=${depth}&limit=100`, `?depth=${depth}&limit=100&draft=true`]) {
          const text = JSON.stringify((await rest.get('anonymous', `${slug}${query}`)).body)
          for (const marker of DRAFT_MARKERS) expect(text, `${slug}${query} shows “${marker}”`).not.toContain(marker)
        }
    })
  }
})
