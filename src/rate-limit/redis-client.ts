/**
 * One Redis connection per process and address (ioredis reconnects by itself). A command waits
 * for the connection at most a second (and is retried once), then fails, so while Redis is down
 * a rate limit falls back to memory (see create-rate-limiter.ts) instead of hanging the request;
 * the outage is logged once, not once per request.
 */
import { Redis } from 'ioredis'
import { loadEnv } from '../config/env'
import { processLogger } from '../logging/create-logger'

const KEY = Symbol.for('tieu-bieu.redis-clients')
const clients: Map<string, Redis> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Redis>()) as Map<string, Redis>

export function redisClient(url: string): Redis {
  const existing = clients.get(url)
  if (existing) return existing
  const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1_000, connectTimeout: 2_000 })
  let down = false
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    const env = loadEnv()
    processLogger({ ...env, service: env.SERVICE_NAME }).warn({ msg: `redis: ${error.message}; rate limits count in this process's memory until it is back` })
  })
  client.on('ready', () => {
    down = false
  })
  clients.set(url, client)
  return client
}

/** Close every connection (tests, scripts shutting down). */
export async function closeRedisClients(): Promise<void> {
  await Promise.all([...clients.values()].map((client) => client.quit().catch(() => client.disconnect())))
  clients.clear()
}
