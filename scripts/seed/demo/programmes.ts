/**
 * Demo industrial-extension programmes, calls and applications. Deadlines are days from the run,
 * so there are always open, closing-soon and closed calls. Calls fit some demo producers and not
 * others: Hồ Chí Minh City's calls are closed to Thái Nguyên's honey, Tây Ninh's to Hồ Chí Minh's.
 */
import type { Localised } from '../types'

export type DemoProgramme = {
  slug: string
  name: Localised
  source: 'national' | 'local'
  province?: string
  fromYear: number
  toYear: number
  decision: string
  pilot?: boolean
}

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    slug: 'khuyen-cong-quoc-gia-2026-2030',
    name: { vi: 'Chương trình khuyến công quốc gia 2026–2030', en: 'National industrial-extension programme 2026–2030' },
    source: 'national',
    fromYear: 2026,
    toYear: 2030,
    decision: '2646/QĐ-BCT',
  },
  {
    slug: 'khuyen-cong-dia-phuong-tp-hcm-2026',
    name: { vi: 'Khuyến công địa phương TP. Hồ Chí Minh 2026', en: 'Hồ Chí Minh City industrial-extension programme 2026' },
    source: 'local',
    province: 'thanh-pho-ho-chi-minh',
    fromYear: 2026,
    toYear: 2026,
    decision: 'Kế hoạch khuyến công năm 2026 của UBND Thành phố',
  },
]

export type DemoCall = {
  slug: string
  programme: string
  title: Localised
  kind: string
  /** Days from the run to the deadline; negative = closed. */
  deadlineIn: number
  provinces: string[]
  producerKinds?: string[]
  minAwardLevel?: string
  minYearsOperating?: number
  onceOnly?: boolean
  offer: { form: 'amount' | 'share' | 'booth'; sharePercent?: number; maxAmount?: number; covers: Localised; counterpart?: Localised }
}

const covers = (vi: string, en: string) => ({ vi, en })

export const DEMO_CALLS: DemoCall[] = [
  {
    slug: 'ho-tro-may-moc-che-bien-tp-hcm-2026',
    programme: 'khuyen-cong-dia-phuong-tp-hcm-2026',
    title: { vi: 'Hỗ trợ ứng dụng máy móc tiên tiến trong chế biến 2026', en: 'Support for advanced processing machinery 2026' },
    kind: 'machinery',
    deadlineIn: 30,
    provinces: ['thanh-pho-ho-chi-minh'],
    minAwardLevel: 'provincial',
    onceOnly: true,
    offer: {
      form: 'share',
      sharePercent: 50,
      maxAmount: 300_000_000,
      covers: covers('Mua máy móc, thiết bị', 'Buying machinery and equipment'),
      counterpart: covers('Cơ sở đối ứng 50% chi phí', 'The establishment pays 50%'),
    },
  },
  {
    slug: 'ho-tro-bao-bi-tp-hcm-2026',
    programme: 'khuyen-cong-dia-phuong-tp-hcm-2026',
    title: { vi: 'Hỗ trợ thiết kế bao bì, nhãn mác 2026', en: 'Packaging and label design support 2026' },
    kind: 'packaging-design',
    deadlineIn: 5,
    provinces: ['thanh-pho-ho-chi-minh'],
    producerKinds: ['household', 'cooperative'],
    offer: { form: 'amount', maxAmount: 30_000_000, covers: covers('Thiết kế và in thử bao bì', 'Design and trial print of packaging') },
  },
  {
    slug: 'gian-hang-hoi-cho-cnnt-phia-nam-2026',
    programme: 'khuyen-cong-quoc-gia-2026-2030',
    title: { vi: 'Miễn phí gian hàng Hội chợ CNNT tiêu biểu khu vực phía Nam', en: 'Free booth at the southern outstanding rural-industry fair' },
    kind: 'fair-booth',
    deadlineIn: 12,
    provinces: [],
    minAwardLevel: 'provincial',
    offer: { form: 'booth', covers: covers('Thuê gian hàng tiêu chuẩn 9 m²', 'A standard 9 m² booth') },
  },
  {
    slug: 'xay-dung-thuong-hieu-tay-ninh-2026',
    programme: 'khuyen-cong-quoc-gia-2026-2030',
    title: { vi: 'Hỗ trợ xây dựng thương hiệu sản phẩm Tây Ninh', en: 'Brand building for Tây Ninh products' },
    kind: 'brand',
    deadlineIn: 20,
    provinces: ['tay-ninh'],
    minYearsOperating: 2,
    offer: {
      form: 'share',
      sharePercent: 70,
      maxAmount: 100_000_000,
      covers: covers('Đăng ký nhãn hiệu, thiết kế logo, website', 'Trademark, logo and website'),
    },
  },
  {
    slug: 'mo-hinh-trinh-dien-thai-nguyen-2026',
    programme: 'khuyen-cong-quoc-gia-2026-2030',
    title: { vi: 'Mô hình trình diễn kỹ thuật chế biến mật ong Thái Nguyên', en: 'Honey-processing demonstration model in Thái Nguyên' },
    kind: 'demonstration',
    deadlineIn: 3,
    provinces: ['thai-nguyen'],
    offer: { form: 'share', sharePercent: 50, maxAmount: 500_000_000, covers: covers('Thiết bị và chuyển giao quy trình', 'Equipment and process transfer') },
  },
  {
    slug: 'dao-tao-san-xuat-sach-hon-2026',
    programme: 'khuyen-cong-quoc-gia-2026-2030',
    title: { vi: 'Tập huấn sản xuất sạch hơn 2026', en: 'Cleaner production training 2026' },
    kind: 'cleaner-production',
    deadlineIn: -10,
    provinces: [],
    offer: { form: 'amount', maxAmount: 20_000_000, covers: covers('Học phí và tài liệu', 'Fees and materials') },
  },
]

/** One application in each state, by producers the calls fit. */
export const DEMO_APPLICATIONS = [
  { call: 'ho-tro-may-moc-che-bien-tp-hcm-2026', producer: 'mat-ong-tam-an', status: 'draft' },
  { call: 'ho-tro-bao-bi-tp-hcm-2026', producer: 'de-say-cu-chi', status: 'submitted' },
  { call: 'dao-tao-san-xuat-sach-hon-2026', producer: 'keo-khom-ben-luc', status: 'accepted', amountGranted: 15_000_000, counterpart: 5_000_000 },
  { call: 'dao-tao-san-xuat-sach-hon-2026', producer: 'mat-ong-ba-be', status: 'declined', reason: 'Hết chỉ tiêu năm 2026 / The 2026 quota is used up' },
] as const
