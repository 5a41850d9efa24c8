/**
 * The request limits of every collection, added in one place to the built config (so Payload's own
 * collections — preferences, locks, jobs — get them too, and a collection added later cannot be
 * forgotten): read caps for anonymous and producer requests (read-caps.ts), a rate limit on heavy
 * anonymous reads, and on failed logins for auth collections (rate-limits.ts). Requests through the
 * Local API (our own code) are never limited.
 */
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, SanitizedConfig } from 'payload'
import { capReadArgs, isCapped } from './read-caps'
import { forgiveLogin, limitHeavyRead, limitLogin } from './rate-limits'

/** Beyond what a page of the showroom needs: a long page or populated relationships. */
const HEAVY_LIMIT = 25
type Args = { limit?: number; depth?: number; pagination?: boolean; data?: { email?: unknown } }
const isHeavy = (args: Args) =>
  args.pagination === false ||
  (typeof args.limit === 'number' && (args.limit <= 0 || args.limit > HEAVY_LIMIT)) ||
  (typeof args.depth === 'number' && args.depth > 1)

/**
 * Only the operation the client asked for is limited. Payload runs others inside the same request:
 * the signed-in user's lookup (overrideAccess, before the user is known, so it looked anonymous and
 * heavy) and the reads that populate relationships (pagination: false). Counting those refused
 * signed-in producers after 30 requests and charged one anonymous page many times.
 */
function isClientOperation(args: Args & { overrideAccess?: boolean }, req: Parameters<CollectionBeforeOperationHook>[0]['req']): boolean {
  if (req.payloadAPI === 'local' || args.overrideAccess === true) return false
  if (req.context.requestLimited) return false
  req.context.requestLimited = true
  return true
}

export const limitRequest: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!isClientOperation(args as Args, req)) return args
  if (operation === 'login') {
    await limitLogin(req, (args as Args).data?.email)
    return args
  }
  if (!isCapped(req)) return args
  if (!req.user && (operation === 'read' || operation === 'readDistinct') && isHeavy(args as Args)) await limitHeavyRead(req)
  return capReadArgs(args as Args) as typeof args
}

export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI !== 'local') await forgiveLogin(req, (user as { email?: unknown }).email)
  return user
}

export function withRequestLimits(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [limitRequest, ...(collection.hooks.beforeOperation ?? [])]
    if (collection.auth) collection.hooks.afterLogin = [forgiveSuccessfulLogin, ...(collection.hooks.afterLogin ?? [])]
  }
  return config
}
