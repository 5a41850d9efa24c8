/** Vĩnh Long, including the former Bến Tre and Trà Vinh. */
import { cert, ean13, FOOD_TRADE, national, ocop, paras, provincial, regional, same, t } from '../helpers'
import type { DemoProducer } from '../types'

export const producers: DemoProducer[] = [
  {
    slug: 'keo-dua-mo-cay',
    brandName: 'Kẹo dừa Mỏ Cày Thanh Long',
    legalName: 'Công ty TNHH Kẹo dừa Thanh Long',
    kind: 'enterprise',
    province: 'vinh-long',
    formerProvince: 'Bến Tre',
    district: 'huyện Mỏ Cày Nam',
    address: t('Khu phố 7, xã Mỏ Cày, tỉnh Vĩnh Long (trước đây tỉnh Bến Tre)', 'Quarter 7, Mo Cay commune, Vinh Long province (formerly Ben Tre province)'),
    foundedYear: 1996,
    group: '2.1',
    summary: t('Kẹo dừa Bến Tre nấu từ nước cốt dừa và mạch nha: kẹo dừa sữa, lá dứa, sầu riêng, đậu phộng.', 'Ben Tre coconut candy cooked from coconut cream and malt: milk, pandan, durian and peanut flavours.'),
    story: paras(['Mỏ Cày là xứ kẹo dừa. Công ty có dây chuyền cắt, gói tự động và vẫn nấu kẹo trong chảo lớn để giữ độ dẻo truyền thống.'], ['Mo Cay is coconut-candy country. The company cuts and wraps by machine but still cooks in large pans to keep the traditional chew.']),
    packaging: { formats: t('Túi 250 g, hộp 400 g, thùng xuất khẩu', '250 g bags, 400 g boxes, export cartons'), materials: t('Giấy gạo ăn được gói viên, túi OPP', 'Edible rice paper per piece, OPP bags'), labelLanguages: ['vi', 'en', 'zh', 'ko'], barcode: ean13('893600130101'), shelfLife: t('12 tháng', '12 months') },
    certifications: [ocop(4, 17), cert('haccp', 29, { validMonths: 36 })],
    capacity: t('600 tấn kẹo mỗi năm', '600 tonnes of candy a year'),
    exportMarkets: ['CN', 'KR', 'US', 'AU'],
    contacts: { person: 'Trần Thanh Long', phone: '0912 001 401', email: 'export@keo-dua-thanh-long.example', web: 'https://keo-dua-thanh-long.example' },
    support: [{ year: 2017, what: t('Máy cắt và gói kẹo tự động', 'Automatic candy cutter and wrapper'), amount: 380_000_000, programme: 'Khuyến công địa phương tỉnh Bến Tre' }],
    verified: true,
    trade: FOOD_TRADE,
    products: [
      { slug: 'keo-dua-sua-mo-cay', name: t('Kẹo dừa sữa Mỏ Cày', 'Mo Cay milk coconut candy'), group: '2.1', summary: t('Kẹo dừa béo ngậy, gói giấy gạo.', 'Rich coconut candy wrapped in rice paper.'), size: same('400 g'), shelfLife: t('12 tháng', '12 months'), ingredients: t('Nước cốt dừa, mạch nha, đường, sữa', 'Coconut cream, malt syrup, sugar, milk'), price: { min: 55_000, unit: t('hộp', 'box') }, hsCode: '170490', featured: true, awards: [...national(2021), ...provincial(2024)] },
      { slug: 'keo-dua-la-dua', name: t('Kẹo dừa lá dứa', 'Pandan coconut candy'), group: '2.1', summary: t('Màu xanh tự nhiên từ lá dứa.', 'Naturally green from pandan leaves.'), size: same('250 g'), shelfLife: t('12 tháng', '12 months'), price: { min: 35_000, unit: t('túi', 'bag') } },
      { slug: 'keo-dua-sau-rieng', name: t('Kẹo dừa sầu riêng', 'Durian coconut candy'), group: '2.1', summary: t('Kẹo dừa trộn cơm sầu riêng Cái Mơn.', 'Coconut candy with Cai Mon durian.'), size: same('250 g'), shelfLife: t('9 tháng', '9 months'), price: { min: 42_000, unit: t('túi', 'bag') }, awards: regional(2023) },
      { slug: 'keo-dua-dau-phong', name: t('Kẹo dừa đậu phộng', 'Peanut coconut candy'), group: '2.1', summary: t('Kẹo dừa có đậu phộng rang.', 'Coconut candy with roasted peanuts.'), size: same('250 g'), shelfLife: t('9 tháng', '9 months'), price: { min: 38_000, unit: t('túi', 'bag') } },
      { slug: 'dau-dua-ep-lanh', name: t('Dầu dừa ép lạnh', 'Cold-pressed coconut oil'), group: '2.1', summary: t('Dầu dừa nguyên chất ép lạnh, dùng nấu ăn và dưỡng da.', 'Virgin cold-pressed coconut oil for cooking and skin care.'), size: same('500 ml'), shelfLife: t('24 tháng', '24 months'), price: { min: 120_000, unit: t('chai', 'bottle') }, hsCode: '151319' },
    ],
  },
]
