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
]
