/**
 * Background work that must not be lost: each task is retried until it succeeds, and jobs are
 * rows in the database, queued with `req` so they commit together with the change that caused them.
 * Task files live beside this one; register each in TASKS.
 */
import type { JobsConfig, TaskConfig } from 'payload'
import type { Env } from '../../src/config/env'

export const TASKS: TaskConfig[] = []

/**
 * Only one process runs the queue (the admin server, where start.ts sets JOBS_AUTORUN), so the
 * site and scripts never race it for the same job.
 */
export function jobsConfig(env: Env): JobsConfig {
  return {
    tasks: TASKS,
    deleteJobOnComplete: true,
    autoRun: env.JOBS_AUTORUN ? [{ cron: '*/5 * * * * *', limit: 50, queue: 'default' }] : [],
    shouldAutoRun: () => env.JOBS_AUTORUN === true,
  }
}
