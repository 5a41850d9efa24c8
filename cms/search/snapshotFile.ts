/**
 * The embedded engine's saved index on disk: `<SEARCH_SNAPSHOT_DIR>/public.json`. Public indexes
 * only — enquiries are never written to a snapshot. Written atomically (temporary file, rename),
 * so a crash mid-write never leaves a half file for the next start to choke on.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const PUBLIC_SNAPSHOT_FILE = 'public.json'

export function snapshotPath(dir: string): string {
  return path.resolve(dir, PUBLIC_SNAPSHOT_FILE)
}

/** The saved snapshot, or undefined when there is none yet. */
export function readSnapshotFile(dir: string): string | undefined {
  const file = snapshotPath(dir)
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined
}

export function writeSnapshotFile(dir: string, snapshot: string): string {
  const file = snapshotPath(dir)
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, snapshot)
  renameSync(temporary, file)
  return file
}
