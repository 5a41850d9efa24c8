/**
 * Rate limits on submissions, per client address and per buyer e-mail, with rate-limiter-flexible
 * through the one factory (src/rate-limit): in this process's memory, or in Redis when REDIS_URL
 * is set, so that several site processes share one count.
 */
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import { createRateLimiter } from '../../rate-limit/create-rate-limiter'

export type RateLimitSettings = { perIp: number; perEmail: number; windowSeconds: number }
export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; by: 'ip' | 'email' }

export type EnquiryRateLimits = {
  consumeIp(ip: string): Promise<RateLimitVerdict>
  consumeEmail(email: string): Promise<RateLimitVerdict>
}

async function consume(limiter: RateLimiterAbstract, key: string, by: 'ip' | 'email'): Promise<RateLimitVerdict> {
  try {
    await limiter.consume(key)
    return { ok: true }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, by, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    throw rejection
  }
}

export function createEnquiryRateLimits(settings: RateLimitSettings): EnquiryRateLimits {
  const byIp = createRateLimiter({ keyPrefix: 'enquiry-ip', points: settings.perIp, durationSeconds: settings.windowSeconds })
  const byEmail = createRateLimiter({ keyPrefix: 'enquiry-email', points: settings.perEmail, durationSeconds: settings.windowSeconds })
  return {
    consumeIp: (ip) => consume(byIp, ip, 'ip'),
    consumeEmail: (email) => consume(byEmail, email.trim().toLowerCase(), 'email'),
  }
}
