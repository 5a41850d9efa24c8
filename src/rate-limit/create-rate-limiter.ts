/**
 * The one way to make a rate limiter (rate-limiter-flexible). One site process counts in its own
 * memory. Several processes behind one proxy must share their counters, or each would allow the
 * full quota and a client would get N times the limit: with REDIS_URL set the counters live in
 * Redis, and if Redis stops answering each process falls back to counting in memory (the
 * library's insurance limiter) rather than refusing everyone or letting everyone through.
 */
import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { loadEnv } from '../config/env'
import { redisClient } from './redis-client'

export type RateLimiterSettings = {
  /** Names the counter; also the key prefix in Redis (`rl:<keyPrefix>:<key>`). */
  keyPrefix: string
  /** Consumptions allowed per window. */
  points: number
  durationSeconds: number
}

export type RateLimiterStore = { redisUrl?: string | undefined }

export function createRateLimiter(settings: RateLimiterSettings, store: RateLimiterStore = { redisUrl: loadEnv().REDIS_URL }): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: settings.keyPrefix, points: settings.points, duration: settings.durationSeconds })
  if (!store.redisUrl) return memory
  const client: Redis = redisClient(store.redisUrl)
  return new RateLimiterRedis({
    storeClient: client,
    keyPrefix: `rl:${settings.keyPrefix}`,
    points: settings.points,
    duration: settings.durationSeconds,
    insuranceLimiter: memory,
  })
}
