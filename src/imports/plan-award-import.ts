/**
 * The preview of an award list: for every row, what will happen (create, update, unchanged, skip)
 * and why. Pure: it reads a snapshot of the showroom and writes nothing, so the same function gives
 * the preview and, batch by batch against fresh data, the plan that confirming carries out.
 */
import type { AwardData, AwardImportContext, AwardImportOptions, AwardRecord, FieldChange, PlannedAward } from './award-import-types'
import { awardKey, certificateKey, documentKey } from './award-keys'
import { buildAwardLookups, samePlace } from './award-lookups'
import { type ImportIssue, issue } from './import-issue'
import { nameKey } from './match-name'
import type { AwardRow } from './read-award-rows'
import { resolveAwardRow } from './resolve-award-row'

export type AwardPlan = { rows: PlannedAward[] }

/** What the row changes on the existing award; values only present in the file count. */
function diffAward(existing: AwardRecord, data: AwardData, issuerGiven: boolean): FieldChange[] {
  const changes: FieldChange[] = []
  const change = (field: FieldChange['field'], from: FieldChange['from'], to: FieldChange['to']) => changes.push({ field, from: from ?? null, to })
  if (documentKey(existing.decisionNumber) !== documentKey(data.decisionNumber)) change('decisionNumber', existing.decisionNumber, data.decisionNumber)
  if (data.decisionDate && existing.decisionDate !== data.decisionDate) change('decisionDate', existing.decisionDate ?? null, data.decisionDate)
  if (data.certificateNumber && documentKey(existing.certificateNumber ?? '') !== documentKey(data.certificateNumber)) {
    change('certificateNumber', existing.certificateNumber ?? null, data.certificateNumber)
  }
  if (data.productGroup !== null && String(existing.productGroup ?? '') !== String(data.productGroup)) {
    change('productGroup', existing.productGroup ?? null, data.productGroup)
  }
  if (issuerGiven && nameKey(existing.awardingBody) !== nameKey(data.awardingBody)) change('awardingBody', existing.awardingBody, data.awardingBody)
  if (String(existing.province) !== String(data.province)) change('province', existing.province, data.province)
  if (!samePlace(existing.provinceNameAtAward, data.provinceNameAtAward)) change('provinceNameAtAward', existing.provinceNameAtAward, data.provinceNameAtAward)
  if (data.region && existing.region !== data.region) change('region', existing.region ?? null, data.region)
  return changes
}

const skip = (row: AwardRow, issues: ImportIssue[], matched?: PlannedAward['matched']): PlannedAward => ({
  line: row.line,
  action: 'skip',
  input: row.input,
  issues,
  matched,
})

export function planAwardImport(rows: readonly AwardRow[], context: AwardImportContext, options: AwardImportOptions): AwardPlan {
  const lookups = buildAwardLookups(context)
  const seenRows = new Map<string, number>()
  const seenCertificates = new Map<string, { line: number; product: string }>()
  const seenAwards = new Map<string, number>()
  const newProducts = new Map<string, number>()
  const planned = rows.map((row): PlannedAward => {
    const resolved = resolveAwardRow(row, lookups, options)
    if (!resolved.ok) return skip(row, resolved.issues, resolved.matched)
    const { data, newProduct, matched, producer } = resolved
    const notes = [...resolved.notes]
    const productRef = data.product !== null ? String(data.product) : `new:${newProduct!.key}`

    const rowKey = JSON.stringify({ ...data, product: productRef, decisionNumber: documentKey(data.decisionNumber) })
    const sameRow = seenRows.get(rowKey)
    if (sameRow !== undefined) return skip(row, [issue('duplicate-row', { line: sameRow })], matched)
    seenRows.set(rowKey, row.line)

    const certificate = data.certificateNumber ? certificateKey(data.certificateNumber, data.level, data.year, data.province, data.region) : undefined
    const earlierCertificate = certificate ? seenCertificates.get(certificate) : undefined
    if (earlierCertificate && earlierCertificate.product !== productRef) {
      return skip(row, [issue('certificate-conflict-in-file', { certificate: data.certificateNumber!, line: earlierCertificate.line })], matched)
    }
    const key = awardKey(productRef, data.level, data.year, data.decisionNumber)
    const earlierAward = seenAwards.get(key)
    if (earlierAward !== undefined) return skip(row, [issue('duplicate-award-in-file', { line: earlierAward })], matched)
    if (certificate) seenCertificates.set(certificate, { line: row.line, product: productRef })
    seenAwards.set(key, row.line)

    const byCertificate = certificate ? lookups.awardByCertificate.get(certificate) : undefined
    if (byCertificate && String(byCertificate.product) !== productRef) {
      const other = lookups.productById.get(String(byCertificate.product))?.name ?? `#${byCertificate.product}`
      return skip(row, [issue('certificate-conflict', { certificate: data.certificateNumber!, product: other })], matched)
    }
    if (newProduct) {
      const firstLine = newProducts.get(newProduct.key)
      if (firstLine === undefined) {
        newProducts.set(newProduct.key, row.line)
        notes.push(issue('product-will-be-created', { value: newProduct.name, producer: matched.producer ?? '' }))
      } else notes.push(issue('product-created-by-row', { line: firstLine }))
      return { line: row.line, action: 'create', input: row.input, issues: notes, data, newProduct, producer, matched }
    }
    const existing = byCertificate ?? lookups.awardByKey.get(key)
    if (!existing) return { line: row.line, action: 'create', input: row.input, issues: notes, data, producer, matched }
    const scope = context.scope
    if (scope && !scope.map(String).includes(String(existing.province))) {
      return skip(row, [issue('outside-scope', { province: lookups.provinceById.get(String(existing.province))?.name ?? String(existing.province) })], matched)
    }
    const changes = diffAward(existing, data, Boolean(row.input.issuer))
    const action = changes.length > 0 ? 'update' : 'unchanged'
    return { line: row.line, action, input: row.input, issues: notes, data, awardId: existing.id, changes, producer, matched }
  })
  return { rows: planned }
}

export type PlanSummary = Record<PlannedAward['action'], number> & { total: number; newProducts: number }

export function summarisePlan(rows: readonly { action: PlannedAward['action']; newProduct?: { key: string } }[]): PlanSummary {
  const summary: PlanSummary = { total: rows.length, create: 0, update: 0, unchanged: 0, skip: 0, newProducts: 0 }
  const keys = new Set<string>()
  for (const row of rows) {
    summary[row.action] += 1
    if (row.newProduct) keys.add(row.newProduct.key)
  }
  summary.newProducts = keys.size
  return summary
}
