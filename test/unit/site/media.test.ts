import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodeBody, pickEncoding } from '../../../site/lib/http/encode-body'
import { cacheControlFor } from '../../../site/lib/http/cache-policy'
import { asImage, pictureOf, SHARE_HEIGHT, SHARE_WIDTH, shareImageOf } from '../../../site/lib/media'

const variant = (filename: string, width: number, height: number, mimeType = 'image/webp') => ({ filename, width, height, mimeType })
const photo = {
  id: 1,
  alt: 'Mật ong',
  filename: 'mat-ong.jpg',
  mimeType: 'image/jpeg',
  width: 2000,
  height: 1500,
  sizes: {
    card: variant('mat-ong-480x360.webp', 480, 360),
    cardAvif: variant('mat-ong-480x360.avif', 480, 360, 'image/avif'),
    page: variant('mat-ong-1200x900.webp', 1200, 900),
    pageAvif: variant('mat-ong-1200x900.avif', 1200, 900, 'image/avif'),
    og: variant('mat-ong-1200x630.webp', 1200, 630),
  },
}

describe('pictures from the CMS', () => {
  it('should offer AVIF before WebP, by width, served same-origin', () => {
    const picture = pictureOf(photo, 'page')!
    expect(picture.sources).toEqual([
      { type: 'image/avif', srcset: '/media/mat-ong-480x360.avif 480w, /media/mat-ong-1200x900.avif 1200w' },
      { type: 'image/webp', srcset: '/media/mat-ong-480x360.webp 480w, /media/mat-ong-1200x900.webp 1200w' },
    ])
    expect(picture).toMatchObject({ src: '/media/mat-ong-480x360.webp', width: 480, height: 360, alt: 'Mật ong' })
  })
  it('should leave the page size out of a card', () => {
    expect(pictureOf(photo, 'card')!.sources.map((s) => s.srcset)).toEqual(['/media/mat-ong-480x360.avif 480w', '/media/mat-ong-480x360.webp 480w'])
  })
  it('should add a small WebP original that has no page size', () => {
    const small = {
      ...photo,
      filename: 'tile.webp',
      mimeType: 'image/webp',
      width: 640,
      height: 480,
      sizes: { card: photo.sizes.card, cardAvif: photo.sizes.cardAvif, page: { filename: null } },
    }
    expect(pictureOf(small, 'page')!.sources[1]!.srcset).toBe('/media/mat-ong-480x360.webp 480w, /media/tile.webp 640w')
  })
  it('should ignore ids, PDFs and files without dimensions', () => {
    expect(asImage(12)).toBeUndefined()
    expect(asImage({ ...photo, mimeType: 'application/pdf' })).toBeUndefined()
    expect(pictureOf({ filename: 'x.webp', mimeType: 'image/webp' }, 'card')).toBeUndefined()
  })
  it('should escape file names in addresses', () => {
    expect(pictureOf({ ...photo, sizes: {}, filename: 'gốm #1.jpg' }, 'card')!.src).toBe('/media/g%E1%BB%91m%20%231.jpg')
  })
  it('should prefer the 1200×630 variant for link previews', () => {
    expect(shareImageOf(photo)).toEqual({ path: '/media/mat-ong-1200x630.webp', width: 1200, height: 630 })
  })
  it('should have a 1200×630 site-wide share picture for pages without one', async () => {
    const { width, height } = await sharp(fileURLToPath(new URL('../../../public/og.png', import.meta.url))).metadata()
    expect({ width, height }).toEqual({ width: SHARE_WIDTH, height: SHARE_HEIGHT })
  })
  it('should give no share picture of another shape, so the page falls back to the site default', () => {
    expect(shareImageOf({ ...photo, sizes: { ...photo.sizes, og: { filename: null } } })).toBeUndefined()
    expect(shareImageOf({ ...photo, sizes: { ...photo.sizes, og: variant('mat-ong-640x336.webp', 640, 336) } })).toBeUndefined()
    expect(shareImageOf({ ...photo, mimeType: 'application/pdf' })).toBeUndefined()
    expect(shareImageOf(undefined)).toBeUndefined()
  })
})

describe('responses on the wire', () => {
  const html = new TextEncoder().encode(`<!doctype html><title>x</title>${'<p>Sản phẩm tiêu biểu</p>'.repeat(200)}`)
  it('should prefer Brotli, then gzip', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br')
    expect(pickEncoding('gzip')).toBe('gzip')
    expect(pickEncoding(null)).toBeUndefined()
  })
  it('should gzip HTML that gunzips back to the same bytes', () => {
    const encoded = encodeBody(html, 'text/html; charset=utf-8', 'gzip')
    expect(encoded.encoding).toBe('gzip')
    expect(encoded.body.byteLength).toBeLessThan(html.byteLength / 5)
    expect(new Uint8Array(gunzipSync(encoded.body))).toEqual(html)
  })
  it('should leave pictures and small bodies alone', () => {
    expect(encodeBody(html, 'image/webp', 'gzip').encoding).toBeUndefined()
    expect(encodeBody(new TextEncoder().encode('<p>hi</p>'), 'text/html', 'gzip').encoding).toBeUndefined()
  })
  it('should let a CDN keep pages a minute and revalidate in the background, and not keep errors', () => {
    expect(cacheControlFor(200)).toMatch(/^public, .*s-maxage=60, stale-while-revalidate=600$/)
    expect(cacheControlFor(404)).toContain('s-maxage=30')
    expect(cacheControlFor(500)).toBe('no-store')
  })
})
