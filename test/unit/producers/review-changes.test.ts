import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { reviewChanges } from '../../../cms/reviews/review-changes'

const fields: Field[] = [
  { name: 'name', type: 'text', localized: true, label: { vi: 'Tên sản phẩm', en: 'Name' } },
  { name: 'hsCode', type: 'text', label: { vi: 'Mã HS', en: 'HS code' } },
  { name: 'description', type: 'richText', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
  {
    name: 'specs',
    type: 'group',
    label: { vi: 'Thông số', en: 'Specifications' },
    fields: [{ name: 'size', type: 'text', label: { vi: 'Kích thước', en: 'Size' } }],
  },
  { name: 'certifications', type: 'array', label: { vi: 'Chứng nhận', en: 'Certifications' }, fields: [{ name: 'kind', type: 'text' }] },
  { name: 'updatedBy', type: 'text' },
]
const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

describe('what staff read before approving', () => {
  it('should see fields that the form only arranges in tabs, rows and collapsibles', () => {
    const arranged: Field[] = [
      {
        type: 'tabs',
        tabs: [
          { label: 'Một', fields: [fields[0]!] },
          { label: 'Hai', fields: [{ type: 'row', fields: [fields[1]!] }] },
        ],
      },
      { type: 'collapsible', label: 'Ba', fields: [fields[3]!] },
    ]
    const published = { name: { vi: 'Kẹo khóm' }, hsCode: '1704', specs: { size: '200 g' } }
    const draft = { name: { vi: 'Kẹo khóm Bến Lức' }, hsCode: '170490', specs: { size: '250 g' } }
    expect(reviewChanges(arranged, published, draft).map((change) => change.field)).toEqual(['name.vi', 'hsCode', 'specs.size'])
  })

  it('should list only the changed fields, each language apart, with both labels', () => {
    const published = {
      name: { vi: 'Kẹo khóm', en: 'Pineapple candy' },
      hsCode: '1704',
      description: { vi: paragraph('Cũ') },
      specs: { size: '200 g' },
      updatedBy: 1,
    }
    const draft = {
      ...published,
      name: { vi: 'Kẹo khóm', en: 'Pineapple sweets' },
      description: { vi: paragraph('Mới') },
      specs: { size: '250 g' },
      updatedBy: 2,
    }
    expect(reviewChanges(fields, published, draft)).toEqual([
      { field: 'name.en', label: { vi: 'Tên sản phẩm (EN)', en: 'Name (EN)' }, from: 'Pineapple candy', to: 'Pineapple sweets', claim: false },
      { field: 'description.vi', label: { vi: 'Mô tả (VI)', en: 'Description (VI)' }, from: 'Cũ', to: 'Mới', claim: false },
      { field: 'specs.size', label: { vi: 'Thông số › Kích thước', en: 'Specifications › Size' }, from: '200 g', to: '250 g', claim: false },
    ])
  })

  it('should mark a new certification as a claim, and show a never-published document as all new', () => {
    const changes = reviewChanges(fields, undefined, { hsCode: '1704', certifications: [{ id: 'x', kind: 'haccp' }] })
    expect(changes.map((c) => [c.field, c.from, c.to, c.claim])).toEqual([
      ['hsCode', null, '1704', false],
      ['certifications', null, 'haccp', true],
    ])
  })
})
