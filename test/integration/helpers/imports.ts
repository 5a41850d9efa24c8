/**
 * Helpers for the import suites: files in memory (CSV text, XLSX workbooks), a request as a given
 * user, and the preview → confirm round trip through the same functions the REST endpoints call.
 */
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import writeXlsxFile from 'write-excel-file/node'
import { applyImportBatch } from '../../../cms/imports/apply-import'
import type { ImportKind } from '../../../cms/imports/import-kinds'
import { previewImport } from '../../../cms/imports/preview-import'
import { ImportFileError } from '../../../src/imports/import-issue'
import { type Actor, userFor, type World } from './world'

export const csv = (lines: readonly (readonly (string | number)[])[]) =>
  new TextEncoder().encode(
    lines.map((cells) => cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n'),
  )

export async function xlsx(lines: readonly (readonly (string | number | Date | null)[])[]): Promise<Uint8Array> {
  const data = lines.map((cells) => cells.map((value) => (value === null ? null : { value, ...(value instanceof Date ? { format: 'dd/mm/yyyy' } : {}) })))
  return new Uint8Array(await writeXlsxFile(data as never).toBuffer())
}

export async function reqAs(payload: Payload, world: World, actor: Actor): Promise<PayloadRequest> {
  const user = await userFor(payload, world, actor)
  return createLocalReq({ user: user as never }, payload)
}

type Options = { kind?: ImportKind; createMissingProducts?: boolean; fileName?: string }

export async function preview(payload: Payload, world: World, actor: Actor, bytes: Uint8Array, options: Options = {}) {
  const req = await reqAs(payload, world, actor)
  return previewImport(req, {
    kind: options.kind ?? 'awards',
    bytes,
    fileName: options.fileName ?? 'list.csv',
    options: { createMissingProducts: Boolean(options.createMissingProducts) },
    save: true,
  })
}

/** Confirms a previewed import, batch by batch as the admin does, and returns the last progress. */
export async function confirm(payload: Payload, world: World, actor: Actor, id: number | string, batch = 2) {
  for (let round = 0; round < 10_000; round += 1) {
    const progress = await applyImportBatch(await reqAs(payload, world, actor), id, batch)
    if (progress.status === 'done') return progress
  }
  throw new Error('import did not finish')
}

export async function importFile(payload: Payload, world: World, actor: Actor, bytes: Uint8Array, options: Options = {}) {
  const shown = await preview(payload, world, actor, bytes, options)
  const done = await confirm(payload, world, actor, shown.id!)
  return { shown, done }
}

/** The file-level refusal's code, or the error if it was something else. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ImportFileError) return error.issue.code
    throw error
  }
  throw new Error('the file was accepted')
}

export const actions = (rows: readonly { line: number; action: string }[]) => Object.fromEntries(rows.map((r) => [r.line, r.action]))
export const codes = (row: { issues: readonly { code: string }[] }) => row.issues.map((i) => i.code)
