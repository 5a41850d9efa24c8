/**
 * Files that are not award lists, and the REST endpoints' refusals: each gets a clear message in
 * Vietnamese and English with the right status, and nothing is written (no award, no import).
 */
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewEndpoint } from '../../cms/imports/import-endpoints'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { csv, reqAs } from './helpers/imports'
import { type Actor, makeWorld, type World } from './helpers/world'

let t: TestPayload
let world: World
const HEADER = 'Tên sản phẩm,Cơ sở,Tỉnh,Cấp,Năm,Số quyết định\r\n'
const ROW = 'Kẹo khóm,Kẹo Khóm Bến Lức,Tây Ninh,cấp tỉnh,2024,12/QĐ-UBND\r\n'

beforeAll(async () => {
  t = await bootPayload()
  world = await makeWorld(t.payload)
})
afterAll(async () => t?.cleanup())

/** Calls the preview endpoint as the admin's view does: the file's bytes as the body. */
async function post(
  actor: Actor,
  body: Uint8Array | ReadableStream<Uint8Array>,
  query = 'kind=awards&fileName=list.csv',
  headers: Record<string, string> = {},
) {
  const req = (await reqAs(t.payload, world, actor)) as PayloadRequest & Record<string, unknown>
  if (actor === 'anonymous') req.user = null
  const stream = body instanceof ReadableStream ? body : new Blob([body as BlobPart]).stream()
  Object.assign(req, { url: `http://localhost/api/imports/preview?${query}`, headers: new Headers(headers), body: stream })
  const response = await previewEndpoint.handler(req)
  return { status: response.status, json: (await response.json()) as { error?: { code: string; vi: string; en: string }; summary?: unknown; id?: unknown } }
}

const written = async () => ({
  awards: (await t.payload.count({ collection: 'awards', overrideAccess: true })).totalDocs,
  imports: (await t.payload.count({ collection: 'imports', overrideAccess: true })).totalDocs,
})

/** 50 MB sent in 1 MB chunks, without holding 50 MB in the test either. */
function fiftyMegabytes(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x61)
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent === 50) controller.close()
      else {
        sent += 1
        controller.enqueue(chunk)
      }
    },
  })
}

describe('malformed files', () => {
  const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(HEADER + ROW, 'utf16le')])
  // "Tên sản phẩm" as Windows-1258 writes it: ê = 0xEA, ả = a + 0xD2 (hook above), â = 0xE2.
  const windows1258 = new Uint8Array([...Buffer.from('T'), 0xea, ...Buffer.from('n s'), 0x61, 0xd2, ...Buffer.from('n ph'), 0xe2, ...Buffer.from('m,C\r\n')])
  const cases: [string, Uint8Array, number, string][] = [
    ['an empty file', new Uint8Array(), 400, 'file-empty'],
    ['a PNG picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 400, 'file-type'],
    ['a UTF-16 text file', utf16, 400, 'file-utf16'],
    ['a Windows-1258 CSV', windows1258, 400, 'file-legacy-encoding'],
    ['an Excel 97–2003 file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 400, 'file-xls'],
    ['a zip that is no workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 400, 'file-type'],
    [
      'a CSV without the required columns',
      csv([
        ['Tên', 'Ghi chú'],
        ['Kẹo khóm', ''],
      ]),
      400,
      'file-missing-columns',
    ],
    ['a CSV with only its header', new TextEncoder().encode(HEADER), 400, 'file-no-rows'],
  ]
  it.each(cases)('should refuse %s with a clear message and write nothing', async (_, bytes, status, code) => {
    const before = await written()
    const { status: got, json } = await post('staff', bytes)
    expect(got).toBe(status)
    expect(json.error?.code).toBe(code)
    expect(json.error?.vi.length).toBeGreaterThan(10)
    expect(json.error?.en.length).toBeGreaterThan(10)
    expect(await written()).toEqual(before)
  })

  it('should say which columns are missing, in both languages', async () => {
    const { json } = await post(
      'staff',
      csv([
        ['Tên sản phẩm', 'Cơ sở', 'Tỉnh', 'Cấp'],
        ['a', 'b', 'c', 'd'],
      ]),
    )
    expect(json.error?.vi).toContain('Năm (year)')
    expect(json.error?.en).toContain('Số quyết định (decision_number)')
  })

  it('should refuse a 50 MB upload as too large, by its declared size or while reading it', async () => {
    const before = await written()
    const declared = await post('staff', new Uint8Array(10), undefined, { 'content-length': String(50 * 1024 * 1024) })
    expect(declared.status).toBe(413)
    expect(declared.json.error).toMatchObject({ code: 'file-too-large' })
    expect(declared.json.error?.vi).toContain('50.0 MB')
    const streamed = await post('staff', fiftyMegabytes())
    expect(streamed.status).toBe(413)
    expect(await written()).toEqual(before)
  })

  it('should read a semicolon-separated CSV with a byte-order mark, as Excel in Vietnamese writes it', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode((HEADER + ROW).replace(/,/g, ';'))])
    const { status, json } = await post('staff', bytes, 'kind=awards&fileName=list.csv&dryRun=1')
    expect(status).toBe(200)
    expect(json.summary).toMatchObject({ total: 1, create: 1 })
    expect(json.id).toBeUndefined()
  })
})

describe('who may import', () => {
  it('should refuse the anonymous (401) and producers (403), and a producer the award list', async () => {
    const anonymous = await post('anonymous', new TextEncoder().encode(HEADER + ROW))
    expect(anonymous.status).toBe(401)
    const producer = await post('producerA', new TextEncoder().encode(HEADER + ROW))
    expect(producer.status).toBe(403)
    expect(producer.json.error?.en).toBe('Only centre staff can import award lists.')
  })

  it('should refuse staff a product import (that is the producer’s own)', async () => {
    const staff = await post('staff', csv([['Tên sản phẩm'], ['Mật ong']]), 'kind=products&fileName=p.csv')
    expect(staff.status).toBe(403)
  })
})
