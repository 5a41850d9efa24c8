/**
 * Words that fold to the same letters (dế/dê, dừa/dứa, máy/mây…): the item spelt with the accents
 * the buyer typed must come first.
 */
import { ofProducer, products, productsWhere } from '../catalogue'
import type { JudgedQuery } from '../types'

const q = (query: string, first: string[]): JudgedQuery => ({ category: 'accent-pairs', q: query, judge: 'first', expect: first })
const coconutCandy = productsWhere((s) => s.startsWith('keo-dua-') && s !== 'keo-dua-mem-hop-qua')

export const ACCENT_PAIRS: JudgedQuery[] = [
  q('dế', ofProducer('de-say-cu-chi')),
  q('dê', ofProducer('de-phan-rang')),
  q('dế sấy', ofProducer('de-say-cu-chi')),
  q('thịt dê', products('thit-de-hun-khoi-phan-rang')),
  q('bột dế', products('bot-de-nguyen-chat')),
  q('khô dê', products('kho-de-xe-soi')),
  q('kẹo dừa', [...coconutCandy, 'producer:keo-dua-mo-cay']),
  q('kẹo dứa', products('keo-dua-mem-hop-qua', 'keo-khom-ben-luc-200g')),
  q('dừa', [...coconutCandy, ...products('dau-dua-ep-lanh'), 'producer:keo-dua-mo-cay']),
  q('dứa', products('keo-dua-mem-hop-qua', 'keo-khom-ben-luc-200g', 'mut-thom-say-deo')),
  q('quế', ofProducer('que-van-yen')),
  q('quê hương', products('tranh-son-mai-que-huong-60x90')),
  q('dao', [...ofProducer('dao-phuc-sen'), ...products('dao-bep-van-chang')]),
  q('chanh đào', products('mat-ong-ngam-chanh')),
  q(
    'máy',
    productsWhere((s) => s.startsWith('may-') && !s.startsWith('may-tre')),
  ),
  q('mây', [...products('gio-may-dan-tay-bo-3', 'khay-may-oval', 'ghe-may-thu-gian'), 'producer:may-tre-phu-vinh']),
  q('đèn', products('den-ngu-gom-bat-trang', 'den-gom-thanh-ha', 'chao-den-tre-phu-vinh')),
  q('tiêu đen', products('tieu-den-phu-quoc')),
  q('lọ hoa', products('lo-hoa-gom-mau-xanh-ngoc')),
  q('lò đốt', products('lo-dot-trau-hoa-khi-om')),
  q('cá', products('ca-ngu-kho-nam-o', 'ca-com-kho-long-hai')),
  q('khay bạc', products('khay-bac-hoa-van-trong-dong')),
  q('phía Bắc', ['fair:hoi-cho-cnnt-khu-vuc-phia-bac']),
  q('bình đồng', products('binh-dong-cham-rong')),
]
