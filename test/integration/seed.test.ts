/**
 * The seed on a fresh database: reference data, the demo showroom, the demo accounts, and a
 * second run that changes no counts.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoAccounts, producerEmail, seed, type SeedSummary } from '../../scripts/seed/index'
import { bootPayload, type TestPayload } from './helpers/bootPayload'

// A fixed clock keeps the fair calendar and OCOP validity reproducible.
const NOW = new Date('2026-03-16T03:00:00.000Z')

type Row = Record<string, any>

let harness: TestPayload
let payload: Payload
let first: SeedSummary

async function all(collection: Parameters<Payload['find']>[0]['collection'], extra: Partial<Parameters<Payload['find']>[0]> = {}): Promise<Row[]> {
  const result = await payload.find({ collection, limit: 1000, depth: 0, overrideAccess: true, ...extra })
  return result.docs as Row[]
}

beforeAll(async () => {
  harness = await bootPayload()
  payload = harness.payload
  first = await seed(payload, { demo: true, now: NOW })
}, 600_000) // a hang guard, not a target: the whole demo seed through every hook takes minutes on a busy 2-core machine

afterAll(async () => {
  await harness?.cleanup()
})

describe('seed: reference data', () => {
  it('should seed the 34 provincial units, 6 of them cities, covering each of the 63 former provinces once', async () => {
    const provinces = await all('provinces')
    expect(provinces).toHaveLength(34)
    expect(
      provinces
        .filter((p) => p.kind === 'city')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Cần Thơ', 'Huế', 'Hà Nội', 'Hải Phòng', 'Thành phố Hồ Chí Minh', 'Đà Nẵng'].sort())
    const former = provinces.flatMap((p) => p.formerNames as string[])
    expect(former).toHaveLength(63)
    expect(new Set(former).size).toBe(63)
  })

  it('should keep the former provinces absorbed in 2025 under their current unit', async () => {
    const byName = new Map((await all('provinces')).map((p) => [p.name as string, p.formerNames as string[]]))
    expect(byName.get('Thành phố Hồ Chí Minh')).toEqual(expect.arrayContaining(['Bình Dương', 'Bà Rịa–Vũng Tàu']))
    expect(byName.get('Tây Ninh')).toContain('Long An')
    expect(byName.get('Thái Nguyên')).toContain('Bắc Kạn')
    expect(byName.get('Hưng Yên')).toContain('Thái Bình')
    for (const kept of ['Hà Nội', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng']) {
      expect(byName.get(kept)).toEqual([kept])
    }
  })

  it('should seed the four product groups with their sub-groups in both languages', async () => {
    const groups = await all('product-groups', { locale: 'all' })
    const top = groups.filter((g) => !g.parent)
    expect(top.map((g) => g.code).sort()).toEqual(['1', '2', '3', '4'])
    expect(top.find((g) => g.code === '1')?.name).toEqual({ vi: 'Thủ công mỹ nghệ', en: 'Handicrafts and fine-art products' })
    expect(groups.filter((g) => g.parent).length).toBeGreaterThanOrEqual(8)
  })
})

describe('seed: demo showroom', () => {
  it('should create at least 40 producers in at least 8 provinces', async () => {
    const producers = await all('producers')
    expect(producers.length).toBeGreaterThanOrEqual(40)
    expect(new Set(producers.map((p) => p.province)).size).toBeGreaterThanOrEqual(8)
    expect(producers.some((p) => p.contacts?.private === true)).toBe(true)
  })

  it('should publish at least 150 products and keep the drafts from the public', async () => {
    const published = await payload.count({ collection: 'products', where: { _status: { equals: 'published' } }, overrideAccess: true })
    expect(published.totalDocs).toBeGreaterThanOrEqual(150)
    const drafts = await payload.count({ collection: 'products', where: { _status: { equals: 'draft' } }, overrideAccess: true })
    expect(drafts.totalDocs).toBeGreaterThanOrEqual(2)
    const seenByPublic = await payload.find({ collection: 'products', where: { slug: { equals: 'keo-khom-me' } }, overrideAccess: false, depth: 0 })
    expect(seenByPublic.totalDocs).toBe(0)
  })

  it('should name the products the search team needs, in Vietnamese and English', async () => {
    const names = (await all('products', { locale: 'vi' })).map((p) => p.name as string)
    for (const word of ['Mật ong', 'Kẹo khóm', 'Dế sấy giòn', 'Thịt dê hun khói', 'Trà', 'Chè']) {
      expect(
        names.some((n) => n.includes(word)),
        word,
      ).toBe(true)
    }
    const [candy] = await all('products', { locale: 'all', where: { slug: { equals: 'keo-khom-ben-luc-200g' } } })
    expect(candy.name).toEqual({ vi: 'Kẹo khóm Bến Lức 200 g', en: 'Ben Luc pineapple candy 200 g' })
    expect(candy.description.en.root.children[0].children[0].text).toMatch(/pineapple/)
  })

  it('should record awards at every level from 2017 to 2025, with the province as named then', async () => {
    const awards = await all('awards')
    expect(awards.length).toBeGreaterThanOrEqual(80)
    for (const level of ['provincial', 'regional', 'national'])
      expect(
        awards.some((a) => a.level === level),
        level,
      ).toBe(true)
    const years = new Set(awards.map((a) => a.year as number))
    for (let year = 2017; year <= 2025; year += 1) expect(years.has(year), String(year)).toBe(true)
    expect(awards.every((a) => typeof a.decisionNumber === 'string' && a.decisionNumber.includes('/QĐ-'))).toBe(true)
    expect(awards.filter((a) => a.level === 'national' && a.year === 2021).every((a) => a.decisionNumber === '1997/QĐ-BCT')).toBe(true)
    expect(awards.filter((a) => a.level === 'national' && a.year === 2023).every((a) => a.decisionNumber === '3116/QĐ-BCT')).toBe(true)

    const [tayNinh] = await all('provinces', { where: { name: { equals: 'Tây Ninh' } } })
    const longAn = awards.find((a) => a.level === 'provincial' && a.provinceNameAtAward === 'Long An')
    expect(longAn).toMatchObject({ awardingBody: 'UBND tỉnh Long An', province: tayNinh.id })
    expect(awards.some((a) => a.awardingBody === 'UBND tỉnh Bình Dương')).toBe(true)
    expect(awards.some((a) => a.level === 'regional' && a.year <= 2021 && a.awardingBody === 'Cục Công nghiệp địa phương')).toBe(true)
    expect(awards.some((a) => a.level === 'regional' && a.year === 2023 && a.awardingBody === 'Cục Công Thương địa phương')).toBe(true)
  })

  it('should place 12 fairs around the run date: past, ongoing, upcoming, and abroad', async () => {
    const fairs = await all('fairs')
    expect(fairs).toHaveLength(12)
    const now = NOW.getTime()
    const start = (f: Row) => new Date(f.startDate).getTime()
    const end = (f: Row) => new Date(f.endDate).getTime()
    expect(fairs.some((f) => end(f) < now)).toBe(true)
    expect(fairs.some((f) => start(f) <= now && now <= end(f))).toBe(true)
    expect(fairs.some((f) => start(f) > now)).toBe(true)
    expect(fairs.some((f) => f.country !== 'VN')).toBe(true)
    expect(
      fairs.every(
        (f) =>
          f._status === 'published' &&
          f.exhibitors.length > 0 &&
          f.exhibitors.every((row: { booth?: string; products?: unknown[] }) => row.booth && (row.products ?? []).length > 0),
      ),
    ).toBe(true)
  })

  it('should address the demo enquiries to producers, in both languages', async () => {
    const enquiries = await all('enquiries')
    expect(enquiries.length).toBeGreaterThanOrEqual(6)
    expect(enquiries.every((e) => e.producer && e.province)).toBe(true)
    expect(new Set(enquiries.map((e) => e.language))).toEqual(new Set(['vi', 'en']))
  })

  it('should show every enquiry state a centre meets: answered on time and late, escalated, and one falling due a minute after the seed', async () => {
    const enquiries = await all('enquiries')
    const answered = enquiries.filter((e) => e.answeredAt)
    expect(answered.some((e) => Date.parse(e.answeredAt) <= Date.parse(e.dueAt))).toBe(true)
    expect(answered.some((e) => Date.parse(e.answeredAt) > Date.parse(e.dueAt))).toBe(true)
    const escalated = enquiries.filter((e) => e.escalatedAt)
    expect(escalated.length).toBeGreaterThan(0)
    expect(escalated.every((e) => !e.answeredAt && Date.parse(e.escalatedAt) > Date.parse(e.dueAt))).toBe(true)
    const soon = enquiries.filter((e) => e.dueAt === new Date(NOW.getTime() + 60_000).toISOString())
    expect(soon.map((e) => e.status)).toEqual(['new'])
  })

  it('should leave one producer change waiting for review and one sent back with a comment', async () => {
    const reviews = await payload.find({ collection: 'reviews', overrideAccess: true, depth: 0, limit: 10 })
    expect(reviews.docs.map((r) => r.status).sort()).toEqual(['pending', 'sent-back'])
    expect(reviews.docs.find((r) => r.status === 'sent-back')?.comment).toContain('chữa được mọi bệnh')
    expect(reviews.docs.every((r) => Array.isArray(r.changes) && r.changes.length > 0)).toBe(true)
  })

  it('should leave one request to exhibit waiting, for a fair in Thành phố Hồ Chí Minh that its staff decide', async () => {
    const requests = await payload.find({ collection: 'exhibitor-requests', overrideAccess: true, depth: 1, limit: 10 })
    expect(requests.docs.map((r) => r.status)).toEqual(['waiting'])
    const [request] = requests.docs
    expect(request?.title).toMatch(/^Mật ong rừng Ba Bể — Hội chợ Đặc sản vùng miền Việt Nam/)
    expect(typeof request?.province === 'object' && request.province?.slug).toBe('thanh-pho-ho-chi-minh')
  })
})

describe('seed: demo accounts', () => {
  it('should let every demo account sign in with the demo password', async () => {
    const accounts = demoAccounts()
    expect(first.accounts.map((a) => a.email).sort()).toEqual(accounts.map((a) => a.email).sort())
    for (const account of accounts) {
      const result = await payload.login({ collection: 'users', data: { email: account.email, password: DEMO_PASSWORD } })
      expect(result.token, account.email).toBeTruthy()
      expect((result.user as Row).role, account.email).toBe(account.role)
    }
  })

  it('should link each producer account to its producer and limit staff-hcm to Hồ Chí Minh City', async () => {
    const producers = await all('producers')
    const users = new Map((await all('users')).map((u) => [u.email as string, u]))
    for (const producer of producers) {
      const user = users.get(producerEmail(producer.slug))
      expect(user, producer.slug).toMatchObject({ role: 'producer', producer: producer.id })
    }
    const [hcm] = await all('provinces', { where: { slug: { equals: 'thanh-pho-ho-chi-minh' } } })
    expect(users.get('staff-hcm@tieubieu.local')).toMatchObject({ role: 'staff', provinces: [hcm.id] })
    expect(users.get('staff@tieubieu.local')?.provinces ?? []).toEqual([])
  })
})

describe('seed: demo pictures', () => {
  it('should give each producer its own picture (logo, gallery, products), so its account reads it by name', async () => {
    const producers = await all('producers')
    const media = new Map((await all('media')).map((m) => [m.id, m]))
    for (const producer of producers) expect(media.get(producer.logo)?.owner, producer.slug).toBe(producer.id)
    for (const product of await all('products', { draft: true })) {
      for (const image of product.images ?? []) expect(media.get(image)?.owner, product.slug).toBe(product.producer)
    }
  })
})

describe('seed: idempotence', () => {
  it('should leave the same counts when seeded again', async () => {
    const second = await seed(payload, { demo: true, now: NOW })
    expect(second.counts).toEqual(first.counts)
    expect(second.created).toEqual({})
    const login = await payload.login({ collection: 'users', data: { email: 'admin@tieubieu.local', password: DEMO_PASSWORD } })
    expect(login.token).toBeTruthy()
  }, 600_000)
})
