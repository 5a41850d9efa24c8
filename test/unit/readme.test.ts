/** The README is what a new colleague follows: it must list every demo account the seed makes. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoAccounts } from '../../scripts/seed/index'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('should list every demo account the seed creates', () => {
    const missing = demoAccounts()
      .filter((a) => !readme.includes(`\`${a.email}\``))
      .map((a) => a.email)
    expect(missing).toEqual([])
  })
  it('should give the demo password', () => {
    expect(readme).toContain(`\`${DEMO_PASSWORD}\``)
  })
  it('should give the two commands that .ci/run relies on', () => {
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8')
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
    expect(ci).toContain('npm ci --no-audit --no-fund && npm test')
  })
})
