/**
 * Every field a producer or staff member meets in the admin speaks both languages: the test walks
 * the built config (every collection and global, through groups, rows, tabs, arrays and blocks)
 * and fails on a field, option, array row or tab whose label is missing, English only, or a raw
 * code. Payload's own fields (id, dates, status) are labelled by Payload's translations, which
 * include Vietnamese; fields hidden from the admin are skipped.
 */
import { getTranslation, initI18n } from '@payloadcms/translations'
import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/bootPayload'

let ctx: TestPayload
let payload: Payload
beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
}, 120_000)
afterAll(async () => ctx?.cleanup())

/** Fields Payload adds and labels itself through its own (Vietnamese-capable) translations. */
const PAYLOAD_OWN = new Set(['id', 'createdAt', 'updatedAt', '_status', 'email', 'password', 'filename', 'prefix', '_objectKey'])
/** Payload's upload and auth fields, never shown as form fields. */
const NEVER_SHOWN = new Set([
  'resetPasswordRequestedAt',
  'url',
  'thumbnailURL',
  'sizes',
  'focalX',
  'focalY',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'salt',
  'hash',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'enableAPIKey',
  'apiKey',
  'apiKeyIndex',
])

/** Options named by proper names that read the same in both languages: former provinces, OCOP, VietGAP, HACCP. */
const SAME_IN_BOTH = /(\.formerProvince|\.certifications\.kind)$/

/** A label given in both languages, each a real phrase (not empty, not the field's own name). */
function problemWith(label: unknown, name: string | undefined): string | undefined {
  // Collection names are label functions that carry both texts (cms/admin/collection-labels.ts).
  if (typeof label === 'function' && 'bilingual' in label) return problemWith(label.bilingual, name)
  // Payload's translation functions ({ t }) => t('general:…') carry their own Vietnamese.
  if (typeof label === 'function' || label === false) return undefined
  if (label === undefined || typeof label === 'string') return `label ${JSON.stringify(label)} is not in both languages`
  const { vi, en } = label as { vi?: unknown; en?: unknown }
  if (typeof vi !== 'string' || !vi.trim()) return 'no Vietnamese label'
  if (typeof en !== 'string' || !en.trim()) return 'no English label'
  if (name && vi.trim() === name) return `Vietnamese label is the raw name "${vi}"`
  return undefined
}

function walk(fields: readonly Field[], path: string, problems: string[]): void {
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const at = name ? `${path}.${name}` : path
    const hidden = 'admin' in field && field.admin && 'hidden' in field.admin && field.admin.hidden
    if (hidden || (name && (PAYLOAD_OWN.has(name) || NEVER_SHOWN.has(name))) || field.type === 'ui') continue
    if (name && 'label' in field) {
      const problem = problemWith(field.label, name)
      if (problem) problems.push(`${at}: ${problem}`)
    } else if (name && field.type !== 'join') problems.push(`${at}: no label`)
    if ((field.type === 'select' || field.type === 'radio') && field.options) {
      for (const option of field.options) {
        if (typeof option === 'string') problems.push(`${at}: option "${option}" has no label`)
        else if (typeof option.label === 'string' && SAME_IN_BOTH.test(at)) continue
        else {
          const problem = problemWith(option.label, option.value)
          if (problem) problems.push(`${at} option ${option.value}: ${problem}`)
        }
      }
    }
    if (field.type === 'array') {
      const labels = field.labels as { singular?: unknown; plural?: unknown } | undefined
      const problem = problemWith(labels?.singular, undefined) ?? problemWith(labels?.plural, undefined)
      if (problem) problems.push(`${at} rows: ${problem} (Payload would say "Thêm: ${String(name)}" and "${String(name)} 01")`)
      walk(field.fields, at, problems)
    }
    if (field.type === 'blocks') for (const block of field.blocks) walk(block.fields, `${at}.${block.slug}`, problems)
    if (field.type === 'group' || field.type === 'row' || field.type === 'collapsible') walk(field.fields, at, problems)
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const problem = problemWith(tab.label, undefined)
        if (problem) problems.push(`${at} tab: ${problem}`)
        walk(tab.fields, 'name' in tab && tab.name ? `${at}.${tab.name}` : at, problems)
      }
    }
  }
}

describe('admin labels', () => {
  it('should label every field, option, array row and tab of every collection in Vietnamese and English', () => {
    const problems: string[] = []
    for (const collection of payload.config.collections) {
      if (collection.slug.startsWith('payload-')) continue
      walk(collection.fields, collection.slug, problems)
    }
    for (const global of payload.config.globals) if (!global.slug.startsWith('payload-')) walk(global.fields, global.slug, problems)
    expect(problems).toEqual([])
  })

  it('should name every collection and global in both languages', () => {
    const problems: string[] = []
    for (const collection of payload.config.collections) {
      if (collection.slug.startsWith('payload-')) continue
      const problem = problemWith(collection.labels?.singular, collection.slug) ?? problemWith(collection.labels?.plural, collection.slug)
      if (problem) problems.push(`${collection.slug}: ${problem}`)
    }
    for (const global of payload.config.globals) {
      if (global.slug.startsWith('payload-')) continue
      const problem = problemWith(global.label, global.slug)
      if (problem) problems.push(`${global.slug}: ${problem}`)
    }
    expect(problems).toEqual([])
  })

  it('should give the admin every collection name as text in its language, never as an object', async () => {
    // The "add new" button beside a relationship field reads the name straight from the browser's config.
    const names = async (language: 'vi' | 'en') => {
      const i18n = await initI18n({ config: payload.config.i18n, context: 'client', language })
      const collections = payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
      return collections.map((collection) => getTranslation(collection.labels.singular, i18n))
    }
    const vi = await names('vi')
    expect(vi.filter((name) => typeof name !== 'string')).toEqual([])
    expect(vi).toContain('Chương trình khuyến công')
    expect(vi).not.toContain('Programme')
    expect(await names('en')).toContain('Programme')
  })
})
