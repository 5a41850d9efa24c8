/**
 * Queued (by the collection's queueFollowUp hook) in the same transaction as a producer's written
 * reply: e-mail it to the buyer. Retried through a mail outage like the enquiry's own delivery.
 */
import type { TaskConfig } from 'payload'
import { mailEnquiryReply } from '../enquiries/mail-enquiry-reply'
import { REPLY_TASK } from '../../src/enquiries/task-slugs'
import { ENQUIRY_RETRIES } from './deliverEnquiry'

export const mailEnquiryReplyTask: TaskConfig = {
  slug: REPLY_TASK,
  label: 'Enquiry: e-mail the producer’s reply to the buyer',
  inputSchema: [{ name: 'enquiryId', type: 'text', required: true }],
  retries: ENQUIRY_RETRIES,
  handler: async ({ input, req }) => {
    const { enquiryId } = input as { enquiryId: string }
    return { output: { reply: await mailEnquiryReply(req.payload, enquiryId, req) } }
  },
}
