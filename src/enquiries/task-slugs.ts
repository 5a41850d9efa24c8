/** Slugs of the enquiry jobs (registered in cms/jobs); shared so queueing code need not import the tasks. */
export const DELIVER_TASK = 'deliverEnquiry'
export const ESCALATE_TASK = 'escalateEnquiries'
export const REPLY_TASK = 'mailEnquiryReply'
