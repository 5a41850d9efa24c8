/**
 * Is the Meilisearch server up? Its `/health` route answers `{"status":"available"}` without a key.
 * A refused connection (the engine stopped), a timeout or another answer is a failure with the
 * reason an operator can act on.
 */
import type { CheckOutcome } from './readiness'

export async function pingMeilisearch(url: string, timeoutMs = 2_000): Promise<CheckOutcome> {
  const address = new URL('/health', url)
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(timeoutMs) })
    const body = (await response.json().catch(() => undefined)) as { status?: string } | undefined
    if (response.ok && body?.status === 'available') return { status: 'ok', detail: `Meilisearch at ${address.origin} is available` }
    return { status: 'failed', reason: `Meilisearch at ${address.origin} answered ${response.status} ${body?.status ?? ''}`.trim() }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
    const why =
      cause === 'ECONNREFUSED'
        ? 'refuses connections (is it stopped?)'
        : cause === 'TimeoutError'
          ? `did not answer within ${timeoutMs} ms`
          : `cannot be reached (${cause})`
    return { status: 'failed', reason: `Meilisearch at ${address.origin} ${why}` }
  }
}
