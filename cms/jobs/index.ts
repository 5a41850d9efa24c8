/**
 * Background work that must not be lost: each task is retried until it succeeds, and jobs are
 * rows in the database, queued with `req` so they commit together with the change that caused them.
 * Task files live beside this one; register each in TASKS.
 */
import type { JobsConfig, TaskConfig } from 'payload'
import type { Env } from '../../src/config/env'
import { jobQueuesOf, SEARCH_QUEUES } from '../../src/config/job-queues'
import { SEARCH_TASKS } from '../search/tasks'
import { deliverEnquiryTask } from './deliverEnquiry'
import { escalateEnquiriesTask } from './escalateEnquiries'
import { remindDeadlinesTask } from './remindDeadlines'

export const TASKS: TaskConfig[] = [deliverEnquiryTask, escalateEnquiriesTask, remindDeadlinesTask, ...SEARCH_TASKS]

/**
 * Each queue is run by one process (JOBS_QUEUES, set per server by start.ts: see
 * src/config/job-queues.ts), so the servers and scripts never race for the same job.
 */
export function jobsConfig(env: Env): JobsConfig {
  return {
    tasks: TASKS,
    deleteJobOnComplete: true,
    // JOBS_QUEUES names this process's queues; the search queues are run by the search runtime
    // (cms/search/runtime.ts), in the process that holds the index, so they are left out here.
    autoRun: jobQueuesOf(env)
      .filter((queue) => !SEARCH_QUEUES.includes(queue))
      .map((queue) => ({ cron: '*/5 * * * * *', limit: 50, queue })),
    shouldAutoRun: () => jobQueuesOf(env).length > 0,
  }
}
