/**
 * What buyers add around the product they want: buying words, trade terms, praise, the country.
 * They are the first words left out when a query finds nothing, and leaving them out never counts
 * as missing what the buyer asked for. Written with diacritics where Vietnamese has them: a filler
 * typed with other marks is another word ("bán" is selling, "Bần" is a place: "Tương Bần").
 * Phrases are matched whole ("giá sỉ"), so a lone "giá" or "sỉ" stays a content word.
 */
export const FILLER_PHRASES: readonly string[] = [
  'mua',
  'cần mua',
  'bán',
  'giá',
  'giá sỉ',
  'giá rẻ',
  'giá tốt',
  'bán sỉ',
  'bán buôn',
  'bán lẻ',
  'sỉ',
  'lẻ',
  'chính hãng',
  'loại tốt',
  'ngon',
  'rẻ',
  'tốt nhất',
  'số lượng lớn',
  'việt nam',
  'wholesale',
  'retail',
  'buy',
  'best',
  'cheap',
  'price',
  'prices',
  'supplier',
  'suppliers',
  'bulk',
  'quality',
  'premium',
  'vietnam',
  'vietnamese',
  'viet nam',
]
