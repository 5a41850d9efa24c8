/** Vietnamese typed with a slip: a doubled, dropped or swapped letter, or the wrong mark. */
import { ofProducer, products, productsWhere } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, expect: string[]): JudgedQuery => ({ category: 'typo-vi', q: query, expect })
const honey = products('mat-ong-rung-ba-be-500ml', 'mat-ong-hoa-cao-su-tam-an-500g', 'mat-ong-hoa-ca-phe-tam-an-1kg', 'mat-ong-hoa-dieu-tam-an-350g')

export const TYPO_VI: JudgedQuery[] = [
  q('mat ongg', honey),
  q(
    'nuoc mamm phu quoc',
    productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')),
  ),
  q('gom bat tang', ofProducer('gom-bat-trang')),
  q(
    'banh trnag',
    productsWhere((s) => s.startsWith('banh-trang')),
  ),
  q('che tan cuog', products('che-bup-tan-cuong-dac-biet', 'tra-xanh-tui-loc-tan-cuong')),
  q('keo dau phog', products('keo-dua-dau-phong')),
  q('hat dieuu', products('hat-dieu-rang-muoi-bu-dang', 'nhan-dieu-huu-co-w320')),
  q(
    'mien dog',
    productsWhere((s) => s.startsWith('mien-dong')),
  ),
  q('thổ cẫm', ofProducer('tho-cam-ako')),
  q('chiếu cõi', products('chieu-coi-hoi-in-hoa-1m8', 'chieu-coi-tron-gap')),
  q('duong thot nôt', products('duong-thot-not-bay-nui', 'duong-thot-not-cat')),
  q('long nhan hugn yen', products('long-nhan-hung-yen-500g')),
  q('son mia khảm trai', products('hop-son-mai-kham-trai')),
  // Held out on 2026-12-05: written after that day's engine changes and before the engine first ran them.
  q('mật ông rừng', products('mat-ong-rung-ba-be-500ml')),
  q('tương bàn', products('tuong-ban-500ml', 'tuong-ban-can-2l')),
  q('keo lac vugn', products('keo-lac-vung-thai-binh')),
  q('bánh pía sầu riêng trừng muối', products('banh-pia-sau-rieng-trung')),
  q('dao bêp', products('dao-bep-van-chang', 'bo-dao-bep-phuc-sen')),
  q('gach tuynell', products('gach-tuynel-2-lo-duc-hoa', 'gach-tuynel-4-lo-duc-hoa')),
  q('khay may ovel', products('khay-may-oval')),
]
