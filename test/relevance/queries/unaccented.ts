/** Typed without diacritics, as most buyers do on a phone. */
import { ofProducer, products, productsWhere } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, expect: string[]): JudgedQuery => ({ category: 'unaccented', q: query, expect })

export const UNACCENTED: JudgedQuery[] = [
  q('mat ong rung ba be', products('mat-ong-rung-ba-be-500ml')),
  q('keo khom', products('keo-khom-ben-luc-200g')),
  q('mien dong na ri', products('mien-dong-na-ri-500g')),
  q('keo dua mo cay', products('keo-dua-sua-mo-cay')),
  q(
    'nuoc mam phu quoc',
    productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')),
  ),
  q('banh trang phoi suong', products('banh-trang-phoi-suong-trang-bang')),
  q('gom bat trang', ofProducer('gom-bat-trang')),
  q('tuong ban', ofProducer('tuong-ban')),
  q('che bup tan cuong', products('che-bup-tan-cuong-dac-biet')),
  q('long nhan hung yen', products('long-nhan-hung-yen-500g')),
  q('dao phuc sen', ofProducer('dao-phuc-sen')),
  q('chieu coi', products('chieu-coi-hoi-in-hoa-1m8', 'chieu-coi-tron-gap')),
  q('ca phe robusta', products('ca-phe-robusta-fine-rang-moc', 'ca-phe-nhan-robusta-s18')),
  q('duong thot not', products('duong-thot-not-bay-nui', 'duong-thot-not-cat')),
  q('hat dieu rang muoi', products('hat-dieu-rang-muoi-bu-dang')),
  q('muoi tom tay ninh', products('muoi-tom-tay-ninh-200g')),
  q('tra shan tuyet', products('tra-shan-tuyet-co-thu', 'bach-tra-shan-tuyet', 'banh-hong-tra-shan')),
  q('que van yen', ofProducer('que-van-yen')),
  q('banh pia sau rieng', products('banh-pia-sau-rieng-trung')),
  q('gach tuynel', products('gach-tuynel-2-lo-duc-hoa', 'gach-tuynel-4-lo-duc-hoa')),
  q('may say lua', products('may-say-lua-vi-ngang-om30', 'may-say-thap-tuan-hoan-om')),
  q('bo am chen bac', products('bo-am-chen-bac-dong-xam')),
  q('ngoi dat nung', products('ngoi-dat-nung-duc-hoa')),
  q('thit de hun khoi', products('thit-de-hun-khoi-phan-rang')),
  q('tinh dau que', products('tinh-dau-que-van-yen')),
  q('sua ong chua', products('sua-ong-chua-tuoi-tam-an')),
  // Held out on 2026-12-07 (second batch): written after the day's first changes, before the engine ran them.
  { category: 'unaccented', q: 'bot que huu co', locale: 'vi', expect: products('bot-que-huu-co') },
  { category: 'unaccented', q: 'den ngu gom', locale: 'vi', expect: products('den-ngu-gom-bat-trang') },
  { category: 'unaccented', q: 'tui theu hoa sen', locale: 'vi', expect: products('tui-theu-hoa-sen') },
  // Held out on 2026-12-07 (third batch, the next session): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'tranh son mai que huong', locale: 'vi', expect: products('tranh-son-mai-que-huong-60x90') },
  { category: 'unaccented', q: 'gio may dan tay', locale: 'vi', expect: products('gio-may-dan-tay-bo-3') },
  { category: 'unaccented', q: 'dao bep thep nhip', locale: 'vi', expect: products('dao-bep-van-chang') },
  { category: 'unaccented', q: 'mang ot', locale: 'vi', expect: products('mang-ot-ba-be') },
  { category: 'unaccented', q: 'xuc xich de', locale: 'vi', expect: products('xuc-xich-de') },
  { category: 'unaccented', q: 'tham coi', locale: 'vi', expect: products('tham-coi-tron') },
  { category: 'unaccented', q: 'cao atiso', locale: 'vi', expect: products('cao-atiso-lang-biang') },
  // Held out on 2026-12-07 (fourth batch): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'lu gom do', locale: 'vi', expect: products('lu-gom-do-thanh-ha') },
  { category: 'unaccented', q: 'binh gom khac chim', locale: 'vi', expect: products('binh-gom-khac-chim-bien-hoa') },
  { category: 'unaccented', q: 'nuoc thot not', locale: 'vi', expect: products('nuoc-thot-not-dong-chai') },
  { category: 'unaccented', q: 'khay son mai', locale: 'vi', expect: products('khay-son-mai-chu-nhat') },
  { category: 'unaccented', q: 'mut thom', locale: 'vi', expect: products('mut-thom-say-deo') },
  // Held out on 2026-12-07 (fifth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'bo am chen bac dong xam', locale: 'vi', expect: products('bo-am-chen-bac-dong-xam') },
  { category: 'unaccented', q: 'mat ong hoa dieu', locale: 'vi', expect: products('mat-ong-hoa-dieu-tam-an-350g') },
  { category: 'unaccented', q: 'gio may', locale: 'vi', expect: products('gio-may-dan-tay-bo-3') },
  { category: 'unaccented', q: 'binh hoa men ran', locale: 'vi', expect: products('binh-hoa-men-ran-bat-trang') },
  { category: 'unaccented', q: 'ca com kho', locale: 'vi', expect: products('ca-com-kho-long-hai') },
  { category: 'unaccented', q: 'phan hoa ong', locale: 'vi', expect: products('phan-hoa-ong-say-kho-tam-an') },
  { category: 'unaccented', q: 'banh rang may cay', locale: 'vi', expect: products('banh-rang-may-cay-px') },
  // Held out on 2026-12-07 (sixth batch, written after that session's first fixes): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'nuoc mam nhi long hai', locale: 'vi', expect: products('nuoc-mam-nhi-long-hai-40-dam') },
  { category: 'unaccented', q: 'keo dua la dua', locale: 'vi', expect: products('keo-dua-la-dua') },
  { category: 'unaccented', q: 'tranh theu tay', locale: 'vi', expect: products('tranh-theu-tam-coc') },
  { category: 'unaccented', q: 'ca phe nhan', locale: 'vi', expect: products('ca-phe-nhan-robusta-s18') },
  { category: 'unaccented', q: 'muoi ot xanh', locale: 'vi', expect: products('muoi-ot-xanh-go-dau') },
  // Held out on 2026-12-07 (seventh batch, written after every change of that session): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'ban le cua ren', locale: 'vi', expect: products('ban-le-cua-ren') },
  { category: 'unaccented', q: 'gach bong gio', locale: 'vi', expect: products('gach-bong-gio-duc-hoa') },
  { category: 'unaccented', q: 'may cat co deo vai', locale: 'vi', expect: products('may-cat-co-deo-vai-tp') },
  { category: 'unaccented', q: 'sap ong', locale: 'vi', expect: products('sap-ong-nguyen-chat') },
  // Held out on 2026-12-07 (eighth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'binh dong cham rong', locale: 'vi', expect: products('binh-dong-cham-rong') },
  { category: 'unaccented', q: 'chau treo gom', locale: 'vi', expect: products('bo-chau-treo-gom-nho') },
  { category: 'unaccented', q: 'hop trang suc', locale: 'vi', expect: products('hop-trang-suc-son-mai') },
  { category: 'unaccented', q: 'bo dung cu lam vuon', locale: 'vi', expect: products('bo-dung-cu-lam-vuon-van-chang') },
  { category: 'unaccented', q: 'vai tho cam', locale: 'vi', expect: products('vai-tho-cam-kho-rong') },
  // Held out on 2026-12-07 (ninth batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'lo hoa men xanh ngoc', locale: 'vi', expect: products('lo-hoa-gom-mau-xanh-ngoc') },
  { category: 'unaccented', q: 'ca ngu kho tam gia vi', locale: 'vi', expect: products('ca-ngu-kho-nam-o') },
  { category: 'unaccented', q: 'nhan dieu huu co', locale: 'vi', expect: products('nhan-dieu-huu-co-w320') },
  { category: 'unaccented', q: 'tra o long kim tuyen', locale: 'vi', expect: products('tra-o-long-kim-tuyen') },
  // Held out on 2026-12-08 (tenth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'nuoc mam 40 do dam', locale: 'vi', expect: products('nuoc-mam-nhi-long-hai-40-dam') },
  { category: 'unaccented', q: 'ca phe sang 18', locale: 'vi', expect: products('ca-phe-nhan-robusta-s18') },
  { category: 'unaccented', q: 'dao chat xuong', locale: 'vi', expect: products('dao-phuc-sen-chat-xuong') },
  { category: 'unaccented', q: 'bat son mai cot tre', locale: 'vi', expect: products('bat-son-mai-cot-tre') },
  { category: 'unaccented', q: 'den ngu gom thau quang', locale: 'vi', expect: products('den-ngu-gom-bat-trang') },
  { category: 'unaccented', q: 'tranh theu tam coc', locale: 'vi', expect: products('tranh-theu-tam-coc') },
  // Held out on 2026-12-08 (eleventh batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'hong tuoi khu chat', locale: 'vi', expect: products('hong-tuoi-khu-chat') },
  { category: 'unaccented', q: 'tra xanh tu quy', locale: 'vi', expect: products('tra-xanh-tu-quy-tui-loc') },
  { category: 'unaccented', q: 'sua hat dieu', locale: 'vi', expect: products('sua-hat-dieu') },
  { category: 'unaccented', q: 'mam nem nam o', locale: 'vi', expect: products('mam-nem-nam-o') },
  { category: 'unaccented', q: 'may say thap tuan hoan', locale: 'vi', expect: products('may-say-thap-tuan-hoan-om') },
  { category: 'unaccented', q: 'dao phat nuong', locale: 'vi', expect: products('dao-phat-phuc-sen') },
  // Held out on 2026-12-08 (twelfth batch, written after every change of that session but the last): written from the catalogue before the engine first ran them.
  { category: 'unaccented', q: 'gach tuynel 4 lo', locale: 'vi', expect: products('gach-tuynel-4-lo-duc-hoa') },
  { category: 'unaccented', q: 'tuong ban can 2 lit', locale: 'vi', expect: products('tuong-ban-can-2l') },
  { category: 'unaccented', q: 'binh gom khac chim hac', locale: 'vi', expect: products('binh-gom-khac-chim-bien-hoa') },
  { category: 'unaccented', q: 'ca phe robusta fine', locale: 'vi', expect: products('ca-phe-robusta-fine-rang-moc') },
]
