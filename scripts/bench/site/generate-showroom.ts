/**
 * Adds a generated catalogue to a database that already holds the reference and demo data, for
 * the site benchmark: producers (one per eight products), products with pictures, awards on about
 * a third of them (with decisions, certificates and province names as named then), and fairs.
 * Documents go through Payload's Local API, in batches of one transaction each, so hooks and
 * drafts behave as in production. Deterministic: the same count gives the same catalogue.
 *
 *   DATABASE_URL=file:… MEDIA_DIR=… NODE_ENV=production PAYLOAD_SECRET=… \
 *     npx tsx scripts/bench/site/generate-showroom.ts --products=10000
 */
import { commitTransaction, createLocalReq, getPayload, initTransaction, type Payload, type PayloadRequest } from 'payload'
import config from '../../../cms/payload.config'
import { expectedIssuer } from '../../../src/awards/issuing-body'
import { analyzeDatabase } from '../../lib/analyzeDatabase'
import { createRandom, pick, PRODUCT_KINDS, QUALITIES } from '../generate-products'

type Id = number | string

const PRODUCTS = Number(process.argv.find((a) => a.startsWith('--products='))?.split('=')[1] ?? 10_000)
const PER_PRODUCER = 8
const BATCH = 250
const CONTEXT = { seeding: true }
const BRAND_WORDS = [
  'Minh Phát',
  'Hưng Thịnh',
  'Phúc Lộc',
  'An Khang',
  'Tân Phước',
  'Đại Thành',
  'Hoàng Gia',
  'Sơn Trà',
  'Ngọc Lan',
  'Bảo Châu',
  'Trường Xuân',
  'Kim Ngân',
  'Thanh Tâm',
  'Đức Tín',
]
const KINDS = ['household', 'cooperative', 'enterprise'] as const
const TRADE = [
  { minimumOrder: '50 thùng', leadTime: '7–10 ngày' },
  { minimumOrder: '100 sản phẩm mỗi mẫu', leadTime: '30–45 ngày' },
  { minimumOrder: '1 máy', leadTime: '15–20 ngày' },
]

const random = createRandom(20261122)
const log = (line: string) => console.log(`[generate ${new Date().toISOString().slice(11, 19)}] ${line}`)

async function inBatches<T>(payload: Payload, items: readonly T[], work: (item: T, req: PayloadRequest) => Promise<void>) {
  for (let start = 0; start < items.length; start += BATCH) {
    const req = await createLocalReq({ context: CONTEXT }, payload)
    await initTransaction(req)
    for (const item of items.slice(start, start + BATCH)) await work(item, req)
    await commitTransaction(req)
    if ((start / BATCH) % 8 === 0) log(`${Math.min(start + BATCH, items.length)} / ${items.length}`)
  }
}

const daysFrom = (base: Date, days: number) => new Date(base.getTime() + days * 86_400_000).toISOString()

async function main() {
  const payload = await getPayload({ config })
  const already = await payload.count({ collection: 'products', overrideAccess: true, where: { slug: { like: 'bench-san-pham-' } } })
  if (already.totalDocs >= PRODUCTS) {
    log(`already has ${already.totalDocs} generated products`)
    await analyzeDatabase(payload)
    return
  }
  const everything = { overrideAccess: true, pagination: false, depth: 0 } as const
  const provinces = (await payload.find({ collection: 'provinces', ...everything })).docs
  const groups = (await payload.find({ collection: 'product-groups', ...everything })).docs
  const media = (await payload.find({ collection: 'media', ...everything })).docs.filter((m) => m.mimeType?.startsWith('image/'))
  const leafOf = (top: number) => groups.filter((g) => g.code?.startsWith(`${top + 1}.`))

  const producerCount = Math.ceil(PRODUCTS / PER_PRODUCER)
  const producers: { id: Id; province: (typeof provinces)[number]; trade: (typeof TRADE)[number] }[] = []
  log(`producers: ${producerCount}`)
  await inBatches(
    payload,
    Array.from({ length: producerCount }, (_, i) => i + 1),
    async (i, req) => {
      const province = pick(random, provinces)
      const brand = `${pick(random, BRAND_WORDS)} ${i}`
      const ocopAge = Math.floor(random() * 48)
      const doc = await payload.create({
        collection: 'producers',
        req,
        overrideAccess: true,
        locale: 'vi',
        depth: 0,
        draft: false,
        data: {
          _status: 'published',
          brandName: brand,
          legalName: `Hộ kinh doanh ${brand}`,
          slug: `bench-co-so-${i}`,
          kind: pick(random, KINDS),
          province: province.id,
          address: `Thôn ${1 + (i % 9)}, ${province.name}`,
          foundedYear: 1990 + (i % 34),
          summary: `Cơ sở sản xuất ${brand} tại ${province.name}, sản phẩm đạt chuẩn và có mặt tại nhiều hệ thống phân phối.`,
          logo: pick(random, media)?.id,
          packaging: { formats: 'Hộp 250 g, 500 g; thùng 24 hộp', materials: 'Giấy kraft, túi PE an toàn thực phẩm', labelLanguages: ['vi', 'en'] },
          certifications: [
            { kind: 'ocop', stars: 3 + (i % 3), issuedOn: daysFrom(new Date(), -ocopAge * 30), validUntil: daysFrom(new Date(), (36 - ocopAge) * 30) },
            ...(random() < 0.3 ? [{ kind: 'haccp' }] : []),
          ],
          contacts: { person: 'Nguyễn Văn A', phone: `09${String(10_000_000 + i).slice(-8)}`, private: random() < 0.1 },
        } as never,
        context: CONTEXT,
      })
      producers.push({ id: doc.id, province, trade: pick(random, TRADE) })
    },
  )

  log(`products: ${PRODUCTS}`)
  const products: { id: Id; producer: (typeof producers)[number]; group: Id; published: boolean }[] = []
  await inBatches(
    payload,
    Array.from({ length: PRODUCTS }, (_, i) => i + 1),
    async (i, req) => {
      const [kindVi, kindEn, top] = pick(random, PRODUCT_KINDS)
      const [qualityVi, qualityEn] = pick(random, QUALITIES)
      const producer = producers[(i - 1) % producers.length]!
      const leaves = leafOf(top)
      const group = (leaves.length > 0 ? pick(random, leaves) : groups[0]!).id
      const published = random() < 0.97
      const doc = await payload.create({
        collection: 'products',
        req,
        overrideAccess: true,
        locale: 'vi',
        depth: 0,
        draft: !published,
        data: {
          _status: published ? 'published' : 'draft',
          name: `${kindVi} ${qualityVi} ${i}`,
          slug: `bench-san-pham-${i}`,
          producer: producer.id,
          productGroup: group,
          summary: `${kindVi} ${qualityVi} (${kindEn.toLowerCase()}, ${qualityEn}) của cơ sở tại ${producer.province.name}.`,
          images: [pick(random, media)?.id, pick(random, media)?.id].filter(Boolean),
          specs: { size: `${(1 + (i % 10)) * 100} g`, packaging: 'Hộp giấy, thùng 24 hộp', shelfLife: '12 tháng', ingredients: 'Nguyên liệu địa phương' },
          minimumOrder: producer.trade.minimumOrder,
          leadTime: producer.trade.leadTime,
          price: { min: 50_000 + (i % 20) * 10_000, max: 80_000 + (i % 20) * 10_000, currency: 'VND', unit: 'hộp' },
          featured: i % 100 === 0,
        } as never,
        context: CONTEXT,
      })
      products.push({ id: doc.id, producer, group, published })
    },
  )

  log('awards')
  type AwardPlan = { product: (typeof products)[number]; level: 'provincial' | 'regional' | 'national' | 'district'; year: number }
  const plans: AwardPlan[] = []
  for (const product of products) {
    const roll = random()
    if (roll < 0.2) plans.push({ product, level: 'provincial', year: 2016 + 2 * Math.floor(random() * 5) })
    else if (roll < 0.28) plans.push({ product, level: 'provincial', year: 2022 }, { product, level: 'regional', year: 2023 })
    else if (roll < 0.31)
      plans.push({ product, level: 'provincial', year: 2020 }, { product, level: 'regional', year: 2021 }, { product, level: 'national', year: 2021 })
    else if (roll < 0.34) plans.push({ product, level: 'district', year: 2018 })
  }
  let sequence = 0
  await inBatches(payload, plans, async ({ product, level, year }, req) => {
    sequence += 1
    const province = product.producer.province
    const former = (province.formerNames ?? []).filter((n) => n !== province.name)
    const nameThen = year < 2025 && former.length > 0 && random() < 0.5 ? pick(random, former) : province.name
    await payload.create({
      collection: 'awards',
      req,
      overrideAccess: true,
      depth: 0,
      data: {
        product: product.id,
        level,
        year,
        awardingBody: level === 'district' ? `UBND huyện ${BRAND_WORDS[sequence % BRAND_WORDS.length]}` : expectedIssuer(level, year, nameThen),
        decisionNumber: level === 'national' ? (year === 2021 ? '1997/QĐ-BCT' : '3116/QĐ-BCT') : `${1000 + (sequence % 2900)}/QĐ-UBND`,
        decisionDate: `${year}-10-${String(5 + (sequence % 20)).padStart(2, '0')}T02:00:00.000Z`,
        certificateNumber: `BENCH-${year}-${String(sequence).padStart(5, '0')}`,
        productGroup: product.group,
        province: province.id,
        provinceNameAtAward: nameThen,
      } as never,
      context: CONTEXT,
    })
  })

  log('fairs')
  const today = new Date()
  await inBatches(
    payload,
    Array.from({ length: 40 }, (_, i) => i + 1),
    async (i, req) => {
      const start = daysFrom(today, (i - 20) * 21)
      await payload.create({
        collection: 'fairs',
        req,
        overrideAccess: true,
        locale: 'vi',
        depth: 0,
        draft: false,
        data: {
          _status: 'published',
          name: `Hội chợ sản phẩm CNNT ${i}`,
          slug: `bench-hoi-cho-${i}`,
          startDate: start,
          endDate: daysFrom(new Date(start), 4),
          registrationDeadline: daysFrom(new Date(start), -30),
          venue: `Trung tâm triển lãm số ${i}`,
          city: pick(random, provinces).name,
          country: 'VN',
          organiser: 'Trung tâm Khuyến công',
          sectors: 'Thủ công mỹ nghệ; thực phẩm',
          summary: 'Hội chợ giới thiệu sản phẩm công nghiệp nông thôn tiêu biểu.',
          support: 'Hỗ trợ 100% chi phí gian hàng tiêu chuẩn.',
          exhibitors: exhibitorRows(Array.from({ length: 12 }, () => pick(random, products))),
        } as never,
        context: CONTEXT,
      })
    },
  )
  await analyzeDatabase(payload)
  log(`done: ${producers.length} producers, ${products.length} products, ${plans.length} awards, 40 fairs`)
}

/** A fair's exhibitors as its rows: each producer once, with a booth and the picked products of its own. */
function exhibitorRows(picked: readonly { id: Id; producer: { id: Id } }[]) {
  const byProducer = new Map<Id, Set<Id>>()
  for (const product of picked) byProducer.set(product.producer.id, (byProducer.get(product.producer.id) ?? new Set()).add(product.id))
  return [...byProducer].map(([producer, ids], i) => ({ producer, booth: `A${i + 1}`, products: [...ids] }))
}

await main()
process.exit(0)
