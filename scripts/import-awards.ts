/**
 * `npm run import:awards -- <file.csv|file.xlsx> [--dry-run] [--create-products] [--email …]
 * [--password …] [--lang en]`: imports an award decision list into the running showroom through
 * its admin's REST API (the same preview and confirm as the admin's import page, with the same
 * access rules and audit trail), signed in as a centre staff account. --dry-run shows the preview
 * and writes nothing. Exit code 0 when the import ran (skipped rows are reported, not fatal),
 * 1 when it could not, 2 for a usage error.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { loadEnv } from '../src/config/env'
import { requireNode24 } from './lib/nodeVersion'

requireNode24()
if (existsSync('.env')) process.loadEnvFile('.env')

const USAGE = 'Cách dùng / usage: npm run import:awards -- <tệp.csv|tệp.xlsx> [--dry-run] [--create-products] [--email E --password P] [--lang vi|en]'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    'create-products': { type: 'boolean', default: false },
    email: { type: 'string' },
    password: { type: 'string' },
    lang: { type: 'string', default: 'vi' },
    url: { type: 'string' },
    batch: { type: 'string', default: '250' },
  },
})
const lang = values.lang === 'en' ? 'en' : 'vi'
const fail = (vi: string, en: string, code = 1): never => {
  console.error(lang === 'en' ? en : `${vi}\n${en}`)
  process.exit(code)
}

const file = positionals[0]
if (!file) fail(USAGE, '', 2)
if (!existsSync(file!)) fail(`Không thấy tệp ${file}.`, `No such file: ${file}.`, 2)
const env = loadEnv()
const base = (values.url ?? env.CMS_URL).replace(/\/$/, '')
const email = values.email ?? env.IMPORT_EMAIL
const password = values.password ?? env.IMPORT_PASSWORD
if (!email || !password)
  fail(
    'Cần tài khoản cán bộ: --email và --password (hoặc IMPORT_EMAIL, IMPORT_PASSWORD).',
    'A staff account is needed: --email and --password (or IMPORT_EMAIL, IMPORT_PASSWORD).',
    2,
  )

type Failure = { error?: { vi: string; en: string } }

async function request<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, init)
  } catch {
    return fail(
      `Không kết nối được trang quản trị ở ${base}. Hãy chạy showroom (npm start) hoặc đặt CMS_URL.`,
      `Cannot reach the admin at ${base}. Start the showroom (npm start) or set CMS_URL.`,
    )
  }
  const body = (await response.json().catch(() => ({}))) as T & Failure & { errors?: { message: string }[] }
  if (!response.ok) {
    const message = body.error ?? { vi: body.errors?.[0]?.message ?? `Lỗi ${response.status}`, en: body.errors?.[0]?.message ?? `Error ${response.status}` }
    return fail(message.vi, message.en)
  }
  return body
}

const login = await request<{ token?: string }>(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
})
if (!login.token) fail('Sai email hoặc mật khẩu.', 'Wrong e-mail or password.')
const auth = { authorization: `JWT ${login.token}` }

type Row = {
  line: number
  action: string
  input: Record<string, string>
  messages: { vi: string; en: string }[]
  changes?: { field: string; from: unknown; to: unknown }[]
}
type Preview = { id?: number | string; summary: Record<string, number>; rows: Row[]; ignoredColumns: string[] }
const query = new URLSearchParams({
  kind: 'awards',
  fileName: path.basename(file!),
  createMissingProducts: values['create-products'] ? '1' : '0',
  dryRun: values['dry-run'] ? '1' : '0',
})
const preview = await request<Preview>(`${base}/api/imports/preview?${query}`, {
  method: 'POST',
  headers: { ...auth, 'content-type': 'application/octet-stream' },
  body: readFileSync(file!),
})

const ACTION = {
  vi: { create: 'tạo mới', update: 'cập nhật', unchanged: 'không đổi', skip: 'bỏ qua' },
  en: { create: 'create', update: 'update', unchanged: 'unchanged', skip: 'skip' },
}
const word = (action: string) => ACTION[lang][action as keyof (typeof ACTION)['vi']] ?? action
for (const row of preview.rows) {
  const notes = [...row.messages.map((m) => m[lang]), ...(row.changes ?? []).map((c) => `${c.field}: ${c.from ?? '∅'} → ${c.to ?? '∅'}`)]
  console.log(
    `${lang === 'vi' ? 'dòng' : 'row'} ${String(row.line).padStart(4)}  ${word(row.action).padEnd(10)}  ${row.input.product ?? ''}${notes.length ? ` — ${notes.join('; ')}` : ''}`,
  )
}
if (preview.ignoredColumns.length) console.log(`${lang === 'vi' ? 'Bỏ qua cột' : 'Ignored columns'}: ${preview.ignoredColumns.join(', ')}`)
const s = preview.summary
console.log(
  lang === 'vi'
    ? `\nXem trước: ${s.total} dòng — tạo ${s.create}, cập nhật ${s.update}, không đổi ${s.unchanged}, bỏ qua ${s.skip}.`
    : `\nPreview: ${s.total} rows — ${s.create} to create, ${s.update} to update, ${s.unchanged} unchanged, ${s.skip} skipped.`,
)
if (values['dry-run'] || preview.id === undefined) {
  console.log(lang === 'vi' ? 'Chạy thử (--dry-run): chưa ghi gì.' : 'Dry run: nothing written.')
  process.exit(0)
}

type Progress = { status: string; cursor: number; total: number; result: Record<string, number> }
const bar = new cliProgress.SingleBar(
  { format: `${lang === 'vi' ? 'nhập' : 'import'} {bar} {percentage}% | {value}/{total}`, hideCursor: true, noTTYOutput: true, notTTYSchedule: 2_000 },
  cliProgress.Presets.shades_classic,
)
bar.start(s.total ?? 0, 0)
let progress: Progress
do {
  progress = await request<Progress>(`${base}/api/imports/${preview.id}/apply?batch=${Number(values.batch) || 250}`, { method: 'POST', headers: auth })
  bar.update(progress.cursor)
} while (progress.status !== 'done')
bar.stop()
const r = progress.result
console.log(
  lang === 'vi'
    ? `Đã nhập: tạo ${r.created}, cập nhật ${r.updated}, không đổi ${r.unchanged}, bỏ qua ${r.skipped}${r.productsCreated ? `, ${r.productsCreated} sản phẩm nháp` : ''}.`
    : `Imported: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped${r.productsCreated ? `, ${r.productsCreated} draft products` : ''}.`,
)
