/**
 * The embedded engine's saved index on disk: `<SEARCH_SNAPSHOT_DIR>/public.snapshot` (binary, see
 * src/search/adapters/embedded/snapshot-binary.ts). Public indexes only — enquiries are never
 * written to a snapshot. Written atomically (temporary file, rename), so a crash mid-write never
 * leaves a half file for the next start to choke on.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const PUBLIC_SNAPSHOT_FILE = 'public.snapshot'
/** Where snapshots up to version 5 (JSON) were written: no build reads it any more. */
const OLD_SNAPSHOT_FILE = 'public.json'

export function snapshotPath(dir: string): string {
  return path.resolve(dir, PUBLIC_SNAPSHOT_FILE)
}

/** The saved snapshot, or undefined when there is none yet. */
export function readSnapshotFile(dir: string): Uint8Array | undefined {
  const file = snapshotPath(dir)
  return existsSync(file) ? readFileSync(file) : undefined
}

export function writeSnapshotFile(dir: string, snapshot: Uint8Array): string {
  const file = snapshotPath(dir)
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, snapshot)
  renameSync(temporary, file)
  // An older build's JSON snapshot would only take disk space (142 MB at 100,000 products).
  rmSync(path.resolve(dir, OLD_SNAPSHOT_FILE), { force: true })
  return file
}
