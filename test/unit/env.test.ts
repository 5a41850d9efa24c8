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
    const prod = {
      NODE_ENV: 'production',
      DATABASE_URL: 'mongodb://db/tb',
      PAYLOAD_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://mail:25',
      SITE_URL: 'https://tieubieu.example.vn',
      CMS_URL: 'https://admin.tieubieu.example.vn',
    } as const
    expect(demoSeedAllowed(loadEnv(prod))).toBe(false)
    expect(demoSeedAllowed(loadEnv({ ...prod, SEED_DEMO: 'true' }))).toBe(true)
    expect(demoSeedAllowed(loadEnv({}))).toBe(true)
    expect(demoSeedAllowed(loadEnv({ SEED_DEMO: 'false' }))).toBe(false)
  })

  describe('a production start with a server database', () => {
    const complete = {
      NODE_ENV: 'production',
      DATABASE_URL: 'mongodb://db:27017/tieubieu?replicaSet=rs0',
      PAYLOAD_SECRET: 'a'.repeat(64),
      SMTP_URL: 'smtp://user:pass@smtp.example.vn:587',
      SITE_URL: 'https://tieubieu.example.vn',
      CMS_URL: 'https://admin.tieubieu.example.vn',
    } as const

    it('should start when every secret and public address is set', () => {
      const env = loadEnv(complete)
      expect(env.SITE_URL).toBe('https://tieubieu.example.vn')
      expect(env.embeddedDatabase).toBe(false)
    })

    it.each([
      ['PAYLOAD_SECRET', /PAYLOAD_SECRET is not set.*openssl rand -hex 32/s],
      ['SMTP_URL', /SMTP_URL is not set.*smtp:\/\/user:password@/s],
      ['SITE_URL', /SITE_URL is not set.*SITE_URL=https:\/\//s],
      ['CMS_URL', /CMS_URL is not set.*CMS_URL=https:\/\//s],
    ] as const)('should stop without %s and say how to make it', (name, message) => {
      const { [name]: _left, ...rest } = complete
      expect(() => loadEnv(rest)).toThrow(message)
      // Only the missing one is named.
      try {
        loadEnv(rest)
      } catch (error) {
        const others = ['PAYLOAD_SECRET', 'SMTP_URL', 'SITE_URL', 'CMS_URL'].filter((n) => n !== name)
        for (const other of others) expect((error as Error).message).not.toContain(`${other} is not set`)
      }
    })

    it('should name every missing setting at once', () => {
      expect(() => loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'mongodb://db/tb' })).toThrow(
        /PAYLOAD_SECRET is not set.*SMTP_URL is not set.*SITE_URL is not set.*CMS_URL is not set/s,
      )
    })

    it('should refuse the development secret as a production secret', () => {
      expect(() => loadEnv({ ...complete, PAYLOAD_SECRET: 'dev-only-secret-change-me-in-production' })).toThrow(/PAYLOAD_SECRET is not set/)
    })

    it('should want the Meilisearch key when Meilisearch is configured', () => {
      expect(() => loadEnv({ ...complete, MEILI_URL: 'http://meili:7700' })).toThrow(/MEILI_MASTER_KEY \(or MEILI_API_KEY\) is not set/)
      expect(loadEnv({ ...complete, MEILI_URL: 'http://meili:7700', MEILI_MASTER_KEY: 'k'.repeat(32) }).MEILI_URL).toBe('http://meili:7700')
    })
  })

  it('should let the embedded default start in production with its secret alone (mail goes to files)', () => {
    const env = loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'b'.repeat(64) })
    expect(env.embeddedDatabase).toBe(true)
    expect(env.SMTP_URL).toBeUndefined()
  })

  describe('media on S3-compatible storage', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'd'.repeat(64) } as const
    const s3 = { S3_BUCKET: 'tieubieu-media', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'tieubieu', S3_SECRET_ACCESS_KEY: 's'.repeat(40) } as const

    it('should start with every S3 setting, or with none (media on disk)', () => {
      expect(loadEnv({ ...production, ...s3 }).S3_BUCKET).toBe('tieubieu-media')
      expect(loadEnv(production).S3_BUCKET).toBeUndefined()
      // The key pair may be left to the SDK's own chain (an instance role on AWS).
      expect(loadEnv({ ...production, S3_BUCKET: 'tieubieu-media' }).S3_BUCKET).toBe('tieubieu-media')
    })

    it('should take empty values (S3_BUCKET= in an env file) as unset', () => {
      const env = loadEnv({ ...production, S3_BUCKET: '', S3_ENDPOINT: '', S3_ACCESS_KEY_ID: '', S3_SECRET_ACCESS_KEY: '', S3_FORCE_PATH_STYLE: '' })
      expect(env.S3_BUCKET).toBeUndefined()
      expect(env.S3_ENDPOINT).toBeUndefined()
    })

    it.each([
      ['S3_BUCKET', /S3_BUCKET is not set, but other S3_ settings are.*S3_BUCKET=tieubieu-media/s],
      ['S3_ACCESS_KEY_ID', /S3_ACCESS_KEY_ID is not set, but S3_SECRET_ACCESS_KEY is/],
      ['S3_SECRET_ACCESS_KEY', /S3_SECRET_ACCESS_KEY is not set, but S3_ACCESS_KEY_ID is/],
    ] as const)('should stop a production start with S3 half set up: without %s, naming it', (name, message) => {
      const { [name]: _left, ...rest } = s3
      expect(() => loadEnv({ ...production, ...rest })).toThrow(message)
      try {
        loadEnv({ ...production, ...rest })
      } catch (error) {
        // Only the missing one is named, and nothing about the database or mail (embedded default).
        expect((error as Error).message.match(/ is not set/g)).toHaveLength(1)
      }
    })

    it('should stop on the server database too, with the other missing settings', () => {
      expect(() => loadEnv({ NODE_ENV: 'production', DATABASE_URL: 'mongodb://db/tb', S3_ENDPOINT: 'http://minio:9000' })).toThrow(
        /PAYLOAD_SECRET is not set.*CMS_URL is not set.*S3_BUCKET is not set/s,
      )
    })

    it('should refuse a bucket name S3 would refuse, and an endpoint that is not a URL', () => {
      expect(() => loadEnv({ S3_BUCKET: 'Tieu_Bieu' })).toThrow(/S3_BUCKET: a bucket name/)
      expect(() => loadEnv({ S3_BUCKET: 'media', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT: must start with http/)
    })
  })

  it('should read the trusted proxies as addresses and ranges, and refuse anything else', () => {
    expect(loadEnv({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7,fd00::/8' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.0.2.7', 'fd00::/8'])
    expect(loadEnv({ TRUSTED_PROXIES: 'loopback' }).TRUSTED_PROXIES).toEqual(['127.0.0.1/8', '::1'])
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUSTED_PROXIES).toEqual(['127.0.0.1/8', '::1'])
    expect(loadEnv({}).TRUSTED_PROXIES).toEqual([])
    expect(() => loadEnv({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/TRUSTED_PROXIES.*IP addresses or CIDR ranges/s)
    expect(() => loadEnv({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/)
  })

  it('should refuse a Redis address that is not one', () => {
    expect(() => loadEnv({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL: must start with redis:\/\//)
    expect(loadEnv({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).REDIS_URL).toBe('redis://127.0.0.1:6379/0')
  })

  it('should log JSON in production and readable lines in development unless told', () => {
    expect(loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'c'.repeat(40) }).LOG_FORMAT).toBe('json')
    expect(loadEnv({}).LOG_FORMAT).toBe('pretty')
    expect(loadEnv({ LOG_FORMAT: 'json' }).LOG_FORMAT).toBe('json')
  })
})

describe('.env.example', () => {
  it('should explain every setting src/config/env.ts reads', async () => {
    const { readFileSync } = await import('node:fs')
    const { SETTING_NAMES } = await import('../../src/config/env')
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8')
    const missing = SETTING_NAMES.filter((name) => !new RegExp(`^#? ?${name}=`, 'm').test(example))
    expect(missing).toEqual([])
  })
})
