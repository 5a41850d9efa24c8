/** Where a producer's request to exhibit stands: waiting for the centre, then accepted or declined once. */
export const EXHIBITOR_REQUEST_STATUSES = ['waiting', 'accepted', 'declined'] as const
export type ExhibitorRequestStatus = (typeof EXHIBITOR_REQUEST_STATUSES)[number]
