/** Slugs of the enquiry jobs (registered in cms/jobs); shared so queueing code need not import the tasks. */
import type { Config } from '../../cms/payload-types'
export const DELIVER_TASK = 'deliverEnquiry' satisfies keyof Config['jobs']['tasks']
export const ESCALATE_TASK = 'escalateEnquiries' satisfies keyof Config['jobs']['tasks']
export const REPLY_TASK = 'mailEnquiryReply' satisfies keyof Config['jobs']['tasks']
