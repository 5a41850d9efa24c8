/**
 * Every morning: producers are reminded of the calls that fit them, seven days before the
 * deadline. `input.now` lets a test run it on a day of its choosing.
 */
import type { Config } from '../payload-types'
import type { TaskConfig } from 'payload'
import { loadEnv } from '../../src/config/env'
import { remindDeadlines } from '../../src/programmes/remind-deadlines'

export const REMIND_TASK = 'remindCallDeadlines' satisfies keyof Config['jobs']['tasks']

export const remindDeadlinesTask: TaskConfig = {
  slug: REMIND_TASK,
  label: 'Calls: remind producers 7 days before the deadline',
  inputSchema: [{ name: 'now', type: 'date' }],
  // 08:00 Vietnamese time (01:00 UTC), once a day.
  schedule: [{ cron: '0 0 1 * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const at = (input as { now?: string } | undefined)?.now
    const result = await remindDeadlines(req.payload, at ? new Date(at) : new Date(), loadEnv().CMS_URL)
    return { output: { sent: result.sent.length } }
  },
}
