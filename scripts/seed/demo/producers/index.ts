/** Every demo producer, one file per current provincial unit. */
import type { DemoProducer } from '../types'
import { producers as anGiang } from './an-giang'
import { producers as canTho } from './can-tho'
import { producers as caoBang } from './cao-bang'
import { producers as daNang } from './da-nang'
import { producers as dakLak } from './dak-lak'
import { producers as dongNai } from './dong-nai'
import { producers as haNoi } from './ha-noi'
import { producers as hoChiMinh } from './ho-chi-minh'
import { producers as hungYen } from './hung-yen'
import { producers as khanhHoa } from './khanh-hoa'
import { producers as lamDong } from './lam-dong'
import { producers as laoCai } from './lao-cai'
import { producers as ninhBinh } from './ninh-binh'
import { producers as tayNinh } from './tay-ninh'
import { producers as thaiNguyen } from './thai-nguyen'
import { producers as vinhLong } from './vinh-long'

export const DEMO_PRODUCERS: DemoProducer[] = [
  ...haNoi,
  ...thaiNguyen,
  ...hungYen,
  ...ninhBinh,
  ...caoBang,
  ...laoCai,
  ...daNang,
  ...dakLak,
  ...khanhHoa,
  ...lamDong,
  ...hoChiMinh,
  ...tayNinh,
  ...dongNai,
  ...canTho,
  ...vinhLong,
  ...anGiang,
]
