import type { CmsProduct } from '../../src/search/mappers/cms-types'

/**
 * Deterministic generator of CMS-shaped products with Vietnamese names, for the search benchmark.
 * Same seed, same catalogue: runs on different days and machines compare like with like.
 */

/** mulberry32: small, fast, good enough to shuffle a catalogue. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

/** [Vietnamese, English] product kinds and the group they belong to. */
export const PRODUCT_KINDS: readonly (readonly [string, string, number])[] = [
  ['Mật ong', 'Honey', 1],
  ['Kẹo dừa', 'Coconut candy', 1],
  ['Kẹo khóm', 'Pineapple candy', 1],
  ['Nước mắm', 'Fish sauce', 1],
  ['Trà xanh', 'Green tea', 1],
  ['Chè Shan tuyết', 'Shan Tuyet tea', 1],
  ['Cà phê rang xay', 'Roasted coffee', 1],
  ['Bánh tráng', 'Rice paper', 1],
  ['Hạt điều rang muối', 'Salted roasted cashews', 1],
  ['Hồ tiêu', 'Black pepper', 1],
  ['Dế mèn sấy', 'Dried crickets', 1],
  ['Thịt dê', 'Goat meat', 1],
  ['Gạo thơm', 'Fragrant rice', 1],
  ['Mứt gừng', 'Candied ginger', 1],
  ['Gốm men lam', 'Blue-glaze ceramics', 0],
  ['Mây tre đan', 'Rattan and bamboo ware', 0],
  ['Chiếu cói', 'Sedge mat', 0],
  ['Nón lá', 'Conical hat', 0],
  ['Lụa tơ tằm', 'Mulberry silk', 0],
  ['Tranh sơn mài', 'Lacquer painting', 0],
  ['Thổ cẩm', 'Brocade', 0],
  ['Đồ gỗ mỹ nghệ', 'Fine wooden ware', 0],
  ['Dao rèn', 'Forged knives', 2],
  ['Máy tuốt lúa', 'Rice thresher', 2],
  ['Máy sấy nông sản', 'Farm produce dryer', 2],
  ['Nông cụ cầm tay', 'Hand farm tools', 2],
  ['Xà phòng thảo mộc', 'Herbal soap', 3],
  ['Tinh dầu sả', 'Lemongrass essential oil', 3],
  ['Hương trầm', 'Agarwood incense', 3],
  ['Phân hữu cơ vi sinh', 'Organic microbial fertiliser', 3],
]

export const QUALITIES: readonly (readonly [string, string])[] = [
  ['nguyên chất', 'pure'],
  ['truyền thống', 'traditional'],
  ['cao cấp', 'premium'],
  ['thủ công', 'handmade'],
  ['hữu cơ', 'organic'],
  ['đặc biệt', 'special'],
  ['loại một', 'grade one'],
  ['sấy khô', 'dried'],
  ['vùng cao', 'highland'],
  ['xuất khẩu', 'export grade'],
]

export const GROUPS = [
  { id: 'g0', name: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts and fine-art products' } },
  { id: 'g1', name: { vi: 'Chế biến nông, lâm, thủy sản và thực phẩm', en: 'Processed agricultural, forestry and fishery products and foods' } },
  { id: 'g2', name: { vi: 'Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí', en: 'Machinery, equipment, tools and mechanical parts' } },
  { id: 'g3', name: { vi: 'Sản phẩm khác', en: 'Other products' } },
] as const

/** Provincial units since 1 July 2025 (a selection) with the former provinces they absorbed. */
export const PROVINCES: readonly { name: string; formerNames: string[] }[] = [
  { name: 'Thành phố Hồ Chí Minh', formerNames: ['Bình Dương', 'Bà Rịa–Vũng Tàu'] },
  { name: 'Thành phố Hà Nội', formerNames: [] },
  { name: 'Tây Ninh', formerNames: ['Long An'] },
  { name: 'Thái Nguyên', formerNames: ['Bắc Kạn'] },
  { name: 'Hưng Yên', formerNames: ['Thái Bình'] },
  { name: 'Đồng Tháp', formerNames: ['Tiền Giang'] },
  { name: 'Cà Mau', formerNames: ['Bạc Liêu'] },
  { name: 'An Giang', formerNames: ['Kiên Giang'] },
  { name: 'Thành phố Cần Thơ', formerNames: ['Sóc Trăng', 'Hậu Giang'] },
  { name: 'Vĩnh Long', formerNames: ['Bến Tre', 'Trà Vinh'] },
  { name: 'Lâm Đồng', formerNames: ['Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', formerNames: ['Phú Yên'] },
  { name: 'Gia Lai', formerNames: ['Bình Định'] },
  { name: 'Quảng Ngãi', formerNames: ['Kon Tum'] },
  { name: 'Thành phố Đà Nẵng', formerNames: ['Quảng Nam'] },
  { name: 'Thành phố Huế', formerNames: [] },
  { name: 'Quảng Trị', formerNames: ['Quảng Bình'] },
  { name: 'Nghệ An', formerNames: [] },
  { name: 'Thanh Hóa', formerNames: [] },
  { name: 'Ninh Bình', formerNames: ['Hà Nam', 'Nam Định'] },
  { name: 'Phú Thọ', formerNames: ['Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Lào Cai', formerNames: ['Yên Bái'] },
  { name: 'Tuyên Quang', formerNames: ['Hà Giang'] },
  { name: 'Sơn La', formerNames: [] },
]

const BRAND_PREFIXES = ['HTX', 'Cơ sở', 'Công ty TNHH', 'Hộ kinh doanh', 'Làng nghề']
const BRAND_NAMES = [
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
]
const LEVELS = ['provincial', 'provincial', 'provincial', 'regional', 'national'] as const
const CERTIFICATIONS = ['ocop-3', 'ocop-4', 'ocop-5', 'vietgap', 'haccp', 'iso-22000']
const PHRASES = [
  'được làm theo công thức gia truyền',
  'nguyên liệu tuyển chọn từ vùng trồng đạt chuẩn',
  'đóng gói hút chân không, bảo quản 12 tháng',
  'phù hợp làm quà biếu và xuất khẩu',
  'sản phẩm đạt chứng nhận CNNT tiêu biểu',
  'không chất bảo quản, không phẩm màu',
  'được người tiêu dùng tin dùng nhiều năm',
]

/** One product, from its index and a shared random stream. */
export function generateProduct(i: number, random: () => number): CmsProduct {
  const [kindVi, kindEn, group] = pick(random, PRODUCT_KINDS)
  const [qualityVi, qualityEn] = pick(random, QUALITIES)
  const province = pick(random, PROVINCES)
  const brand = `${pick(random, BRAND_PREFIXES)} ${pick(random, BRAND_NAMES)}`
  const place = province.formerNames.length > 0 && random() < 0.5 ? pick(random, province.formerNames) : province.name
  const awards = Array.from({ length: Math.floor(random() * 3) }, () => ({ level: pick(random, LEVELS), year: 2013 + 2 * Math.floor(random() * 7) }))
  const certifications = Array.from({ length: Math.floor(random() * 3) }, () => ({
    kind: pick(random, CERTIFICATIONS),
    validUntil: random() < 0.8 ? '2028-12-31' : '2023-12-31',
  }))
  return {
    id: i,
    slug: `san-pham-${i}`,
    name: { vi: `${kindVi} ${qualityVi} ${brand.split(' ').slice(-2).join(' ')}`, en: `${qualityEn} ${kindEn.toLowerCase()} from ${place}` },
    description: {
      vi: `${kindVi} ${qualityVi} của ${brand}, ${place}: ${pick(random, PHRASES)}, ${pick(random, PHRASES)}.`,
      en: `${kindEn} made by ${brand} in ${place}.`,
    },
    producer: { id: `pr${i % 3000}`, brandName: brand, province: { name: province.name, formerNames: province.formerNames } },
    productGroup: GROUPS[group]!,
    province: { name: province.name, formerNames: province.formerNames },
    awards,
    certifications,
    _status: random() < 0.95 ? 'published' : 'draft',
  }
}

export function generateProducts(count: number, seed: number): CmsProduct[] {
  const random = createRandom(seed)
  return Array.from({ length: count }, (_, i) => generateProduct(i + 1, random))
}
