/**
 * Twelve fairs placed relative to the run date (days from "today"), so some are always past, one
 * is on now and several are coming up. Names get the year of their start date.
 */
import { t } from './helpers'
import type { Localised } from '../types'

export type DemoFair = {
  slug: string
  name: (year: number) => Localised
  /** Days from the run date to the first and last day. */
  startsIn: number
  lastsDays: number
  /** Days before the start that registration closes. */
  registrationCloses?: number
  venue: Localised
  city: Localised
  /** Current provincial unit for fairs in Vietnam. */
  province?: string
  country: string
  organiser: Localised
  sectors: Localised
  summary: Localised
  support: Localised
  exhibitors: string[]
  products: string[]
  link?: string
}

const CENTRE_SUPPORT = t(
  'Trung tâm Khuyến công hỗ trợ 100% chi phí thuê gian hàng tiêu chuẩn và 50% chi phí vận chuyển hàng mẫu cho cơ sở có sản phẩm CNNT tiêu biểu.',
  'The industrial-extension centre pays the full cost of a standard booth and half the freight for samples for establishments with an outstanding rural industrial product.',
)
const ABROAD_SUPPORT = t(
  'Hỗ trợ 50% chi phí gian hàng trong khu Việt Nam, thiết kế catalogue song ngữ và phiên dịch; cơ sở tự chi vé máy bay.',
  'Half the booth cost in the Vietnam pavilion, a bilingual catalogue and interpreters; exhibitors pay their own flights.',
)

export const DEMO_FAIRS: DemoFair[] = [
  {
    slug: 'hoi-cho-cnnt-khu-vuc-phia-bac',
    name: (y) => t(`Hội chợ triển lãm hàng CNNT tiêu biểu khu vực phía Bắc ${y}`, `Northern regional fair of outstanding rural industrial products ${y}`),
    startsIn: -410,
    lastsDays: 5,
    registrationCloses: 30,
    venue: t('Cung Văn hóa Hữu nghị Hà Nội, 91 Trần Hưng Đạo', 'Hanoi Friendship Cultural Palace, 91 Tran Hung Dao'),
    city: t('Hà Nội', 'Hanoi'),
    province: 'ha-noi',
    country: 'VN',
    organiser: t(
      'Cục Công Thương địa phương phối hợp Sở Công Thương Hà Nội',
      'Department of Local Industry and Trade with the Hanoi Department of Industry and Trade',
    ),
    sectors: t('Thủ công mỹ nghệ; chế biến nông sản; cơ khí nông nghiệp', 'Handicrafts; processed farm products; agricultural machinery'),
    summary: t('Trưng bày các sản phẩm đạt giải cấp khu vực và trao giấy chứng nhận.', 'Shows the regional award winners and hands out their certificates.'),
    support: CENTRE_SUPPORT,
    exhibitors: ['gom-bat-trang', 'may-tre-phu-vinh', 'che-doi-suong', 'bac-dong-xam', 'mien-dong-na-ri'],
    products: ['bo-am-chen-men-lam-bat-trang', 'gio-may-dan-tay-bo-3', 'che-bup-tan-cuong-dac-biet', 'bo-am-chen-bac-dong-xam', 'mien-dong-na-ri-500g'],
  },
  {
    slug: 'foodex-japan',
    name: (y) => t(`FOODEX Japan ${y} – Khu gian hàng Việt Nam`, `FOODEX Japan ${y} – Vietnam pavilion`),
    startsIn: -255,
    lastsDays: 4,
    registrationCloses: 75,
    venue: t('Trung tâm triển lãm Tokyo Big Sight', 'Tokyo Big Sight'),
    city: t('Tokyo', 'Tokyo'),
    country: 'JP',
    organiser: t('Hiệp hội Quản lý Nhật Bản (JMA)', 'Japan Management Association (JMA)'),
    sectors: t('Thực phẩm và đồ uống', 'Food and beverages'),
    summary: t(
      'Hội chợ thực phẩm lớn của châu Á; khu Việt Nam giới thiệu đặc sản vùng miền.',
      "One of Asia's largest food shows; the Vietnam pavilion presents regional specialities.",
    ),
    support: ABROAD_SUPPORT,
    exhibitors: ['nuoc-mam-phu-quoc', 'ca-phe-ban-me', 'mat-ong-tam-an'],
    products: ['nuoc-mam-phu-quoc-43-dam', 'ca-phe-robusta-fine-rang-moc', 'mat-ong-hoa-cao-su-tam-an-500g'],
    link: 'https://www.jma.or.jp/foodex/en/',
  },
  {
    slug: 'hoi-cho-qua-tang-thu-cong-my-nghe-ha-noi',
    name: (y) => t(`Hội chợ Quà tặng thủ công mỹ nghệ Hà Nội ${y}`, `Hanoi Gift and Handicraft Fair ${y}`),
    startsIn: -120,
    lastsDays: 4,
    registrationCloses: 45,
    venue: t('Trung tâm Triển lãm Giảng Võ', 'Giang Vo Exhibition Centre'),
    city: t('Hà Nội', 'Hanoi'),
    province: 'ha-noi',
    country: 'VN',
    organiser: t('Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch Hà Nội', 'Hanoi Investment, Trade and Tourism Promotion Centre'),
    sectors: t('Quà tặng, thủ công mỹ nghệ, đồ trang trí nội thất', 'Gifts, handicrafts and home decoration'),
    summary: t('Nơi gặp gỡ nhà nhập khẩu đồ thủ công và doanh nghiệp quà tặng.', 'Where handicraft importers meet corporate-gift buyers.'),
    support: CENTRE_SUPPORT,
    exhibitors: ['gom-bat-trang', 'son-mai-ha-thai', 'theu-van-lam', 'chieu-coi-hoi'],
    products: ['binh-hoa-men-ran-bat-trang', 'hop-trang-suc-son-mai', 'tranh-theu-tam-coc', 'chieu-coi-hoi-in-hoa-1m8'],
  },
  {
    slug: 'gulfood',
    name: (y) => t(`Gulfood ${y}`, `Gulfood ${y}`),
    startsIn: -40,
    lastsDays: 5,
    registrationCloses: 90,
    venue: t('Dubai World Trade Centre', 'Dubai World Trade Centre'),
    city: t('Dubai', 'Dubai'),
    country: 'AE',
    organiser: t('Dubai World Trade Centre', 'Dubai World Trade Centre'),
    sectors: t('Thực phẩm, đồ uống, nguyên liệu', 'Food, beverages and ingredients'),
    summary: t('Cửa ngõ sang thị trường Trung Đông và Halal.', 'A gateway to Middle Eastern and halal markets.'),
    support: ABROAD_SUPPORT,
    exhibitors: ['dieu-binh-phuoc', 'ca-phe-ban-me'],
    products: ['nhan-dieu-huu-co-w320', 'ca-phe-nhan-robusta-s18'],
    link: 'https://www.gulfood.com',
  },
  {
    slug: 'hoi-cho-cnnt-khu-vuc-phia-nam',
    name: (y) => t(`Hội chợ triển lãm hàng CNNT tiêu biểu khu vực phía Nam ${y}`, `Southern regional fair of outstanding rural industrial products ${y}`),
    startsIn: -1,
    lastsDays: 5,
    registrationCloses: 30,
    venue: t('Khu triển lãm Công viên sông Hậu, quận Ninh Kiều', 'Hau River Park exhibition ground, Ninh Kieu'),
    city: t('Cần Thơ', 'Can Tho'),
    province: 'can-tho',
    country: 'VN',
    organiser: t(
      'Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công phối hợp Sở Công Thương Cần Thơ',
      'Department of Innovation, Green Transition and Industrial Extension with the Can Tho Department of Industry and Trade',
    ),
    sectors: t('Chế biến nông, thủy sản; cơ khí; thủ công mỹ nghệ', 'Processed farm and fishery products; machinery; handicrafts'),
    summary: t(
      '200 gian hàng của các tỉnh phía Nam; lễ trao chứng nhận sản phẩm CNNT tiêu biểu khu vực.',
      '200 booths from the southern provinces and the regional certificate ceremony.',
    ),
    support: CENTRE_SUPPORT,
    exhibitors: ['banh-pia-vung-thom', 'co-khi-o-mon', 'keo-khom-ben-luc', 'keo-dua-mo-cay', 'duong-thot-not', 'banh-trang-trang-bang', 'de-say-cu-chi'],
    products: [
      'banh-pia-sau-rieng-trung',
      'may-say-lua-vi-ngang-om30',
      'keo-khom-ben-luc-200g',
      'keo-dua-sua-mo-cay',
      'duong-thot-not-bay-nui',
      'banh-trang-phoi-suong-trang-bang',
      'de-say-gion-cu-chi',
    ],
  },
  {
    slug: 'hoi-cho-dac-san-vung-mien-tphcm',
    name: (y) => t(`Hội chợ Đặc sản vùng miền Việt Nam ${y}`, `Vietnam Regional Specialities Fair ${y}`),
    startsIn: 18,
    lastsDays: 5,
    registrationCloses: 20,
    venue: t('Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC)', 'Saigon Exhibition and Convention Center (SECC)'),
    city: t('Thành phố Hồ Chí Minh', 'Ho Chi Minh City'),
    province: 'thanh-pho-ho-chi-minh',
    country: 'VN',
    organiser: t('Trung tâm Xúc tiến Thương mại và Đầu tư Thành phố Hồ Chí Minh', 'Ho Chi Minh City Investment and Trade Promotion Centre'),
    sectors: t('Đặc sản, OCOP, nông sản chế biến', 'Specialities, OCOP products, processed farm goods'),
    summary: t('Kết nối nhà phân phối, chuỗi siêu thị với cơ sở sản xuất các tỉnh.', 'Connects distributors and supermarket chains with provincial producers.'),
    support: CENTRE_SUPPORT,
    exhibitors: ['mat-ong-tam-an', 'nuoc-mam-long-hai', 'hong-quang-thuan', 'long-nhan-pho-hien', 'muoi-tom-go-dau'],
    products: [
      'mat-ong-hoa-ca-phe-tam-an-1kg',
      'nuoc-mam-nhi-long-hai-40-dam',
      'hong-say-deo-quang-thuan',
      'long-nhan-hung-yen-500g',
      'muoi-tom-tay-ninh-200g',
    ],
  },
  {
    slug: 'thaifex-anuga-asia',
    name: (y) => t(`THAIFEX – Anuga Asia ${y}`, `THAIFEX – Anuga Asia ${y}`),
    startsIn: 40,
    lastsDays: 5,
    registrationCloses: 60,
    venue: t('IMPACT Muang Thong Thani', 'IMPACT Muang Thong Thani'),
    city: t('Bangkok', 'Bangkok'),
    country: 'TH',
    organiser: t('Koelnmesse và Phòng Thương mại Thái Lan', 'Koelnmesse with the Thai Chamber of Commerce'),
    sectors: t('Thực phẩm, đồ uống, công nghệ chế biến', 'Food, beverages and food technology'),
    summary: t('Hội chợ thực phẩm hàng đầu Đông Nam Á.', "South-East Asia's leading food trade show."),
    support: ABROAD_SUPPORT,
    exhibitors: ['keo-dua-mo-cay', 'banh-trang-trang-bang', 'tra-o-long-bao-loc'],
    products: ['keo-dua-sau-rieng', 'banh-trang-cuon-trang-bang', 'tra-o-long-kim-tuyen'],
    link: 'https://thaifex-anuga.com',
  },
  {
    slug: 'hoi-cho-cnnt-mien-trung-tay-nguyen',
    name: (y) =>
      t(`Hội chợ hàng CNNT tiêu biểu khu vực miền Trung – Tây Nguyên ${y}`, `Centre and Central Highlands fair of outstanding rural industrial products ${y}`),
    startsIn: 62,
    lastsDays: 5,
    registrationCloses: 30,
    venue: t('Trung tâm Hội chợ Triển lãm Đà Nẵng', 'Da Nang Exhibition Centre'),
    city: t('Đà Nẵng', 'Da Nang'),
    province: 'da-nang',
    country: 'VN',
    organiser: t('Sở Công Thương Đà Nẵng', 'Da Nang Department of Industry and Trade'),
    sectors: t('Thủ công mỹ nghệ, thực phẩm, dược liệu', 'Handicrafts, foods and herbs'),
    summary: t('Gian hàng của các tỉnh từ Thanh Hóa đến Lâm Đồng.', 'Booths from Thanh Hoa down to Lam Dong.'),
    support: CENTRE_SUPPORT,
    exhibitors: ['nuoc-mam-nam-o', 'gom-thanh-ha', 'gom-bau-truc', 'de-phan-rang', 'atiso-da-lat', 'tho-cam-ako'],
    products: ['nuoc-mam-nam-o-nhi-cot', 'lu-gom-do-thanh-ha', 'binh-gom-cham-ba-vu', 'thit-de-hun-khoi-phan-rang', 'tra-atiso-tui-loc', 'khan-tho-cam-e-de'],
  },
  {
    slug: 'canton-fair',
    name: (y) => t(`Hội chợ Quảng Châu (Canton Fair) ${y}`, `Canton Fair ${y}`),
    startsIn: 95,
    lastsDays: 5,
    registrationCloses: 60,
    venue: t('Khu triển lãm Pazhou', 'Pazhou Complex'),
    city: t('Quảng Châu', 'Guangzhou'),
    country: 'CN',
    organiser: t('Trung tâm Ngoại thương Trung Quốc', 'China Foreign Trade Centre'),
    sectors: t('Đồ gia dụng, quà tặng, máy móc', 'Household goods, gifts and machinery'),
    summary: t('Gian hàng quốc tế cho thủ công mỹ nghệ và cơ khí nhỏ.', 'International booths for handicrafts and small machinery.'),
    support: ABROAD_SUPPORT,
    exhibitors: ['gom-bien-hoa', 'co-khi-phung-xa', 'co-khi-can-giuoc'],
    products: ['chau-gom-men-xanh-dong-bien-hoa', 'e-to-kep-ban-px150', 'may-sa-lua-theo-hang-tp8'],
    link: 'https://www.cantonfair.org.cn/en-US',
  },
  {
    slug: 'sial-paris',
    name: (y) => t(`SIAL Paris ${y}`, `SIAL Paris ${y}`),
    startsIn: 140,
    lastsDays: 5,
    registrationCloses: 120,
    venue: t('Paris Nord Villepinte', 'Paris Nord Villepinte'),
    city: t('Paris', 'Paris'),
    country: 'FR',
    organiser: t('Comexposium', 'Comexposium'),
    sectors: t('Thực phẩm và đồ uống', 'Food and beverages'),
    summary: t('Hội chợ thực phẩm quốc tế tại Pháp, cửa vào thị trường châu Âu.', 'The international food show in France, a door to European buyers.'),
    support: ABROAD_SUPPORT,
    exhibitors: ['nuoc-mam-phu-quoc', 'que-van-yen', 'che-shan-suoi-giang'],
    products: ['nuoc-mam-phu-quoc-43-dam', 'que-ong-van-yen', 'tra-shan-tuyet-co-thu'],
    link: 'https://www.sialparis.com',
  },
  {
    slug: 'hoi-cho-cnnt-quoc-gia',
    name: (y) => t(`Hội chợ triển lãm hàng CNNT tiêu biểu toàn quốc ${y}`, `National fair of outstanding rural industrial products ${y}`),
    startsIn: 175,
    lastsDays: 5,
    registrationCloses: 45,
    venue: t('Trung tâm Triển lãm Việt Nam (VEC), Đông Anh', 'Vietnam Exhibition Center (VEC), Dong Anh'),
    city: t('Hà Nội', 'Hanoi'),
    province: 'ha-noi',
    country: 'VN',
    organiser: t('Bộ Công Thương', 'Ministry of Industry and Trade'),
    sectors: t('Bốn nhóm sản phẩm CNNT tiêu biểu', 'All four groups of outstanding rural industrial products'),
    summary: t('Tôn vinh sản phẩm CNNT tiêu biểu cấp quốc gia và kết nối giao thương.', 'Honours the national winners and hosts trade matchmaking.'),
    support: CENTRE_SUPPORT,
    exhibitors: ['nuoc-mam-phu-quoc', 'che-doi-suong', 'dao-phuc-sen', 'co-khi-song-cong', 'gach-duc-hoa', 'keo-khom-ben-luc'],
    products: [
      'nuoc-mam-phu-quoc-43-dam',
      'che-bup-tan-cuong-dac-biet',
      'dao-phuc-sen-chat-xuong',
      'may-sao-che-ton-quay-sc80',
      'gach-tuynel-2-lo-duc-hoa',
      'keo-khom-ben-luc-200g',
    ],
  },
  {
    slug: 'le-hoi-ca-phe-buon-ma-thuot',
    name: (y) => t(`Hội chợ Lễ hội Cà phê Buôn Ma Thuột ${y}`, `Buon Ma Thuot Coffee Festival Fair ${y}`),
    startsIn: 230,
    lastsDays: 6,
    registrationCloses: 40,
    venue: t('Quảng trường 10/3', '10 March Square'),
    city: t('Buôn Ma Thuột', 'Buon Ma Thuot'),
    province: 'dak-lak',
    country: 'VN',
    organiser: t('UBND tỉnh Đắk Lắk', "Dak Lak Provincial People's Committee"),
    sectors: t('Cà phê, nông sản Tây Nguyên, thổ cẩm', 'Coffee, Central Highlands produce and brocade'),
    summary: t('Lễ hội cà phê kèm hội chợ nông sản và thủ công.', 'A coffee festival with a produce and craft fair.'),
    support: CENTRE_SUPPORT,
    exhibitors: ['ca-phe-ban-me', 'tho-cam-ako', 'dieu-binh-phuoc'],
    products: ['ca-phe-phin-giay-cu-sue', 'tui-tho-cam-deo-cheo', 'hat-dieu-rang-muoi-bu-dang'],
  },
]
