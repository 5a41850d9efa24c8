import type { Payload } from 'payload'

/**
 * Runs the due jobs of the given queues (undefined: Payload's default queue) until none is left, or
 * `rounds` passes over them all.
 */
export async function runJobsUntilDone(payload: Payload, queues: readonly (string | undefined)[], rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    let remaining = false
    for (const queue of queues) {
      const result = (await payload.jobs.run({ ...(queue ? { queue } : {}), limit: 100, silent: true })) as { noJobsRemaining?: boolean }
      if (!result.noJobsRemaining) remaining = true
    }
    if (!remaining) return
  }
}
