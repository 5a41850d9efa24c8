import { describe, expect, it } from 'vitest'
import { certificationStatus, isCertificationCurrent, sortCertifications } from '../../../src/producers/certification-status'

const now = new Date('2026-11-22T03:00:00Z')

describe('certification status', () => {
  it('should call a certificate that ended yesterday expired', () => {
    expect(certificationStatus({ validUntil: '2026-11-21T00:00:00Z' }, now)).toBe('expired')
  })
  it('should still hold on its last day', () => {
    expect(certificationStatus({ validUntil: '2026-11-22T00:00:00Z' }, now)).toBe('expiring')
  })
  it('should warn in the 30 days before expiry, as OCOP holders are told', () => {
    expect(certificationStatus({ validUntil: '2026-12-22' }, now)).toBe('expiring')
    expect(certificationStatus({ validUntil: '2026-12-23' }, now)).toBe('valid')
  })
  it('should treat a certificate without an end date as holding', () => {
    expect(certificationStatus({ validUntil: null }, now)).toBe('undated')
    expect(isCertificationCurrent({}, now)).toBe(true)
  })
  it('should list current certificates first and expired ones last', () => {
    const certs = [
      { kind: 'ocop', validUntil: '2025-01-01' },
      { kind: 'haccp', validUntil: '2027-01-01' },
      { kind: 'ocop', validUntil: '2028-01-01' },
    ]
    expect(sortCertifications(certs, now, ['ocop', 'haccp']).map((c) => `${c.kind} ${c.validUntil}`)).toEqual([
      'ocop 2028-01-01',
      'haccp 2027-01-01',
      'ocop 2025-01-01',
    ])
  })
})
