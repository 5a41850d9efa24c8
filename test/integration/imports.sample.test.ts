/**
 * The sample award list in the repository (scripts/seed/samples/) against the demo showroom: the
 * CSV and the XLSX give the same preview, with each deliberate problem reported, and importing it
 * twice changes nothing the second time.
 */
import { readFileSync } from 'node:fs'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyImportBatch } from '../../cms/imports/apply-import'
import { previewImport } from '../../cms/imports/preview-import'
import { seed } from '../../scripts/seed/index'
import { bootPayload, type TestPayload } from './helpers/bootPayload'

let t: TestPayload
const file = (name: string) => new Uint8Array(readFileSync(`scripts/seed/samples/${name}`))

async function staffReq() {
  const { docs } = await t.payload.find({ collection: 'users', where: { email: { equals: 'staff@tieubieu.local' } }, overrideAccess: true, depth: 0 })
  return createLocalReq({ user: { ...docs[0]!, collection: 'users' } as never }, t.payload)
}

async function previewSample(name: string, createMissingProducts = false) {
  return previewImport(await staffReq(), { kind: 'awards', bytes: file(name), fileName: name, options: { createMissingProducts }, save: true })
}

beforeAll(async () => {
  t = await bootPayload()
  await seed(t.payload, { demo: true, now: new Date('2026-03-16T03:00:00.000Z') })
}, 300_000)
afterAll(async () => t?.cleanup())

const EXPECTED = {
  2: ['create'],
  3: ['create'],
  // Typed without diacritics: the same name once folded, so no note.
  4: ['create'],
  5: ['create'],
  6: ['skip', 'duplicate-row'],
  7: ['skip', 'date-invalid'],
  8: ['skip', 'product-unknown'],
  9: ['create', 'former-province'],
  10: ['skip', 'certificate-conflict'],
  11: ['unchanged', 'former-province'],
}

describe('the sample award list', () => {
  it('should preview the CSV and the XLSX alike, each problem with its reason', async () => {
    for (const name of ['award-decisions.csv', 'award-decisions.xlsx']) {
      const shown = await previewSample(name)
      const got = Object.fromEntries(shown.rows.map((row) => [row.line, [row.action, ...row.issues.map((i) => i.code)]]))
      expect(got, name).toEqual(EXPECTED)
    }
  })

  it('should import it with a draft for the missing product, then change nothing on a second import', async () => {
    const shown = await previewSample('award-decisions.csv', true)
    expect(shown.rows.find((row) => row.line === 8)!.action).toBe('create')
    let progress = await applyImportBatch(await staffReq(), shown.id!, 4)
    while (progress.status !== 'done') progress = await applyImportBatch(await staffReq(), shown.id!, 4)
    expect(progress.result).toEqual({ created: 6, updated: 0, unchanged: 1, skipped: 3, productsCreated: 1 })
    const longAn = (await t.payload.find({ collection: 'awards', where: { certificateNumber: { equals: 'LA-2024-003' } }, overrideAccess: true, depth: 0 }))
      .docs[0]!
    expect(longAn.provinceNameAtAward).toBe('Long An')
    const again = await previewSample('award-decisions.csv', true)
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 7, skip: 3 })
  })
})
