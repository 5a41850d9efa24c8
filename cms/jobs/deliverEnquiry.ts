/**
 * Queued (by the collection's queueFollowUp hook) in the same transaction as each new enquiry: notify the
 * producer, copy the buyer (indexing is the search sync job). Steps already done are skipped on a retry, so
 * retrying every 30 s through a mail outage repeats only what failed.
 */
import type { TaskConfig } from 'payload'
import { loadEnv } from '../../src/config/env'
import { deliverEnquiry } from '../enquiries/deliver-enquiry'
import { DELIVER_TASK } from '../../src/enquiries/task-slugs'

/** Retry every 30 s for about three days; by then staff were told by the escalation anyway. */
export const ENQUIRY_RETRIES = { attempts: 10_000, backoff: { type: 'fixed' as const, delay: 30_000 } }

export const deliverEnquiryTask: TaskConfig = {
  slug: DELIVER_TASK,
  label: 'Enquiry: notify the producer, copy the buyer, index',
  inputSchema: [{ name: 'enquiryId', type: 'text', required: true }],
  retries: ENQUIRY_RETRIES,
  handler: async ({ input, req }) => {
    const env = loadEnv()
    const { enquiryId } = input as { enquiryId: string }
    const outcome = await deliverEnquiry(req.payload, enquiryId, { req, adminUrl: env.CMS_URL, workingDays: env.RESPONSE_WORKING_DAYS })
    return { output: outcome }
  },
}
