/**
 * The pinned Node (the `node` devDependency) against the last security release that concerns us.
 * Node 24.21.0 is inside the October 2026 security release (CVE-2026-111497, a Brotli decoder
 * out-of-bounds write, and others), fixed in 24.22.1, which the registry reachable here does not
 * serve yet. `npm test` prints a warning while the pin is below the fix and never fails on it: the
 * build cannot install a release it cannot download. Meanwhile no request body with a
 * Content-Encoding is ever decompressed (src/http/content-encoding.ts). See README, "Dependency advisories".
 */
export const NODE_SECURITY_FLOOR = {
  version: '24.22.1',
  advisory: 'CVE-2026-111497 (Brotli decoder out-of-bounds write) and the rest of the October 2026 Node security release',
}

const parts = (version: string) =>
  version
    .replace(/^[^\d]*/, '')
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0)

/** Whether version a is older than b (x.y.z; a leading ^ or ~ is ignored). */
export function isOlder(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0)
  return false
}

/** The warning to print for the pinned Node version, or undefined when it has the fix. */
export function nodeAdvisoryWarning(pinned: string | undefined): string | undefined {
  if (!pinned || !isOlder(pinned, NODE_SECURITY_FLOOR.version)) return undefined
  return (
    `WARNING: the pinned Node ${pinned} (package.json devDependencies "node") is below ${NODE_SECURITY_FLOOR.version}, ` +
    `which fixes ${NODE_SECURITY_FLOOR.advisory}. Pin ${NODE_SECURITY_FLOOR.version} or newer as soon as the registry serves it ` +
    '(`npm view node versions`). Not a test failure.'
  )
}
