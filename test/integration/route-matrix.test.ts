/**
 * Every route Payload serves, for every actor: the routes are enumerated from the built config
 * (root, collection and global endpoints, Payload's own included), each is requested through the
 * real REST dispatcher as admin, staff, province-scoped staff, producer A, producer B and the
 * anonymous, and the statuses must match route-matrix.expected.ts. A route with no entry fails the
 * suite: a Payload upgrade or a plugin that adds an endpoint must be looked at before it ships.
 * The writes here are harmless (empty bodies, ids that do not exist, restoring the latest version);
 * real creates, updates and deletes per role are in access-matrix.test.ts.
 */
import type { SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { rest, signInAll, WORLD_PASSWORD } from './helpers/rest'
import { ACTORS, type Actor, makeWorld, type World } from './helpers/world'
import { EXPECTED } from './route-matrix.expected'

let t: TestPayload
let world: World
let tokens: Record<Actor, string | undefined>
let config: SanitizedConfig
const targets: Record<string, { id?: number | string; version?: number | string }> = {}

const MISSING = 999999
let callId: number
let applicationFile: { id: number; filename?: string | null }

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
  tokens = await signInAll(world)
  config = await (await import('@payload-config')).default
  const lock = await t.payload.create({
    collection: 'payload-locked-documents',
    overrideAccess: true,
    data: { document: { relationTo: 'products', value: world.productB.id }, user: { relationTo: 'users', value: world.users.staff.id } },
  })
  // A change of producer A waiting for review: the reviews routes are asked about it.
  await t.payload.update({
    collection: 'products',
    id: world.productA.id,
    data: { summary: 'Bản nháp chờ duyệt' },
    draft: true,
    locale: 'vi',
    overrideAccess: true,
  })
  const producerA = await t.payload.findByID({ collection: 'users', id: world.users.producerA.id, overrideAccess: true })
  const review = await t.payload.create({
    collection: 'reviews',
    data: { kind: 'products', product: world.productA.id },
    overrideAccess: false,
    user: { ...producerA, collection: 'users' },
  })
  // Producer A asks to exhibit at an upcoming fair in province 1: the exhibitor-requests routes are asked about it.
  const upcoming = await t.payload.create({
    collection: 'fairs',
    overrideAccess: true,
    context: { seeding: true },
    locale: 'vi',
    data: {
      name: 'Hội chợ sắp tới',
      slug: 'hoi-cho-sap-toi',
      startDate: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      endDate: new Date(Date.now() + 33 * 86_400_000).toISOString(),
      venue: 'SECC',
      organiser: 'Sở Công Thương',
      country: 'VN',
      province: world.p1.id,
      _status: 'published',
    },
  })
  const exhibitorRequest = await t.payload.create({
    collection: 'exhibitor-requests',
    data: { fair: upcoming.id },
    overrideAccess: false,
    user: { ...producerA, collection: 'users' },
  })
  // Producer A's application to a call of its province, with a private document attached: the
  // programme routes are asked about real documents, so B and other provinces' staff are refused.
  const programme = await t.payload.create({
    collection: 'programmes',
    overrideAccess: true,
    locale: 'vi',
    data: { name: 'Khuyến công TP.HCM 2026', slug: 'kcdp-hcm-2026', source: 'local', province: world.p1.id, fromYear: 2026, _status: 'published' },
  })
  const call = await t.payload.create({
    collection: 'calls',
    overrideAccess: true,
    locale: 'vi',
    context: { seeding: true },
    data: {
      title: 'Hỗ trợ máy móc 2026',
      programme: programme.id,
      year: 2026,
      kind: 'machinery',
      deadline: '2099-12-20T16:59:59.000Z',
      offer: { form: 'share', sharePercent: 50 },
      eligibility: { provinces: [world.p1.id] },
      _status: 'published',
    } as never,
  })
  const asProducerA = { overrideAccess: false, user: { ...producerA, collection: 'users' } } as const
  const application = await t.payload.create({ collection: 'applications', ...asProducerA, data: { call: call.id } as never })
  applicationFile = await t.payload.create({
    collection: 'application-files',
    ...asProducerA,
    data: {},
    file: { data: world.PNG_1x1, mimetype: 'image/png', name: 'giay-phep-a.png', size: world.PNG_1x1.length },
  })
  await t.payload.update({
    collection: 'applications',
    id: application.id,
    ...asProducerA,
    data: { documents: [{ name: 'Giấy phép kinh doanh', file: applicationFile.id }] },
  })
  callId = call.id
  const ids: Record<string, number | string> = {
    'exhibitor-requests': exhibitorRequest.id,
    programmes: programme.id,
    calls: call.id,
    applications: application.id,
    'application-files': applicationFile.id,
    reviews: review.id,
    producers: world.producerA.id,
    products: world.productA.id,
    awards: world.award.id,
    fairs: world.fair.id,
    enquiries: world.enquiryA.id,
    'product-groups': world.group.id,
    provinces: world.p1.id,
    media: world.mediaA.id,
    users: world.users.producerA.id,
    'payload-locked-documents': lock.id,
  }
  for (const [slug, id] of Object.entries(ids)) {
    const versioned = config.collections.find((c) => c.slug === slug)?.versions
    const version = versioned
      ? (
          await t.payload.findVersions({
            collection: slug as 'products',
            where: { parent: { equals: id } },
            sort: '-updatedAt',
            limit: 1,
            overrideAccess: true,
          })
        ).docs[0]?.id
      : undefined
    targets[slug] = { id, version }
  }
})
afterAll(async () => t?.cleanup())

/** Every route the built config registers, as "<scope> <method> <path>". */
function registeredRoutes(): string[] {
  const routes = (config.endpoints || []).map((e) => `root ${e.method} ${e.path}`)
  for (const c of config.collections) for (const e of c.endpoints || []) routes.push(`${c.slug} ${e.method} ${e.path}`)
  for (const g of config.globals) for (const e of g.endpoints || []) routes.push(`global:${g.slug} ${e.method} ${e.path}`)
  return routes
}

type Request = { url: string; method: string; json?: unknown; token?: 'fresh' }

/** A concrete, harmless request for one route. */
function requestFor(route: string): Request {
  const [scope, method, path] = route.split(' ') as [string, string, string]
  const slug = scope.replace(/^global:/, '')
  const base = scope === 'root' ? '' : scope.startsWith('global:') ? `/globals/${slug}` : `/${slug}`
  const target = targets[slug] ?? {}
  const id = String(target.id ?? MISSING)
  const special: Record<string, Request> = {
    'users post /login': { url: '/users/login', method, json: { email: 'nobody@test.local', password: 'wrong-password' } },
    'users post /logout': { url: '/users/logout', method, token: 'fresh' },
    'users post /refresh-token': { url: '/users/refresh-token', method, token: 'fresh' },
    'users post /forgot-password': { url: '/users/forgot-password', method, json: { email: 'nobody@test.local' } },
    'users post /reset-password': { url: '/users/reset-password', method, json: { token: 'not-a-token', password: 'new-password-1' } },
    'users post /first-register': { url: '/users/first-register', method, json: { email: 'first@test.local', password: 'long-enough-1' } },
    'users post /unlock': { url: '/users/unlock', method, json: { email: world.users.producerB.email } },
    'media get /file/:filename': { url: `/media/file/${world.mediaA.filename}`, method },
    'media get /paste-url/:id?': { url: '/media/paste-url?src=http%3A%2F%2F127.0.0.1%2Fx.png', method },
    'application-files get /file/:filename': { url: `/application-files/file/${applicationFile.filename}`, method },
    'application-files get /paste-url/:id?': { url: '/application-files/paste-url?src=http%3A%2F%2F127.0.0.1%2Fx.png', method },
    'applications post /start': { url: `/applications/start?call=${callId}`, method },
    'payload-jobs get /run': { url: '/payload-jobs/run?queue=enquiries', method },
    'root get /enquiries-search': { url: '/enquiries-search?q=buyer', method },
  }
  if (special[route]) return special[route]
  const concrete = path
    .replace('/versions/:id', `/versions/${target.version ?? MISSING}`)
    .replace('/access/:id?', `/access/${id}`)
    .replace(':id?', id)
    .replace(':id', method === 'delete' ? String(MISSING) : id)
    .replace(':key', 'nav')
  // Bulk routes touch only a document that does not exist.
  const bulk = path === '/' && (method === 'patch' || method === 'delete') ? `?where[id][equals]=${MISSING}` : ''
  const json = method === 'get' || method === 'delete' ? undefined : {}
  return { url: `${base}${concrete === '/' ? '' : concrete}${bulk}`, method, json }
}

async function statusOf(route: string, actor: Actor): Promise<number> {
  const request = requestFor(route)
  let token = tokens[actor]
  if (request.token === 'fresh' && actor !== 'anonymous') {
    const login = await rest('/users/login', { method: 'POST', json: { email: world.users[actor].email, password: WORLD_PASSWORD } })
    token = login.body.token as string
  }
  const r = await rest(request.url, { method: request.method.toUpperCase(), json: request.json, token })
  return r.status
}

describe('route matrix', () => {
  it('should have an entry for every route Payload registers, and none for a route that is gone', () => {
    const routes = registeredRoutes()
    expect(
      routes.filter((r) => !(r in EXPECTED)),
      'routes with no matrix entry: decide who may call them',
    ).toEqual([])
    expect(
      Object.keys(EXPECTED).filter((r) => !routes.includes(r)),
      'matrix entries for routes that no longer exist',
    ).toEqual([])
  })

  it('should answer every route as expected for every actor, never with a server error', async () => {
    const observed: Record<string, number[]> = {}
    for (const route of registeredRoutes()) {
      observed[route] = []
      for (const actor of ACTORS) observed[route].push(await statusOf(route, actor))
    }
    if (process.env.ROUTE_MATRIX_RECORD) console.log(JSON.stringify(observed))
    const errors = Object.entries(observed).filter(([, statuses]) => statuses.some((s) => s >= 500))
    expect(errors, 'server errors').toEqual([])
    const differences = Object.entries(observed)
      .filter(([route, statuses]) => JSON.stringify(statuses) !== JSON.stringify(EXPECTED[route]))
      .map(([route, statuses]) => `${route}: got ${statuses.join(' ')}, expected ${EXPECTED[route]?.join(' ')}`)
    expect(differences).toEqual([])
  }, 300_000)
})

describe('producer A’s application and documents, beyond the statuses', () => {
  const listed = async (path: string, actor: Actor) => {
    const r = await rest(`${path}?depth=0&limit=100`, { token: tokens[actor] })
    return r.status === 200 ? ((r.body.docs as { id: number }[]) ?? []).map((d) => d.id) : []
  }

  it('should never list them to producer B, staff of another province or the anonymous', async () => {
    const application = targets.applications?.id as number
    for (const actor of ['producerB', 'staffOther', 'anonymous'] as const) {
      expect(await listed('/applications', actor), actor).not.toContain(application)
      expect(await listed('/application-files', actor), actor).not.toContain(applicationFile.id)
      const where = `?where[id][equals]=${application}`
      expect((await rest(`/applications/count${where}`, { token: tokens[actor] })).body.totalDocs ?? 0, actor).toBe(0)
    }
    for (const actor of ['producerA', 'staff'] as const) {
      expect(await listed('/applications', actor), actor).toContain(application)
      expect(await listed('/application-files', actor), actor).toContain(applicationFile.id)
    }
  })

  it('should not let the producer hand its application to another province', async () => {
    const id = targets.applications?.id as number
    const r = await rest(`/applications/${id}`, { method: 'PATCH', json: { province: world.p2.id }, token: tokens.producerA })
    expect(r.status).toBe(200)
    const stored = await t.payload.findByID({ collection: 'applications', id, depth: 0, overrideAccess: true })
    expect(stored.province).toBe(world.p1.id)
    expect((await rest(`/applications/${id}`, { token: tokens.staffOther })).status).toBe(404)
  })

  it('should not let staff of another province enter an application for producer A', async () => {
    const r = await rest('/applications', { method: 'POST', json: { call: callId, producer: world.producerA.id }, token: tokens.staffOther })
    expect(r.status).toBe(403)
    const count = await t.payload.count({ collection: 'applications', where: { producer: { equals: world.producerA.id } }, overrideAccess: true })
    const before = count.totalDocs
    expect((await rest('/applications', { method: 'POST', json: { call: callId, producer: world.producerA.id }, token: tokens.staff })).status).toBe(201)
    expect((await t.payload.count({ collection: 'applications', where: { producer: { equals: world.producerA.id } }, overrideAccess: true })).totalDocs).toBe(
      before + 1,
    )
  })
})
