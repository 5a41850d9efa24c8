/**
 * The backup round trip of the embedded default: `npm run backup` while the database is being
 * written, wipe everything, `npm run restore`, then compare every row and every file, and check
 * that the restored showroom is searchable and ready.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotPath } from '../../cms/search/snapshotFile'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { makeWorld, type World } from './helpers/world'

const exec = promisify(execFile)
const sys = { overrideAccess: true, context: { seeding: true } } as const

type Rows = Record<string, Map<string, string>>

/**
 * Every row of every table, keyed by rowid, as JSON text (exact comparison). Read in a child
 * process: a second SQLite library (node:sqlite) in this process, beside Payload's libsql on the
 * same file, would drop libsql's POSIX locks when it closes (they are per process), and another
 * process could then reset the shared-memory file libsql has mapped: a SIGBUS, seen once in CI.
 */
const DUMP = `
const { DatabaseSync } = require('node:sqlite')
const db = new DatabaseSync(process.argv[1], { readOnly: true })
const out = {}
for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all())
  out[name] = db.prepare('SELECT rowid AS _rowid_, * FROM "' + name + '"').all().map((row) => [String(row._rowid_), JSON.stringify(row)])
db.close()
process.stdout.write(JSON.stringify(out))
`

async function dumpDatabase(file: string): Promise<Rows> {
  const { stdout } = await exec(process.execPath, ['-e', DUMP, file], { maxBuffer: 512 * 1024 * 1024 })
  const tables = JSON.parse(stdout) as Record<string, [string, string][]>
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, new Map(rows)]))
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

let tp: TestPayload
let world: World
let childEnv: NodeJS.ProcessEnv
let databaseFile: string

beforeAll(async () => {
  tp = await bootPayload()
  world = await makeWorld(tp.payload)
  databaseFile = path.join(tp.dir, 'test.db')
  childEnv = {
    ...process.env,
    // Not production: the test database was made by pushing the schema, not by migrations.
    NODE_ENV: 'test',
    PAYLOAD_SECRET: 'backup-test-secret-0123456789abcdef',
    DATABASE_URL: `file:${databaseFile}`,
    MEDIA_DIR: path.join(tp.dir, 'media'),
    MAIL_DIR: path.join(tp.dir, 'mail'),
    SEARCH_SNAPSHOT_DIR: path.join(tp.dir, 'search'),
    CMS_PORT: String(await freePort()),
    SITE_PORT: String(await freePort()),
    JOBS_QUEUES: '',
  }
})

afterAll(async () => {
  rmSync(tp.dir, { recursive: true, force: true })
})

describe('backup and restore of the embedded default', () => {
  it('should back up under load, and restore every row and file, searchable and ready', { timeout: 240_000 }, async () => {
    const payload = tp.payload
    // Load: products with their own picture, written one after another for as long as the backup runs.
    let writing = true
    let written = 0
    const load = (async () => {
      while (writing) {
        const n = written++
        const picture = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: n % 256, g: (n * 7) % 256, b: 90 } } })
          .png()
          .toBuffer()
        const media = await payload.create({
          collection: 'media',
          ...sys,
          data: { alt: `Ảnh ${n}`, owner: world.producerA.id },
          file: { data: picture, mimetype: 'image/png', name: `load-${n}.png`, size: picture.length },
        })
        await payload.create({
          collection: 'products',
          ...sys,
          locale: 'vi',
          data: {
            name: `Mật ong thử tải ${n}`,
            slug: `mat-ong-thu-tai-${n}`,
            producer: world.producerA.id,
            productGroup: world.group.id,
            images: [media.id],
            _status: 'published',
          },
        })
      }
    })()
    const before = await dumpDatabase(databaseFile)
    const backupDir = path.join(tp.dir, 'backup')
    const atStart = written
    const backup = await exec('tsx', ['scripts/backup.ts', backupDir], { env: childEnv })
    const duringBackup = written - atStart
    writing = false
    await load
    expect(backup.stdout).toMatch(/Backup written to/)
    // The load really ran while the backup was taken.
    expect(duringBackup).toBeGreaterThan(0)
    console.info(`backup under load: ${duringBackup} products with a picture written while it ran`)

    // The backup is one instant: every table holds at least what was there before it began, at most
    // what was there after, and each row it holds is exactly the live row (the load only adds).
    const live = await dumpDatabase(databaseFile)
    const saved = await dumpDatabase(path.join(backupDir, 'database.sqlite'))
    for (const [table, rows] of Object.entries(saved)) {
      expect(rows.size, table).toBeGreaterThanOrEqual(before[table]?.size ?? 0)
      expect(rows.size, table).toBeLessThanOrEqual(live[table]?.size ?? 0)
      for (const [rowid, row] of rows) expect(row, `${table} row ${rowid}`).toBe(live[table]?.get(rowid))
    }
    const mediaNames = [...saved.media.values()].map((row) => JSON.parse(row).filename as string)
    const liveHashes = new Map(mediaNames.map((name) => [name, sha(path.join(childEnv.MEDIA_DIR as string, name))]))
    const someProduct = JSON.parse([...saved.products_locales.values()].at(-1) as string).name as string

    // Wipe everything the showroom keeps.
    await payload.destroy()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true })
    rmSync(childEnv.MEDIA_DIR as string, { recursive: true, force: true })
    rmSync(childEnv.SEARCH_SNAPSHOT_DIR as string, { recursive: true, force: true })

    // The restore's own reindex is left for after the comparison: it queues jobs (new rows) for running servers.
    const restore = await exec('tsx', ['scripts/restore.ts', backupDir, '--no-reindex'], { env: childEnv })
    expect(restore.stdout).toMatch(/Restored .*npm run reindex/s)

    // Every row of every table, and every file, as backed up.
    const restored = await dumpDatabase(databaseFile)
    expect(Object.keys(restored).sort()).toEqual(Object.keys(saved).sort())
    for (const [table, rows] of Object.entries(saved)) expect(restored[table], table).toEqual(rows)
    for (const [name, hash] of liveHashes) expect(sha(path.join(childEnv.MEDIA_DIR as string, name)), name).toBe(hash)
    // Reindex, as the restore does by default: the search snapshot is rebuilt from the restored database.
    await exec('tsx', ['scripts/reindex.ts'], { env: childEnv })
    expect(existsSync(snapshotPath(childEnv.SEARCH_SNAPSHOT_DIR as string))).toBe(true)

    // Served again: ready, and the restored products are found.
    const served = await exec('tsx', ['test/integration/helpers/serve-restored.ts', someProduct], { env: childEnv })
    const answer = JSON.parse((served.stdout.split('\n').find((line) => line.startsWith('RESULT ')) ?? 'RESULT null').slice('RESULT '.length))
    expect(answer.readiness).toBe('ready')
    expect(answer.searchReady).toBe(true)
    expect(answer.hits).toContain(someProduct)
    expect(answer.published).toBe(saved.products.size - 1) // the world's one draft is not public
  })

  it('should refuse a damaged backup and touch nothing', async () => {
    const backupDir = path.join(tp.dir, 'backup')
    const media = path.join(backupDir, 'media')
    const first = (await import('node:fs')).readdirSync(media)[0] as string
    ;(await import('node:fs')).appendFileSync(path.join(media, first), 'x')
    const before = sha(databaseFile)
    const refused = await exec('tsx', ['scripts/restore.ts', backupDir], { env: childEnv }).catch((error) => error)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/is damaged \(1 files missing or changed: media\//)
    expect(sha(databaseFile)).toBe(before)
  })
})
