/**
 * What a production start needs before it may begin. On the embedded default (SQLite file) a
 * laptop or a small centre server starts with nothing set but the secret (which `npm start`
 * makes once and keeps in data/.payload-secret). With a server database the deployment is real:
 * every secret and public setting must be given, or the start stops with one message naming each
 * missing setting and how to make it, rather than failing later (a mail lost, a broken link).
 */

export type ProductionSettings = {
  DATABASE_URL: string
  PAYLOAD_SECRET?: string | undefined
  SMTP_URL?: string | undefined
  SITE_URL?: string | undefined
  CMS_URL?: string | undefined
  MEILI_URL?: string | undefined
  MEILI_MASTER_KEY?: string | undefined
  MEILI_API_KEY?: string | undefined
  S3_BUCKET?: string | undefined
  S3_ENDPOINT?: string | undefined
  S3_ACCESS_KEY_ID?: string | undefined
  S3_SECRET_ACCESS_KEY?: string | undefined
}

const SECRET_HOWTO =
  'PAYLOAD_SECRET is not set. In production set it to a long random string, for example:\n' +
  '  PAYLOAD_SECRET=$(openssl rand -hex 32)\n' +
  'It signs login sessions; keep it secret and stable across restarts.'

/** One line per missing setting: its name, what it is for, and how to make it. */
const SERVER_REQUIREMENTS: readonly { name: keyof ProductionSettings; when?: (s: ProductionSettings) => boolean; howto: string }[] = [
  {
    name: 'SMTP_URL',
    howto:
      'SMTP_URL is not set: with a server database mail must really go out (enquiries reach producers by mail).\n' +
      '  SMTP_URL=smtp://user:password@smtp.example.vn:587   (smtps://…:465 for TLS from the start)\n' +
      'Ask your mail provider for the host, port, user and password.',
  },
  {
    name: 'SITE_URL',
    howto: 'SITE_URL is not set: the public address of the showroom, used in links, e-mails and sitemaps.\n' + '  SITE_URL=https://tieubieu.example.vn',
  },
  {
    name: 'CMS_URL',
    howto:
      "CMS_URL is not set: the public address of the admin, used in e-mails and to accept the admin's own requests.\n" +
      '  CMS_URL=https://admin.tieubieu.example.vn',
  },
  {
    name: 'MEILI_MASTER_KEY',
    when: (s) => Boolean(s.MEILI_URL) && !s.MEILI_API_KEY,
    howto:
      'MEILI_MASTER_KEY (or MEILI_API_KEY) is not set, but MEILI_URL is: a production Meilisearch refuses requests without its key.\n' +
      '  MEILI_MASTER_KEY=<the --master-key Meilisearch was started with; make one with: openssl rand -hex 32>',
  },
]

const S3_SETTINGS = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
const s3Started = (s: ProductionSettings) => S3_SETTINGS.some((name) => Boolean(s[name]))

/**
 * Media on S3, half set up: whatever the database, a production start with some S3 settings but
 * not the bucket (or one half of the key pair) would store pictures on the disk of one node, or
 * fail on the first upload. No S3 setting at all means media on disk, as before.
 */
const S3_REQUIREMENTS: readonly { name: keyof ProductionSettings; when: (s: ProductionSettings) => boolean; howto: string }[] = [
  {
    name: 'S3_BUCKET',
    when: s3Started,
    howto:
      'S3_BUCKET is not set, but other S3_ settings are: media go to S3-compatible storage only with a bucket.\n' +
      '  S3_BUCKET=tieubieu-media   (create it first, e.g. mc mb local/tieubieu-media on MinIO)\n' +
      'Or remove every S3_ setting to keep media on disk (MEDIA_DIR).',
  },
  {
    name: 'S3_ACCESS_KEY_ID',
    when: (s) => Boolean(s.S3_SECRET_ACCESS_KEY),
    howto:
      'S3_ACCESS_KEY_ID is not set, but S3_SECRET_ACCESS_KEY is: give both halves of the key pair (MinIO: the root user or an access key made for the bucket).',
  },
  {
    name: 'S3_SECRET_ACCESS_KEY',
    when: (s) => Boolean(s.S3_ACCESS_KEY_ID),
    howto: "S3_SECRET_ACCESS_KEY is not set, but S3_ACCESS_KEY_ID is: give both halves of the key pair (MinIO: the root password or the access key's secret).",
  },
]

/** The problems that stop a production start, each a paragraph; none means it may start. */
export function productionProblems(settings: ProductionSettings, devSecret: string): string[] {
  const problems: string[] = []
  if (!settings.PAYLOAD_SECRET || settings.PAYLOAD_SECRET === devSecret) problems.push(SECRET_HOWTO)
  const serverDatabase = !settings.DATABASE_URL.startsWith('file:')
  for (const requirement of serverDatabase ? SERVER_REQUIREMENTS : []) {
    if (requirement.when && !requirement.when(settings)) continue
    if (!settings[requirement.name]) problems.push(requirement.howto)
  }
  for (const requirement of S3_REQUIREMENTS) {
    if (requirement.when(settings) && !settings[requirement.name]) problems.push(requirement.howto)
  }
  if (problems.length > 0) {
    problems.push('Set these in the environment (or /etc/tieu-bieu/env for the systemd units; see .env.example) and start again.')
  }
  return problems
}
