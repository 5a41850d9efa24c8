/**
 * Who is asking, behind reverse proxies. A proxy appends the address it received the request
 * from to X-Forwarded-For; a client can put anything before that. So the chain is read from the
 * right (the socket's peer first) and the proxies we run are skipped: the first address that is
 * not one of them is the client. When the peer itself is not a trusted proxy, the header is a
 * client's claim and is ignored: per-address rate limits then hold whatever a client sends.
 */
import { BlockList, isIP } from 'node:net'

export type ProxyTrust = (address: string) => boolean

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped?.[1] ?? address
}

/** A test for "is this one of our proxies", from TRUSTED_PROXIES entries (addresses or CIDR ranges). */
export function createProxyTrust(entries: readonly string[]): ProxyTrust {
  if (entries.length === 0) return () => false
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/')
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(bits), type)
  }
  return (address) => {
    const ip = plain(address.trim())
    const family = isIP(ip)
    return family !== 0 && list.check(ip, family === 6 ? 'ipv6' : 'ipv4')
  }
}

/** The client's address: the socket's peer, or behind trusted proxies the first hop they did not add. */
export function clientAddress(forwardedFor: string | null, socketAddress: string | undefined, trusted: ProxyTrust): string {
  if (!socketAddress) return 'unknown'
  let client = plain(socketAddress)
  if (!trusted(client)) return client
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter((hop) => isIP(hop) !== 0)
  // Walk left while the address in hand is one of our proxies: it vouches for the hop before it.
  while (trusted(client) && hops.length > 0) client = hops.pop() as string
  return client
}

/** Whether the client reached us over https: the socket, or X-Forwarded-Proto from a trusted proxy. */
export function requestIsHttps(url: URL, forwardedProto: string | null, socketAddress: string | undefined, trusted: ProxyTrust): boolean {
  if (url.protocol === 'https:') return true
  if (!socketAddress || !trusted(socketAddress)) return false
  // With several proxies the first value is the one the client used.
  return forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https'
}
