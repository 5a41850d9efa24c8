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
  const ids: Record<string, number | string> = {
    'exhibitor-requests': exhibitorRequest.id,
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
