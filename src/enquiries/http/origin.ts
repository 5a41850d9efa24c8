/**
 * Cross-site requests are refused: a browser always says where a POST comes from (Origin, and
 * Sec-Fetch-Site in current browsers), so another site cannot make a visitor's browser send
 * enquiries. A request with neither header does not come from a browser and cannot be forged
 * this way; the rate limits and the honeypot deal with those.
 */
export function isAllowedOrigin(headers: Headers, allowedOrigins: readonly string[]): boolean {
  const origin = headers.get('origin')
  const site = headers.get('sec-fetch-site')
  if (origin !== null) return origin !== 'null' && allowedOrigins.includes(origin)
  return site === null || site === 'same-origin' || site === 'none'
}

/** The client's address: the socket's, or behind a trusted proxy the hop that proxy appended. */
export function clientAddressOf(headers: Headers, socketAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean)
    const last = hops.at(-1)
    if (last) return last
  }
  return socketAddress ?? 'unknown'
}
