/**
 * Background work that must not be lost: each task is retried until it succeeds, and jobs are
 * rows in the database, queued with `req` so they commit together with the change that caused them.
 * Task files live beside this one; register each in TASKS.
 */
import { APIError, type JobsConfig, type TaskConfig } from 'payload'
import type { Env } from '../../src/config/env'
import { jobQueuesOf, SEARCH_QUEUES } from '../../src/config/job-queues'
import { SEARCH_TASKS } from '../search/tasks'
import { announceCallTask } from './announceCall'
import { deliverEnquiryTask } from './deliverEnquiry'
import { escalateEnquiriesTask } from './escalateEnquiries'
import { mailEnquiryReplyTask } from './mailEnquiryReply'
import { remindDeadlinesTask } from './remindDeadlines'

export const TASKS: TaskConfig[] = [deliverEnquiryTask, mailEnquiryReplyTask, escalateEnquiriesTask, remindDeadlinesTask, announceCallTask, ...SEARCH_TASKS]

const RUN_REFUSED = 'Hàng đợi công việc chỉ do máy chủ tự chạy / the job queue is run by the server itself only'

function refuseRunOverHttp({ req }: { req: { user?: unknown } }): boolean {
  // Payload answers false with 401, right for the anonymous; a signed-in user is forbidden, not unknown.
  if (!req.user) return false
  throw new APIError(RUN_REFUSED, 403, undefined, true)
}

/**
 * Each queue is run by one process (JOBS_QUEUES, set per server by start.ts: see
 * src/config/job-queues.ts), so the servers and scripts never race for the same job.
 */
export function jobsConfig(env: Env): JobsConfig {
  return {
    tasks: TASKS,
    // Jobs run only in this process (autoRun below, the search runtime), through the Local API,
    // which does not ask. GET /api/payload-jobs/run and /handle-schedules are refused to everyone:
    // no cron outside calls them, and a signed-in producer must not drive the queues.
    access: { run: refuseRunOverHttp },
    deleteJobOnComplete: true,
    // JOBS_QUEUES names this process's queues; the search queues are run by the search runtime
    // (cms/search/runtime.ts), in the process that holds the index, so they are left out here.
    autoRun: jobQueuesOf(env)
      .filter((queue) => !SEARCH_QUEUES.includes(queue))
      .map((queue) => ({ cron: '*/5 * * * * *', limit: 50, queue })),
    shouldAutoRun: () => jobQueuesOf(env).length > 0,
  }
}
