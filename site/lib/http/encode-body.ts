/**
 * Compression for text responses (the Node server is the edge when no CDN sits in front):
 * Brotli when the browser takes it, else gzip. Small bodies are left alone.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const MIN_BYTES = 1024
const TEXT = /^(text\/|application\/(xml|json|ld\+json|javascript)|image\/svg\+xml)/

export type Encoded = { body: Uint8Array<ArrayBuffer>; encoding?: 'br' | 'gzip' }

export function pickEncoding(acceptEncoding: string | null): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').toLowerCase()
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gzip'
  return undefined
}

export function encodeBody(body: Uint8Array<ArrayBuffer>, contentType: string | null, acceptEncoding: string | null): Encoded {
  const encoding = pickEncoding(acceptEncoding)
  if (!encoding || body.byteLength < MIN_BYTES || !TEXT.test(contentType ?? '')) return { body }
  const encoded =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
      : gzipSync(body, { level: 6 })
  return { body: new Uint8Array(encoded), encoding }
}
