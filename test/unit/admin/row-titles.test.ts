import { describe, expect, it } from 'vitest'
import { answerTitle, applicationDocumentTitle, certificationTitle, supportTitle } from '../../../cms/admin/row-titles'

const now = new Date('2026-12-05T00:00:00Z')

describe('array row titles in the admin', () => {
  it('should title an OCOP certificate by its stars and month of expiry, in Vietnamese and English', () => {
    const row = { kind: 'ocop', stars: 4, validUntil: '2029-06-05T05:17:24.736Z' }
    expect(certificationTitle(row, 'vi', now)).toBe('OCOP 4 sao · đến 06/2029')
    expect(certificationTitle(row, 'en', now)).toBe('OCOP 4-star · valid to 06/2029')
  })

  it('should say when a certificate has expired', () => {
    expect(certificationTitle({ kind: 'vietgap', validUntil: '2025-12-15T12:00:00Z' }, 'vi', now)).toBe('VietGAP · hết hạn 12/2025')
  })

  it('should use the typed name for another kind, and nothing for an empty row', () => {
    expect(certificationTitle({ kind: 'other', name: 'Halal' }, 'vi', now)).toBe('Halal')
    expect(certificationTitle({}, 'vi', now)).toBe('')
  })

  it('should title support by year and what was given', () => {
    expect(supportTitle({ year: 2020, what: 'Máy gói kẹo tự động', programme: 'Khuyến công' })).toBe('2020 · Máy gói kẹo tự động')
  })

  it("should title an application's answer by its question and a document by its name, on one line", () => {
    expect(answerTitle({ question: 'Nhu cầu hỗ trợ của cơ sở?\nGhi rõ máy móc.', answer: 'Máy sấy' })).toBe('Nhu cầu hỗ trợ của cơ sở?')
    expect(answerTitle({ question: 'x'.repeat(100) })).toBe(`${'x'.repeat(79)}…`)
    expect(applicationDocumentTitle({ name: ' Giấy chứng nhận đăng ký hộ kinh doanh ' })).toBe('Giấy chứng nhận đăng ký hộ kinh doanh')
    expect(answerTitle({})).toBe('')
    expect(applicationDocumentTitle({ name: null })).toBe('')
  })
})
