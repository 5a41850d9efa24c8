/**
 * A Vietnamese place name as English pages write it: the current unit's English name when the
 * name is that unit's ("Thành phố Hồ Chí Minh" → "Ho Chi Minh City"), otherwise the name without
 * diacritics ("Bà Rịa - Vũng Tàu" → "Ba Ria - Vung Tau"), which is how English writes former
 * provinces. A leading "Tỉnh" (province) is dropped.
 */
import { foldPlaceName } from './match-provinces'

export type NamedProvince = { name: string; nameEn?: string | null }

export function withoutDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

export function englishPlaceName(name: string, current?: NamedProvince | null): string {
  if (current?.nameEn && foldPlaceName(current.name) === foldPlaceName(name)) return current.nameEn
  const bare = name.trim().replace(/^tỉnh\s+/i, '')
  return /^thành phố\s/i.test(bare) ? `${withoutDiacritics(bare.replace(/^thành phố\s+/i, ''))} City` : withoutDiacritics(bare)
}
