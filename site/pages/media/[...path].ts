/**
 * Media files (the CMS's uploads and their sharp variants) served same-origin from MEDIA_DIR, or
 * from the S3 bucket when S3_BUCKET is set (streamed through, the bucket stays private), so pages
 * hold no CMS or storage address and a CDN caches pictures with the pages. Only plain file names
 * of known types are served; anything else is a 404.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { APIRoute } from 'astro'
import { readS3Media } from '../../../src/media/s3-media'
import { siteEnv } from '../../lib/env'

const TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
}

/** A week fresh, then served stale while the CDN revalidates (with the ETag) for a month. */
const CACHE = 'public, max-age=604800, stale-while-revalidate=2592000'

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } })

export const GET: APIRoute = async ({ params, request }) => {
  const name = params.path ?? ''
  const type = TYPES[path.extname(name).toLowerCase()]
  if (!type || name.startsWith('.') || path.basename(name) !== name || name.includes('\\') || name.includes('\0')) return notFound()
  const env = siteEnv()
  if (env.S3_BUCKET) return fromBucket({ ...env, S3_BUCKET: env.S3_BUCKET }, name, type, request)
  const root = path.resolve(env.MEDIA_DIR)
  const file = path.join(root, name)
  if (path.dirname(file) !== root) return notFound()
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) return notFound()
  const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`
  const headers = { 'Content-Type': type, 'Cache-Control': CACHE, ETag: etag, 'Last-Modified': info.mtime.toUTCString(), 'X-Content-Type-Options': 'nosniff' }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream
  return new Response(body, { headers: { ...headers, 'Content-Length': String(info.size) } })
}

/** The same answer from the bucket: its ETag and date, the same cache headers, 304 when unchanged. */
async function fromBucket(env: Parameters<typeof readS3Media>[0], name: string, type: string, request: Request): Promise<Response> {
  const file = await readS3Media(env, name, request.headers.get('if-none-match')).catch(() => undefined)
  if (!file)
    return new Response('Media storage unavailable', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '30' },
    })
  if (file.kind === 'missing') return notFound()
  const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': CACHE, ETag: file.etag, 'X-Content-Type-Options': 'nosniff' }
  if (file.lastModified) headers['Last-Modified'] = file.lastModified.toUTCString()
  if (file.kind === 'unchanged') return new Response(null, { status: 304, headers })
  if (file.size !== undefined) headers['Content-Length'] = String(file.size)
  return new Response(file.body, { headers })
}
