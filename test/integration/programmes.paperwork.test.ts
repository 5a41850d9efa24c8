/**
 * The paperwork around a call: fitting producers are mailed once when it is published, the Apply
 * button opens a prefilled draft, the documents a producer uploads stay private, the finished
 * dossier prints as one page to sign, and the centre's report adds up to the records.
 */
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setProgrammeClock } from '../../src/programmes/clock'
import { announceCall } from '../../src/programmes/announce-call'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { readMails, runAllJobs } from './helpers/enquiries'
import { rest, signInAll } from './helpers/rest'
import { type Actor, makeWorld, userFor, type World } from './helpers/world'

let t: TestPayload
let world: World
let tokens: Record<Actor, string | undefined>
const sys = { overrideAccess: true } as const
const ids: Record<string, number> = {}
const as = async (actor: Actor) => ({ overrideAccess: false, user: (await userFor(t.payload, world, actor)) as never })
const announcements = () => readMails(`${t.dir}/mail`).filter((m) => m.subject.startsWith('Thông báo hỗ trợ mới'))

const publishCall = (title: string, data: Record<string, unknown>) =>
  t.payload.create({
    collection: 'calls',
    ...sys,
    locale: 'vi',
    data: {
      title,
      programme: ids.programme,
      year: 2026,
      kind: 'machinery',
      deadline: '2026-12-20T16:59:59.000Z',
      offer: { form: 'share', sharePercent: 50 },
      questions: [{ question: 'Máy móc dự kiến mua?' }],
      contact: { office: 'Trung tâm Khuyến công TP. Hồ Chí Minh' },
      _status: 'published',
      ...data,
    } as never,
  })

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
  tokens = await signInAll(world)
  setProgrammeClock(new Date('2026-12-05T03:00:00Z'))
  await t.payload.update({ collection: 'producers', id: world.producerA.id, ...sys, data: { contacts: { email: 'a@example.vn' } } })
  await t.payload.update({ collection: 'producers', id: world.producerB.id, ...sys, data: { contacts: { email: 'b@example.vn' } } })
  const programme = await t.payload.create({
    collection: 'programmes',
    ...sys,
    data: { name: 'Khuyến công quốc gia 2026', slug: 'kcqg-2026', source: 'national', fromYear: 2026, _status: 'published' },
  })
  ids.programme = programme.id
})
afterAll(async () => {
  setProgrammeClock(undefined)
  await t?.cleanup()
})

describe('a call is published', () => {
  it('should mail the producers it fits, once each, and not the others', async () => {
    const call = await publishCall('Hỗ trợ máy móc TP.HCM', { eligibility: { provinces: [world.p1.id] } })
    ids.call = call.id
    await runAllJobs(t.payload)
    // At the page's address and at the producer's account, where whoever applies reads it.
    expect(announcements().map((m) => m.to)).toEqual([['a@example.vn', 'a@test.local']])
    expect(announcements()[0]?.text).toContain('Hỗ trợ máy móc TP.HCM')
    expect(announcements()[0]?.text).toContain('Hạn nộp hồ sơ: 20/12/2026')
    // Published again after an edit, or the job run again: nobody is mailed twice.
    await t.payload.update({ collection: 'calls', id: call.id, ...sys, data: { _status: 'draft' }, draft: true })
    await t.payload.update({ collection: 'calls', id: call.id, ...sys, data: { _status: 'published' } })
    await runAllJobs(t.payload)
    expect((await announceCall(t.payload, call.id, new Date('2026-12-05T03:00:00Z'), 'http://cms.test')).mailed).toEqual([])
    expect(announcements()).toHaveLength(1)
  })

  it('should not mail anyone for a draft', async () => {
    await t.payload.create({
      collection: 'calls',
      ...sys,
      draft: true,
      data: {
        title: 'Nháp',
        programme: ids.programme,
        year: 2026,
        kind: 'brand',
        deadline: '2026-12-30T00:00:00Z',
        offer: { form: 'amount' },
        _status: 'draft',
      },
    })
    await runAllJobs(t.payload)
    expect(announcements()).toHaveLength(1)
  })
})

describe('applying from the home page', () => {
  it('should open a prefilled draft for the producer, the same one the second time', async () => {
    const first = await rest(`/applications/start?call=${ids.call}`, { method: 'POST', token: tokens.producerA })
    expect(first.status).toBe(303)
    const again = await rest(`/applications/start?call=${ids.call}`, { method: 'POST', token: tokens.producerA })
    expect(again.status).toBe(303)
    const [location] = [first, again].map((r) => r)
    expect(location).toBeDefined()
    const mine = await t.payload.find({ collection: 'applications', ...(await as('producerA')), depth: 0 })
    expect(mine.totalDocs).toBe(1)
    ids.application = mine.docs[0]!.id
    expect(mine.docs[0]?.status).toBe('draft')
    expect(mine.docs[0]?.applicant?.legalName).toBe(world.producerA.legalName)
  })

  it('should refuse staff and the anonymous', async () => {
    expect((await rest(`/applications/start?call=${ids.call}`, { method: 'POST', token: tokens.staff })).status).toBe(403)
    expect((await rest(`/applications/start?call=${ids.call}`, { method: 'POST' })).status).toBe(401)
  })
})

describe('documents uploaded with an application', () => {
  it('should let only the applicant and the staff of its province open them', async () => {
    const file = await t.payload.create({
      collection: 'application-files',
      ...(await as('producerA')),
      data: {},
      file: { data: world.PNG_1x1, mimetype: 'image/png', name: 'giay-phep.png', size: world.PNG_1x1.length },
    })
    expect(typeof file.owner === 'object' ? file.owner?.id : file.owner).toBe(world.producerA.id)
    await t.payload.update({
      collection: 'applications',
      id: ids.application,
      ...(await as('producerA')),
      data: { documents: [{ name: 'Giấy phép kinh doanh', file: file.id }] },
    })
    const statuses = async (path: string) =>
      Object.fromEntries(
        await Promise.all(
          (['producerA', 'staff', 'staffOther', 'producerB', 'anonymous'] as const).map(async (a) => [a, (await rest(path, { token: tokens[a] })).status]),
        ),
      )
    const fileRoute = await statuses(`/application-files/file/${file.filename}`)
    expect(fileRoute).toMatchObject({ producerA: 200, staff: 200 })
    for (const outsider of ['staffOther', 'producerB', 'anonymous']) expect([403, 404]).toContain(fileRoute[outsider])
    const docRoute = await statuses(`/application-files/${file.id}`)
    expect(docRoute).toMatchObject({ producerA: 200, staff: 200 })
    for (const outsider of ['staffOther', 'producerB', 'anonymous']) expect([403, 404]).toContain(docRoute[outsider])
    const list = await rest('/application-files', {})
    expect(list.body.totalDocs ?? 0).toBe(0)
  })
})

describe('the dossier to sign', () => {
  it('should print the applicant’s facts, answers, documents and a signature block for the applicant and staff only', async () => {
    await t.payload.update({
      collection: 'applications',
      id: ids.application,
      ...(await as('producerA')),
      data: { answers: [{ question: 'Máy móc dự kiến mua?', answer: 'Máy <quay> mật' }], requestedAmount: 120_000_000 },
    })
    const page = await rest(`/applications/${ids.application}/dossier`, { token: tokens.producerA })
    expect(page.status).toBe(200)
    expect(page.text).toContain('ĐƠN ĐỀ NGHỊ HỖ TRỢ KINH PHÍ KHUYẾN CÔNG')
    expect(page.text).toContain(world.producerA.legalName)
    expect(page.text).toContain('Máy &lt;quay&gt; mật')
    expect(page.text).toContain('Giấy phép kinh doanh')
    expect(page.text).toContain('120.000.000 đồng')
    expect(page.text).toContain('ĐẠI DIỆN CƠ SỞ')
    expect(page.text).toContain('@media print')
    expect((await rest(`/applications/${ids.application}/dossier`, { token: tokens.staff })).status).toBe(200)
    expect((await rest(`/applications/${ids.application}/dossier`, { token: tokens.producerB })).status).toBe(404)
    expect((await rest(`/applications/${ids.application}/dossier`, { token: tokens.staffOther })).status).toBe(404)
    expect((await rest(`/applications/${ids.application}/dossier`)).status).toBe(401)
  })
})

describe('the centre’s report', () => {
  beforeAll(async () => {
    const otherYear = await publishCall('Bao bì 2025', { year: 2025, kind: 'packaging-design' })
    const seed = (producer: number, call: number, status: string, amountGranted?: number, counterpartFunds?: number) =>
      t.payload.create({
        collection: 'applications',
        ...sys,
        context: { seeding: true },
        data: { call, producer, status, counterpartFunds, decision: { amountGranted } } as never,
      })
    await seed(world.producerA.id, otherYear.id, 'accepted', 30_000_000, 10_000_000)
    await seed(world.producerB.id, otherYear.id, 'accepted', 20_000_000, 25_000_000)
    await seed(world.producerB.id, ids.call, 'declined')
    await seed(world.producerB.id, otherYear.id, 'submitted')
  })

  it('should add up to the applications on record, by year, programme, kind and province', async () => {
    const r = await rest('/applications/report', { token: tokens.staff })
    expect(r.status).toBe(200)
    const { rows, total } = r.body as { rows: Record<string, unknown>[]; total: Record<string, number> }
    const records = await t.payload.find({ collection: 'applications', ...sys, depth: 0, pagination: false })
    const received = records.docs.filter((a) => a.status !== 'draft')
    const accepted = received.filter((a) => a.status === 'accepted')
    expect(total.received).toBe(received.length)
    expect(total.accepted).toBe(accepted.length)
    expect(total.supportFunds).toBe(accepted.reduce((n, a) => n + (a.decision?.amountGranted ?? 0), 0))
    expect(total.counterpartFunds).toBe(accepted.reduce((n, a) => n + (a.counterpartFunds ?? 0), 0))
    expect(total.establishmentsSupported).toBe(new Set(accepted.map((a) => a.producer)).size)
    expect(total).toMatchObject({ received: 4, accepted: 2, supportFunds: 50_000_000, counterpartFunds: 35_000_000, establishmentsSupported: 2 })
    expect(rows.find((row) => row.year === 2025 && row.province === world.p2.name)).toMatchObject({
      programme: 'Khuyến công quốc gia 2026',
      kind: 'Thiết kế bao bì, mẫu mã',
      establishmentsSupported: 1,
      supportFunds: 20_000_000,
      counterpartFunds: 25_000_000,
      received: 2,
      accepted: 1,
    })
  })

  it('should show staff limited to a province that province’s figures only, and refuse producers', async () => {
    const r = await rest('/applications/report', { token: tokens.staffOther })
    const { rows, total } = r.body as { rows: { province: string }[]; total: Record<string, number> }
    expect(new Set(rows.map((row) => row.province))).toEqual(new Set([world.p2.name]))
    expect(total).toMatchObject({ received: 3, accepted: 1, supportFunds: 20_000_000 })
    expect((await rest('/applications/report', { token: tokens.producerA })).status).toBe(403)
    expect((await rest('/applications/report')).status).toBe(401)
  })

  it('should download as CSV that Excel opens with its diacritics, and as XLSX with numbers', async () => {
    const csv = await rest('/applications/report?format=csv&year=2025', { token: tokens.staff })
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Năm,Chương trình,Nội dung hỗ trợ,Tỉnh/thành,Số cơ sở được hỗ trợ,Kinh phí hỗ trợ (đồng),Vốn đối ứng (đồng),Hồ sơ nhận,Hồ sơ được hỗ trợ',
    )
    expect(csv.text.trim().split('\r\n').at(-1)).toBe(',Tổng cộng,,,2,50000000,35000000,3,2')
    const { default: config } = await import('@payload-config')
    const { handleEndpoints } = await import('payload')
    const response = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/applications/report?format=xlsx', { headers: { Authorization: `JWT ${tokens.staff}` } }),
    })
    expect(response.headers.get('content-disposition')).toContain('.xlsx')
    const sheet = await readSheet(Buffer.from(await response.arrayBuffer()))
    expect(sheet[0]?.[0]).toBe('Năm')
    expect(sheet.at(-1)?.[5]).toBe(50_000_000)
  })
})
