import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js hosts only the Payload admin and REST API; the public site is Astro. */
const nextConfig = {
  // The repository root holds node_modules and the shared src/ code.
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  outputFileTracingRoot: path.resolve(import.meta.dirname, '..'),
  poweredByHeader: false,
  // npm test type-checks the whole tree once (tsc); the admin build need not check it a second time.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // The headers that do not depend on the request; the CSP, HSTS and request id are set in proxy.ts.
  // (Kept here as literals: next.config is loaded by plain Node, without the TypeScript loader.)
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
