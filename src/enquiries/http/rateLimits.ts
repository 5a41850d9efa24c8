/**
 * Rate limits on submissions, per client address and per buyer e-mail, with rate-limiter-flexible.
 * The counters live in the site process's memory: one site process is the deployment unit here;
 * several would need the library's Redis or Mongo store instead (same interface).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export type RateLimitSettings = { perIp: number; perEmail: number; windowSeconds: number }
export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; by: 'ip' | 'email' }

export type EnquiryRateLimits = {
  consumeIp(ip: string): Promise<RateLimitVerdict>
  consumeEmail(email: string): Promise<RateLimitVerdict>
}

async function consume(limiter: RateLimiterMemory, key: string, by: 'ip' | 'email'): Promise<RateLimitVerdict> {
  try {
    await limiter.consume(key)
    return { ok: true }
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { ok: false, by, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    throw rejection
  }
}

export function createEnquiryRateLimits(settings: RateLimitSettings): EnquiryRateLimits {
  const byIp = new RateLimiterMemory({ keyPrefix: 'enquiry-ip', points: settings.perIp, duration: settings.windowSeconds })
  const byEmail = new RateLimiterMemory({ keyPrefix: 'enquiry-email', points: settings.perEmail, duration: settings.windowSeconds })
  return {
    consumeIp: (ip) => consume(byIp, ip, 'ip'),
    consumeEmail: (email) => consume(byEmail, email.trim().toLowerCase(), 'email'),
  }
}
