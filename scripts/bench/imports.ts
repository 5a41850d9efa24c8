/**
 * Award list import benchmark: a 5,000-row decision list (CSV) against 5,000 products of 500
 * producers across the 34 provinces, on a fresh SQLite file. Times the preview (read, match, plan,
 * store) and the confirmation batch by batch as the admin and the command line run it (250 rows per
 * batch, each in its own transaction, with its audit events and search-sync jobs), then a re-import
 * of the same file (everything unchanged). Target: the import (preview + confirm) within 10 s.
 * Writes bench/results/imports.json, with the machine's load average, since other work on the
 * machine slows it down.
 *
 *   npx tsx scripts/bench/imports.ts [--rows=5000] [--batch=250]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]))
const ROWS = Number(args.rows ?? 5000)
const BATCH = Number(args.batch ?? 250)
const TARGET_SECONDS = 10
const PER_PRODUCER = 10

mkdirSync(path.join(ROOT, 'data'), { recursive: true })
const work = mkdtempSync(path.join(ROOT, 'data', 'bench-imports-'))
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(work, 'bench.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  MAIL_DIR: path.join(work, 'mail'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret-0123456789abcdef0123456789',
})

const { createLocalReq, getPayload } = await import('payload')
const { default: config } = await import('../../cms/payload.config')
const { seed } = await import('../seed/index')
const { previewImport } = await import('../../cms/imports/preview-import')
const { applyImportBatch } = await import('../../cms/imports/apply-import')

const payload = await getPayload({ config })
const sys = { overrideAccess: true, context: { seeding: true }, depth: 0 } as const
await seed(payload, { demo: false })
const provinces = (await payload.find({ collection: 'provinces', ...sys, limit: 100 })).docs
const group = (await payload.find({ collection: 'product-groups', ...sys, where: { code: { equals: '2' } } })).docs[0]!

console.log(`Creating ${ROWS / PER_PRODUCER} producers and ${ROWS} products…`)
const setupStarted = Date.now()
const lines: string[] = ['Tên sản phẩm,Cơ sở,Tỉnh,Cấp,Năm,Số quyết định,Ngày quyết định,Số chứng nhận,Nhóm sản phẩm,Cơ quan cấp']
for (let p = 0; p < ROWS / PER_PRODUCER; p += 1) {
  const province = provinces[p % provinces.length]!
  const brandName = `Cơ sở Thử Nghiệm ${p + 1}`
  const producer = await payload.create({
    collection: 'producers',
    ...sys,
    data: {
      brandName,
      slug: `bench-producer-${p + 1}`,
      legalName: `Hộ kinh doanh ${brandName}`,
      kind: 'household',
      province: province.id,
      _status: 'published',
    },
  })
  for (let i = 0; i < PER_PRODUCER; i += 1) {
    const name = `Sản phẩm ${p + 1}-${i + 1} đặc sản`
    await payload.create({
      collection: 'products',
      ...sys,
      locale: 'vi',
      data: { name, slug: `bench-product-${p + 1}-${i + 1}`, producer: producer.id, productGroup: group.id, _status: 'published' },
    })
    const n = p * PER_PRODUCER + i + 1
    lines.push([name, brandName, province.name, 'cấp tỉnh', 2025, `${1000 + (p % 34)}/QĐ-UBND`, '18/11/2025', `BENCH-${n}`, 'Nhóm 2', ''].join(','))
  }
}
const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)
console.log(`Set up in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s; the file is ${(bytes.length / 1024).toFixed(0)} KB.`)

const staff = await payload.create({ collection: 'users', ...sys, data: { email: 'bench-staff@tieubieu.local', password: 'bench-password-1', role: 'staff' } })
const req = async () => createLocalReq({ user: { ...staff, collection: 'users' } as never }, payload)

async function importOnce() {
  const started = performance.now()
  const shown = await previewImport(await req(), { kind: 'awards', bytes, fileName: 'bench.csv', options: { createMissingProducts: false }, save: true })
  const previewed = performance.now()
  let progress = await applyImportBatch(await req(), shown.id!, BATCH)
  while (progress.status !== 'done') progress = await applyImportBatch(await req(), shown.id!, BATCH)
  const done = performance.now()
  return {
    summary: shown.summary,
    result: progress.result,
    previewSeconds: (previewed - started) / 1000,
    confirmSeconds: (done - previewed) / 1000,
    totalSeconds: (done - started) / 1000,
  }
}

const load = os.loadavg()
const first = await importOnce()
const again = await importOnce()
const results = {
  date: new Date().toISOString(),
  rows: ROWS,
  batch: BATCH,
  fileBytes: bytes.length,
  targetSeconds: TARGET_SECONDS,
  first,
  reimport: again,
  withinTarget: first.totalSeconds <= TARGET_SECONDS,
  machine: {
    cpus: os.cpus().length,
    loadAverageAtStart: load.map((n) => Number(n.toFixed(2))),
    loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))),
  },
}
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(ROOT, 'bench', 'results', 'imports.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log(
  `Import of ${ROWS} rows: preview ${first.previewSeconds.toFixed(2)} s + confirm ${first.confirmSeconds.toFixed(2)} s = ${first.totalSeconds.toFixed(2)} s ` +
    `(target ≤ ${TARGET_SECONDS} s: ${results.withinTarget ? 'met' : 'NOT met'}); re-import ${again.totalSeconds.toFixed(2)} s, ${again.result.unchanged} unchanged. ` +
    `Load average ${results.machine.loadAverageAtStart.join(' ')} on ${results.machine.cpus} cores.`,
)
if (first.result.created !== ROWS || again.result.unchanged !== ROWS) {
  console.error(`Unexpected result: ${JSON.stringify(first.result)} then ${JSON.stringify(again.result)}`)
  process.exitCode = 1
}
await payload.destroy()
rmSync(work, { recursive: true, force: true })
