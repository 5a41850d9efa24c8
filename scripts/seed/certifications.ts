/**
 * Certification rows (the shared `certifications` array field) from the demo specs. Dates are
 * relative to the run date, so an OCOP certificate issued 40 months ago is expired whenever the
 * seed runs, and one issued 10 months ago is still valid.
 */
import { addMonths, provinceNameAt, provincialCommittee } from './names'
import type { CertSpec, DemoProducer } from './demo/types'

export function certificationRows(specs: CertSpec[] | undefined, producer: DemoProducer, now: Date) {
  return (specs ?? []).map((spec) => {
    const issuedOn = addMonths(now, -spec.ageMonths)
    const validUntil = spec.validMonths ? addMonths(issuedOn, spec.validMonths) : undefined
    const issuedBy = spec.issuedBy ?? (spec.kind === 'ocop' ? provincialCommittee(provinceNameAt(producer, issuedOn), issuedOn) : undefined)
    return {
      kind: spec.kind,
      stars: spec.kind === 'ocop' ? spec.stars : undefined,
      name: spec.name,
      number: spec.number,
      issuedBy,
      issuedOn: issuedOn.toISOString(),
      validUntil: validUntil?.toISOString(),
      // The demo's certificates stand for ones the centre has checked; new ones a producer adds are not.
      verified: true,
    }
  })
}
