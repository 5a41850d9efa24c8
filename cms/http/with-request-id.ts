/**
 * Payload's REST handlers run inside the request's id (set by proxy.ts), so every line Payload and
 * our hooks log while answering carries it, and an error answer can be found in the log by the id
 * the client received in X-Request-Id.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { outsideRequest, requestIdFrom, withRequestId } from '../../src/logging/request-context'

type Handler<A> = (request: Request, args: A) => Promise<Response>

export function withRequestContext<A>(handler: Handler<A>): Handler<A> {
  return async (request, args) => {
    // Payload starts on the first request, and its job timers (cron: true, as Payload's handlers ask)
    // with it: started outside the request, they do not carry its id in every later job's log lines.
    await outsideRequest(() => getPayload({ config, cron: true }))
    return withRequestId(requestIdFrom(request.headers.get('x-request-id')), () => handler(request, args))
  }
}
