/**
 * The fields that carry claims a buyer may rely on (certificates, support received and its
 * amounts) or that only staff set. A change to any of them waits for the centre, whatever the
 * review settings say.
 */
export const CLAIM_FIELDS: ReadonlySet<string> = new Set(['certifications', 'support', 'verified', 'verifiedAt', 'province', 'producer', 'featured'])

/** Fields left out of a review's diff: bookkeeping nobody reviews. */
export const UNREVIEWED_FIELDS: ReadonlySet<string> = new Set(['_status', 'updatedBy', 'slug', 'verifiedAt', 'province', 'printLabel'])

export type ReviewedCollection = 'producers' | 'products'
export const REVIEWED_COLLECTIONS: readonly ReviewedCollection[] = ['producers', 'products']
