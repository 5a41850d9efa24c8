import { describe, expect, it } from 'vitest'
import { isUnverifiedClaim } from '../../../src/producers/claim-verification'

describe('claims shown to buyers', () => {
  it('should call a claim not verified until the centre has checked it', () => {
    expect(isUnverifiedClaim({})).toBe(true)
    expect(isUnverifiedClaim({ verified: null })).toBe(true)
    expect(isUnverifiedClaim({ verified: false })).toBe(true)
    expect(isUnverifiedClaim({ verified: true })).toBe(false)
  })
})
