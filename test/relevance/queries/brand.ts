/** Fairs and brands by name: the buyer saw it on a label, a card or a stand. */
import { ofProducer } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, expect: string[], locale: 'vi' | 'en' = 'vi'): JudgedQuery => ({ category: 'brand', q: query, locale, expect })

export const BRAND: JudgedQuery[] = [
  q('hoi cho phia nam', ['fair:hoi-cho-cnnt-khu-vuc-phia-nam']),
  q('Gulfood', ['fair:gulfood']),
  q('canton fair', ['fair:canton-fair'], 'en'),
  q('Lễ hội cà phê Buôn Ma Thuột', ['fair:le-hoi-ca-phe-buon-ma-thuot']),
  q('Foodex Japan', ['fair:foodex-japan']),
  q('SIAL Paris', ['fair:sial-paris'], 'en'),
  q('Cơ khí Phùng Xá', ['producer:co-khi-phung-xa']),
  q('may tre dan phu vinh', ['producer:may-tre-phu-vinh']),
  q('Tâm An', ofProducer('mat-ong-tam-an')),
  q('Út Hiền', ofProducer('keo-khom-ben-luc')),
  q('Hồng Hải', ofProducer('nuoc-mam-phu-quoc')),
  q('Ba Hùng', ofProducer('son-mai-tuong-binh-hiep')),
  q('Bảy Lành', ofProducer('de-say-cu-chi')),
  q('Cụ Dậu', ofProducer('tuong-ban')),
  q('Mây Ngàn', ofProducer('tra-o-long-bao-loc')),
  q('Lang Biang', ofProducer('atiso-da-lat')),
  q('Ako Dhong', ofProducer('tho-cam-ako'), 'en'),
  q('Anh Tú', ofProducer('son-mai-ha-thai')),
  // Held out on 2026-12-07 (fifth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Vừng Thơm', locale: 'vi', expect: ofProducer('banh-pia-vung-thom') },
  { category: 'brand', q: 'Đồi Sương', locale: 'vi', expect: ofProducer('che-doi-suong') },
  { category: 'brand', q: 'song long hai', locale: 'vi', expect: ofProducer('nuoc-mam-long-hai') },
  { category: 'brand', q: 'Bà Tám', locale: 'vi', expect: ofProducer('nuoc-mam-nam-o') },
  // Held out on 2026-12-07 (sixth batch, written after that session's first fixes): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Tư Hòa', locale: 'vi', expect: ofProducer('de-phan-rang') },
  { category: 'brand', q: 'Minh Châu', locale: 'vi', expect: ofProducer('gom-bat-trang') },
  { category: 'brand', q: 'Bà Năm', locale: 'vi', expect: ofProducer('muoi-tom-go-dau') },
  // Held out on 2026-12-07 (seventh batch, written after every change of that session): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Hồng Hải', locale: 'vi', expect: ofProducer('nuoc-mam-phu-quoc') },
  { category: 'brand', q: 'song cong', locale: 'vi', expect: ofProducer('co-khi-song-cong') },
  // Held out on 2026-12-07 (eighth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Na Rì Xanh', locale: 'vi', expect: ofProducer('mien-dong-na-ri') },
  { category: 'brand', q: 'Cư Suê', locale: 'vi', expect: ofProducer('ca-phe-ban-me') },
  { category: 'brand', q: 'Quang Thuận', locale: 'vi', expect: ofProducer('hong-quang-thuan') },
  { category: 'brand', q: 'Tân Lễ', locale: 'vi', expect: ofProducer('chieu-coi-hoi') },
  { category: 'brand', q: 'Tân Vạn', locale: 'vi', expect: ofProducer('gom-bien-hoa') },
  // Held out on 2026-12-07 (ninth batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Phúc Lộc', locale: 'vi', expect: ofProducer('bac-dong-xam') },
  { category: 'brand', q: 'Bà Hoa', locale: 'vi', expect: ofProducer('banh-cay-nguyen') },
  { category: 'brand', q: 'Nông Văn Sình', locale: 'vi', expect: ofProducer('dao-phuc-sen') },
  { category: 'brand', q: 'Đại Sơn', locale: 'vi', expect: ofProducer('que-van-yen') },
  { category: 'brand', q: 'Bảy Núi', locale: 'vi', expect: ofProducer('duong-thot-not') },
  // Held out on 2026-12-08 (tenth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Sương Trảng Bàng', locale: 'vi', expect: ofProducer('banh-trang-trang-bang') },
  { category: 'brand', q: 'Thanh Long Mỏ Cày', locale: 'vi', expect: ofProducer('keo-dua-mo-cay') },
  { category: 'brand', q: 'Gò Dầu Bà Năm', locale: 'vi', expect: ofProducer('muoi-tom-go-dau') },
  { category: 'brand', q: 'Hạ Thái', locale: 'vi', expect: ofProducer('son-mai-ha-thai') },
  // Held out on 2026-12-08 (eleventh batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Vân Chàng', locale: 'vi', expect: ofProducer('co-khi-van-chang') },
  { category: 'brand', q: 'Suối Giàng', locale: 'vi', expect: ofProducer('che-shan-suoi-giang') },
  { category: 'brand', q: 'Tương Bình Hiệp', locale: 'vi', expect: ofProducer('son-mai-tuong-binh-hiep') },
  { category: 'brand', q: 'Bàu Trúc', locale: 'vi', expect: ofProducer('gom-bau-truc') },
  { category: 'brand', q: 'gom thanh ha', locale: 'vi', expect: ofProducer('gom-thanh-ha') },
  // Held out on 2026-12-08 (twelfth batch, written after every change of that session but the last): written from the catalogue before the engine first ran them.
  { category: 'brand', q: 'Minh Châu Bát Tràng', locale: 'vi', expect: ofProducer('gom-bat-trang') },
  { category: 'brand', q: 'Triệu Văn Lâm', locale: 'vi', expect: ofProducer('mat-ong-ba-be') },
]
