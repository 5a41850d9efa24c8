/** One GET against the site under test, timed: wall clock, and the server's own figure (Server-Timing). */
export type FetchPage = (url: string, headers?: Record<string, string>) => Promise<{ res: Response; body: Uint8Array; wall: number; server: number }>

export function pageFetcher(base: () => string): FetchPage {
  return async function get(url, headers = {}) {
    const started = performance.now()
    const res = await fetch(url.startsWith('http') ? url : base() + url, { headers: { 'Accept-Encoding': 'identity', ...headers } })
    const body = new Uint8Array(await res.arrayBuffer())
    const wall = performance.now() - started
    const server = Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN)
    return { res, body, wall, server }
  }
}
