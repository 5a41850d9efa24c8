/**
 * `npm run restore -- <dir> [--no-reindex]`: put a backup made by `npm run backup` back in place
 * of the embedded default's database, media and search snapshot. Stop the servers first (it
 * refuses while they answer on CMS_PORT / SITE_PORT). Nothing is deleted: what was there is moved
 * aside to `<name>.before-restore-<time>`. Then the search index is rebuilt from the restored
 * database (`npm run reindex`), and the servers can start.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { run } from './lib/processes'
import { loadEnvOrExit } from './lib/local-secret'
import { requireNode24 } from './lib/nodeVersion'
import { DATABASE_FILE, damagedFiles, type Manifest, MANIFEST, MEDIA_FOLDER, SEARCH_FOLDER } from './backup/manifest'
import { countRows } from './backup/sqlite-snapshot'

requireNode24()
if (existsSync('.env')) process.loadEnvFile('.env')
const env = loadEnvOrExit()
const args = process.argv.slice(2)
const source = args.find((a) => !a.startsWith('--'))

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => resolve(Boolean(socket.end())))
    socket.once('error', () => resolve(false))
  })
}

if (!env.embeddedDatabase) fail('DATABASE_URL is a MongoDB server: restore it with mongorestore (README, "Running it for real").', 2)
if (!source) fail('Usage: npm run restore -- <backup folder> [--no-reindex]', 64)
const root = path.resolve(source)
if (!existsSync(path.join(root, MANIFEST))) fail(`${root} holds no ${MANIFEST}: it is not a backup made by npm run backup.`, 64)
const manifest = JSON.parse(readFileSync(path.join(root, MANIFEST), 'utf8')) as Manifest
const damaged = await damagedFiles(root, manifest)
if (damaged.length > 0)
  fail(`The backup in ${root} is damaged (${damaged.length} files missing or changed: ${damaged.slice(0, 5).join(', ')}). Nothing was restored.`)
for (const port of [env.CMS_PORT, env.SITE_PORT]) {
  if (await listening(port))
    fail(`Something answers on port ${port}: stop the servers first (systemctl stop tieu-bieu-site tieu-bieu-admin, or Ctrl+C on npm start).`)
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const moveAside = (file: string) => {
  if (existsSync(file)) renameSync(file, `${file}.before-restore-${stamp}`)
}
const databaseFile = path.resolve(env.DATABASE_URL.replace(/^file:/, ''))
for (const suffix of ['', '-wal', '-shm']) moveAside(`${databaseFile}${suffix}`)
mkdirSync(path.dirname(databaseFile), { recursive: true })
cpSync(path.join(root, DATABASE_FILE), databaseFile)
// Media in a bucket (the backup's or this machine's settings) are restored from the bucket's own backup, not from here.
const mediaInBucket = Boolean(manifest.mediaBucket || env.S3_BUCKET)
for (const [folder, target] of [...(mediaInBucket ? [] : ([[MEDIA_FOLDER, env.MEDIA_DIR]] as const)), [SEARCH_FOLDER, env.SEARCH_SNAPSHOT_DIR]] as const) {
  moveAside(path.resolve(target))
  if (existsSync(path.join(root, folder))) cpSync(path.join(root, folder), path.resolve(target), { recursive: true, preserveTimestamps: true })
}

const restored = await countRows(`file:${databaseFile}`)
const differing = Object.keys(manifest.tables).filter((table) => restored[table] !== manifest.tables[table])
if (differing.length > 0) fail(`The restored database differs from the backup's manifest in ${differing.join(', ')}.`)
console.log(`Restored ${root} (taken ${manifest.createdAt}); the previous files were kept as *.before-restore-${stamp}.`)
if (mediaInBucket)
  console.log(
    `Media were not restored from this folder: they live in the S3 bucket ${manifest.mediaBucket ?? env.S3_BUCKET}; restore the bucket from its own backup to the same moment if needed.`,
  )
if (args.includes('--no-reindex')) {
  console.log('The search index was not rebuilt: run npm run reindex before starting the servers.')
} else {
  console.log('Rebuilding the search index from the restored database…')
  await run('tsx', ['scripts/reindex.ts'])
  console.log('Done: start the servers again.')
}
