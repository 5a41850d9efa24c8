/**
 * How much one request may ask for. Anonymous visitors and producers get at most READ_CAPS.limit
 * documents per page (also when they ask for `limit=0` or `pagination=false`, which mean "all")
 * and relationships populated READ_CAPS.depth levels deep; staff are not limited (the admin's lists
 * and exports need more). The Local API (the site's own reads, seeds, jobs) is not limited: it is
 * our code, not a request from outside.
 */
import type { PayloadRequest } from 'payload'
import { isStaff, userOf } from '../access/roles'

export const READ_CAPS = { limit: 100, depth: 2 } as const

/** Requests from outside (REST) by anyone but staff. */
export const isCapped = (req: PayloadRequest): boolean => req.payloadAPI !== 'local' && !isStaff(userOf(req))

type ReadArgs = { limit?: number; depth?: number; pagination?: boolean }

/** The request's arguments within the caps (unchanged when they already are). */
export function capReadArgs<T extends ReadArgs>(args: T): T {
  const capped: T = { ...args }
  const wantsAll = args.pagination === false || (typeof args.limit === 'number' && args.limit <= 0)
  if (wantsAll || (typeof args.limit === 'number' && args.limit > READ_CAPS.limit)) {
    capped.limit = READ_CAPS.limit
    if (args.pagination === false) capped.pagination = true
  }
  if (typeof args.depth === 'number' && args.depth > READ_CAPS.depth) capped.depth = READ_CAPS.depth
  return capped
}
