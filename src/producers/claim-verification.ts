/**
 * Certificates and support received that a producer declares itself are claims until the centre
 * has checked them against a document (cms/fields/claim-verification.ts). Buyers see which are
 * which: a claim the centre has not checked is labelled "not verified" on the public site.
 */
export type Claim = { verified?: boolean | null }

export const isUnverifiedClaim = (claim: Claim): boolean => claim.verified !== true
