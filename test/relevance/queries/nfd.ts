/** Decomposed Unicode (NFD), as some keyboards (macOS, iOS) and copy-pastes send it. */
import { nfd, ofProducer, products } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, expect: string[]): JudgedQuery => ({ category: 'nfd', q: nfd(query), expect })

export const NFD: JudgedQuery[] = [
  q('Mật ong Tâm An', ofProducer('mat-ong-tam-an')),
  q('Kẹo dừa sầu riêng', products('keo-dua-sau-rieng')),
  q('Cà phê phin giấy', products('ca-phe-phin-giay-cu-sue')),
  q('Đường thốt nốt', products('duong-thot-not-bay-nui', 'duong-thot-not-cat')),
  q('Bạc Đông Xâm', ofProducer('bac-dong-xam')),
  q('Dế sấy giòn', products('de-say-gion-cu-chi')),
  q('Chiếu cói in hoa', products('chieu-coi-hoi-in-hoa-1m8')),
  q('Miến dong tỏi đen', products('mien-dong-toi-den')),
  q('Tương Bần', ofProducer('tuong-ban')),
  q('Khăn thổ cẩm', products('khan-tho-cam-e-de', 'khan-choang-tho-cam-mnong')),
  q('Lạp xưởng Sóc Trăng', products('lap-xuong-tuoi-soc-trang')),
  q('Bột quế hữu cơ', products('bot-que-huu-co')),
  // Held out on 2026-12-07 (eighth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'nfd', q: nfd('chậu treo gốm'), locale: 'vi', expect: products('bo-chau-treo-gom-nho') },
  { category: 'nfd', q: nfd('đường thốt nốt cát'), locale: 'vi', expect: products('duong-thot-not-cat') },
  // Held out on 2026-12-07 (ninth batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'nfd', q: nfd('bánh pía kim sa'), locale: 'vi', expect: products('banh-pia-kim-sa') },
  { category: 'nfd', q: nfd('trà móc câu'), locale: 'vi', expect: products('tra-moc-cau-doi-suong') },
  // Held out on 2026-12-08 (tenth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'nfd', q: nfd('măng ớt Ba Bể'), locale: 'vi', expect: products('mang-ot-ba-be') },
  { category: 'nfd', q: nfd('kẹo thốt nốt sữa'), locale: 'vi', expect: products('banh-bo-thot-not-say') },
  // Held out on 2026-12-08 (eleventh batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'nfd', q: nfd('gạch thẻ đặc'), locale: 'vi', expect: products('gach-the-dac-duc-hoa') },
  { category: 'nfd', q: nfd('mắm nêm Nam Ô'), locale: 'vi', expect: products('mam-nem-nam-o') },
  { category: 'nfd', q: nfd('khay mây oval'), locale: 'vi', expect: products('khay-may-oval') },
  // Held out on 2026-12-08 (twelfth batch, written after every change of that session but the last): written from the catalogue before the engine first ran them.
  { category: 'nfd', q: nfd('dế sấy lá chanh'), locale: 'vi', expect: products('de-say-la-chanh') },
  { category: 'nfd', q: nfd('ghế mây thư giãn'), locale: 'vi', expect: products('ghe-may-thu-gian') },
]
