/**
 * What a backup holds, written beside it as manifest.json: when it was taken, the rows per table
 * (to compare after a restore) and every file with its size and SHA-256, so a restore can refuse a
 * damaged or incomplete backup before it touches anything.
 */
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const MANIFEST = 'manifest.json'
export const DATABASE_FILE = 'database.sqlite'
export const MEDIA_FOLDER = 'media'
export const SEARCH_FOLDER = 'search'

export type FileEntry = { path: string; bytes: number; sha256: string }
export type Manifest = {
  format: 1
  createdAt: string
  tables: Record<string, number>
  files: FileEntry[]
  /** Media files the database names that were gone when they were copied (deleted during the backup). */
  missingMedia: string[]
  /** Set when the media were on S3 (S3_BUCKET) and so are not in the backup: the bucket's own backup holds them. */
  mediaBucket?: string
}

export function sha256Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })
}

/** Every file under `root`, as paths relative to it with '/' separators, sorted. */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return []
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) found.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return found.sort()
}

export async function describeFiles(root: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = []
  for (const file of listFiles(root)) {
    if (file === MANIFEST) continue
    const full = path.join(root, file)
    entries.push({ path: file, bytes: statSync(full).size, sha256: await sha256Of(full) })
  }
  return entries
}

/** The files of a backup that are missing or differ from its manifest. */
export async function damagedFiles(root: string, manifest: Manifest): Promise<string[]> {
  const damaged: string[] = []
  for (const entry of manifest.files) {
    const full = path.join(root, entry.path)
    if (!existsSync(full) || statSync(full).size !== entry.bytes || (await sha256Of(full)) !== entry.sha256) damaged.push(entry.path)
  }
  return damaged
}
