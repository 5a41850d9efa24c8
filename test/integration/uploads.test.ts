/**
 * Uploads: images become WebP and AVIF variants; anything too large, too many pixels, not really
 * an image, or SVG/XML is refused with a message a person understands. PDFs are accepted.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { renderTile } from '../../scripts/seed/images'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, userFor, type World } from './helpers/world'

let ctx: TestPayload
let world: World
beforeAll(async () => {
  process.env.UPLOAD_MAX_BYTES = String(512 * 1024)
  process.env.UPLOAD_MAX_PIXELS = String(4000 * 3000)
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => ctx?.cleanup())

const upload = async (data: Buffer, name: string, mimetype: string) =>
  ctx.payload.create({
    collection: 'media',
    overrideAccess: false,
    user: await userFor(ctx.payload, world, 'producerA'),
    data: { alt: name },
    file: { data, name, mimetype, size: data.length },
  })

const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 20 } } })
    .jpeg({ quality: 60 })
    .toBuffer()

/** A 40×20 photo stored sideways (EXIF orientation 6: shown 20×40), with a camera and a GPS position. */
const geotaggedPhoto = () =>
  sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 160, b: 40 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'TieuBieuCam', Model: 'Workshop 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 46/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 41/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()

describe('what an upload keeps of its metadata', () => {
  it('should arrange the fixture with a GPS position and a camera', async () => {
    const meta = await sharp(await geotaggedPhoto()).metadata()
    expect(meta.orientation).toBe(6)
    expect(meta.exif?.toString('latin1')).toContain('TieuBieuCam')
    expect(meta.exif?.toString('latin1')).toMatch(/N\0/)
  })

  it('should store the original without EXIF (no GPS, no camera), turned upright', async () => {
    const doc = await upload(await geotaggedPhoto(), 'xuong-san-xuat.jpg', 'image/jpeg')
    const stored = await readFile(path.join(process.env.MEDIA_DIR!, doc.filename!))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect(meta.iptc).toBeUndefined()
    expect(meta.orientation ?? 1).toBe(1)
    expect(stored.toString('latin1')).not.toContain('TieuBieuCam')
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 20, height: 40 })
    expect({ width: doc.width, height: doc.height }).toEqual({ width: 20, height: 40 })
    expect(doc.filesize).toBe(stored.length)
  })
})

describe('upload file names', () => {
  const names = ['a\u0000b.jpg', 'bell\u0007.jpg', 'line\nbreak.jpg', 'del\u007f.jpg', 'c1\u009b.jpg', 'gpj\u202e.exe.jpg']
  for (const name of names) {
    it(`should refuse ${JSON.stringify(name)} with a 400 in both languages`, async () => {
      await expect(upload(await jpeg(10, 10), name, 'image/jpeg')).rejects.toMatchObject({
        status: 400,
        message: expect.stringMatching(/^Tên tệp .+ \/ The file name .+/),
      })
    })
  }

  for (const name of ['anh\u0000.jpg', 'anh\u0001.jpg', 'anh\u202e.jpg']) {
    it(`should refuse ${JSON.stringify(name)} through the REST API too, with a 400 and the message`, async () => {
      const login = await ctx.payload.login({ collection: 'users', data: { email: 'a@test.local', password: 'test-password-1' } })
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: 'x' }))
      form.append('file', new Blob([new Uint8Array(await jpeg(10, 10))], { type: 'image/jpeg' }), name)
      // Sent as bytes, like a browser's body: a streamed FormData would be cut off by the refusal mid-read.
      const encoded = new Response(form)
      const headers = { Authorization: `JWT ${login.token}`, 'Content-Type': encoded.headers.get('content-type')! }
      const request = new Request('http://localhost:3000/api/media', { method: 'POST', headers, body: await encoded.arrayBuffer() })
      const response = await handleEndpoints({ config: ctx.payload.config, request })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(/Tên tệp .+ \/ The file name/)
    })
  }

  it('should still accept Vietnamese and spaces in a name', async () => {
    const doc = await upload(await jpeg(10, 10), 'Ảnh sản phẩm mật ong.jpg', 'image/jpeg')
    expect(doc.filename).toBeTruthy()
  })
})

describe('uploads', () => {
  it('should make WebP and AVIF variants of a photo and record the producer as owner', async () => {
    const doc = await upload(await jpeg(1600, 1200), 'mat-ong.jpg', 'image/jpeg')
    expect(doc.sizes?.card?.mimeType).toBe('image/webp')
    expect(doc.sizes?.card?.width).toBe(480)
    expect(doc.sizes?.cardAvif?.mimeType).toBe('image/avif')
    expect(doc.sizes?.page?.width).toBe(1200)
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    expect(typeof doc.owner === 'object' ? doc.owner?.id : doc.owner).toBe(world.producerA.id)
  })

  it('should make a 1200×630 share picture even of a small picture, like the demo tiles, without blowing up the page sizes', async () => {
    const tile = await renderTile({ title: 'Mật ong Tâm An', colours: ['#6d3b1e', '#d6815a'] })
    expect(await sharp(tile).metadata()).toMatchObject({ width: 640, height: 480 })
    const doc = await upload(tile, 'seed-tile.webp', 'image/webp')
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/webp' })
    // The recorded size is the file's: read it back from disk.
    const file = path.join(process.env.MEDIA_DIR!, doc.sizes!.og!.filename!)
    expect(await sharp(file).metadata()).toMatchObject({ width: 1200, height: 630, format: 'webp' })
    expect(doc.sizes?.card?.width).toBe(480)
    expect(doc.sizes?.page?.filename ?? null).toBeNull()
  })

  it('should accept a PDF certificate', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\ntrailer<</Root 1 0 R/Size 3>>\nstartxref\n0\n%%EOF\n',
    )
    const doc = await upload(pdf, 'giay-chung-nhan.pdf', 'application/pdf')
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('should refuse a file over the size limit with the limit in the message', async () => {
    const big = Buffer.concat([await jpeg(10, 10), Buffer.alloc(600 * 1024)])
    await expect(upload(big, 'big.jpg', 'image/jpeg')).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/too large.*0\.5 MB/) })
  })

  it('should refuse an image over the pixel limit', async () => {
    // A PNG of one colour compresses to a few KB while claiming 5000×5000 pixels.
    const bomb = await sharp({ create: { width: 5000, height: 5000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    await expect(upload(bomb, 'bomb.png', 'image/png')).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/too many pixels/) })
  })

  it('should refuse bytes that are not an image even when named .jpg', async () => {
    await expect(upload(Buffer.from('MZ\x90\x00 this is not a picture'), 'photo.jpg', 'image/jpeg')).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/not a valid image or PDF/),
    })
  })

  it('should refuse SVG, even when it claims to be a PNG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(upload(svg, 'logo.svg', 'image/svg+xml')).rejects.toMatchObject({ status: 415, message: expect.stringMatching(/SVG and XML/) })
    await expect(upload(svg, 'logo.png', 'image/png')).rejects.toMatchObject({ status: 415 })
  })

  it('should keep nothing of a refused upload', async () => {
    const before = await ctx.payload.count({ collection: 'media', overrideAccess: true })
    await expect(upload(Buffer.from('<?xml version="1.0"?><x/>'), 'data.xml', 'text/xml')).rejects.toMatchObject({ status: 415 })
    expect((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})
