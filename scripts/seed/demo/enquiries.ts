/**
 * Buyer enquiries addressed to demo producers, in Vietnamese and English. References are fixed
 * (the seed finds them again by reference); ages are days before the run date.
 */
export type DemoEnquiry = {
  reference: string
  product?: string
  producer: string
  status: 'new' | 'forwarded' | 'answered' | 'closed' | 'spam'
  ageDays: number
  /** Hours from arrival to the producer's answer; the deadline decides whether that was on time. */
  answeredAfterHours?: number
  /** Escalated to the centre two hours after its deadline passed unanswered. */
  escalated?: boolean
  /** A deadline this many minutes after the seed runs instead of the usual working days: it falls due during the demo. */
  dueInMinutes?: number
  name: string
  company?: string
  buyerType: 'distributor' | 'supermarket' | 'importer' | 'wholesaler' | 'horeca' | 'other'
  country: string
  email: string
  phone?: string
  quantity?: number
  unit?: string
  market?: string
  message: string
  language: 'vi' | 'en'
  staffNotes?: string
}

export const DEMO_ENQUIRIES: DemoEnquiry[] = [
  {
    reference: 'TB-2025-DEMA2K',
    product: 'mat-ong-hoa-cao-su-tam-an-500g',
    producer: 'mat-ong-tam-an',
    status: 'new',
    ageDays: 1,
    name: 'Yuki Tanaka',
    company: 'Hachimitsu Trading K.K.',
    buyerType: 'importer',
    country: 'JP',
    email: 'y.tanaka@hachimitsu-trading.example',
    quantity: 2,
    unit: 'tonnes',
    market: 'Japan',
    message:
      'We import single-origin honey for Japanese retailers. Could you send the moisture and HMF test results for the rubber-blossom honey, and an FOB price for two tonnes in 25 kg pails?',
    language: 'en',
  },
  {
    reference: 'TB-2025-DEMB3M',
    product: 'keo-khom-ben-luc-200g',
    producer: 'keo-khom-ben-luc',
    status: 'forwarded',
    ageDays: 4,
    name: 'Nguyễn Thị Mai',
    company: 'Chuỗi cửa hàng Quà Quê',
    buyerType: 'supermarket',
    country: 'VN',
    email: 'mai.nguyen@quaque.example',
    phone: '0912 009 001',
    quantity: 300,
    unit: 'thùng',
    market: 'Hà Nội',
    message:
      'Chào cơ sở, bên em có 12 cửa hàng đặc sản ở Hà Nội, muốn nhập kẹo khóm (kẹo dứa) bán dịp Tết. Cơ sở gửi giúp bảng giá sỉ và điều kiện giao hàng ra Bắc ạ.',
    language: 'vi',
    staffNotes: 'Đã chuyển cho cơ sở qua Zalo; nhắc lại nếu 3 ngày chưa trả lời.',
  },
  {
    reference: 'TB-2025-DEMC4N',
    product: 'gach-tuynel-2-lo-duc-hoa',
    producer: 'gach-duc-hoa',
    status: 'answered',
    ageDays: 12,
    answeredAfterHours: 20,
    name: 'Trần Quốc Bảo',
    company: 'Công ty TNHH Xây dựng Bảo Phát',
    buyerType: 'wholesaler',
    country: 'VN',
    email: 'bao.tran@baophat.example',
    phone: '0912 009 002',
    quantity: 500000,
    unit: 'viên',
    market: 'Tây Ninh, Thành phố Hồ Chí Minh',
    message: 'Công ty cần 500.000 viên gạch 2 lỗ cho dự án nhà ở xã hội, giao theo đợt trong 4 tháng. Xin báo giá giao tại công trình và chứng nhận hợp quy.',
    language: 'vi',
  },
  {
    reference: 'TB-2025-DEMD5P',
    product: 'che-bup-tan-cuong-dac-biet',
    producer: 'che-doi-suong',
    status: 'new',
    ageDays: 2,
    name: 'Anna Becker',
    company: 'Teehaus Becker',
    buyerType: 'importer',
    country: 'DE',
    email: 'anna@teehaus-becker.example',
    quantity: 200,
    unit: 'kg',
    market: 'Germany',
    message:
      'Hello, we are a specialty tea shop in Hamburg. Is your Tan Cuong bud tea tested for pesticide residues to EU limits? We would like samples of the bud tea and the hook-leaf tea.',
    language: 'en',
  },
  {
    reference: 'TB-2025-DEME6Q',
    product: 'nuoc-mam-phu-quoc-43-dam',
    producer: 'nuoc-mam-phu-quoc',
    status: 'closed',
    ageDays: 30,
    name: 'Marc Dubois',
    company: "Épicerie d'Asie SARL",
    buyerType: 'distributor',
    country: 'FR',
    email: 'marc@epicerie-asie.example',
    quantity: 4800,
    unit: 'bottles',
    market: 'France, Belgium',
    message: 'We distribute Asian groceries in France. Please quote 4,800 bottles of the 43°N fish sauce with French labelling, CIF Le Havre.',
    language: 'en',
    staffNotes: 'Đã ký hợp đồng thử, đóng yêu cầu.',
  },
  {
    reference: 'TB-2025-DEMF7R',
    product: 'may-say-lua-vi-ngang-om30',
    producer: 'co-khi-o-mon',
    status: 'answered',
    ageDays: 9,
    answeredAfterHours: 6 * 24,
    name: 'Sok Dara',
    company: 'Dara Rice Mill Co., Ltd.',
    buyerType: 'other',
    country: 'KH',
    email: 'dara@dararicemill.example',
    phone: '+855 12 000 901',
    quantity: 2,
    unit: 'systems',
    market: 'Cambodia',
    message:
      'We need two 30-tonne flat-bed dryers with husk furnaces for our mill in Battambang. Can your technicians install on site, and what is the warranty?',
    language: 'en',
  },
  {
    reference: 'TB-2025-DEMG8S',
    product: 'thit-de-hun-khoi-phan-rang',
    producer: 'de-phan-rang',
    status: 'new',
    ageDays: 0,
    dueInMinutes: 1,
    name: 'Lê Hoàng Nam',
    company: 'Nhà hàng Dê Núi',
    buyerType: 'horeca',
    country: 'VN',
    email: 'nam.le@denui.example',
    phone: '0912 009 003',
    quantity: 40,
    unit: 'kg/tháng',
    market: 'Nha Trang',
    message: 'Nhà hàng cần thịt dê hun khói ổn định 40 kg mỗi tháng. Cơ sở có giao lạnh tận nơi ở Nha Trang không?',
    language: 'vi',
  },
  {
    reference: 'TB-2025-DEMH9T',
    producer: 'gom-bat-trang',
    status: 'forwarded',
    ageDays: 6,
    escalated: true,
    name: 'Emily Carter',
    company: 'Carter & Home',
    buyerType: 'importer',
    country: 'US',
    email: 'emily@carterandhome.example',
    quantity: 600,
    unit: 'sets',
    market: 'United States',
    message:
      'We are looking for a pottery that can make a private-label dinnerware range in two glazes. Lead-free certification for the US market is essential. Could we arrange a video call?',
    language: 'en',
  },
]
