/**
 * The one place that reads process.env. Everything else asks `loadEnv()` for typed, validated values,
 * so a wrong or missing setting stops start-up with a message that says what to set.
 */
import { isIP } from 'node:net'
import { z } from 'zod'
import { productionProblems } from './production-requirements'

const DEV_SECRET = 'dev-only-secret-change-me-in-production'
export const DEFAULT_DATABASE_URL = 'file:./data/tieubieu.db'

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback)
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v)))
/** An optional setting where an empty value (`S3_BUCKET=` in an env file) means unset. */
const optional = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === '' ? undefined : v), inner.optional())

/** An IP address, or a CIDR range such as 10.0.0.0/8 or fd00::/8. */
function isAddressOrRange(entry: string): boolean {
  const [address, bits, extra] = entry.split('/')
  const family = isIP(address ?? '')
  if (family === 0 || extra !== undefined) return false
  if (bits === undefined) return true
  const n = Number(bits)
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128)
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** `file:./data/tieubieu.db` (SQLite, the embedded default) or `mongodb://…` / `mongodb+srv://…`. */
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((v) => /^(file:|mongodb(\+srv)?:\/\/)/.test(v), {
      message: 'must start with file: (SQLite) or mongodb:// (MongoDB), e.g. file:./data/tieubieu.db',
    }),
  PAYLOAD_SECRET: z.string().optional(),
  CMS_PORT: port(3000),
  SITE_PORT: port(4321),
  /** Public addresses, used in links, e-mails, canonical URLs and the admin's CORS/CSRF lists. */
  CMS_URL: z.string().url().optional(),
  SITE_URL: z.string().url().optional(),
  /** Meilisearch; unset means the embedded in-process engine. */
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  /** A Meilisearch key to use instead of the master key; an index prefix when several sites share one server. */
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'may hold only letters, digits, - and _')
    .optional(),
  /** Embedded search: where `npm run reindex` writes the index snapshot the site restores at start. */
  SEARCH_SNAPSHOT_DIR: z.string().default('./data/search'),
  /** Demo data: unset means "only on the embedded default when the database is empty". */
  SEED_DEMO: flag,
  /** SMTP URL such as smtp://user:pass@host:587; unset means mail is written to files under data/mail. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Tiêu Biểu <no-reply@tieubieu.local>'),
  /**
   * The job queues this process runs, comma-separated: `default` (mail, enquiries), `search`
   * (public index sync), `search-enquiries` (enquiry index sync). `npm start` sets it per server
   * (src/config/job-queues.ts); unset, a process runs none (scripts and tests run jobs themselves).
   */
  JOBS_QUEUES: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : [
            ...new Set(
              v
                .split(',')
                .map((q) => q.trim())
                .filter(Boolean),
            ),
          ],
    )
    .pipe(z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'queue names are lowercase words such as default, search')).optional()),
  /** Older switch, kept working: true means JOBS_QUEUES=default. */
  JOBS_AUTORUN: flag,
  MEDIA_DIR: z.string().default('./data/media'),
  /**
   * Media on S3-compatible storage (MinIO, AWS S3, …) instead of MEDIA_DIR: set S3_BUCKET to turn it
   * on; S3_ENDPOINT for anything but AWS itself; the key pair, or none to use the SDK's own chain.
   */
  S3_BUCKET: optional(
    z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name: 3–63 lowercase letters, digits, dots and hyphens, e.g. tieubieu-media'),
  ),
  S3_ENDPOINT: optional(z.string().regex(/^https?:\/\/[^/]/, 'must start with http:// or https://, e.g. http://minio:9000')),
  S3_REGION: optional(z.string()),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
  /** Bucket in the path (http://minio:9000/<bucket>/<key>), as MinIO needs; unset means true when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: flag,
  /** Where the embedded default writes outgoing mail as JSON files (no SMTP_URL). */
  MAIL_DIR: z.string().default('./data/mail'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 1024 * 1024),
  UPLOAD_MAX_PIXELS: z.coerce.number().int().positive().default(40_000_000),
  /** Working days (Monday–Friday) a producer has to answer an enquiry before centre staff are told. */
  RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  /** Enquiries accepted per client IP address, and per buyer e-mail address, in each window. */
  ENQUIRY_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
  ENQUIRY_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(10),
  ENQUIRY_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  /** Largest enquiry request body, in bytes; a bigger one is refused (413) before it is parsed. */
  ENQUIRY_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024)
    .default(64 * 1024),
  /** URLs per sitemap file; past it /sitemap.xml becomes an index of /sitemap-<n>.xml (the protocol allows 50,000). */
  SITEMAP_MAX_URLS: z.coerce.number().int().min(2).max(50_000).default(25_000),
  /** Older switch, kept working: true means TRUSTED_PROXIES=loopback (a proxy on the same machine). */
  TRUST_PROXY: flag,
  /**
   * The reverse proxies in front of the servers, comma-separated addresses or CIDR ranges
   * (`127.0.0.1,::1`, `10.0.0.0/8`; `loopback` means both loopback addresses). X-Forwarded-For and
   * X-Forwarded-Proto are believed only when the request comes from one of them.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').flatMap((entry) => (entry.trim() === 'loopback' ? ['127.0.0.1/8', '::1'] : entry.trim() ? [entry.trim()] : [])))
    .pipe(z.array(z.string().refine(isAddressOrRange, 'entries are IP addresses or CIDR ranges such as 127.0.0.1, 10.0.0.0/8, ::1'))),
  /** Redis (redis://host:6379/0): several site processes then share their rate-limit counters. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://, e.g. redis://127.0.0.1:6379/0')
    .optional(),
  /** Least important log line written: fatal, error, warn, info, debug, trace. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` (one object a line, the default in production) or `pretty` (the default otherwise). */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** The name this process writes in its log lines (`npm start` sets site and admin). */
  SERVICE_NAME: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, 'a lowercase word such as site or admin')
    .default('tieu-bieu'),
  /** `npm run import:awards`: the centre staff account it signs in with (or --email / --password). */
  IMPORT_EMAIL: z.string().email().optional(),
  IMPORT_PASSWORD: z.string().optional(),
})

/** Every setting read here; each one is explained in .env.example (a test holds them together). */
export const SETTING_NAMES: readonly string[] = Object.keys(schema.shape)

export type Env = Omit<z.infer<typeof schema>, 'PAYLOAD_SECRET' | 'CMS_URL' | 'SITE_URL' | 'LOG_FORMAT'> & {
  PAYLOAD_SECRET: string
  LOG_FORMAT: 'json' | 'pretty'
  CMS_URL: string
  SITE_URL: string
  /** true when DATABASE_URL points at the embedded SQLite file. */
  embeddedDatabase: boolean
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Validates an environment (process.env by default). Throws ConfigError with every problem listed. */
export function loadEnv(source: Readonly<Record<string, string | undefined>> = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`)
  }
  const env = parsed.data
  // `next build` evaluates the config to collect pages; it signs nothing, so it needs no secret.
  const building = source.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    const problems = productionProblems(env, DEV_SECRET)
    if (problems.length > 0) throw new ConfigError(problems.join('\n\n'))
  }
  if (env.PAYLOAD_SECRET && env.PAYLOAD_SECRET.length < 16) {
    throw new ConfigError('PAYLOAD_SECRET is too short: use at least 16 characters (32+ random is best).')
  }
  return {
    ...env,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? DEV_SECRET,
    CMS_URL: env.CMS_URL ?? `http://localhost:${env.CMS_PORT}`,
    SITE_URL: env.SITE_URL ?? `http://localhost:${env.SITE_PORT}`,
    embeddedDatabase: env.DATABASE_URL.startsWith('file:'),
    TRUSTED_PROXIES: env.TRUST_PROXY && env.TRUSTED_PROXIES.length === 0 ? ['127.0.0.1/8', '::1'] : env.TRUSTED_PROXIES,
    LOG_FORMAT: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty'),
  }
}

/** Whether demo data and demo accounts may be created on this environment. */
export function demoSeedAllowed(env: Env): boolean {
  if (env.SEED_DEMO !== undefined) return env.SEED_DEMO
  return !(env.NODE_ENV === 'production' && !env.embeddedDatabase)
}
