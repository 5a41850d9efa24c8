/**
 * The search runtime of this process, started from Payload's onInit: run the search queues named
 * in JOBS_QUEUES (queue-runner.ts) and host their indexes on the embedded engine (hosted-index.ts);
 * enquiries are indexed by the same sync job as every other collection. The port itself is chosen
 * in search-port.ts.
 */
import type { Payload } from 'payload'
import { ENQUIRY_SEARCH_QUEUE, jobQueuesOf, SEARCH_QUEUE } from '../../src/config/job-queues'
import { hostIndex, QUEUE_OF } from './hosted-index'
import { startQueueRunner, stopQueueRunner } from './queue-runner'
import { env, state } from './runtime-state'

/**
 * Start this process's part (Payload's onInit): run the search queues named in JOBS_QUEUES, host
 * their indexes on the embedded engine. Returns at once;
 * nothing here delays Payload's start.
 */
export function startSearchRuntime(payload: Payload): void {
  if (state.started || state.override) return
  state.started = true
  const queues = jobQueuesOf(env())
  const searchQueues: string[] = queues.filter((queue) => queue === SEARCH_QUEUE || queue === ENQUIRY_SEARCH_QUEUE)
  startQueueRunner(payload, searchQueues)
  for (const index of ['public', 'enquiries'] as const) {
    if (searchQueues.includes(QUEUE_OF[index])) void hostIndex(payload, index)
  }
}

/** Stop the queue runner (tests, scripts shutting down). */
export function stopSearchRuntime(): void {
  stopQueueRunner()
  state.started = false
}
