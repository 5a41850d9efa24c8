/**
 * URL slugs carry no diacritics: "Mật ong Đất Việt" → "mat-ong-dat-viet". đ has no Unicode
 * decomposition, so it is mapped by hand before the marks are stripped.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}
