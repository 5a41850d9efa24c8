/**
 * How long a CDN may keep each kind of public response. Pages are fresh for a minute and then
 * served stale while the CDN revalidates in the background (with the ETag, so an unchanged page
 * costs a 304), so a change published in the admin shows within a minute everywhere, and at
 * once at the origin.
 */
export const PAGE_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
export const NOT_FOUND_CACHE = 'public, max-age=0, s-maxage=30'
export const NO_STORE = 'no-store'

export function cacheControlFor(status: number): string {
  if (status === 200) return PAGE_CACHE
  if (status === 404) return NOT_FOUND_CACHE
  return NO_STORE
}
