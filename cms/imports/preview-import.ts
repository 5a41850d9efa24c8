/**
 * Upload → preview: read the file, plan every row against the showroom, and keep the plan as an
 * `imports` document so confirming carries out what was shown. Writes nothing else; with
 * `save: false` (the command line's --dry-run) it writes nothing at all. A file that cannot be
 * read throws ImportFileError before anything is written.
 */
import type { PayloadRequest } from 'payload'
import { describeBoth } from '../../src/imports/import-issue'
import { mapColumns } from '../../src/imports/map-columns'
import { summarisePlan } from '../../src/imports/plan-award-import'
import { readImportFile } from '../../src/imports/read-import-file'
import { PLAN_CHUNK } from '../collections/ImportPlans'
import { inWriteTransaction } from '../transactions/write-transaction'
import { IMPORT_KIND_SPECS, type ImportKind, type ImportOptions, type PlannedRow } from './import-kinds'

export type PreviewRequest = { kind: ImportKind; bytes: Uint8Array; fileName: string; options: ImportOptions; save: boolean }

/** A row as the preview shows it: the plan plus its notes in both languages. */
export type PreviewRow = PlannedRow & { messages: { vi: string; en: string }[] }

export type PreviewResult = {
  id?: number | string
  kind: ImportKind
  fileName: string
  format: 'csv' | 'xlsx'
  summary: ReturnType<typeof summarisePlan>
  ignoredColumns: string[]
  rows: PreviewRow[]
}

export const withMessages = (row: PlannedRow): PreviewRow => ({ ...row, messages: row.issues.map(describeBoth) })

/** The import and its plan, PLAN_CHUNK rows to a plan document, all or nothing. */
async function savePlan(req: PayloadRequest, request: PreviewRequest, format: string, rows: PlannedRow[], summary: PreviewResult['summary']) {
  const user = req.user as { id?: number } | null
  const save = async () => {
    const doc = await req.payload.create({
      collection: 'imports',
      data: {
        kind: request.kind,
        status: 'preview',
        fileName: request.fileName.slice(0, 200),
        format,
        createdBy: user?.id ?? null,
        producer: (IMPORT_KIND_SPECS[request.kind].owner(req) as number | undefined) ?? null,
        createMissingProducts: request.options.createMissingProducts,
        summary,
        cursor: 0,
        total: rows.length,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    for (let start = 0; start < rows.length; start += PLAN_CHUNK) {
      const chunk = rows.slice(start, start + PLAN_CHUNK)
      await req.payload.create({ collection: 'import-plans', data: { import: doc.id, start, rows: chunk }, overrideAccess: true, depth: 0, select: {}, req })
    }
    return doc.id
  }
  const held = async (id: number | string) =>
    (await req.payload.count({ collection: 'imports', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
  return inWriteTransaction(req, save, held, 'imports: the preview')
}

export async function previewImport(req: PayloadRequest, request: PreviewRequest): Promise<PreviewResult> {
  const spec = IMPORT_KIND_SPECS[request.kind]
  const table = await readImportFile(request.bytes)
  const { records, ignoredColumns } = mapColumns(table, spec.columns)
  const rows = await spec.plan(req, records, request.options)
  const summary = summarisePlan(rows)
  const id = request.save ? await savePlan(req, request, table.format, rows, summary) : undefined
  return { id, kind: request.kind, fileName: request.fileName, format: table.format, summary, ignoredColumns, rows: rows.map(withMessages) }
}
