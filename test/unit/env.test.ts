import { describe, expect, it } from 'vitest'
import { demoSeedAllowed, loadEnv } from '../../src/config/env'

describe('configuration', () => {
  it('should start on the embedded default with nothing set', () => {
    const env = loadEnv({})
    expect(env.DATABASE_URL).toBe('file:./data/tieubieu.db')
    expect(env.embeddedDatabase).toBe(true)
    expect(env.CMS_URL).toBe('http://localhost:3000')
    expect(env.SITE_URL).toBe('http://localhost:4321')
  })

  it('should take the ports from CMS_PORT and SITE_PORT', () => {
    const env = loadEnv({ CMS_PORT: '3100', SITE_PORT: '4400' })
    expect(env.CMS_URL).toBe('http://localhost:3100')
    expect(env.SITE_URL).toBe('http://localhost:4400')
  })

  it('should stop a production start without a secret and say what to set', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'mongodb://db:27017/tieubieu' })).toThrow(/PAYLOAD_SECRET is not set.*openssl rand/s)
  })

  it('should refuse a database address it cannot use, naming the variable', () => {
    expect(() => loadEnv({ DATABASE_URL: 'postgres://x' })).toThrow(/DATABASE_URL: must start with file:/)
  })

  it('should refuse a port that is not a port', () => {
    expect(() => loadEnv({ CMS_PORT: 'eighty' })).toThrow(/CMS_PORT/)
  })

  it('should create no demo data on production with a real database unless asked', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'mongodb://db/tb', PAYLOAD_SECRET: 'x'.repeat(32) } as const
    expect(demoSeedAllowed(loadEnv(prod))).toBe(false)
    expect(demoSeedAllowed(loadEnv({ ...prod, SEED_DEMO: 'true' }))).toBe(true)
    expect(demoSeedAllowed(loadEnv({}))).toBe(true)
    expect(demoSeedAllowed(loadEnv({ SEED_DEMO: 'false' }))).toBe(false)
  })
})
