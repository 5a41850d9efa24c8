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
  // Held out on 2026-12-07: written from the catalogue before the engine first ran them; see thresholds.ts.
  { category: 'typo-vi', q: 'mang vauu kho', locale: 'vi', expect: products('mang-vau-kho-ba-be') },
  { category: 'typo-vi', q: 'sap ong nguyen chta', locale: 'vi', expect: products('sap-ong-nguyen-chat') },
  { category: 'typo-vi', q: 'chieu coi hoii', locale: 'vi', expect: products('chieu-coi-hoi-in-hoa-1m8', 'chieu-coi-tron-gap') },
  { category: 'typo-vi', q: 'tuong bann', locale: 'vi', expect: products('tuong-ban-500ml', 'tuong-ban-can-2l') },
  { category: 'typo-vi', q: 'banh cayy', locale: 'vi', expect: products('banh-cay-lang-nguyen-500g', 'banh-cay-mini-hop-qua') },
  { category: 'typo-vi', q: 'duong thot nott', locale: 'vi', expect: products('duong-thot-not-bay-nui', 'duong-thot-not-cat') },
  { category: 'typo-vi', q: 'keo dua mo cayy', locale: 'vi', expect: products('keo-dua-sua-mo-cay') },
  { category: 'typo-vi', q: 'tinh dau qeu', locale: 'vi', expect: products('tinh-dau-que-van-yen') },
  { category: 'typo-vi', q: 'may vo chee', locale: 'vi', expect: products('may-vo-che-sc45') },
  { category: 'typo-vi', q: 'long nhann', locale: 'vi', expect: products('long-nhan-hung-yen-500g', 'nhan-say-nguyen-qua', 'tra-long-nhan-tao-do') },
  { category: 'typo-vi', q: 'thit de hun khoy', locale: 'vi', expect: products('thit-de-hun-khoi-phan-rang') },
  { category: 'typo-vi', q: 'banh pia sau rienq', locale: 'vi', expect: products('banh-pia-sau-rieng-trung') },
  { category: 'typo-vi', q: 'nuoc mam nam oo', locale: 'vi', expect: products('nuoc-mam-nam-o-nhi-cot', 'nuoc-mam-nam-o-hu-sanh', 'mam-nem-nam-o') },
  { category: 'typo-vi', q: 'tra atisoo', locale: 'vi', expect: products('tra-atiso-tui-loc') },
  { category: 'typo-vi', q: 'ca phe phinn giay', locale: 'vi', expect: products('ca-phe-phin-giay-cu-sue') },
  { category: 'typo-vi', q: 'muoi tomm tay ninh', locale: 'vi', expect: products('muoi-tom-tay-ninh-200g') },
  { category: 'typo-vi', q: 'dao bepp', locale: 'vi', expect: products('dao-bep-van-chang', 'bo-dao-bep-phuc-sen') },
  { category: 'typo-vi', q: 'chao den tree', locale: 'vi', expect: products('chao-den-tre-phu-vinh') },
  { category: 'typo-vi', q: 'hop son maii', locale: 'vi', expect: products('hop-trang-suc-son-mai', 'hop-son-mai-kham-trai') },
  { category: 'typo-vi', q: 'lap xuong tuoii', locale: 'vi', expect: products('lap-xuong-tuoi-soc-trang') },
  { category: 'typo-vi', q: 'mien dongg', locale: 'vi', expect: products('mien-dong-na-ri-500g', 'mien-dong-toi-den', 'mien-dong-bo-200g') },
  { category: 'typo-vi', q: 'gom chamm', locale: 'vi', expect: products('binh-gom-cham-ba-vu', 'tuong-gom-cham-nho') },
  // Held out on 2026-12-07 (second batch): written after the day's first changes, before the engine ran them.
  { category: 'typo-vi', q: 'bo am chen men lamm', locale: 'vi', expect: products('bo-am-chen-men-lam-bat-trang') },
  { category: 'typo-vi', q: 'tranh theu tam cocc', locale: 'vi', expect: products('tranh-theu-tam-coc') },
  { category: 'typo-vi', q: 'khan tho camm', locale: 'vi', expect: products('khan-tho-cam-e-de', 'khan-choang-tho-cam-mnong') },
  { category: 'typo-vi', q: 'cuoc renn', locale: 'vi', expect: products('cuoc-ren-van-chang') },
  { category: 'typo-vi', q: 'noi dat bau trucc', locale: 'vi', expect: products('noi-dat-bau-truc') },
  { category: 'typo-vi', q: 'xuc xic de', locale: 'vi', expect: products('xuc-xich-de') },
  { category: 'typo-vi', q: 'mam ruoc long haii', locale: 'vi', expect: products('mam-ruoc-long-hai') },
  { category: 'typo-vi', q: 'may say lau', locale: 'vi', expect: products('may-say-lua-vi-ngang-om30', 'may-say-thap-tuan-hoan-om') },
  // Held out on 2026-12-07 (third batch, the next session): written from the catalogue before the engine first ran them.
  { category: 'typo-vi', q: 'mien dong na rii', locale: 'vi', expect: products('mien-dong-na-ri-500g', 'mien-dong-toi-den', 'mien-dong-bo-200g') },
  { category: 'typo-vi', q: 'dau dua ep lan', locale: 'vi', expect: products('dau-dua-ep-lanh') },
  { category: 'typo-vi', q: 'keo dua sau rien', locale: 'vi', expect: products('keo-dua-sau-rieng') },
  { category: 'typo-vi', q: 'muoi tom tay ninhh', locale: 'vi', expect: products('muoi-tom-tay-ninh-200g') },
  { category: 'typo-vi', q: 'tra shan tuyt', locale: 'vi', expect: products('tra-shan-tuyet-co-thu', 'bach-tra-shan-tuyet', 'banh-hong-tra-shan') },
  { category: 'typo-vi', q: 'hat dieu rang muoj', locale: 'vi', expect: products('hat-dieu-rang-muoi-bu-dang') },
  // Held out on 2026-12-07 (fourth batch): written from the catalogue before the engine first ran them.
  { category: 'typo-vi', q: 'chau gom bien hao', locale: 'vi', expect: products('chau-gom-men-xanh-dong-bien-hoa') },
  { category: 'typo-vi', q: 'lap xuong tuoi soc trangg', locale: 'vi', expect: products('lap-xuong-tuoi-soc-trang') },
  { category: 'typo-vi', q: 'ngoi dat nungg', locale: 'vi', expect: products('ngoi-dat-nung-duc-hoa') },
  { category: 'typo-vi', q: 'nhan say nguyen quaa', locale: 'vi', expect: products('nhan-say-nguyen-qua') },
  // Held out on 2026-12-07 (fifth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'typo-vi', q: 'bánh tráng phơi xương', locale: 'vi', expect: products('banh-trang-phoi-suong-trang-bang') },
  { category: 'typo-vi', q: 'mien dog', locale: 'vi', expect: ofProducer('mien-dong-na-ri') },
  { category: 'typo-vi', q: 'keo dau phonh', locale: 'vi', expect: products('keo-dua-dau-phong', 'keo-lac-vung-thai-binh') },
  { category: 'typo-vi', q: 'nuoc mam phu quocc', locale: 'vi', expect: productsWhere((s) => s.startsWith('nuoc-mam-phu-quoc')) },
  { category: 'typo-vi', q: 'trà ô lông', locale: 'vi', expect: products('tra-o-long-kim-tuyen') },
  { category: 'typo-vi', q: 'cà fê', locale: 'vi', expect: productsWhere((s) => s.startsWith('ca-phe')) },
  { category: 'typo-vi', q: 'sua ong chuaa', locale: 'vi', expect: products('sua-ong-chua-tuoi-tam-an') },
  { category: 'typo-vi', q: 'khăn choàn thổ cẩm', locale: 'vi', expect: products('khan-choang-tho-cam-mnong') },
  // Held out on 2026-12-07 (sixth batch, written after that session's first fixes): written from the catalogue before the engine first ran them.
  { category: 'typo-vi', q: 'bahn trang', locale: 'vi', expect: ofProducer('banh-trang-trang-bang') },
  { category: 'typo-vi', q: 'mang vau kho ba bee', locale: 'vi', expect: products('mang-vau-kho-ba-be') },
  { category: 'typo-vi', q: 'tinh dau quee', locale: 'vi', expect: products('tinh-dau-que-van-yen') },
  { category: 'typo-vi', q: 'xuc xich dee', locale: 'vi', expect: products('xuc-xich-de') },
  { category: 'typo-vi', q: 'nhan dieu huu coo', locale: 'vi', expect: products('nhan-dieu-huu-co-w320') },
  { category: 'typo-vi', q: 'keo thot nott', locale: 'vi', expect: products('banh-bo-thot-not-say') },
]
