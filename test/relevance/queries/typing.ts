/** Still typing: the last word is a prefix. */
import { ofProducer, products, productsWhere } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, expect: string[], locale: 'vi' | 'en' = 'vi'): JudgedQuery => ({ category: 'typing', q: query, locale, expect })

export const TYPING: JudgedQuery[] = [
  q(
    'banh tra',
    productsWhere((s) => s.startsWith('banh-trang')),
  ),
  q(
    'keo du',
    productsWhere((s) => s.startsWith('keo-dua')),
  ),
  q(
    'nuoc ma',
    productsWhere((s) => s.startsWith('nuoc-mam')),
  ),
  q('tho ca', ofProducer('tho-cam-ako')),
  q(
    'mat o',
    productsWhere((s) => s.startsWith('mat-ong')),
  ),
  q('gom bat tr', ofProducer('gom-bat-trang')),
  q('che tan cu', products('che-bup-tan-cuong-dac-biet', 'tra-xanh-tui-loc-tan-cuong')),
  q('hat die', products('hat-dieu-rang-muoi-bu-dang', 'hat-dieu-tam-mat-ong')),
  q('tra sha', products('tra-shan-tuyet-co-thu', 'bach-tra-shan-tuyet', 'banh-hong-tra-shan')),
  q(
    'nuoc mam phu q',
    productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')),
  ),
  q(
    'cà ph',
    productsWhere((s) => s.startsWith('ca-phe')),
  ),
  q(
    'bánh pí',
    productsWhere((s) => s.startsWith('banh-pia')),
  ),
  q('sơn m', [...ofProducer('son-mai-ha-thai'), ...ofProducer('son-mai-tuong-binh-hiep')]),
  q('lacq', products('hop-son-mai-kham-trai', 'hop-trang-suc-son-mai', 'bat-son-mai-cot-tre', 'binh-son-mai-dang-cao', 'khay-son-mai-chu-nhat'), 'en'),
  q('cinna', ofProducer('que-van-yen'), 'en'),
  // Held out on 2026-12-07 (second batch): written after the day's first changes, before the engine ran them.
  { category: 'typing', q: 'khay bac hoa', locale: 'vi', expect: products('khay-bac-hoa-van-trong-dong') },
  { category: 'typing', q: 'xeng r', locale: 'vi', expect: products('xeng-ren-van-chang') },
  { category: 'typing', q: 'sua ong ch', locale: 'vi', expect: products('sua-ong-chua-tuoi-tam-an') },
  // Held out on 2026-12-07 (fifth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'bu lon', locale: 'vi', expect: products('bu-long-cuong-do-cao-px') },
  { category: 'typing', q: 'chieu coi h', locale: 'vi', expect: products('chieu-coi-hoi-in-hoa-1m8') },
  { category: 'typing', q: 'tinh da', locale: 'vi', expect: products('tinh-dau-que-van-yen') },
  // Held out on 2026-12-07 (sixth batch, written after that session's first fixes): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'hong say d', locale: 'vi', expect: products('hong-say-deo-quang-thuan') },
  { category: 'typing', q: 'nuoc mam ph', locale: 'vi', expect: productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')) },
  { category: 'typing', q: 'binh son m', locale: 'vi', expect: products('binh-son-mai-dang-cao') },
  // Held out on 2026-12-07 (seventh batch, written after every change of that session): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'khan trai b', locale: 'vi', expect: products('khan-trai-ban-theu-ren') },
  { category: 'typing', q: 'cao ati', locale: 'vi', expect: products('cao-atiso-lang-biang') },
  { category: 'typing', q: 'puly g', locale: 'vi', expect: products('puly-gang-px') },
  // Held out on 2026-12-07 (eighth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'lu go', locale: 'vi', expect: products('lu-gom-do-thanh-ha') },
  { category: 'typing', q: 'bu lo', locale: 'vi', expect: products('bu-long-cuong-do-cao-px') },
  { category: 'typing', q: 'phan ho', locale: 'vi', expect: products('phan-hoa-ong-say-kho-tam-an') },
  { category: 'typing', q: 'tinh dau q', locale: 'vi', expect: products('tinh-dau-que-van-yen') },
  // Held out on 2026-12-07 (ninth batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'banh pia k', locale: 'vi', expect: products('banh-pia-kim-sa') },
  { category: 'typing', q: 'xuc xi', locale: 'vi', expect: products('xuc-xich-de') },
  { category: 'typing', q: 'ngoi da', locale: 'vi', expect: products('ngoi-dat-nung-duc-hoa') },
  { category: 'typing', q: 'tuong gom ch', locale: 'vi', expect: products('tuong-gom-cham-nho') },
  // Held out on 2026-12-08 (tenth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'bot de ng', locale: 'vi', expect: products('bot-de-nguyen-chat') },
  { category: 'typing', q: 'may sa lu', locale: 'vi', expect: products('may-sa-lua-theo-hang-tp8') },
  { category: 'typing', q: 'khan choang th', locale: 'vi', expect: products('khan-choang-tho-cam-mnong') },
  { category: 'typing', q: 'gach the d', locale: 'vi', expect: products('gach-the-dac-duc-hoa') },
  // Held out on 2026-12-08 (eleventh batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'mang vau k', locale: 'vi', expect: products('mang-vau-kho-ba-be') },
  { category: 'typing', q: 'nuoc thot n', locale: 'vi', expect: products('nuoc-thot-not-dong-chai') },
  { category: 'typing', q: 'keo dua s', locale: 'vi', expect: products('keo-dua-sua-mo-cay', 'keo-dua-sau-rieng') },
  { category: 'typing', q: 'khay may o', locale: 'vi', expect: products('khay-may-oval') },
  // Held out on 2026-12-08 (twelfth batch, written after every change of that session but the last): written from the catalogue before the engine first ran them.
  { category: 'typing', q: 'dau dua ep l', locale: 'vi', expect: products('dau-dua-ep-lanh') },
  { category: 'typing', q: 'ca com kh', locale: 'vi', expect: products('ca-com-kho-long-hai') },
  { category: 'typing', q: 'tra o lo', locale: 'vi', expect: products('tra-o-long-kim-tuyen') },
]
