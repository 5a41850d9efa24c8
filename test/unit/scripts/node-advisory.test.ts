/**
 * While the pinned Node is below the security release that fixes CVE-2026-111497 (24.22.1), `npm
 * test` says so with a WARNING, without failing (issue 9, dependencies).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isOlder, nodeAdvisoryWarning } from '../../../scripts/lib/node-advisory'

describe('the pinned Node version', () => {
  it('should be warned about while it is below 24.22.1', () => {
    expect(nodeAdvisoryWarning('24.21.0')).toMatch(/^WARNING: .*24\.21\.0.*24\.22\.1.*CVE-2026-111497/)
    expect(nodeAdvisoryWarning('^24.0.0')).toMatch(/^WARNING/)
  })

  it('should not be warned about once it has the fix', () => {
    for (const version of ['24.22.1', '24.23.0', '25.0.0', '26.1.0']) expect(nodeAdvisoryWarning(version)).toBeUndefined()
    expect(isOlder('24.9.0', '24.22.1')).toBe(true)
  })

  it('should be checked by npm test from package.json, as a warning only', () => {
    const script = readFileSync('scripts/test.ts', 'utf8')
    expect(script).toContain('nodeAdvisoryWarning(')
    expect(script).toMatch(/devDependencies\?*\.node/)
  })
})

describe('the README', () => {
  it('should say how advisories are checked and list each one with its status', () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(readme.indexOf('## Dependency advisories'))
    expect(readme).toContain('## Dependency advisories')
    expect(section).toMatch(/npm audit/)
    for (const id of [
      'CVE-2026-111497',
      'GHSA-4qv8-2p9j-2685',
      'CVE-2026-115895',
      'CVE-2026-109345',
      'GHSA-cg2g-xh64-v4q7',
      'CVE-2026-129930',
      'CVE-2026-130165',
    ]) {
      expect(section).toContain(id)
    }
  })
})
