/**
 * A plain link to the fair's venue on OpenStreetMap, searched by its address: no map script on
 * the page, no key, and the visitor's own map application takes over on a phone.
 */
export function venueMapLink(parts: readonly (string | null | undefined)[]): string | undefined {
  const address = parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ')
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}` : undefined
}
