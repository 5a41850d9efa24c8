/**
 * Field privacy through the REST API, as an anonymous reader gets it: every collection's fields
 * at depth 0 and depth 2 are compared with an allow-list, so a field added later (or a Payload
 * upgrade that starts returning one) must be looked at. Contacts a producer keeps private never
 * appear, cannot be queried or sorted by, and nothing of a draft appears anywhere.
 */
import type { CollectionSlug, Field, FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { restClient } from './helpers/rest-client'
import { makeWorld, type World } from './helpers/world'

const sys = { overrideAccess: true, context: { seeding: true } } as const

/** What the producer keeps private; none of these strings may reach the public. */
const PRIVATE_CONTACTS = {
  person: 'Chị Kín Đáo',
  phone: '0909 777 001',
  zalo: '0909777002',
  email: 'kin-rieng@example.com',
  web: 'https://kin-rieng.example',
}
/** Names only ever saved as drafts. */
const DRAFT_MARKERS = ['Mật ong bạc hà (nháp)', 'Tên nháp chưa công bố', 'Thương hiệu nháp chưa công bố']

const SYSTEM = ['id', 'createdAt', 'updatedAt']
const UPLOAD = ['url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY']
const sizes = (names: string[]) => names.flatMap((n) => ['url', 'width', 'height', 'mimeType', 'filesize', 'filename'].map((f) => `sizes.${n}.${f}`))
const CERTIFICATIONS = [
  'certifications[].id',
  'certifications[].kind',
  'certifications[].stars',
  'certifications[].number',
  'certifications[].issuer',
  'certifications[].validUntil',
  'certifications[].document',
]

/** Everything an anonymous reader may get, per collection; a collection missing here must refuse the public. */
const PUBLIC_FIELDS: Partial<Record<CollectionSlug, string[]>> = {
  producers: [
    ...SYSTEM,
    '_status',
    'brandName',
    'legalName',
    'slug',
    'kind',
    'province',
    'address',
    'foundedYear',
    'summary',
    'story',
    'logo',
    'gallery',
    'packaging.formats',
    'packaging.materials',
    'packaging.labelLanguages',
    'packaging.barcode',
    'packaging.shelfLife',
    'certifications',
    ...CERTIFICATIONS,
    'capacity',
    'exportMarkets',
    'contacts.person',
    'contacts.phone',
    'contacts.zalo',
    'contacts.email',
    'contacts.web',
    'contacts.private',
    'support',
    'support[].id',
    'support[].year',
    'support[].what',
    'support[].amount',
    'support[].programme',
    'verified',
    'verifiedAt',
  ],
  products: [
    ...SYSTEM,
    '_status',
    'name',
    'slug',
    'producer',
    'productGroup',
    'province',
    'summary',
    'description',
    'images',
    'specs.size',
    'specs.packaging',
    'specs.shelfLife',
    'specs.ingredients',
    'minimumOrder',
    'leadTime',
    'price.min',
    'price.max',
    'price.currency',
    'price.unit',
    'hsCode',
    'certifications',
    ...CERTIFICATIONS,
    'featured',
  ],
  awards: [
    ...SYSTEM,
    // From the product's published name only (the draft names above are checked not to appear).
    'title',
    'product',
    'producer',
    'level',
    'region',
    'year',
    'round',
    'awardingBody',
    'decisionNumber',
    'decisionDate',
    'certificateNumber',
    'productGroup',
    'province',
    'provinceNameAtAward',
    'validUntil',
    'evidence',
  ],
  fairs: [
    ...SYSTEM,
    '_status',
    'name',
    'slug',
    'startDate',
    'endDate',
    'registrationDeadline',
    'venue',
    'city',
    'province',
    'country',
    'organiser',
    'sectors',
    'summary',
    'support',
    'exhibitors',
    'exhibitors[].id',
    'exhibitors[].producer',
    'exhibitors[].booth',
    'exhibitors[].products',
    'link',
  ],
  'product-groups': [...SYSTEM, 'name', 'slug', 'code', 'parent', 'order'],
  provinces: [...SYSTEM, 'name', 'nameEn', 'slug', 'kind', 'region', 'formerNames'],
  // prefix and _objectKey: the S3 storage adapter's bookkeeping (cms/storage/media-storage.ts), there
  // in both media modes; empty here (no prefix, no client uploads), the key is the public file name.
  media: [...SYSTEM, 'alt', 'owner', 'prefix', '_objectKey', ...UPLOAD, ...sizes(['card', 'cardAvif', 'page', 'pageAvif', 'og', 'thumb'])],
  // Published industrial-extension programmes and calls are public notices (issue 12).
  programmes: [...SYSTEM, '_status', 'name', 'slug', 'source', 'province', 'fromYear', 'toYear', 'decision', 'pilot', 'summary'],
  calls: [
    ...SYSTEM,
    '_status',
    'title',
    'slug',
    'programme',
    'province',
    'year',
    'kind',
    'summary',
    'offer.form',
    'offer.sharePercent',
    'offer.maxAmount',
    'offer.covers',
    'offer.counterpart',
    'eligibility.provinces',
    'eligibility.productGroups',
    'eligibility.producerKinds',
    'eligibility.minYearsOperating',
    'eligibility.minAwardLevel',
    'eligibility.onceOnly',
    'eligibility.onceOnlyRule',
    'opensAt',
    'deadline',
    'documents',
    'documents[].id',
    'documents[].name',
    'documents[].required',
    'documents[].template',
    'questions',
    'questions[].id',
    'questions[].question',
    'contact.office',
    'contact.person',
    'contact.phone',
    'contact.email',
    'fair',
  ],
}

let ctx: TestPayload
let world: World
let rest: ReturnType<typeof restClient>
let privateProducerId: number | string
let publicProducerId: number | string

beforeAll(async () => {
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
  rest = restClient(ctx.payload)
  const p = ctx.payload
  // Producer A keeps its contacts private; producer B shows its own.
  await p.update({ collection: 'producers', id: world.producerA.id, ...sys, data: { contacts: { ...PRIVATE_CONTACTS, private: true }, logo: world.mediaA.id } })
  await p.update({ collection: 'producers', id: world.producerB.id, ...sys, data: { contacts: { person: 'Anh Bến', phone: '0272 123 456', private: false } } })
  privateProducerId = world.producerA.id
  publicProducerId = world.producerB.id
  // Unpublished edits over published documents, and an award saved after them.
  await p.update({ collection: 'products', id: world.productA.id, ...sys, draft: true, locale: 'vi', data: { name: 'Tên nháp chưa công bố' } })
  await p.update({ collection: 'producers', id: world.producerA.id, ...sys, draft: true, data: { brandName: 'Thương hiệu nháp chưa công bố' } })
  await p.create({
    collection: 'awards',
    ...sys,
    data: {
      product: world.productA.id,
      level: 'national',
      year: 2025,
      awardingBody: 'Bộ Công Thương',
      decisionNumber: '77/QĐ-BCT',
      province: world.p1.id,
      provinceNameAtAward: 'Bình Dương',
    },
  })
  // A published fair showing both producers and their products, so depth 2 reaches their contacts.
  await p.update({
    collection: 'fairs',
    id: world.fair.id,
    ...sys,
    data: {
      exhibitors: [
        { producer: world.producerA.id, booth: 'A01', products: [world.productA.id] },
        { producer: world.producerB.id, booth: 'A02', products: [world.productB.id] },
      ],
    },
  })
}, 120_000)
afterAll(async () => ctx?.cleanup())

type Embedded = { slug: CollectionSlug; doc: Record<string, unknown> }

/** The dotted paths of a document's data (array items as `[]`), and the documents populated inside it. */
function pathsOf(payload: Payload, slug: CollectionSlug, doc: Record<string, unknown>) {
  const paths = new Set<string>()
  const embedded: Embedded[] = []
  const walk = (value: Record<string, unknown>, fields: (Field | FlattenedField)[], prefix: string) => {
    for (const [key, inner] of Object.entries(value)) {
      const field = fields.find((f) => 'name' in f && f.name === key) as FlattenedField | undefined
      const path = `${prefix}${key}`
      if (field?.type === 'group' && inner && typeof inner === 'object') walk(inner as Record<string, unknown>, field.flattenedFields, `${path}.`)
      else if (field?.type === 'array' && Array.isArray(inner)) {
        if (inner.length === 0) paths.add(path)
        for (const item of inner) walk(item as Record<string, unknown>, field.flattenedFields, `${path}[].`)
      } else if ((field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string') {
        paths.add(path)
        for (const item of Array.isArray(inner) ? inner : [inner])
          if (item && typeof item === 'object') embedded.push({ slug: field.relationTo as CollectionSlug, doc: item as Record<string, unknown> })
      } else paths.add(path)
    }
  }
  walk(doc, payload.collections[slug].config.flattenedFields, '')
  return { paths, embedded }
}

/** Every field path outside the allow-list, in a document and in everything populated inside it. */
function unexpected(payload: Payload, slug: CollectionSlug, doc: Record<string, unknown>): string[] {
  const allowed = new Set(PUBLIC_FIELDS[slug] ?? [])
  const { paths, embedded } = pathsOf(payload, slug, doc)
  const extra = [...paths].filter((p) => !allowed.has(p)).map((p) => `${slug}.${p}`)
  return [...extra, ...embedded.flatMap((e) => unexpected(payload, e.slug, e.doc))]
}

/** Producers anywhere in an answer, populated or not, by id. */
function producersIn(payload: Payload, slug: CollectionSlug, doc: Record<string, unknown>): Record<string, unknown>[] {
  const own = slug === 'producers' ? [doc] : []
  return [...own, ...pathsOf(payload, slug, doc).embedded.flatMap((e) => producersIn(payload, e.slug, e.doc))]
}

const readable = Object.keys(PUBLIC_FIELDS) as CollectionSlug[]

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

    it(`should show nothing of a draft at depth ${depth}`, async () => {
      for (const slug of readable)
        for (const query of [`?depth=${depth}&limit=100`, `?depth=${depth}&limit=100&draft=true`]) {
          const text = JSON.stringify((await rest.get('anonymous', `${slug}${query}`)).body)
          for (const marker of DRAFT_MARKERS) expect(text, `${slug}${query} shows “${marker}”`).not.toContain(marker)
        }
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
