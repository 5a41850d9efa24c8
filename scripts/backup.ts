/**
 * `npm run backup -- <dir>`: an online backup of the embedded default, taken while the servers run.
 *   <dir>/database.sqlite   the database at one instant (VACUUM INTO, see backup/sqlite-snapshot.ts)
 *   <dir>/media/…           the uploaded files (copied after the database, so every file it names exists)
 *   <dir>/search/…          the embedded search snapshot, when there is one (a restore also rebuilds it)
 *   <dir>/manifest.json     rows per table, every file with its SHA-256
 * With MongoDB and Meilisearch the servers' own tools do this: the commands are printed. With media
 * on S3 (S3_BUCKET) the media are not copied: the bucket is backed up by its own means (README).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadEnvOrExit } from './lib/local-secret'
import { requireNode24 } from './lib/nodeVersion'
import { DATABASE_FILE, describeFiles, type Manifest, MANIFEST, MEDIA_FOLDER, SEARCH_FOLDER } from './backup/manifest'
import { mediaFileNames, snapshotDatabase } from './backup/sqlite-snapshot'

requireNode24()
if (existsSync('.env')) process.loadEnvFile('.env')
const env = loadEnvOrExit()
const target = process.argv[2]

if (!env.embeddedDatabase) {
  console.error(
    'DATABASE_URL is a MongoDB server: back it up with its own tool (README, "Running it for real"), e.g.\n' +
      '  mongodump --uri="$DATABASE_URL" --oplog --gzip --archive=tieubieu-$(date +%F).archive\n' +
      'and the media storage and Meilisearch (a dump: curl -X POST -H "Authorization: Bearer $MEILI_MASTER_KEY" $MEILI_URL/dumps) with theirs.',
  )
  process.exit(2)
}
if (!target) {
  console.error('Usage: npm run backup -- <folder>   (the folder must be new or empty)')
  process.exit(64)
}
const root = path.resolve(target)
if (existsSync(root) && readdirSync(root).length > 0) {
  console.error(`${root} is not empty: give a new folder, so no earlier backup is overwritten.`)
  process.exit(64)
}
mkdirSync(root, { recursive: true })

const started = Date.now()
const tables = await snapshotDatabase(env.DATABASE_URL, path.join(root, DATABASE_FILE))
// After the database: a file uploaded meanwhile is copied too (harmless), and every file the copy names is there.
const mediaRoot = path.resolve(env.MEDIA_DIR)
const mediaBucket = env.S3_BUCKET
if (!mediaBucket && existsSync(mediaRoot)) cpSync(mediaRoot, path.join(root, MEDIA_FOLDER), { recursive: true, preserveTimestamps: true })
const searchRoot = path.resolve(env.SEARCH_SNAPSHOT_DIR)
if (existsSync(searchRoot)) cpSync(searchRoot, path.join(root, SEARCH_FOLDER), { recursive: true, preserveTimestamps: true })

const copied = new Set(existsSync(path.join(root, MEDIA_FOLDER)) ? readdirSync(path.join(root, MEDIA_FOLDER)) : [])
// Media in a bucket are not copied here, so none is "missing".
const missingMedia = mediaBucket ? [] : (await mediaFileNames(`file:${path.join(root, DATABASE_FILE)}`)).filter((name) => !copied.has(name))
const manifest: Manifest = {
  format: 1,
  createdAt: new Date(started).toISOString(),
  tables,
  files: await describeFiles(root),
  missingMedia,
  ...(mediaBucket ? { mediaBucket } : {}),
}
writeFileSync(path.join(root, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)

const rows = Object.values(tables).reduce((a, b) => a + b, 0)
console.log(
  `Backup written to ${root} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rows} rows in ${Object.keys(tables).length} tables, ${manifest.files.length} files.`,
)
if (missingMedia.length > 0)
  console.warn(`Warning: ${missingMedia.length} media files were deleted while the backup ran: ${missingMedia.slice(0, 5).join(', ')}`)
if (mediaBucket)
  console.log(
    `Media are in the S3 bucket ${mediaBucket} and were not copied: back the bucket up with its own means (versioning, mc mirror, the provider's backups; README, "Backups").`,
  )
