/** The columns of a producer's product list: the product form's fields, in both languages. */
import type { ColumnSpec } from './map-columns'

export type ProductColumn =
  | 'name'
  | 'nameEn'
  | 'productGroup'
  | 'summary'
  | 'summaryEn'
  | 'size'
  | 'packaging'
  | 'shelfLife'
  | 'ingredients'
  | 'minimumOrder'
  | 'leadTime'
  | 'priceMin'
  | 'priceMax'
  | 'currency'
  | 'priceUnit'
  | 'hsCode'

export const PRODUCT_COLUMNS: readonly ColumnSpec<ProductColumn>[] = [
  { key: 'name', vi: 'Tên sản phẩm', en: 'name', aliases: ['Sản phẩm', 'product', 'product_name'], required: true },
  { key: 'nameEn', vi: 'Tên tiếng Anh', en: 'name_en', aliases: ['Tên sản phẩm tiếng Anh', 'english_name'] },
  { key: 'productGroup', vi: 'Nhóm sản phẩm', en: 'product_group', aliases: ['Nhóm'] },
  { key: 'summary', vi: 'Mô tả ngắn', en: 'summary', aliases: ['Mô tả'] },
  { key: 'summaryEn', vi: 'Mô tả tiếng Anh', en: 'summary_en', aliases: ['Mô tả ngắn tiếng Anh'] },
  { key: 'size', vi: 'Khối lượng / kích thước', en: 'size', aliases: ['Khối lượng tịnh', 'Khối lượng', 'Kích thước', 'net_weight'] },
  { key: 'packaging', vi: 'Đóng gói', en: 'packaging', aliases: ['Quy cách đóng gói', 'Quy cách', 'Bao bì'] },
  { key: 'shelfLife', vi: 'Hạn sử dụng', en: 'shelf_life', aliases: ['HSD'] },
  { key: 'ingredients', vi: 'Thành phần', en: 'ingredients', aliases: ['Nguyên liệu', 'Vật liệu', 'Thành phần / vật liệu', 'materials'] },
  { key: 'minimumOrder', vi: 'Đơn hàng tối thiểu', en: 'minimum_order', aliases: ['Số lượng tối thiểu', 'MOQ'] },
  { key: 'leadTime', vi: 'Thời gian giao hàng', en: 'lead_time' },
  { key: 'priceMin', vi: 'Giá từ', en: 'price_min', aliases: ['Giá thấp nhất', 'Giá'] },
  { key: 'priceMax', vi: 'Giá đến', en: 'price_max', aliases: ['Giá cao nhất'] },
  { key: 'currency', vi: 'Tiền tệ', en: 'currency', aliases: ['Đơn vị tiền'] },
  { key: 'priceUnit', vi: 'Đơn vị tính', en: 'price_unit', aliases: ['Đơn vị', 'unit'] },
  { key: 'hsCode', vi: 'Mã HS', en: 'hs_code' },
]
