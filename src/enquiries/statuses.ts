/** Where an enquiry stands: new, forwarded to the producer, answered, closed, or marked as spam. */
export type EnquiryStatus = 'new' | 'forwarded' | 'answered' | 'closed' | 'spam'
export const ENQUIRY_STATUSES = ['new', 'forwarded', 'answered', 'closed', 'spam'] as const satisfies readonly EnquiryStatus[]
