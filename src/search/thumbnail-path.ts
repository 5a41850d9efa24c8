/**
 * A thumbnail as the site serves it (`/media/<file>`), or undefined: anything else (a full URL, a
 * `javascript:` link, a path elsewhere) never reaches a page, whether from the index or from the
 * search API's JSON. No imports: the search island's bundle takes it as it is.
 */
export function thumbnailPath(value: unknown): string | undefined {
  return typeof value === 'string' && /^\/media\/[^\s/?#]+$/.test(value) ? value : undefined
}
