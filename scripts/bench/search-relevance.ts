/**
 * Search relevance on the demo showroom: the seed is run into a temporary SQLite database, every
 * published product, producer and fair is read and mapped exactly as the sync jobs do
 * (cms/search), and indexed in the embedded engine. Then a judged set of queries, each with the
 * items a buyer expects near the top:
 *
 *   - top-3 success: the share of queries with an expected item in the first three hits (target ≥ 95%)
 *   - minimal pairs: the share of accent pairs (dế/dê, dừa/dứa, máy/mây…) whose accent-exact item
 *     ranks first (target ≥ 95%)
 *
 * Writes bench/results/search-relevance.json and prints the misses.
 *
 *   npx tsx scripts/bench/search-relevance.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEMO_PRODUCERS } from '../seed/demo/producers/index'

type Locale = 'vi' | 'en'
type Category = 'unaccented' | 'accented' | 'nfd' | 'synonym' | 'former-province' | 'english' | 'typo' | 'typing' | 'fair-or-brand'
interface Judged {
  readonly category: Category
  readonly q: string
  readonly locale?: Locale
  /** Items (`product:slug`, `producer:slug`, `fair:slug`) any of which should be in the top 3. */
  readonly expect: readonly string[]
}
interface MinimalPair {
  readonly q: string
  readonly locale?: Locale
  /** The accent-exact items, one of which must rank first. */
  readonly first: readonly string[]
  /** Items of the other spelling, which must not come first. */
  readonly not: readonly string[]
}

const NOW = new Date('2026-11-22T03:00:00.000Z')
const TOP = 3

const products = (...slugs: string[]) => slugs.map((slug) => `product:${slug}`)
/** The producer and every product of it. */
function ofProducer(...slugs: string[]): string[] {
  return slugs.flatMap((slug) => {
    const producer = DEMO_PRODUCERS.find((p) => p.slug === slug)
    if (!producer) throw new Error(`no demo producer ${slug}`)
    return [`producer:${slug}`, ...producer.products.filter((p) => !p.draft).map((p) => `product:${p.slug}`)]
  })
}
/** Everything located in a current province: a former province's name must find them. */
function inProvince(slug: string): string[] {
  return ofProducer(...DEMO_PRODUCERS.filter((p) => p.province === slug).map((p) => p.slug))
}
function productsWhere(test: (slug: string) => boolean): string[] {
  return DEMO_PRODUCERS.flatMap((p) => p.products.filter((x) => !x.draft && test(x.slug)).map((x) => `product:${x.slug}`))
}
const nfd = (text: string) => text.normalize('NFD')

const JUDGED: Judged[] = [
  // Typed without diacritics, as most buyers do on a phone.
  { category: 'unaccented', q: 'mat ong rung ba be', expect: products('mat-ong-rung-ba-be-500ml') },
  { category: 'unaccented', q: 'keo khom', expect: products('keo-khom-ben-luc-200g', 'keo-khom-me') },
  { category: 'unaccented', q: 'mien dong na ri', expect: products('mien-dong-na-ri-500g') },
  { category: 'unaccented', q: 'keo dua mo cay', expect: products('keo-dua-sua-mo-cay') },
  { category: 'unaccented', q: 'nuoc mam phu quoc', expect: productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')) },
  { category: 'unaccented', q: 'banh trang phoi suong', expect: products('banh-trang-phoi-suong-trang-bang') },
  { category: 'unaccented', q: 'gom bat trang', expect: ofProducer('gom-bat-trang') },
  { category: 'unaccented', q: 'tuong ban', expect: ofProducer('tuong-ban') },
  { category: 'unaccented', q: 'che bup tan cuong', expect: products('che-bup-tan-cuong-dac-biet') },
  { category: 'unaccented', q: 'long nhan hung yen', expect: products('long-nhan-hung-yen-500g') },
  { category: 'unaccented', q: 'dao phuc sen', expect: ofProducer('dao-phuc-sen') },
  { category: 'unaccented', q: 'chieu coi', expect: products('chieu-coi-hoi-in-hoa-1m8', 'chieu-coi-tron-gap') },
  { category: 'unaccented', q: 'ca phe robusta', expect: products('ca-phe-robusta-fine-rang-moc', 'ca-phe-nhan-robusta-s18') },
  { category: 'unaccented', q: 'duong thot not', expect: products('duong-thot-not-bay-nui', 'duong-thot-not-cat') },
  { category: 'unaccented', q: 'hat dieu rang muoi', expect: products('hat-dieu-rang-muoi-bu-dang') },
  { category: 'unaccented', q: 'muoi tom tay ninh', expect: products('muoi-tom-tay-ninh-200g') },
  { category: 'unaccented', q: 'tra shan tuyet', expect: products('tra-shan-tuyet-co-thu', 'bach-tra-shan-tuyet', 'banh-hong-tra-shan') },
  { category: 'unaccented', q: 'que van yen', expect: ofProducer('que-van-yen') },
  { category: 'unaccented', q: 'banh pia sau rieng', expect: products('banh-pia-sau-rieng-trung') },
  { category: 'unaccented', q: 'gach tuynel', expect: products('gach-tuynel-2-lo-duc-hoa', 'gach-tuynel-4-lo-duc-hoa') },
  { category: 'unaccented', q: 'may say lua', expect: products('may-say-lua-vi-ngang-om30', 'may-say-thap-tuan-hoan-om') },
  // Typed as written.
  { category: 'accented', q: 'Mật ong hoa cà phê', expect: products('mat-ong-hoa-ca-phe-tam-an-1kg') },
  { category: 'accented', q: 'Gốm Chăm', expect: ofProducer('gom-bau-truc') },
  { category: 'accented', q: 'Thổ cẩm Ê Đê', expect: products('khan-tho-cam-e-de') },
  { category: 'accented', q: 'Sơn mài khảm trai', expect: products('hop-son-mai-kham-trai') },
  { category: 'accented', q: 'Nước mắm Nam Ô', expect: products('nuoc-mam-nam-o-nhi-cot', 'nuoc-mam-nam-o-hu-sanh') },
  { category: 'accented', q: 'Bánh cáy làng Nguyễn', expect: products('banh-cay-lang-nguyen-500g') },
  // Decomposed Unicode (NFD), as some keyboards and copy-pastes send it.
  { category: 'nfd', q: nfd('Mật ong Tâm An'), expect: ofProducer('mat-ong-tam-an') },
  { category: 'nfd', q: nfd('Kẹo dừa sầu riêng'), expect: products('keo-dua-sau-rieng') },
  { category: 'nfd', q: nfd('Cà phê phin giấy'), expect: products('ca-phe-phin-giay-cu-sue') },
  { category: 'nfd', q: nfd('Đường thốt nốt'), expect: products('duong-thot-not-bay-nui', 'duong-thot-not-cat') },
  { category: 'nfd', q: nfd('Bạc Đông Xâm'), expect: ofProducer('bac-dong-xam') },
  { category: 'nfd', q: nfd('Dế sấy giòn'), expect: products('de-say-gion-cu-chi') },
  // Regional words and the other language's word for the same thing.
  { category: 'synonym', q: 'kẹo dứa', expect: products('keo-khom-ben-luc-200g', 'keo-dua-mem-hop-qua') },
  { category: 'synonym', q: 'keo thom', expect: products('keo-khom-ben-luc-200g', 'keo-dua-mem-hop-qua') },
  { category: 'synonym', q: 'mứt khóm', expect: products('mut-thom-say-deo') },
  { category: 'synonym', q: 'dứa sấy dẻo', expect: products('mut-thom-say-deo') },
  { category: 'synonym', q: 'trà Tân Cương', expect: products('che-bup-tan-cuong-dac-biet', 'tra-xanh-tui-loc-tan-cuong', 'che-non-tom-hop-qua') },
  { category: 'synonym', q: 'chè Shan tuyết', expect: products('tra-shan-tuyet-co-thu', 'bach-tra-shan-tuyet', 'banh-hong-tra-shan') },
  { category: 'synonym', q: 'che o long', expect: products('tra-o-long-kim-tuyen') },
  { category: 'synonym', q: 'honey', expect: productsWhere((s) => s.startsWith('mat-ong')) },
  { category: 'synonym', q: 'fish sauce', expect: productsWhere((s) => s.startsWith('nuoc-mam')) },
  // Provinces merged on 1 July 2025: the old name still finds what is there.
  { category: 'former-province', q: 'Bình Dương', expect: ofProducer('mat-ong-tam-an', 'son-mai-tuong-binh-hiep') },
  { category: 'former-province', q: 'binh duong', expect: inProvince('thanh-pho-ho-chi-minh') },
  { category: 'former-province', q: 'Long An', expect: inProvince('tay-ninh') },
  { category: 'former-province', q: 'Bắc Kạn', expect: inProvince('thai-nguyen') },
  { category: 'former-province', q: 'bac kan', expect: inProvince('thai-nguyen') },
  { category: 'former-province', q: 'Thái Bình', expect: inProvince('hung-yen') },
  { category: 'former-province', q: 'thai binh', expect: inProvince('hung-yen') },
  { category: 'former-province', q: 'mật ong Bình Dương', expect: ofProducer('mat-ong-tam-an') },
  { category: 'former-province', q: 'miến Bắc Kạn', expect: ofProducer('mien-dong-na-ri') },
  { category: 'former-province', q: 'chiếu cói Thái Bình', expect: products('chieu-coi-hoi-in-hoa-1m8', 'chieu-coi-tron-gap') },
  { category: 'former-province', q: 'kẹo khóm Long An', expect: products('keo-khom-ben-luc-200g') },
  { category: 'former-province', q: 'Yên Bái', expect: inProvince('lao-cai') },
  // The English showroom.
  { category: 'english', locale: 'en', q: 'honey', expect: productsWhere((s) => s.startsWith('mat-ong')) },
  { category: 'english', locale: 'en', q: 'fish sauce', expect: productsWhere((s) => s.startsWith('nuoc-mam')) },
  { category: 'english', locale: 'en', q: 'rattan basket', expect: products('gio-may-dan-tay-bo-3') },
  { category: 'english', locale: 'en', q: 'lacquer box', expect: products('hop-son-mai-kham-trai', 'hop-trang-suc-son-mai') },
  { category: 'english', locale: 'en', q: 'coconut candy', expect: productsWhere((s) => s.startsWith('keo-dua-') && s !== 'keo-dua-mem-hop-qua') },
  { category: 'english', locale: 'en', q: 'cinnamon', expect: ofProducer('que-van-yen') },
  { category: 'english', locale: 'en', q: 'green tea', expect: products('tra-xanh-tui-loc-tan-cuong', 'tra-moc-cau-doi-suong', 'tra-xanh-tu-quy-tui-loc') },
  { category: 'english', locale: 'en', q: 'pineapple candy', expect: products('keo-khom-ben-luc-200g', 'keo-dua-mem-hop-qua') },
  { category: 'english', locale: 'en', q: 'Binh Duong', expect: ofProducer('mat-ong-tam-an', 'son-mai-tuong-binh-hiep') },
  { category: 'english', locale: 'en', q: 'Bac Kan', expect: inProvince('thai-nguyen') },
  { category: 'english', locale: 'en', q: 'dried crickets', expect: products('de-say-gion-cu-chi', 'de-say-la-chanh') },
  { category: 'english', locale: 'en', q: 'goat', expect: ofProducer('de-phan-rang') },
  {
    category: 'english',
    locale: 'en',
    q: 'ceramic vase',
    expect: products('binh-hoa-men-ran-bat-trang', 'binh-gom-cham-ba-vu', 'lo-hoa-gom-mau-xanh-ngoc', 'binh-gom-khac-chim-bien-hoa'),
  },
  { category: 'english', locale: 'en', q: 'brocade scarf', expect: products('khan-tho-cam-e-de') },
  // Typos (English words of five letters or more tolerate them; Vietnamese syllables do not).
  { category: 'typo', locale: 'en', q: 'cinamon', expect: ofProducer('que-van-yen') },
  { category: 'typo', locale: 'en', q: 'pinapple candy', expect: products('keo-khom-ben-luc-200g', 'keo-dua-mem-hop-qua') },
  { category: 'typo', locale: 'en', q: 'lacqer box', expect: products('hop-son-mai-kham-trai', 'hop-trang-suc-son-mai') },
  { category: 'typo', locale: 'en', q: 'crikets', expect: products('de-say-gion-cu-chi', 'de-say-la-chanh', 'bot-de-nguyen-chat') },
  { category: 'typo', locale: 'en', q: 'cashw milk', expect: products('sua-hat-dieu') },
  // Still typing: the last word is a prefix.
  { category: 'typing', q: 'banh tra', expect: productsWhere((s) => s.startsWith('banh-trang')) },
  { category: 'typing', q: 'keo du', expect: productsWhere((s) => s.startsWith('keo-dua')) },
  { category: 'typing', q: 'nuoc ma', expect: productsWhere((s) => s.startsWith('nuoc-mam')) },
  { category: 'typing', q: 'tho ca', expect: ofProducer('tho-cam-ako') },
  // Fairs and brands by name.
  { category: 'fair-or-brand', q: 'hoi cho phia nam', expect: ['fair:hoi-cho-cnnt-khu-vuc-phia-nam'] },
  { category: 'fair-or-brand', q: 'Gulfood', expect: ['fair:gulfood'] },
  { category: 'fair-or-brand', locale: 'en', q: 'canton fair', expect: ['fair:canton-fair'] },
  { category: 'fair-or-brand', q: 'Lễ hội cà phê Buôn Ma Thuột', expect: ['fair:le-hoi-ca-phe-buon-ma-thuot'] },
  { category: 'fair-or-brand', q: 'Cơ khí Phùng Xá', expect: ['producer:co-khi-phung-xa'] },
  { category: 'fair-or-brand', q: 'may tre dan phu vinh', expect: ['producer:may-tre-phu-vinh'] },
]

/** Words that fold to the same letters: the one typed with its accents must come first. */
const PAIRS: MinimalPair[] = [
  { q: 'dế', first: ofProducer('de-say-cu-chi'), not: ofProducer('de-phan-rang') },
  { q: 'dê', first: ofProducer('de-phan-rang'), not: ofProducer('de-say-cu-chi') },
  { q: 'dế sấy', first: ofProducer('de-say-cu-chi'), not: ofProducer('de-phan-rang') },
  { q: 'thịt dê', first: products('thit-de-hun-khoi-phan-rang'), not: ofProducer('de-say-cu-chi') },
  { q: 'bột dế', first: products('bot-de-nguyen-chat'), not: ofProducer('de-phan-rang') },
  { q: 'khô dê', first: products('kho-de-xe-soi'), not: ofProducer('de-say-cu-chi') },
  {
    q: 'kẹo dừa',
    first: [...productsWhere((s) => s.startsWith('keo-dua-') && s !== 'keo-dua-mem-hop-qua'), 'producer:keo-dua-mo-cay'],
    not: products('keo-dua-mem-hop-qua', 'keo-khom-ben-luc-200g'),
  },
  {
    q: 'kẹo dứa',
    first: products('keo-dua-mem-hop-qua', 'keo-khom-ben-luc-200g'),
    not: productsWhere((s) => s.startsWith('keo-dua-') && s !== 'keo-dua-mem-hop-qua'),
  },
  {
    q: 'dừa',
    first: [...productsWhere((s) => s.startsWith('keo-dua-') && s !== 'keo-dua-mem-hop-qua'), ...products('dau-dua-ep-lanh'), 'producer:keo-dua-mo-cay'],
    not: products('keo-dua-mem-hop-qua', 'mut-thom-say-deo'),
  },
  {
    q: 'dứa',
    first: products('keo-dua-mem-hop-qua', 'keo-khom-ben-luc-200g', 'mut-thom-say-deo'),
    not: [...products('dau-dua-ep-lanh'), ...productsWhere((s) => s.startsWith('keo-dua-') && s !== 'keo-dua-mem-hop-qua')],
  },
  { q: 'quế', first: ofProducer('que-van-yen'), not: products('tranh-son-mai-que-huong-60x90') },
  { q: 'quê hương', first: products('tranh-son-mai-que-huong-60x90'), not: ofProducer('que-van-yen') },
  { q: 'dao', first: [...ofProducer('dao-phuc-sen'), ...products('dao-bep-van-chang')], not: products('mat-ong-ngam-chanh') },
  { q: 'chanh đào', first: products('mat-ong-ngam-chanh'), not: ofProducer('dao-phuc-sen') },
  {
    q: 'máy',
    first: productsWhere((s) => s.startsWith('may-') && !s.startsWith('may-tre')),
    not: productsWhere((s) => ['gio-may-dan-tay-bo-3', 'khay-may-oval', 'ghe-may-thu-gian'].includes(s)),
  },
  {
    q: 'mây',
    first: [...products('gio-may-dan-tay-bo-3', 'khay-may-oval', 'ghe-may-thu-gian'), 'producer:may-tre-phu-vinh'],
    not: productsWhere((s) => s.startsWith('may-')),
  },
  { q: 'đèn', first: products('den-ngu-gom-bat-trang', 'den-gom-thanh-ha', 'chao-den-tre-phu-vinh'), not: products('tieu-den-phu-quoc', 'mien-dong-toi-den') },
  { q: 'tiêu đen', first: products('tieu-den-phu-quoc'), not: products('den-ngu-gom-bat-trang', 'den-gom-thanh-ha') },
  { q: 'lọ hoa', first: products('lo-hoa-gom-mau-xanh-ngoc'), not: products('lo-dot-trau-hoa-khi-om') },
  { q: 'lò đốt', first: products('lo-dot-trau-hoa-khi-om'), not: products('lo-hoa-gom-mau-xanh-ngoc') },
  { q: 'cá', first: products('ca-ngu-kho-nam-o', 'ca-com-kho-long-hai'), not: productsWhere((s) => s.startsWith('ca-phe')) },
  { q: 'khay bạc', first: products('khay-bac-hoa-van-trong-dong'), not: ['fair:hoi-cho-cnnt-khu-vuc-phia-bac'] },
  { q: 'phía Bắc', first: ['fair:hoi-cho-cnnt-khu-vuc-phia-bac'], not: ofProducer('bac-dong-xam') },
]

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits))
}

async function main(): Promise<void> {
  // The configuration reads the environment when imported: point it at a throwaway database first.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tieubieu-relevance-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
  // Push the schema from the collections (no migrations needed for a throwaway database).
  ;(process.env as Record<string, string>).NODE_ENV = 'development'
  delete process.env.JOBS_QUEUES
  delete process.env.MEILI_URL
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { seed } = await import('../seed/index')
  const { rebuildSearchIndex } = await import('../../cms/search/rebuildSearchIndex')
  const { PUBLIC_SOURCE_KINDS } = await import('../../cms/search/loadSearchDocuments')
  const { createEmbeddedSearch } = await import('../../src/search/adapters/embedded/create-embedded-search')

  const payload = await getPayload({ config })
  let started = performance.now()
  console.log('seeding the demo showroom into a temporary database…')
  await seed(payload, { demo: true, now: NOW })
  const seedMs = performance.now() - started
  const search = createEmbeddedSearch()
  started = performance.now()
  const built = await rebuildSearchIndex(payload, search, { kinds: PUBLIC_SOURCE_KINDS, now: NOW })
  const indexMs = performance.now() - started

  const key = (hit: { kind: string; slug: string }) => `${hit.kind}:${hit.slug}`
  const judged = []
  for (const item of JUDGED) {
    const result = await search.search({ q: item.q, locale: item.locale ?? 'vi', hitsPerPage: 10 })
    const keys = result.hits.map(key)
    const rank = keys.findIndex((k) => item.expect.includes(k))
    judged.push({
      ...item,
      q: item.q.normalize('NFC') + (item.q !== item.q.normalize('NFC') ? ' (NFD)' : ''),
      expect: undefined,
      rank: rank < 0 ? null : rank + 1,
      top3: rank >= 0 && rank < TOP,
      got: keys.slice(0, TOP),
    })
  }
  const pairs = []
  for (const pair of PAIRS) {
    const result = await search.search({ q: pair.q, locale: pair.locale ?? 'vi', hitsPerPage: 10 })
    const keys = result.hits.map(key)
    const firstOk = keys.length > 0 && pair.first.includes(keys[0]!)
    const otherRank = keys.findIndex((k) => pair.not.includes(k))
    pairs.push({ q: pair.q, firstOk, got: keys.slice(0, TOP), otherSpellingRank: otherRank < 0 ? null : otherRank + 1 })
  }

  const byCategory: Record<string, { queries: number; top3: number }> = {}
  for (const row of judged) {
    const bucket = (byCategory[row.category] ??= { queries: 0, top3: 0 })
    bucket.queries += 1
    if (row.top3) bucket.top3 += 1
  }
  const top3Share = judged.filter((row) => row.top3).length / judged.length
  const pairShare = pairs.filter((row) => row.firstOk).length / pairs.length
  const summary = {
    benchmark: 'search relevance (embedded engine, demo showroom)',
    measuredAt: new Date().toISOString(),
    node: process.version,
    corpus: { searchDocuments: built.ids.size, byKind: built.documents, seedMs: Math.round(seedMs), indexMs: Math.round(indexMs) },
    judgedQueries: judged.length,
    top3Share: round(top3Share),
    top3Target: 0.95,
    byCategory: Object.fromEntries(Object.entries(byCategory).map(([category, b]) => [category, { ...b, share: round(b.top3 / b.queries) }])),
    minimalPairs: pairs.length,
    minimalPairFirstShare: round(pairShare),
    minimalPairTarget: 0.95,
    misses: judged.filter((row) => !row.top3).map(({ category, q, locale, rank, got }) => ({ category, q, locale: locale ?? 'vi', rank, got })),
    pairMisses: pairs.filter((row) => !row.firstOk),
    queries: judged.map(({ category, q, locale, rank }) => ({ category, q, locale: locale ?? 'vi', rank })),
    pairs: pairs.map(({ q, firstOk, otherSpellingRank }) => ({ q, firstOk, otherSpellingRank })),
  }

  console.table(Object.entries(summary.byCategory).map(([category, b]) => ({ category, ...b })))
  console.log(`top-3 success: ${(top3Share * 100).toFixed(1)}% of ${judged.length} queries (target ≥ 95%)`)
  console.log(`minimal pairs, accent-exact first: ${(pairShare * 100).toFixed(1)}% of ${pairs.length} (target ≥ 95%)`)
  for (const miss of summary.misses)
    console.log(`  miss [${miss.category}] "${miss.q}" (${miss.locale}): rank ${miss.rank ?? '—'}; top: ${miss.got.join(', ')}`)
  for (const miss of summary.pairMisses) console.log(`  pair miss "${miss.q}": top: ${miss.got.join(', ')}`)

  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/results/search-relevance.json')
  mkdirSync(path.dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`)
  console.log(`wrote ${out}`)
  await payload.destroy()
  rmSync(dir, { recursive: true, force: true })
}

await main()
process.exit(0)
