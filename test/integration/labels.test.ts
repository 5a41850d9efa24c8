/**
 * Showroom labels: staff get a printable page with each published product's names, brand, best
 * award and a QR code that decodes to the product's public page; others are refused.
 */
import jsQR from 'jsqr'
import type { PayloadRequest } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { labelsEndpoint } from '../../cms/labels/labels-endpoint'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { reqAs } from './helpers/imports'
import { type Actor, makeWorld, type World } from './helpers/world'

let t: TestPayload
let world: World

beforeAll(async () => {
  process.env.SITE_URL = 'https://tieubieu.example'
  t = await bootPayload()
  world = await makeWorld(t.payload)
  await t.payload.update({ collection: 'products', id: world.productA.id, locale: 'en', overrideAccess: true, data: { name: 'Coffee blossom honey' } })
})
afterAll(async () => t?.cleanup())

async function get(actor: Actor, query: string) {
  const req = (await reqAs(t.payload, world, actor)) as PayloadRequest
  if (actor === 'anonymous') req.user = null
  Object.assign(req, { url: `http://localhost/api/labels?${query}` })
  const response = await labelsEndpoint.handler(req)
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() }
}

/** Rasterises a label's inline SVG QR code and reads it back as a phone camera would. */
async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400, 400)
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data
}

describe('showroom labels', () => {
  it('should print a label whose QR code decodes to the product page, with names, brand and award', async () => {
    const { status, type, body } = await get('staff', `ids=${world.productA.id},${world.draftA.id}&layout=single`)
    expect(status).toBe(200)
    expect(type).toContain('text/html')
    const labels = body.match(/<article class="label"[\s\S]*?<\/article>/g) ?? []
    expect(labels).toHaveLength(1) // the draft has no public page, so no label
    const label = labels[0]!
    expect(label).toContain('Mật ong hoa cà phê')
    expect(label).toContain('Coffee blossom honey')
    expect(label).toContain('Mật ong Đất Lành')
    expect(label).toContain('Sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2024')
    expect(label).toContain('Provincial outstanding rural industrial product, 2024')
    const svg = label.match(/<svg[\s\S]*?<\/svg>/)![0]
    expect(await decodeQr(svg)).toBe(`https://tieubieu.example/san-pham/${world.productA.slug}`)
    expect(body).toContain('@page{size:A6')
  })

  it('should print an A4 sheet for a whole province', async () => {
    const { status, body } = await get('staffOther', `province=${world.p2.id}`)
    expect(status).toBe(200)
    expect(body.match(/<article class="label"/g)).toHaveLength(1)
    expect(body).toContain('Kẹo khóm')
    expect(body).toContain('@page{size:A4')
  })

  it('should refuse producers and the anonymous, and ask for a choice when none is given', async () => {
    expect((await get('anonymous', `ids=${world.productA.id}`)).status).toBe(401)
    const producer = await get('producerA', `ids=${world.productA.id}`)
    expect(producer.status).toBe(403)
    expect(producer.body).toContain('Only centre staff can print showroom labels.')
    expect((await get('staff', '')).status).toBe(400)
  })
})
