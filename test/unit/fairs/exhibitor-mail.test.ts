import { describe, expect, it } from 'vitest'
import { exhibitorMail } from '../../../src/fairs/exhibitor-mail'

describe('the mail answering a request to exhibit', () => {
  it('should give the booth when accepted, in Vietnamese then English', () => {
    const mail = exhibitorMail({ status: 'accepted', brandName: 'Kẹo khóm Út Hiền', fairName: 'Hội chợ Đặc sản', booth: 'B12', adminUrl: 'http://x/admin' })
    expect(mail.subject).toBe('Đã nhận tham gia: Hội chợ Đặc sản / Your request to exhibit was accepted')
    expect(mail.text).toContain('Gian hàng số: B12')
    expect(mail.text).toContain('Booth: B12')
    expect(mail.text.indexOf('Kính gửi')).toBeLessThan(mail.text.indexOf('The centre'))
  })
  it('should give the reason when declined', () => {
    const mail = exhibitorMail({ status: 'declined', brandName: 'A', fairName: 'F', reason: 'Hết gian hàng', adminUrl: 'http://x' })
    expect(mail.text).toContain('Lý do: Hết gian hàng')
    expect(mail.text).toContain('Reason: Hết gian hàng')
  })
})
