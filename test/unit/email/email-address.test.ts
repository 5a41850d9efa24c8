import { describe, expect, it } from 'vitest'
import { isEmailAddress } from '../../../src/email/email-address'

describe('isEmailAddress', () => {
  it('should accept the addresses buyers and producers really use', () => {
    for (const ok of ['mai@songhong.vn', 'Mai.Nguyen+quote@song-hong.example.vn', "o'brien@mail.co.uk", 'x@ex--ample.com', 'a@b.xn--p1ai']) {
      expect({ ok, valid: isEmailAddress(ok) }).toEqual({ ok, valid: true })
    }
  })

  it('should refuse addresses a mail server would not deliver to', () => {
    const bad = [
      'buyer@example-.com',
      'buyer@-example.com',
      '.a@example.com',
      'a.@example.com',
      'a..b@example.com',
      'a@example..com',
      'a@example',
      'a@example.c',
      '"a"@example.com',
      'a b@example.com',
      'a@ex_ample.com',
      '@example.com',
      `${'a'.repeat(65)}@example.com`,
    ]
    for (const address of bad) expect({ address, valid: isEmailAddress(address) }).toEqual({ address, valid: false })
  })
})
