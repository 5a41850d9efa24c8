/**
 * Rate limits on the CMS's REST API, through the project's one factory (src/rate-limit: memory, or
 * Redis with REDIS_URL so several processes share the counts):
 * - failed logins per client address and per account (the account's own lockout after 10 tries
 *   only protects that account, and one producer login used to allow unlimited guessing elsewhere);
 *   a successful login gives its points back, so people who sign in often are never refused;
 * - heavy anonymous reads (a full page of 100, or relationships populated) per client address.
 */
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import type { PayloadRequest } from 'payload'
import { loadEnv } from '../../src/config/env'
import { clientAddress, createProxyTrust, type ProxyTrust } from '../../src/http/client-address'
import { createRateLimiter } from '../../src/rate-limit/create-rate-limiter'
import { TooManyRequests } from './too-many-requests'

export const RATE_LIMITS = {
  loginPerAddress: { points: 30, durationSeconds: 15 * 60 },
  loginPerAccount: { points: 10, durationSeconds: 15 * 60 },
  heavyReadsPerAddress: { points: 30, durationSeconds: 60 },
} as const

type Limiters = { loginAddress: RateLimiterAbstract; loginAccount: RateLimiterAbstract; heavyReads: RateLimiterAbstract; trust: ProxyTrust }
let limiters: Limiters | undefined

function limitersOf(): Limiters {
  if (limiters) return limiters
  const env = loadEnv()
  const store = { redisUrl: env.REDIS_URL }
  limiters = {
    loginAddress: createRateLimiter({ keyPrefix: 'cms-login-ip', ...RATE_LIMITS.loginPerAddress }, store),
    loginAccount: createRateLimiter({ keyPrefix: 'cms-login-account', ...RATE_LIMITS.loginPerAccount }, store),
    heavyReads: createRateLimiter({ keyPrefix: 'cms-heavy-reads', ...RATE_LIMITS.heavyReadsPerAddress }, store),
    trust: createProxyTrust(env.TRUSTED_PROXIES),
  }
  return limiters
}

/**
 * The client's address. Next puts the socket's peer in X-Forwarded-For only when the header is
 * missing, and our reverse proxy (deploy/) appends the peer it saw: the last hop is the one we can
 * believe, and hops before it count only when it is one of TRUSTED_PROXIES.
 */
export function requestAddress(req: PayloadRequest): string {
  const hops = (req.headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim())
  const peer = hops.pop() || 'unknown'
  return clientAddress(hops.join(','), peer, limitersOf().trust)
}

async function consume(req: PayloadRequest, limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key)
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new TooManyRequests(req, rejection.msBeforeNext / 1000)
    throw rejection
  }
}

const accountKey = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '')

/** Before a login is tried: one point from the address and one from the account, or a 429. */
export async function limitLogin(req: PayloadRequest, email: unknown): Promise<void> {
  const { loginAddress, loginAccount } = limitersOf()
  await consume(req, loginAddress, requestAddress(req))
  const account = accountKey(email)
  if (account) await consume(req, loginAccount, account)
}

/** After a successful login: its points back, so only failures add up. */
export async function forgiveLogin(req: PayloadRequest, email: unknown): Promise<void> {
  const { loginAddress, loginAccount } = limitersOf()
  await loginAddress.reward(requestAddress(req), 1)
  const account = accountKey(email)
  if (account) await loginAccount.reward(account, 1)
}

/** A heavy anonymous read: one point from the address, or a 429. */
export const limitHeavyRead = (req: PayloadRequest): Promise<void> => consume(req, limitersOf().heavyReads, requestAddress(req))
