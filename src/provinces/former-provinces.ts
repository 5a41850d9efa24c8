/**
 * The 63 provinces as they stood before the merger of 1 July 2025, each under a stable value (its
 * slug). A producer records the one it stood in, so search can tell "Vũng Tàu" from the rest of
 * Thành phố Hồ Chí Minh: the current unit's list of former names (Provinces.formerNames) says only
 * that one of them applies.
 */
import { slugify } from '../text/slugify'

const NAMES = [
  'Hà Nội',
  'Thừa Thiên Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Hà Giang',
  'Lào Cai',
  'Yên Bái',
  'Thái Nguyên',
  'Bắc Kạn',
  'Phú Thọ',
  'Vĩnh Phúc',
  'Hòa Bình',
  'Bắc Ninh',
  'Bắc Giang',
  'Hưng Yên',
  'Thái Bình',
  'Hải Phòng',
  'Hải Dương',
  'Ninh Bình',
  'Hà Nam',
  'Nam Định',
  'Quảng Trị',
  'Quảng Bình',
  'Đà Nẵng',
  'Quảng Nam',
  'Quảng Ngãi',
  'Kon Tum',
  'Gia Lai',
  'Bình Định',
  'Khánh Hòa',
  'Ninh Thuận',
  'Lâm Đồng',
  'Đắk Nông',
  'Bình Thuận',
  'Đắk Lắk',
  'Phú Yên',
  'Thành phố Hồ Chí Minh',
  'Bình Dương',
  'Bà Rịa–Vũng Tàu',
  'Đồng Nai',
  'Bình Phước',
  'Tây Ninh',
  'Long An',
  'Cần Thơ',
  'Sóc Trăng',
  'Hậu Giang',
  'Vĩnh Long',
  'Bến Tre',
  'Trà Vinh',
  'Đồng Tháp',
  'Tiền Giang',
  'Cà Mau',
  'Bạc Liêu',
  'An Giang',
  'Kiên Giang',
] as const

export interface FormerProvince {
  /** Stored value: "ba-ria-vung-tau". */
  readonly value: string
  /** As it was written: "Bà Rịa–Vũng Tàu". */
  readonly name: string
}

export const FORMER_PROVINCES: readonly FormerProvince[] = NAMES.map((name) => ({ value: slugify(name), name }))

/** The name of a stored former province, or null for an empty or unknown value. */
export function formerProvinceName(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null
  return FORMER_PROVINCES.find((former) => former.value === value)?.name ?? null
}

/** The stored value of a former province given by its name ("Bình Dương", "binh duong"), or null. */
export function formerProvinceValue(name: string): string | null {
  const wanted = slugify(name)
  return FORMER_PROVINCES.find((former) => former.value === wanted)?.value ?? null
}
