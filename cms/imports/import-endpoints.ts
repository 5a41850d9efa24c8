/**
 * REST for imports, used by the admin's import view and by `npm run import:awards`:
 *
 *   POST /api/imports/preview?kind=awards|products&fileName=…&createMissingProducts=1&dryRun=1
 *        body: the file's bytes → 200 { id, summary, rows, … } | 400/413 { error: { code, vi, en } }
 *   POST /api/imports/:id/apply?batch=250 → 200 { status, cursor, total, result }
 *
 * The file is the raw request body (no multipart), read with a byte cap so a 50 MB upload is
 * refused without being held in memory.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { type Bilingual, describeBoth, ImportFileError } from '../../src/imports/import-issue'
import { IMPORT_MAX_BYTES, tooLarge } from '../../src/imports/read-import-file'
import { applyImportBatch, DEFAULT_BATCH } from './apply-import'
import { IMPORT_KIND_SPECS, IMPORT_KINDS, type ImportKind } from './import-kinds'
import { previewImport } from './preview-import'

const failure = (status: number, code: string, message: Bilingual) => Response.json({ error: { code, ...message } }, { status })

const UNAUTHORISED: Bilingual = { vi: 'Hãy đăng nhập để nhập dữ liệu.', en: 'Sign in to import.' }
const FORBIDDEN: Record<ImportKind, Bilingual> = {
  awards: { vi: 'Chỉ cán bộ trung tâm được nhập danh sách giải thưởng.', en: 'Only centre staff can import award lists.' },
  products: { vi: 'Chỉ tài khoản cơ sở sản xuất được nhập sản phẩm của mình.', en: 'Only a producer account can import its products.' },
}

async function readBody(req: PayloadRequest): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > IMPORT_MAX_BYTES) throw tooLarge(declared)
  const reader = (req.body as ReadableStream<Uint8Array> | null | undefined)?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > IMPORT_MAX_BYTES) {
      await reader.cancel()
      throw tooLarge(size)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function handleError(req: PayloadRequest, error: unknown): Response {
  if (error instanceof ImportFileError) return failure(error.status, error.issue.code, describeBoth(error.issue))
  const status = (error as { status?: number }).status
  if (status && status < 500) return failure(status, 'refused', { vi: (error as Error).message, en: (error as Error).message })
  req.payload.logger.error({ err: error, msg: 'import failed' })
  return failure(500, 'server-error', { vi: 'Lỗi máy chủ; chưa có gì được ghi. Hãy thử lại.', en: 'Server error; nothing was written. Please try again.' })
}

const flag = (value: string | null) => value === '1' || value === 'true'

export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const kind = (params.get('kind') ?? 'awards') as ImportKind
    if (!IMPORT_KINDS.includes(kind)) return failure(400, 'kind', { vi: 'Loại nhập không hợp lệ.', en: 'Unknown import kind.' })
    if (!req.user) return failure(401, 'unauthorised', UNAUTHORISED)
    if (!IMPORT_KIND_SPECS[kind].allowed(req)) return failure(403, 'forbidden', FORBIDDEN[kind])
    try {
      const bytes = await readBody(req)
      const fileName = params.get('fileName') || 'upload'
      const options = { createMissingProducts: flag(params.get('createMissingProducts')) }
      return Response.json(await previewImport(req, { kind, bytes, fileName, options, save: !flag(params.get('dryRun')) }))
    } catch (error) {
      return handleError(req, error)
    }
  },
}

export const applyEndpoint: Endpoint = {
  path: '/:id/apply',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return failure(401, 'unauthorised', UNAUTHORISED)
    const id = String(req.routeParams?.id ?? '')
    const batch = Number(new URL(req.url ?? '', 'http://localhost').searchParams.get('batch') ?? DEFAULT_BATCH)
    try {
      const exists = await req.payload.count({ collection: 'imports', where: { id: { equals: id } }, overrideAccess: true })
      if (exists.totalDocs === 0) return failure(404, 'not-found', { vi: 'Không có lượt nhập này.', en: 'No such import.' })
      return Response.json(await applyImportBatch(req, id, Math.min(2000, Math.max(1, Number.isFinite(batch) ? batch : DEFAULT_BATCH))))
    } catch (error) {
      return handleError(req, error)
    }
  },
}
