/**
 * The rate-limit factory: in memory each limiter counts alone; with Redis, limiters in different
 * processes (here: separate limiter objects, each with its own connection) share one count, and
 * when Redis goes away they keep limiting from memory. The same with two real site processes is
 * test/e2e/several-processes.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/rate-limit/create-rate-limiter'
import { closeRedisClients } from '../../src/rate-limit/redis-client'
import { redisSkipReason, startTestRedis, type TestRedis } from '../helpers/redis-server'

let redis: TestRedis | undefined

beforeAll(async () => {
  redis = await startTestRedis()
  if (!redis) console.warn(`rate-limit-redis: skipped, ${redisSkipReason}`)
})

afterAll(async () => {
  await closeRedisClients()
  await redis?.stop()
})

async function allowed(limiter: ReturnType<typeof createRateLimiter>, key: string): Promise<boolean> {
  try {
    await limiter.consume(key)
    return true
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection
    return false
  }
}

describe('rate limiter factory', () => {
  it('should count each in-memory limiter on its own (one process)', async () => {
    const a = createRateLimiter({ keyPrefix: 'test-memory', points: 2, durationSeconds: 60 }, {})
    const b = createRateLimiter({ keyPrefix: 'test-memory', points: 2, durationSeconds: 60 }, {})
    expect([await allowed(a, 'x'), await allowed(a, 'x'), await allowed(a, 'x')]).toEqual([true, true, false])
    expect(await allowed(b, 'x')).toBe(true)
  })

  it('should share one count between limiters through Redis', async (context) => {
    if (!redis) return context.skip(redisSkipReason)
    const prefix = `test-shared-${Date.now()}`
    // Two URLs to one server (a different database number is not needed): two connections, like two processes.
    const a = createRateLimiter({ keyPrefix: prefix, points: 3, durationSeconds: 60 }, { redisUrl: redis.url })
    const b = createRateLimiter({ keyPrefix: prefix, points: 3, durationSeconds: 60 }, { redisUrl: `${redis.url}?process=b` })
    const answers = [await allowed(a, '203.0.113.9'), await allowed(b, '203.0.113.9'), await allowed(a, '203.0.113.9'), await allowed(b, '203.0.113.9')]
    expect(answers).toEqual([true, true, true, false])
    // Another client has its own count.
    expect(await allowed(b, '198.51.100.7')).toBe(true)
  })

  it('should keep limiting from memory when Redis stops', async (context) => {
    const own = await startTestRedis({ own: true })
    if (!own) return context.skip('needs redis-server installed, to start one it may stop')
    const limiter = createRateLimiter({ keyPrefix: `test-outage-${Date.now()}`, points: 2, durationSeconds: 60 }, { redisUrl: own.url })
    expect(await allowed(limiter, 'k')).toBe(true)
    await own.stop()
    expect([await allowed(limiter, 'k'), await allowed(limiter, 'k'), await allowed(limiter, 'k')]).toEqual([true, true, false])
  })
})
