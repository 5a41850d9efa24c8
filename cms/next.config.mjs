import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js hosts only the Payload admin and REST API; the public site is Astro. */
const nextConfig = {
  // The repository root holds node_modules and the shared src/ code.
  turbopack: { root: path.resolve(import.meta.dirname, '..') },
  outputFileTracingRoot: path.resolve(import.meta.dirname, '..'),
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
