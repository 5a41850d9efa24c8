/** TYPED WITH CAPS LOCK ON, as on signs and order sheets. */
import { ofProducer, products, productsWhere } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, expect: string[], locale: 'vi' | 'en' = 'vi'): JudgedQuery => ({ category: 'all-caps', q: query, locale, expect })

export const ALL_CAPS: JudgedQuery[] = [
  q('MẬT ONG RỪNG', products('mat-ong-rung-ba-be-500ml')),
  q(
    'NƯỚC MẮM PHÚ QUỐC',
    productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')),
  ),
  q('KEO DUA MO CAY', products('keo-dua-sua-mo-cay')),
  q('GỐM BÁT TRÀNG', ofProducer('gom-bat-trang')),
  q('BÁNH TRÁNG TRẢNG BÀNG', products('banh-trang-phoi-suong-trang-bang', 'banh-trang-cuon-trang-bang')),
  q('TRÀ SHAN TUYẾT', products('tra-shan-tuyet-co-thu', 'bach-tra-shan-tuyet', 'banh-hong-tra-shan')),
  q('HẠT ĐIỀU RANG MUỐI', products('hat-dieu-rang-muoi-bu-dang')),
  q('CÀ PHÊ ROBUSTA', products('ca-phe-robusta-fine-rang-moc', 'ca-phe-nhan-robusta-s18')),
  q('ĐƯỜNG THỐT NỐT', products('duong-thot-not-bay-nui', 'duong-thot-not-cat')),
  q('CHIEU COI', products('chieu-coi-hoi-in-hoa-1m8', 'chieu-coi-tron-gap')),
  q('DẾ SẤY', products('de-say-gion-cu-chi', 'de-say-la-chanh')),
  q('THỔ CẨM', ofProducer('tho-cam-ako')),
  q(
    'FISH SAUCE',
    productsWhere((s) => s.startsWith('nuoc-mam')),
    'en',
  ),
  q('CINNAMON', ofProducer('que-van-yen'), 'en'),
  // Held out on 2026-12-07 (sixth batch, written after that session's first fixes): written from the catalogue before the engine first ran them.
  { category: 'all-caps', q: 'NƯỚC MẮM PHÚ QUỐC', locale: 'vi', expect: productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')) },
  { category: 'all-caps', q: 'KHAY MÂY', locale: 'vi', expect: products('khay-may-oval') },
  // Held out on 2026-12-07 (seventh batch, written after every change of that session): written from the catalogue before the engine first ran them.
  { category: 'all-caps', q: 'HỒNG TRÀ BẢO LỘC', locale: 'vi', expect: products('hong-tra-bao-loc') },
  { category: 'all-caps', q: 'MIEN DONG TOI DEN', locale: 'vi', expect: products('mien-dong-toi-den') },
  // Held out on 2026-12-07 (eighth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'all-caps', q: 'GẠCH BÔNG GIÓ', locale: 'vi', expect: products('gach-bong-gio-duc-hoa') },
  { category: 'all-caps', q: 'MIEN DONG', locale: 'vi', expect: productsWhere((s) => s.startsWith('mien-dong')) },
  { category: 'all-caps', q: 'XẺNG RÈN', locale: 'vi', expect: products('xeng-ren-van-chang') },
  // Held out on 2026-12-07 (ninth batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'all-caps', q: 'HỒNG TRÀ', locale: 'vi', expect: products('hong-tra-bao-loc') },
  { category: 'all-caps', q: 'NGÓI ĐẤT NUNG', locale: 'vi', expect: products('ngoi-dat-nung-duc-hoa') },
  { category: 'all-caps', q: 'KHAY SƠN MÀI', locale: 'vi', expect: products('khay-son-mai-chu-nhat') },
  // Held out on 2026-12-08 (tenth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'all-caps', q: 'BỘT DẾ NGUYÊN CHẤT', locale: 'vi', expect: products('bot-de-nguyen-chat') },
  { category: 'all-caps', q: 'MÁY BĂM RƠM', locale: 'vi', expect: products('may-bam-rom-tp3') },
  { category: 'all-caps', q: 'LAP XUONG TUOI', locale: 'vi', expect: products('lap-xuong-tuoi-soc-trang') },
  // Held out on 2026-12-08 (eleventh batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'all-caps', q: 'MÁY SẤY CHÈ', locale: 'vi', expect: products('may-say-che-bom-nhiet') },
  { category: 'all-caps', q: 'BỘ DAO BẾP', locale: 'vi', expect: products('bo-dao-bep-phuc-sen') },
  { category: 'all-caps', q: 'MUOI TOM', locale: 'vi', expect: products('muoi-tom-tay-ninh-200g') },
  // Held out on 2026-12-08 (twelfth batch, written after every change of that session but the last): written from the catalogue before the engine first ran them.
  { category: 'all-caps', q: 'MỨT THƠM SẤY DẺO', locale: 'vi', expect: products('mut-thom-say-deo') },
  { category: 'all-caps', q: 'CÁ NGỪ KHÔ', locale: 'vi', expect: products('ca-ngu-kho-nam-o') },
]
