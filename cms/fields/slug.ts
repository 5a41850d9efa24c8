/**
 * A unique, diacritic-free slug filled from another field when left empty, so editors rarely
 * type one and public URLs stay stable when the name is later corrected.
 */
import type { Field, FieldHook } from 'payload'
import { slugify } from '../../src/text/slugify'

const fillFrom =
  (source: string): FieldHook =>
  ({ value, siblingData, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const raw = siblingData?.[source] ?? originalDoc?.[source]
    const text = typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? (raw.vi ?? raw.en) : undefined
    return typeof text === 'string' ? slugify(text) : value
  }

export const slugField = (source: string): Field => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  required: true,
  label: { vi: 'Địa chỉ trang', en: 'Page address' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Phần cuối địa chỉ trang trên showroom, chữ không dấu. Để trống để tạo từ tên.',
      en: 'The end of the page’s address on the showroom. Leave empty to make it from the name.',
    },
  },
  hooks: { beforeValidate: [fillFrom(source)] },
  validate: (value: unknown) =>
    typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
      ? true
      : 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang / lowercase letters, digits and hyphens only',
})
