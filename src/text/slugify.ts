import { foldText } from './fold-text'

/**
 * URL slugs carry no diacritics: "Mật ong Đất Việt" → "mat-ong-dat-viet". The folding is the
 * search's own (foldText), so a slug and a folded query never disagree about a letter.
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}
