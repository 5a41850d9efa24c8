/**
 * Keyboard leftovers: Telex or VNI keystrokes typed with the Vietnamese keyboard off, so the marks
 * arrive as letters ("maatj ong") or digits ("ma65t ong").
 */
import { ofProducer, products, productsWhere } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, expect: string[]): JudgedQuery => ({ category: 'keyboard', q: query, expect })
const honey = products('mat-ong-rung-ba-be-500ml', 'mat-ong-hoa-cao-su-tam-an-500g', 'mat-ong-hoa-ca-phe-tam-an-1kg', 'mat-ong-hoa-dieu-tam-an-350g')
const fishSauce = productsWhere((s) => s.startsWith('nuoc-mam'))
const coconutCandy = productsWhere((s) => s.startsWith('keo-dua-') && s !== 'keo-dua-mem-hop-qua')

export const KEYBOARD: JudgedQuery[] = [
  // Telex
  q('maatj ong', honey),
  q('nuwowcs mawms', fishSauce),
  q('keoj duwaf', coconutCandy),
  q('gooms bats trangf', ofProducer('gom-bat-trang')),
  q('sown maif', [...ofProducer('son-mai-ha-thai'), ...ofProducer('son-mai-tuong-binh-hiep')]),
  q('dduwowngf thoots noots', products('duong-thot-not-bay-nui', 'duong-thot-not-cat')),
  q(
    'mieens dong',
    productsWhere((s) => s.startsWith('mien-dong')),
  ),
  q('thoor caamr', ofProducer('tho-cam-ako')),
  q('hatj ddieeuf', products('hat-dieu-rang-muoi-bu-dang', 'nhan-dieu-huu-co-w320', 'hat-dieu-tam-mat-ong')),
  q(
    'banhs trangs',
    productsWhere((s) => s.startsWith('banh-trang')),
  ),
  // VNI
  q('ma65t ong', honey),
  q('nu7o71c ma81m', fishSauce),
  q('ke5o du72a', coconutCandy),
  q('go61m', [...ofProducer('gom-bat-trang'), ...ofProducer('gom-thanh-ha'), ...ofProducer('gom-bau-truc'), ...ofProducer('gom-bien-hoa')]),
  q('de61 sa61y', products('de-say-gion-cu-chi', 'de-say-la-chanh')),
  // Held out on 2026-12-05: written after that day's engine changes and before the engine first ran them.
  q('bachj traf shan tuyeets', products('bach-tra-shan-tuyet')),
  q('que61 va8n ye6n', ofProducer('que-van-yen')),
  // Held out on 2026-12-07: written from the catalogue before the engine first ran them; see thresholds.ts.
  { category: 'keyboard', q: 'tuwowng baanf', locale: 'vi', expect: products('tuong-ban-500ml', 'tuong-ban-can-2l') },
  { category: 'keyboard', q: 'quees vawn yeen', locale: 'vi', expect: products('que-ong-van-yen', 'tinh-dau-que-van-yen') },
  { category: 'keyboard', q: 'keo5 du7a2', locale: 'vi', expect: products('keo-dua-sua-mo-cay', 'keo-dua-la-dua', 'keo-dua-sau-rieng', 'keo-dua-dau-phong') },
  { category: 'keyboard', q: 'muo6i1 to6m', locale: 'vi', expect: products('muoi-tom-tay-ninh-200g', 'banh-trang-muoi-tom-tron') },
  { category: 'keyboard', q: 'chieeus cois', locale: 'vi', expect: products('chieu-coi-hoi-in-hoa-1m8', 'chieu-coi-tron-gap') },
  {
    category: 'keyboard',
    q: 'goos bats trangf',
    locale: 'vi',
    expect: products(
      'bo-am-chen-men-lam-bat-trang',
      'binh-hoa-men-ran-bat-trang',
      'bo-dia-an-khach-san-bat-trang',
      'coc-su-khac-ten-bat-trang',
      'den-ngu-gom-bat-trang',
    ),
  },
  { category: 'keyboard', q: 'hoongf khoong hatj', locale: 'vi', expect: products('hong-say-deo-quang-thuan', 'hong-tuoi-khu-chat') },
  {
    category: 'keyboard',
    q: 'nuwowcs mawms phus quoocs',
    locale: 'vi',
    expect: products('nuoc-mam-phu-quoc-43-dam', 'nuoc-mam-phu-quoc-35-dam', 'nuoc-mam-phu-quoc-chai-qua'),
  },
  { category: 'keyboard', q: 'mawts ong rwngf', locale: 'vi', expect: products('mat-ong-rung-ba-be-500ml') },
  { category: 'keyboard', q: 'tras shan tuyeets', locale: 'vi', expect: products('tra-shan-tuyet-co-thu', 'bach-tra-shan-tuyet', 'banh-hong-tra-shan') },
  { category: 'keyboard', q: 'banhs pias', locale: 'vi', expect: products('banh-pia-sau-rieng-trung', 'banh-pia-kim-sa', 'banh-pia-chay-dau-xanh') },
  { category: 'keyboard', q: 'daauf duwaf', locale: 'vi', expect: products('dau-dua-ep-lanh') },
  { category: 'keyboard', q: 'ca1 phe6 phin', locale: 'vi', expect: products('ca-phe-phin-giay-cu-sue') },
  {
    category: 'keyboard',
    q: 'ma8t5 ong',
    locale: 'vi',
    expect: products('mat-ong-rung-ba-be-500ml', 'mat-ong-hoa-cao-su-tam-an-500g', 'mat-ong-hoa-ca-phe-tam-an-1kg', 'mat-ong-hoa-dieu-tam-an-350g'),
  },
  {
    category: 'keyboard',
    q: 'thoor camr',
    locale: 'vi',
    expect: products('khan-tho-cam-e-de', 'tui-tho-cam-deo-cheo', 'vai-tho-cam-kho-rong', 'khan-choang-tho-cam-mnong'),
  },
  // Held out on 2026-12-07 (second batch): written after the day's first changes, before the engine ran them.
  { category: 'keyboard', q: 'nooif ddaats', locale: 'vi', expect: products('noi-dat-bau-truc') },
  { category: 'keyboard', q: 'tranh sown maif', locale: 'vi', expect: products('tranh-son-mai-truu-tuong', 'tranh-son-mai-que-huong-60x90') },
  { category: 'keyboard', q: 'dao beeps', locale: 'vi', expect: products('dao-bep-van-chang', 'bo-dao-bep-phuc-sen') },
  { category: 'keyboard', q: 'kho de6 xe1 so75i', locale: 'vi', expect: products('kho-de-xe-soi') },
  { category: 'keyboard', q: 'ba1nh pi1a', locale: 'vi', expect: products('banh-pia-sau-rieng-trung', 'banh-pia-kim-sa', 'banh-pia-chay-dau-xanh') },
  { category: 'keyboard', q: 'gasch the3 ddawjc', locale: 'vi', expect: products('gach-the-dac-duc-hoa') },
  // Held out on 2026-12-07 (third batch, the next session): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'ddenf goom', locale: 'vi', expect: products('den-gom-thanh-ha', 'den-ngu-gom-bat-trang') },
  {
    category: 'keyboard',
    q: 'keoj dwaf',
    locale: 'vi',
    expect: products('keo-dua-mem-hop-qua', 'keo-dua-sua-mo-cay', 'keo-dua-la-dua', 'keo-dua-sau-rieng', 'keo-dua-dau-phong'),
  },
  { category: 'keyboard', q: 'tuowng baanf', locale: 'vi', expect: products('tuong-ban-500ml', 'tuong-ban-can-2l') },
  { category: 'keyboard', q: 'ca2 phe6 rang xay', locale: 'vi', expect: products('ca-phe-rang-xay-truyen-thong') },
  { category: 'keyboard', q: 'gooms chawm', locale: 'vi', expect: products('binh-gom-cham-ba-vu', 'noi-dat-bau-truc', 'tuong-gom-cham-nho') },
  // Held out on 2026-12-07 (fourth batch): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'lapj xuwowngr', locale: 'vi', expect: products('lap-xuong-tuoi-soc-trang') },
  { category: 'keyboard', q: 'ghees maay', locale: 'vi', expect: products('ghe-may-thu-gian') },
  { category: 'keyboard', q: 'ddoon gooms', locale: 'vi', expect: products('don-gom-ngoi-vuon') },
  { category: 'keyboard', q: 'kho6 de6', locale: 'vi', expect: products('kho-de-xe-soi') },
  { category: 'keyboard', q: 'tra2 xanh', locale: 'vi', expect: products('tra-xanh-tui-loc-tan-cuong', 'tra-xanh-tu-quy-tui-loc') },
  // Held out on 2026-12-07 (fifth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'nuwowcs thoots noots', locale: 'vi', expect: products('nuoc-thot-not-dong-chai') },
  { category: 'keyboard', q: 'mieens dong', locale: 'vi', expect: ofProducer('mien-dong-na-ri') },
  { category: 'keyboard', q: 'keoj dwaf sauf rieeng', locale: 'vi', expect: products('keo-dua-sau-rieng') },
  { category: 'keyboard', q: 'tra2 o6 long', locale: 'vi', expect: products('tra-o-long-kim-tuyen') },
  { category: 'keyboard', q: 'hatj ddieeuf rang muoois', locale: 'vi', expect: products('hat-dieu-rang-muoi-bu-dang') },
  { category: 'keyboard', q: 'ddaauf duwaf', locale: 'vi', expect: products('dau-dua-ep-lanh') },
  { category: 'keyboard', q: 'ba1nh tra1ng', locale: 'vi', expect: ofProducer('banh-trang-trang-bang') },
  { category: 'keyboard', q: 'chaof ddeen tre', locale: 'vi', expect: products('chao-den-tre-phu-vinh') },
  // Held out on 2026-12-07 (sixth batch, written after that session's first fixes): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'tieeu dden', locale: 'vi', expect: products('tieu-den-phu-quoc') },
  { category: 'keyboard', q: 'bo65t que61', locale: 'vi', expect: products('bot-que-huu-co') },
  { category: 'keyboard', q: 'ddeenf ngur goom', locale: 'vi', expect: products('den-ngu-gom-bat-trang') },
  { category: 'keyboard', q: 'khawn thoor caamr', locale: 'vi', expect: products('khan-tho-cam-e-de', 'khan-choang-tho-cam-mnong') },
  { category: 'keyboard', q: 'mawms ruoocs', locale: 'vi', expect: products('mam-ruoc-long-hai') },
  // Held out on 2026-12-07 (seventh batch, written after every change of that session): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'banhs caays', locale: 'vi', expect: ofProducer('banh-cay-nguyen') },
  { category: 'keyboard', q: 'sapx ong', locale: 'vi', expect: products('sap-ong-nguyen-chat') },
  { category: 'keyboard', q: 'mu71t tho8m', locale: 'vi', expect: products('mut-thom-say-deo') },
  { category: 'keyboard', q: 'gachj tuynel', locale: 'vi', expect: productsWhere((s) => s.startsWith('gach-tuynel')) },
  // Held out on 2026-12-07 (eighth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'xeengr renf', locale: 'vi', expect: products('xeng-ren-van-chang') },
  { category: 'keyboard', q: 'xucs xichs dee', locale: 'vi', expect: products('xuc-xich-de') },
  { category: 'keyboard', q: 'khoo dee xes sowij', locale: 'vi', expect: products('kho-de-xe-soi') },
  { category: 'keyboard', q: 'bats sown maif', locale: 'vi', expect: products('bat-son-mai-cot-tre') },
  { category: 'keyboard', q: 'tra2 la1 ho62ng', locale: 'vi', expect: products('tra-la-hong') },
  { category: 'keyboard', q: 'cuoocs renf', locale: 'vi', expect: products('cuoc-ren-van-chang') },
  // Held out on 2026-12-07 (ninth batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'bots quees', locale: 'vi', expect: products('bot-que-huu-co') },
  { category: 'keyboard', q: 'khay bacj', locale: 'vi', expect: products('khay-bac-hoa-van-trong-dong') },
  { category: 'keyboard', q: 'tuwowngj gooms', locale: 'vi', expect: products('tuong-gom-cham-nho') },
  { category: 'keyboard', q: 'ke5o tho61t no61t', locale: 'vi', expect: products('banh-bo-thot-not-say') },
  { category: 'keyboard', q: 'mawng owst', locale: 'vi', expect: products('mang-ot-ba-be') },
  // Held out on 2026-12-08 (tenth batch, a new session): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'nuwowcs mawms nhix', locale: 'vi', expect: products('nuoc-mam-nhi-long-hai-40-dam', 'nuoc-mam-nam-o-nhi-cot') },
  { category: 'keyboard', q: 'dao phats nuwowng', locale: 'vi', expect: products('dao-phat-phuc-sen') },
  { category: 'keyboard', q: 'khawn trair banf', locale: 'vi', expect: products('khan-trai-ban-theu-ren') },
  { category: 'keyboard', q: 'mawngj vaauf', locale: 'vi', expect: products('mang-vau-kho-ba-be') },
  { category: 'keyboard', q: 'gio7 ma6y', locale: 'vi', expect: products('gio-may-dan-tay-bo-3') },
  { category: 'keyboard', q: 'tranh the6u', locale: 'vi', expect: products('tranh-theu-tam-coc') },
  // Held out on 2026-12-08 (eleventh batch, written after that session's first changes): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'maatj ong hoa ddieeuf', locale: 'vi', expect: products('mat-ong-hoa-dieu-tam-an-350g') },
  { category: 'keyboard', q: 'chaauj gooms', locale: 'vi', expect: productsWhere((s) => s.includes('chau')) },
  { category: 'keyboard', q: 'khay maay', locale: 'vi', expect: products('khay-may-oval') },
  { category: 'keyboard', q: 'ghees maay thuw giaxn', locale: 'vi', expect: products('ghe-may-thu-gian') },
  { category: 'keyboard', q: 'ba1nh ca1y', locale: 'vi', expect: productsWhere((s) => s.startsWith('banh-cay')) },
  { category: 'keyboard', q: 'da6u2 du72a', locale: 'vi', expect: products('dau-dua-ep-lanh') },
  { category: 'keyboard', q: 'ha5t d9ie62u', locale: 'vi', expect: productsWhere((s) => s.includes('dieu')) },
  // Held out on 2026-12-08 (twelfth batch, written after every change of that session but the last): written from the catalogue before the engine first ran them.
  { category: 'keyboard', q: 'nhaan ddieeuf huwux cow', locale: 'vi', expect: products('nhan-dieu-huu-co-w320') },
  { category: 'keyboard', q: 'ddaauf duwaf eps lanhj', locale: 'vi', expect: products('dau-dua-ep-lanh') },
  { category: 'keyboard', q: 'mie61n dong', locale: 'vi', expect: productsWhere((s) => s.startsWith('mien-dong')) },
  { category: 'keyboard', q: 'ba1nh pi1a kim sa', locale: 'vi', expect: products('banh-pia-kim-sa') },
]
