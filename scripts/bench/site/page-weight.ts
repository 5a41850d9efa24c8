/** What each kind of page costs a buyer on the wire: gzipped HTML, CSS and every script it loads. */
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { FetchPage } from './fetch-page'

const gz = (bytes: Uint8Array | string) => gzipSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { level: 6 }).byteLength

/**
 * HTML (with inline CSS and JS) as sent gzipped, plus the scripts the page loads: module scripts
 * (`<script type="module" src>`, as Astro bundles a component's <script>), modulepreloads, and
 * islands' components and renderer fetched on hydration, each with the modules it imports.
 */
async function weigh(get: FetchPage, url: string) {
  const { res, body } = await get(url, { 'Accept-Encoding': 'gzip' })
  const wire = Number(res.headers.get('content-length') ?? body.byteLength)
  const html = new TextDecoder().decode(res.headers.get('content-encoding') === 'gzip' ? (await get(url)).body : body)
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')
  const inlineJs = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')
  // Module scripts load at once; islands load their component and renderer when they hydrate.
  const urls = new Set<string>()
  for (const m of html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)) urls.add(m[1]!)
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) urls.add(m[1]!)
  const seen = new Set<string>()
  let scriptJs = 0
  const queue = [...urls]
  while (queue.length) {
    const next = queue.shift()!
    if (seen.has(next)) continue
    seen.add(next)
    const js = new TextDecoder().decode((await get(next)).body)
    scriptJs += gz(js)
    for (const m of js.matchAll(/from\s*"(\.\/[^"]+\.js)"|import\s*"(\.\/[^"]+\.js)"/g)) queue.push(path.posix.join(path.posix.dirname(next), m[1] ?? m[2]!))
  }
  const inlineJsGzip = inlineJs.trim() ? gz(inlineJs) : 0
  return {
    status: res.status,
    htmlGzip: wire,
    htmlRaw: new TextEncoder().encode(html).byteLength,
    cssGzip: css ? gz(css) : 0,
    inlineJsGzip,
    scriptJsGzip: scriptJs,
    /** All JavaScript: inline (also inside htmlGzip) plus loaded scripts. */
    jsGzip: inlineJsGzip + scriptJs,
    /** What the page costs: HTML with inline CSS and JS, plus loaded scripts. */
    totalGzip: wire + scriptJs,
    scripts: [...seen],
  }
}

export async function bytesPerPage(get: FetchPage, slugs: { products: string[]; brands: string[]; fairs: string[] }) {
  const pages: Record<string, string> = {
    home: '/',
    products: '/san-pham?group=che-bien-nong-lam-thuy-san-thuc-pham',
    product: `/san-pham/${slugs.products[0]}`,
    'product (en)': `/en/products/${slugs.products[0]}`,
    brands: '/thuong-hieu',
    brand: `/thuong-hieu/${slugs.brands[0]}`,
    awards: '/giai-thuong',
    'awards by level': '/giai-thuong?level=provincial',
    fairs: '/hoi-cho',
    'fairs by month': '/hoi-cho?view=month',
    fair: `/hoi-cho/${slugs.fairs[0]}`,
    search: '/tim-kiem?q=m%E1%BA%ADt%20ong',
    'not found': '/san-pham/khong-co',
  }
  const result: Record<string, Awaited<ReturnType<typeof weigh>> & { url: string }> = {}
  for (const [name, url] of Object.entries(pages)) result[name] = { url, ...(await weigh(get, url)) }
  return result
}
