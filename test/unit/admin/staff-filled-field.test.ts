/** Fields only staff fill are left out of a producer's form while empty, and shown once filled. */
import { describe, expect, it } from 'vitest'
import { staffFilledField, staffFilledFields } from '../../../cms/admin/producer-view'

const producer = { collection: 'users', role: 'producer', producer: 1 }
const staff = { collection: 'users', role: 'staff' }
const shown = (field: unknown, siblingData: Record<string, unknown>, user: unknown) =>
  (field as { admin: { condition: (d: unknown, s: unknown, c: unknown) => boolean } }).admin.condition({}, siblingData, { user })

describe('staffFilledField', () => {
  const booth = staffFilledField({ name: 'booth', type: 'text' })
  it('should hide an empty staff-only field from a producer, and show it once filled', () => {
    for (const empty of [undefined, null, '', false, []]) expect(shown(booth, { booth: empty }, producer)).toBe(false)
    expect(shown(booth, { booth: 'C07' }, producer)).toBe(true)
  })
  it('should always show it to staff', () => {
    expect(shown(booth, {}, staff)).toBe(true)
  })
  it('should keep a condition the field already has', () => {
    const evidence = staffFilledField({ name: 'evidence', type: 'text', admin: { condition: (_: unknown, s: { verified?: boolean }) => Boolean(s?.verified) } })
    expect(shown(evidence, { verified: false, evidence: 'x' }, staff)).toBe(false)
    expect(shown(evidence, { verified: true }, staff)).toBe(true)
    expect(shown(evidence, { verified: true }, producer)).toBe(false)
  })
  it('should reach fields inside rows', () => {
    const [row] = staffFilledFields([{ type: 'row', fields: [{ name: 'city', type: 'text' }] }]) as unknown as [{ fields: unknown[] }]
    expect(shown(row.fields[0], {}, producer)).toBe(false)
  })
  it('should leave a required field alone, so Payload still validates it for a producer', () => {
    const field = { name: 'name', type: 'text', required: true } as const
    expect(staffFilledField(field)).toBe(field)
  })
})
