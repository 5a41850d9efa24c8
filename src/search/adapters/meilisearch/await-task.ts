import type { EnqueuedTaskPromise, Task } from 'meilisearch'
import { SearchIndexError } from '../../errors'
import { toSearchError } from './to-search-error'

export interface TaskWait {
  readonly timeoutMs: number
  readonly intervalMs: number
}

/**
 * Wait until Meilisearch has processed a task, and fail if it failed: the client's wait resolves
 * with failed tasks too, and a sync job must not count a failed indexing as done.
 */
export async function awaitTask(
  enqueue: () => EnqueuedTaskPromise,
  action: string,
  wait: TaskWait,
  options: { readonly acceptErrorCodes?: readonly string[] } = {},
): Promise<Task> {
  let task: Task
  try {
    task = await enqueue().waitTask({ timeout: wait.timeoutMs, interval: wait.intervalMs })
  } catch (error) {
    throw toSearchError(error, action)
  }
  if (task.status === 'succeeded') return task
  if (task.status === 'failed' && task.error && options.acceptErrorCodes?.includes(task.error.code)) return task
  throw new SearchIndexError(`Meilisearch task ${task.uid} to ${action} ended ${task.status}: ${task.error?.message ?? 'no error given'}`, {
    cause: { taskUid: task.uid, status: task.status, error: task.error },
  })
}
