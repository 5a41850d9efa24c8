/** Cao Bằng. */
import { district, national, ocop, paras, provincial, same, t } from '../helpers'
import type { DemoProducer } from '../types'

export const producers: DemoProducer[] = [
  {
    slug: 'dao-phuc-sen',
    brandName: 'Rèn Phúc Sen Nông Văn Sình',
    legalName: 'Hộ kinh doanh Nông Văn Sình',
    kind: 'household',
    province: 'cao-bang',
    formerProvince: 'Cao Bằng',
    district: 'huyện Quảng Hòa',
    address: t('Xóm Khuổi Phầy, xã Phúc Sen, tỉnh Cao Bằng', 'Khuoi Phay hamlet, Phuc Sen commune, Cao Bang province'),
    foundedYear: 1995,
    group: '3.2',
    summary: t(
      'Người Nùng An rèn dao, cuốc, liềm từ thép nhíp ô tô theo kỹ thuật tôi nước truyền thống.',
      'Nung An smiths forging knives, hoes and sickles from truck leaf springs, quenched in water the traditional way.',
    ),
    story: paras(
      ['Làng rèn Phúc Sen có hơn 400 năm. Ông Sình có hai lò rèn, một búa máy do khuyến công hỗ trợ và ba thợ phụ là con cháu trong nhà.'],
      [
        'The Phuc Sen forges are over four centuries old. Mr Sinh runs two forges, a power hammer co-funded by industrial extension and three helpers from the family.',
      ],
    ),
    packaging: {
      formats: t('Bao da cho dao, bó 10 chiếc', 'Leather sheaths for knives, bundles of 10'),
      materials: t('Da bò, giấy chống gỉ', 'Cowhide, anti-rust paper'),
      labelLanguages: ['vi'],
    },
    certifications: [ocop(4, 31)],
    capacity: t('12.000 sản phẩm mỗi năm', '12,000 pieces a year'),
    contacts: { person: 'Nông Văn Sình', phone: '0912 001 601', zalo: '0912001601' },
    support: [
      { year: 2019, what: t('Búa máy rèn và máy mài', 'Power hammer and grinder'), amount: 75_000_000, programme: 'Khuyến công địa phương tỉnh Cao Bằng' },
    ],
    verified: true,
    trade: { minimumOrder: t('20 chiếc', '20 pieces'), leadTime: t('10–15 ngày', '10–15 days') },
    products: [
      {
        slug: 'dao-phuc-sen-chat-xuong',
        name: t('Dao Phúc Sen chặt xương', 'Phuc Sen cleaver'),
        group: '3.2',
        summary: t('Dao chặt lưỡi dày, tôi cứng, cán gỗ nghiến.', 'Thick hardened blade with an ironwood handle.'),
        size: same('30 cm'),
        price: { min: 350_000, unit: t('chiếc', 'piece') },
        hsCode: '821192',
        featured: true,
        awards: [...district(2018), ...national(2021)],
      },
      {
        slug: 'dao-phat-phuc-sen',
        name: t('Dao phát nương', 'Field machete'),
        group: '3.2',
        summary: t('Dao phát cỏ, chặt cành, lưỡi cong.', 'Curved machete for clearing grass and branches.'),
        size: same('45 cm'),
        price: { min: 280_000, unit: t('chiếc', 'piece') },
        awards: provincial(2024),
      },
      {
        slug: 'liem-gat-lua-phuc-sen',
        name: t('Liềm gặt lúa', 'Rice sickle'),
        group: '3.2',
        summary: t('Liềm răng cưa nhỏ, nhẹ tay.', 'Finely serrated, light in the hand.'),
        size: same('35 cm'),
        price: { min: 60_000, unit: t('chiếc', 'piece') },
      },
      {
        slug: 'bo-dao-bep-phuc-sen',
        name: t('Bộ dao bếp Phúc Sen 3 chiếc', 'Phuc Sen kitchen knife set, 3 pieces'),
        group: '3.2',
        summary: t('Dao thái, dao chặt, dao gọt trong hộp gỗ.', 'Slicer, cleaver and paring knife in a wooden box.'),
        size: t('3 chiếc', '3 pieces'),
        price: { min: 850_000, unit: t('bộ', 'set') },
      },
    ],
  },
]
