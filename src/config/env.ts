/**
 * The one place that reads process.env. Everything else asks `loadEnv()` for typed, validated values,
 * so a wrong or missing setting stops start-up with a message that says what to set.
 */
import { z } from 'zod'

const DEV_SECRET = 'dev-only-secret-change-me-in-production'
export const DEFAULT_DATABASE_URL = 'file:./data/tieubieu.db'

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback)
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['true', '1', 'yes'].includes(v)))

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
  /** The site runs behind a reverse proxy: take the client's address from the last X-Forwarded-For hop. */
  TRUST_PROXY: flag,
  /** `npm run import:awards`: the centre staff account it signs in with (or --email / --password). */
  IMPORT_EMAIL: z.string().email().optional(),
  IMPORT_PASSWORD: z.string().optional(),
})

export type Env = Omit<z.infer<typeof schema>, 'PAYLOAD_SECRET' | 'CMS_URL' | 'SITE_URL'> & {
  PAYLOAD_SECRET: string
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
  if (env.NODE_ENV === 'production' && !building && (!env.PAYLOAD_SECRET || env.PAYLOAD_SECRET === DEV_SECRET)) {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set. In production set it to a long random string, for example:\n' +
        '  PAYLOAD_SECRET=$(openssl rand -hex 32)\n' +
        'It signs login sessions; keep it secret and stable across restarts.',
    )
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
  }
}

/** Whether demo data and demo accounts may be created on this environment. */
export function demoSeedAllowed(env: Env): boolean {
  if (env.SEED_DEMO !== undefined) return env.SEED_DEMO
  return !(env.NODE_ENV === 'production' && !env.embeddedDatabase)
}
