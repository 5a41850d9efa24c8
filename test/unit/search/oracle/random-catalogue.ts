import type { CmsProduct } from '../../../../src/search/mappers/cms-types'
import type { SeededRandom } from './seeded-random'

/**
 * Products for the oracle, from a small vocabulary chosen to make the engine work: Vietnamese words
 * that fold together (mật/mát, dừa/dứa, lụa/lúa, nón/nõn, dê/dế, trà/tràng/tráng), English words
 * long enough for two typos ("traditional", "lemongrass"), plurals ("cashews", "sticks"), filler
 * words ("premium"), the words of synonym phrases apart, names shared by several products (ties broken by name), products without a
 * group, a province or an award (missing values sort last).
 */

/** [Vietnamese name, English name, product group]. */
const KINDS: readonly (readonly [string, string, number])[] = [
  ['Mật ong rừng', 'Forest honey', 1],
  ['Mật ong hoa cà phê', 'Coffee blossom honey', 1],
  ['Gối mát thảo mộc', 'Herbal cooling pillow', 0],
  ['Kẹo dừa', 'Coconut candy', 1],
  ['Kẹo dứa', 'Pineapple candy', 1],
  ['Mứt khóm', 'Candied pineapple', 1],
  ['Trà xanh', 'Green tea', 1],
  ['Chè nõn tôm', 'Tea buds', 1],
  ['Bánh tráng', 'Rice paper', 1],
  ['Tràng hạt gỗ', 'Wooden prayer beads', 0],
  ['Nón lá', 'Conical hat', 0],
  ['Lụa tơ tằm', 'Mulberry silk', 0],
  ['Máy tuốt lúa', 'Rice thresher', 2],
  ['Dế mèn sấy', 'Dried crickets', 1],
  ['Thịt dê', 'Goat meat', 1],
  ['Hồ tiêu', 'Black pepper', 1],
  ['Nước mắm', 'Fish sauce', 1],
  ['Cà phê rang xay', 'Roasted coffee beans', 1],
  ['Hạt điều rang muối', 'Salted roasted cashews', 1],
  ['Quế thanh', 'Cinnamon sticks', 1],
  ['Tinh dầu sả', 'Lemongrass essential oil', 3],
  ['Gốm men lam', 'Blue-glaze ceramics', 0],
  // Words of the synonym phrases apart ("sáp ong … mát", "black … pepper"): phrase synonyms must not match them.
  ['Nến sáp ong', 'Beeswax candle', 3],
  ['Mè đen', 'Black sesame', 1],
  ['Tương ớt', 'Chilli sauce', 1],
  ['Cá khô', 'Dried fish', 1],
  // "lạc" is held, its synonym "đậu phộng" is not: a misspelt "phộng" is mended through the group.
  ['Kẹo lạc', 'Peanut brittle', 1],
]

const QUALITIES: readonly (readonly [string, string])[] = [
  ['nguyên chất', 'pure'],
  ['truyền thống', 'traditional'],
  ['cao cấp', 'premium'],
  ['thủ công', 'handmade'],
  ['hữu cơ', 'organic'],
  ['đặc biệt', 'special'],
  ['sấy khô', 'dried'],
  ['vùng cao', 'highland'],
]

const GROUPS = [
  { id: 'g0', name: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' } },
  { id: 'g1', name: { vi: 'Thực phẩm', en: 'Foods' } },
  { id: 'g2', name: { vi: 'Máy móc', en: 'Machinery' } },
  { id: 'g3', name: { vi: 'Sản phẩm khác', en: 'Other products' } },
] as const

/** Current provinces and the former ones they absorbed (filters match either). */
export const PROVINCES: readonly { readonly name: string; readonly formerNames: readonly string[] }[] = [
  { name: 'Tây Ninh', formerNames: ['Long An'] },
  { name: 'Nghệ An', formerNames: [] },
  { name: 'Lâm Đồng', formerNames: ['Đắk Nông', 'Bình Thuận'] },
  { name: 'Vĩnh Long', formerNames: ['Bến Tre', 'Trà Vinh'] },
  { name: 'Thái Nguyên', formerNames: ['Bắc Kạn'] },
  { name: 'Cà Mau', formerNames: ['Bạc Liêu'] },
]

export const GROUP_NAMES = GROUPS.flatMap((group) => [group.name.vi, group.name.en])
export const CERTIFICATIONS = ['ocop-3', 'ocop-4', 'ocop-5', 'vietgap']
/** Certifications valid until before this are left out: a fixed date, so the catalogue does not change with the day it runs. */
export const MAP_NOW = new Date('2026-01-01T00:00:00Z')

const BRANDS = ['Minh Phát', 'Hưng Thịnh', 'Phúc Lộc', 'An Khang', 'Sơn Trà', 'Ngọc Lan', 'Kim Ngân']
const LEVELS = ['district', 'commune', 'provincial', 'regional', 'national'] as const
const PHRASES_VI = [
  'được làm theo công thức gia truyền',
  'thơm mùi trà xanh',
  'đóng gói hút chân không',
  'phù hợp làm quà biếu',
  'không chất bảo quản',
  'vị mát, hậu ngọt',
  'nguyên liệu từ vùng trồng dừa',
]
const PHRASES_EN = [
  'made to a family recipe',
  'vacuum packed',
  'a traditional gift',
  'no preservatives',
  'with a hint of honey',
  'with a hint of pepper',
  'from coconut country',
]

/** One product; `version` changes its words, for replacing it in the index. */
export function randomProduct(id: number, random: SeededRandom, version = 0): CmsProduct {
  const [kindVi, kindEn, group] = random.pick(KINDS)
  const [qualityVi, qualityEn] = random.pick(QUALITIES)
  const province = random.pick(PROVINCES)
  const brand = random.pick(BRANDS)
  const place = province.formerNames.length > 0 && random.chance(0.5) ? random.pick(province.formerNames) : province.name
  const awards = Array.from({ length: random.below(3) }, () => ({ level: random.pick(LEVELS), year: 2015 + random.below(11) }))
  const certifications = Array.from({ length: random.below(3) }, () => ({
    kind: random.pick(CERTIFICATIONS),
    validUntil: random.chance(0.8) ? '2028-12-31' : '2024-12-31',
  }))
  const vi = random.chance(0.3) ? kindVi : `${kindVi} ${qualityVi}${random.chance(0.4) ? ` ${brand}` : ''}`
  const en = random.chance(0.3) ? kindEn : `${qualityEn} ${kindEn.toLowerCase()}${random.chance(0.4) ? ` from ${place}` : ''}`
  const ownProvince = random.chance(0.8)
  return {
    id,
    slug: `san-pham-${id}-${version}`,
    name: { vi, en },
    description: {
      vi: random.chance(0.9) ? `${kindVi} ${qualityVi} của ${brand}, ${place}: ${random.pick(PHRASES_VI)}, ${random.pick(PHRASES_VI)}.` : '',
      en: random.chance(0.8) ? `${kindEn} made by ${brand} in ${place}, ${random.pick(PHRASES_EN)}.` : '',
    },
    producer: { id: `pr${id % 50}`, brandName: brand, province: { name: province.name, formerNames: [...province.formerNames] } },
    ...(random.chance(0.9) ? { productGroup: GROUPS[group]! } : {}),
    ...(ownProvince ? { province: { name: province.name, formerNames: [...province.formerNames] } } : {}),
    awards,
    certifications,
    _status: 'published',
  }
}

/**
 * `count` products; some repeat an earlier one's names exactly (as catalogues do: the same honey
 * from several producers), so equal scores are common and the name and id must break the ties.
 */
export function randomCatalogue(count: number, random: SeededRandom): CmsProduct[] {
  const products: CmsProduct[] = []
  for (let id = 1; id <= count; id += 1) {
    const product = randomProduct(id, random)
    const twin = products.length > 0 && random.chance(0.1) ? random.pick(products) : undefined
    products.push(twin ? { ...product, name: twin.name, description: twin.description } : product)
  }
  return products
}
