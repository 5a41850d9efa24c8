/**
 * Payload's own start-up check of package versions is off (cms/storage/media-storage.ts: it would
 * refuse the S3 storage adapter, published only as 3.90.1, which package.json's overrides run on
 * this payload). This is that check, from the lock file, less the two overridden packages: every
 * other @payloadcms/* package is payload's version, and there is one copy of payload and of its UI.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> }>
}
const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { overrides: Record<string, unknown> }
const OVERRIDDEN = ['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage']

const installed = (name: string) =>
  Object.entries(lock.packages)
    .filter(([where]) => where === `node_modules/${name}` || where.endsWith(`/node_modules/${name}`))
    .map(([where, { version }]) => `${where}@${version}`)

describe('Payload package versions', () => {
  const payload = lock.packages['node_modules/payload']?.version

  it("should install every @payloadcms/* package at payload's version, but the overridden S3 adapter", () => {
    const others = Object.entries(lock.packages).filter(
      ([where]) => /(^|\/)node_modules\/@payloadcms\/[^/]+$/.test(where) && !OVERRIDDEN.some((name) => where.endsWith(name)),
    )
    expect(others.length).toBeGreaterThan(5)
    expect(others.filter(([, { version }]) => version !== payload).map(([where, { version }]) => `${where}@${version}`)).toEqual([])
  })

  it('should hold one copy of payload and one of @payloadcms/ui (two UIs break the admin)', () => {
    expect(installed('payload')).toEqual([`node_modules/payload@${payload}`])
    expect(installed('@payloadcms/ui')).toEqual([`node_modules/@payloadcms/ui@${payload}`])
  })

  it('should keep the overrides only while the S3 adapter lags behind payload (drop them when storage-s3 matches)', () => {
    const adapter = lock.packages['node_modules/@payloadcms/storage-s3']?.version
    if (adapter === payload) {
      expect(
        Object.keys(pkg.overrides).filter((name) => OVERRIDDEN.includes(name)),
        'remove the overrides and the dependency-checker switch',
      ).toEqual([])
    } else {
      expect(pkg.overrides).toMatchObject({
        '@payloadcms/plugin-cloud-storage': { '@payloadcms/ui': '$@payloadcms/ui', payload: '$payload' },
        '@payloadcms/storage-s3': { payload: '$payload' },
      })
    }
  })
})
