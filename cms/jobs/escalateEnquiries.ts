/**
 * Every minute (scheduled by the admin process's job runner): enquiries unanswered at their
 * deadline go to the province's centre staff; enquiry jobs left "processing" by a process that
 * died are handed back to the queue. `input.now` lets a test run it at a moment of its choosing.
 */
import type { TaskConfig } from 'payload'
import { loadEnv } from '../../src/config/env'
import { escalateOverdueEnquiries } from '../enquiries/escalate-overdue-enquiries'
import { releaseStuckEnquiryJobs } from '../enquiries/release-stuck-jobs'
import { ESCALATE_TASK } from '../../src/enquiries/task-slugs'

export const escalateEnquiriesTask: TaskConfig = {
  slug: ESCALATE_TASK,
  label: 'Enquiries: escalate those past their deadline',
  inputSchema: [{ name: 'now', type: 'date' }],
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const env = loadEnv()
    const now = (input as { now?: string } | undefined)?.now ? new Date((input as { now: string }).now) : new Date()
    // Job timestamps are real time, whatever moment the escalation is asked to run at.
    const released = await releaseStuckEnquiryJobs(req.payload, { now: new Date(), req })
    const result = await escalateOverdueEnquiries(req.payload, { now, req, adminUrl: env.CMS_URL, workingDays: env.RESPONSE_WORKING_DAYS })
    if (result.failed.length)
      throw new Error(`${result.failed.length} escalation(s) failed; the next run retries: ${result.failed.map((f) => f.error).join('; ')}`)
    return { output: { escalated: result.escalated.map((e) => e.reference), released } }
  },
}
