/**
 * What a producer's submitted draft changes against the published version, field by field, with
 * the field's own labels (Vietnamese and English) and the values as plain text: what staff read
 * side by side before approving. Only changed fields are listed; localised fields once per
 * language. Computed once, when the change is submitted, and kept on the review so staff
 * who come later see what was asked, not what the draft became since.
 */
import { type Field, flattenTopLevelFields } from 'payload'
import { CLAIM_FIELDS, UNREVIEWED_FIELDS } from './claim-fields'
import { LOCALES } from '../../src/config/locales'

export type Label = { vi: string; en: string }
export type ReviewChange = { field: string; label: Label; from: string | null; to: string | null; claim: boolean }

type Doc = Record<string, unknown>
type Named = Extract<Field, { name: string }>

function labelOf(field: Named): Label {
  const label = 'label' in field ? field.label : undefined
  if (label && typeof label === 'object') {
    const l = label as Record<string, string>
    return { vi: l.vi ?? field.name, en: l.en ?? l.vi ?? field.name }
  }
  return typeof label === 'string' ? { vi: label, en: label } : { vi: field.name, en: field.name }
}

/** The words of a rich-text (Lexical) value, paragraphs on their own lines. */
function richTextOf(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { text?: unknown; children?: unknown[]; root?: unknown; type?: string }
  if (n.root) return richTextOf(n.root)
  if (typeof n.text === 'string') return n.text
  const parts = (n.children ?? []).map(richTextOf)
  return parts.join(n.type === 'root' ? '\n' : '')
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return ''
  if (Array.isArray(value)) return value.map(plain).filter(Boolean).join(', ')
  if (typeof value === 'object') {
    const v = value as Doc
    if ('id' in v && Object.keys(v).length > 1 && !('root' in v)) return `#${v.id}`
    return Object.entries(v)
      .filter(([k]) => k !== 'id')
      .map(([, x]) => plain(x))
      .filter(Boolean)
      .join(' · ')
  }
  return String(value)
}

function textOf(field: Named, value: unknown): string | null {
  let text: string
  if (field.type === 'richText') text = richTextOf(value)
  else if (field.type === 'date' && typeof value === 'string') text = value.slice(0, 10)
  // A row carries its own id, which is not a relationship: its values, one row a line.
  else if (field.type === 'array' && Array.isArray(value))
    text = value.map((row) => (row && typeof row === 'object' ? plain(Object.values({ ...(row as Doc), id: undefined })) : plain(row))).join('\n')
  else if ((field.type === 'upload' || field.type === 'relationship') && value != null)
    text = (Array.isArray(value) ? value : [value]).map((v) => `#${typeof v === 'object' && v ? (v as Doc).id : v}`).join(', ')
  else text = plain(value)
  return text.trim() === '' ? null : text.trim()
}

function compare(fields: readonly Field[], before: Doc, after: Doc, prefix: { path: string; label: Label } | null, claim: boolean, out: ReviewChange[]) {
  // Rows, collapsibles and unnamed tabs only arrange the form: their fields sit at this level of the data.
  for (const field of flattenTopLevelFields(fields as Field[]) as Field[]) {
    if (!('name' in field) || field.type === 'ui' || UNREVIEWED_FIELDS.has(field.name)) continue
    const path = prefix ? `${prefix.path}.${field.name}` : field.name
    const own = labelOf(field)
    const label = prefix ? { vi: `${prefix.label.vi} › ${own.vi}`, en: `${prefix.label.en} › ${own.en}` } : own
    const isClaim = claim || CLAIM_FIELDS.has(field.name)
    if (field.type === 'group' && 'fields' in field) {
      compare(field.fields, (before[field.name] ?? {}) as Doc, (after[field.name] ?? {}) as Doc, { path, label }, isClaim, out)
      continue
    }
    const push = (from: unknown, to: unknown, suffix: string, at: string) => {
      const a = textOf(field, from)
      const b = textOf(field, to)
      if (a !== b)
        out.push({ field: at, label: suffix ? { vi: `${label.vi} (${suffix})`, en: `${label.en} (${suffix})` } : label, from: a, to: b, claim: isClaim })
    }
    if ('localized' in field && field.localized) {
      for (const locale of LOCALES) {
        const pick = (doc: Doc) => (doc[field.name] as Record<string, unknown> | undefined)?.[locale]
        push(pick(before), pick(after), locale.toUpperCase(), `${path}.${locale}`)
      }
    } else push(before[field.name], after[field.name], '', path)
  }
}

/**
 * @param published the published document with every locale (`locale: 'all'`), or undefined when
 *   it was never published
 * @param draft the submitted draft, with every locale
 */
export function reviewChanges(fields: readonly Field[], published: Doc | undefined, draft: Doc): ReviewChange[] {
  const out: ReviewChange[] = []
  compare(fields, published ?? {}, draft, null, false, out)
  return out
}
