/**
 * Running the search job queues in this process: a batch every RUNNER_INTERVAL_MS, one run at a
 * time, so a publish shows in search within about that long.
 */
import type { Payload } from 'payload'
import { state } from './runtime-state'

const RUNNER_INTERVAL_MS = 1_500

/** Whether this process runs `queue`. */
export function runsQueue(queue: string): boolean {
  return state.runner?.queues.includes(queue) ?? false
}

/** Run these job queues here, a batch every RUNNER_INTERVAL_MS, one run at a time. */
export function startQueueRunner(payload: Payload, queues: readonly string[]): void {
  if (state.runner || queues.length === 0) return
  let busy = false
  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      for (const queue of queues) await payload.jobs.run({ queue, limit: 100 })
    } catch (error) {
      payload.logger.error({ err: error, msg: `search: running the ${queues.join(', ')} job queue failed; trying again shortly` })
    } finally {
      busy = false
    }
  }, RUNNER_INTERVAL_MS)
  timer.unref()
  state.runner = { queues, timer }
}

/** Stop the queue runner (tests, scripts shutting down). */
export function stopQueueRunner(): void {
  if (state.runner) clearInterval(state.runner.timer)
  state.runner = undefined
}
