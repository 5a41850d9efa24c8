/**
 * Payload 3.90 claims jobs by reading those not `processing` and then marking them one by one
 * (drizzle's and mongoose's updateJobs: a find, then an update by id with no condition on the
 * flag, and no transaction on SQLite), so two processes running one queue can both take the same
 * job. The rule is therefore: each queue is run by exactly one process. These tests hold `npm
 * start`'s split to it; the deploy files are held to it in test/integration/deploy-files.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_QUEUE, ENQUIRY_SEARCH_QUEUE, jobQueuesFor, jobQueuesOf, SEARCH_QUEUE } from '../../../src/config/job-queues'

const ALL = [DEFAULT_QUEUE, SEARCH_QUEUE, ENQUIRY_SEARCH_QUEUE]

describe('job queues', () => {
  it.for([
    ['the embedded engine', {}],
    ['Meilisearch', { MEILI_URL: 'http://127.0.0.1:7700' }],
  ] as const)('should give every queue to exactly one server with %s', ([, env]) => {
    const admin = jobQueuesFor('admin', env)
    const site = jobQueuesFor('site', env)
    for (const queue of ALL) expect([admin.includes(queue), site.includes(queue)].filter(Boolean), queue).toHaveLength(1)
  })

  it('should run no queue in a process that was not given one (scripts, extra site nodes)', () => {
    expect(jobQueuesOf({ JOBS_QUEUES: undefined, JOBS_AUTORUN: undefined })).toEqual([])
    expect(jobQueuesOf({ JOBS_QUEUES: [], JOBS_AUTORUN: true })).toEqual([])
  })
})
