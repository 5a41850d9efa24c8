/**
 * The committed cms/payload-types.ts is what the config generates: a field added to a collection
 * without `npm run generate:types` would leave the whole tree type-checked against the old shape.
 * Likewise the admin's import map (`npm run generate`), in both media modes: a component the
 * config names but the committed map lacks crashes the admin, so media on S3 (which registers the
 * storage adapter's client upload handler) must need nothing that media on disk does not.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const exec = promisify(execFile)
const dir = mkdtempSync(path.join(tmpdir(), 'tieubieu-types-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('generated Payload types', () => {
  it('should match what the config generates today', async () => {
    const fresh = path.join(dir, 'payload-types.ts')
    await exec('npx', ['payload', 'generate:types'], {
      env: {
        ...process.env,
        PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts',
        PAYLOAD_TS_OUTPUT_PATH: fresh,
        DATABASE_URL: `file:${path.join(dir, 'types.db')}`,
      },
    })
    const committed = readFileSync('cms/payload-types.ts', 'utf8')
    // toBe on the text, not a boolean: a failure shows the lines that drifted. Run `npm run generate:types`.
    expect(readFileSync(fresh, 'utf8')).toBe(committed)
    // Generating loads the whole config in a fresh process: over a minute on a busy 2-core machine.
  }, 240_000)
})

/** The component paths an import map names (`"@payloadcms/storage-s3/client#S3ClientUploadHandler"`), sorted. */
const componentsOf = (text: string) => [...text.matchAll(/^ {2}"([^"]+)": /gm)].map((m) => m[1]).sort()

describe('generated admin import map', () => {
  const committed = readFileSync('cms/app/(payload)/admin/importMap.js', 'utf8')

  it('should name the S3 client upload handler (the admin renders it when media are on S3)', () => {
    expect(componentsOf(committed)).toContain('@payloadcms/storage-s3/client#S3ClientUploadHandler')
  })

  // Generated into a file of its own: the components are compared, not the relative import paths.
  const generate = async (name: string, media: Record<string, string>) => {
    const out = path.join(dir, `${name}.importMap.js`)
    const script = path.join(dir, `${name}.generate.mts`)
    writeFileSync(
      script,
      // The script lies outside the project: payload is imported by its resolved address.
      `const { generateImportMap } = await import(${JSON.stringify(import.meta.resolve('payload'))})\n` +
        `const config = await (await import(${JSON.stringify(path.resolve('cms/payload.config.ts'))})).default\n` +
        `config.admin.importMap.importMapFile = ${JSON.stringify(out)}\n` +
        `await generateImportMap(config, { log: false, force: true })\n` +
        `process.exit(0)\n`,
    )
    const { S3_BUCKET: _b, S3_ENDPOINT: _e, S3_ACCESS_KEY_ID: _k, S3_SECRET_ACCESS_KEY: _s, ...rest } = process.env
    await exec('npx', ['tsx', script], { env: { ...rest, ...media, DATABASE_URL: `file:${path.join(dir, `${name}.db`)}` } })
    return readFileSync(out, 'utf8')
  }

  it('should be what the config generates, whether media are on disk or on S3', async () => {
    const [onDisk, onS3] = await Promise.all([
      generate('disk', {}),
      generate('s3', { S3_BUCKET: 'tieubieu-media', S3_ENDPOINT: 'http://127.0.0.1:9', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }),
    ])
    // Run `npm run generate` if this fails.
    expect(componentsOf(onDisk)).toEqual(componentsOf(committed))
    expect(componentsOf(onS3)).toEqual(componentsOf(committed))
  }, 240_000)
})
