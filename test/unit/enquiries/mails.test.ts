import { describe, expect, it } from 'vitest'
import { buyerCopy, escalationNotice, producerNotice, type MailEnquiry } from '../../../src/enquiries/mail/enquiry-mails'

const enquiry: MailEnquiry = {
  id: 7,
  reference: 'TB-2026-7KQ4MZ',
  name: 'Tom\nBcc: victim@example.com',
  company: 'Osaka Foods',
  buyerType: 'importer',
  country: 'Japan',
  email: 'tom@osaka.example',
  phone: '+81 90 1234 5678',
  quantity: 500,
  unit: 'jars',
  message: '<b>Price</b> for 500 jars?\nDelivery to Osaka.',
  language: 'en',
  createdAt: '2026-11-23T02:00:00.000Z',
  dueAt: '2026-11-26T02:00:00.000Z',
}
const context = {
  adminUrl: 'https://admin.tieubieu.vn',
  producerName: 'Mật ong Đất Lành',
  productName: 'Mật ong hoa cà phê',
  provinceName: 'Đắk Lắk',
  workingDays: 3,
}

describe('enquiry e-mails', () => {
  it('should tell the producer in Vietnamese, with the deadline in Vietnam time and a reply going to the buyer', () => {
    const mail = producerNotice(enquiry, context, ['a@example.vn'])
    expect(mail.replyTo).toBe('tom@osaka.example')
    expect(mail.subject).toBe('[Tiêu Biểu] Yêu cầu báo giá mới TB-2026-7KQ4MZ — sản phẩm Mật ong hoa cà phê')
    expect(mail.text).toContain('26/11/2026 09:00')
    expect(mail.text).toContain('https://admin.tieubieu.vn/admin/collections/enquiries/7')
    expect(mail.text).toContain('Số lượng: 500 jars')
  })
  it('should never let a line break typed by the buyer reach a header or a labelled line', () => {
    for (const mail of [producerNotice(enquiry, context, ['a@x.vn']), buyerCopy(enquiry, context), escalationNotice(enquiry, context, ['s@x.vn'])]) {
      expect(mail.subject).not.toMatch(/[\r\n]/)
      expect(mail.text).not.toMatch(/^Bcc:/m)
    }
  })
  it("should copy the buyer in the buyer's language, with the message as typed (plain text)", () => {
    const en = buyerCopy(enquiry, context)
    expect(en.subject).toBe('[Tiêu Biểu] We received your enquiry TB-2026-7KQ4MZ')
    expect(en.text).toContain('<b>Price</b> for 500 jars?\nDelivery to Osaka.')
    expect(buyerCopy({ ...enquiry, language: 'vi' }, context).subject).toBe('[Tiêu Biểu] Đã nhận yêu cầu của bạn — TB-2026-7KQ4MZ')
  })
})
