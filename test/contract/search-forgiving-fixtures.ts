import { mapProduct } from '../../src/search/mappers/index'
import type { SearchDocument } from '../../src/search/types'

const NOW = new Date('2026-11-22T00:00:00Z')

/** Products that tempt a careless engine: English names with "honey" that are not honey, false friends of "nón". */
export function temptingDocuments(): SearchDocument[] {
  const product = (id: string, vi: string, en: string, description?: { vi: string; en: string }) =>
    mapProduct({ id, slug: id, name: { vi, en }, ...(description ? { description } : {}), _status: 'published' }, { now: NOW })
  return [
    ...product('t1', 'Hạt điều tẩm mật ong', 'Honey-glazed cashews'),
    ...product('t2', 'Chanh đào ngâm mật ong', 'Lime pickled in honey'),
    ...product('t3', 'Chè nõn tôm lá nhỏ', 'Young-bud green tea'),
    ...product('t4', 'Khăn thổ cẩm Ê Đê', 'Ede brocade scarf'),
    ...product('t5', 'Kẹo dừa sữa Mỏ Cày', 'Mo Cay coconut milk candy'),
    ...product('t6', 'Kẹo dứa ngon nhà làm', 'Homemade pineapple candy'),
    ...product('t7', 'Máy sấy nông sản trưng bày', 'Farm produce dryer on show'),
    ...product('t8', 'Bánh tráng phơi sương Trảng Bàng', 'Trang Bang dew-dried rice paper'),
    // Says every word of "mật ong thiên nhiên" and is not honey.
    ...product('t9', 'Sáp ong thiên nhiên từ tổ mật ong', 'Natural beeswax'),
    ...product('t10', 'Bộ bát đĩa sứ men lam', 'Blue-glazed porcelain dinnerware'),
    // Its story, not its name, says "rings".
    ...product('t11', 'Mứt thơm sấy dẻo', 'Soft-dried pineapple', { vi: 'Thơm cắt khoanh, sấy dẻo.', en: 'Pineapple cut into rings and dried soft.' }),
    // Its story says "electric" and "like", a typo away from "bike".
    ...product('t12', 'Lò sao chè', 'Tea roaster', { vi: 'Lò điện, giữ hương như lò củi.', en: 'Electric roasters keep the aroma like wood-fired ones.' }),
    // A sedge mat, and a tile whose story says "matt": "sedge matt" is the mat misspelt.
    ...product('t13', 'Chiếu cói in hoa', 'Printed sedge mat'),
    ...product('t14', 'Ngói đất nung', 'Clay roof tile', { vi: 'Men đỏ mờ.', en: 'A matt red finish.' }),
    // A gift box says "quà" and "Tết", which the fish sauce itself does not.
    ...product('t15', 'Hộp quà Tết nước mắm', 'Fish sauce Tet gift box'),
    // Cham pottery, and pottery sold as a souvenir that is not Cham.
    ...product('t16', 'Tượng gốm Chăm', 'Cham ceramic figure'),
    ...product('t17', 'Đĩa gốm lưu niệm', 'Ceramic keepsake plate'),
    // Bricks told apart by a number, the one a buyer asks for with the longer name; a persimmon, and
    // a sugar a buyer says it does not want.
    ...product('t18', 'Gạch tuynel 4 lỗ', 'Four-hole tunnel brick'),
    ...product('t19', 'Gạch tuynel 2 lỗ xây tường', 'Two-hole tunnel brick for walls'),
    ...product('t20', 'Hồng sấy dẻo', 'Soft-dried persimmon'),
    ...product('t21', 'Đường thốt nốt', 'Palm sugar'),
  ]
}
