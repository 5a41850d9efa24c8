/**
 * The search runtime of this process, started from Payload's onInit: run the search queues named
 * in JOBS_QUEUES (queue-runner.ts), host their indexes on the embedded engine (hosted-index.ts),
 * and hand the enquiry jobs their index. The port itself is chosen in search-port.ts.
 */
import type { Payload } from 'payload'
import { DEFAULT_QUEUE, ENQUIRY_SEARCH_QUEUE, jobQueuesOf, SEARCH_QUEUE } from '../../src/config/job-queues'
import { setEnquirySearch, type EnquirySearchSink } from '../../src/enquiries/searchSink'
import { hostIndex, hostsIndex, QUEUE_OF } from './hosted-index'
import { startQueueRunner, stopQueueRunner } from './queue-runner'
import { env, state } from './runtime-state'
import { searchPort } from './search-port'

/** For the enquiry jobs (src/enquiries/searchSink.ts): the port, where this process keeps the enquiry index. */
export function enquirySearchSink(): EnquirySearchSink | undefined {
  return hostsIndex('enquiries') ? searchPort() : undefined
}

/**
 * Start this process's part (Payload's onInit): run the search queues named in JOBS_QUEUES, host
 * their indexes on the embedded engine, and hand the enquiry jobs their index. Returns at once;
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
  // The enquiry jobs (delivery, re-index) run on the default queue: give them the enquiry index here.
  if (queues.includes(DEFAULT_QUEUE)) {
    const sink = enquirySearchSink()
    if (sink) setEnquirySearch(sink)
  }
}

/** Stop the queue runner (tests, scripts shutting down). */
export function stopSearchRuntime(): void {
  stopQueueRunner()
  state.started = false
}
