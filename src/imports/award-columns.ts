/** The columns of an award decision list, with the headers the centres use and the English keys. */
import type { ColumnSpec } from './map-columns'

export type AwardColumn =
  | 'product'
  | 'producer'
  | 'province'
  | 'level'
  | 'year'
  | 'decisionNumber'
  | 'decisionDate'
  | 'certificateNumber'
  | 'productGroup'
  | 'issuer'

export const AWARD_COLUMNS: readonly ColumnSpec<AwardColumn>[] = [
  { key: 'product', vi: 'Tên sản phẩm', en: 'product', aliases: ['Sản phẩm', 'product_name'], required: true },
  { key: 'producer', vi: 'Cơ sở', en: 'producer', aliases: ['Tên cơ sở', 'Cơ sở sản xuất', 'Chủ thể', 'Đơn vị', 'producer_name'], required: true },
  { key: 'province', vi: 'Tỉnh', en: 'province', aliases: ['Tỉnh/thành phố', 'Tỉnh/thành', 'Tỉnh, thành phố', 'Địa phương'], required: true },
  { key: 'level', vi: 'Cấp', en: 'level', aliases: ['Cấp công nhận', 'Cấp giải', 'award_level'], required: true },
  { key: 'year', vi: 'Năm', en: 'year', aliases: ['Năm công nhận', 'Năm bình chọn'], required: true },
  { key: 'decisionNumber', vi: 'Số quyết định', en: 'decision_number', aliases: ['Số QĐ', 'Quyết định'], required: true },
  { key: 'decisionDate', vi: 'Ngày quyết định', en: 'decision_date', aliases: ['Ngày QĐ', 'Ngày ký'] },
  { key: 'certificateNumber', vi: 'Số chứng nhận', en: 'certificate_number', aliases: ['Số giấy chứng nhận', 'Số GCN', 'certificate'] },
  { key: 'productGroup', vi: 'Nhóm sản phẩm', en: 'product_group', aliases: ['Nhóm', 'Nhóm SP'] },
  { key: 'issuer', vi: 'Cơ quan cấp', en: 'issuer', aliases: ['Cơ quan công nhận', 'Cơ quan ban hành', 'awarding_body'] },
]
