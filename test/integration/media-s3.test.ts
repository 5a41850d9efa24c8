/**
 * Media on S3-compatible storage (S3_BUCKET set): an upload through Payload lands in the bucket,
 * original and every size, nothing on disk; the site's /media route and Payload's own file route
 * both answer with the stored bytes (and the site with its cache headers and a 304); deleting the
 * media deletes its objects. Against s3rver (a fake S3 on a loopback port) unless S3_TEST_ENDPOINT
 * names a real server (MinIO, AWS): see test/integration/helpers/s3-server.ts.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import type { APIContext } from 'astro'
import { handleEndpoints } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Media } from '../../cms/payload-types'
import { bootPayload, type TestPayload } from './helpers/bootPayload'
import { API } from './helpers/rest'
import { startTestS3, type TestS3 } from './helpers/s3-server'
import { makeWorld, userFor, type World } from './helpers/world'

const exec = promisify(execFile)
let s3: TestS3
let ctx: TestPayload
let world: World
let doc: Media

beforeAll(async () => {
  s3 = await startTestS3()
  Object.assign(process.env, s3.env)
  ctx = await bootPayload()
  world = await makeWorld(ctx.payload)
})
afterAll(async () => {
  await ctx?.cleanup()
  await s3?.stop()
})

/** A real photo-sized JPEG (gradient and noise, so the variants are real encodings, not one colour). */
const photo = () =>
  sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#806040', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg({ quality: 80 })
    .toBuffer()

const storedKeys = (media: Media) =>
  [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))

const bucketBytes = async (key: string) =>
  Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: s3.env.S3_BUCKET, Key: key }))).Body!.transformToByteArray())

/** The site's /media route, called as Astro calls it. */
async function siteMedia(name: string, headers: Record<string, string> = {}): Promise<Response> {
  const { GET } = await import('../../site/pages/media/[...path]')
  const request = new Request(`http://localhost:4321/media/${encodeURIComponent(name)}`, { headers })
  return GET({ params: { path: name }, request } as unknown as APIContext)
}

describe('media on S3-compatible storage', () => {
  it('should upload the original and every size to the bucket, and nothing to MEDIA_DIR', async () => {
    doc = await ctx.payload.create({
      collection: 'media',
      overrideAccess: false,
      user: await userFor(ctx.payload, world, 'producerA'),
      data: { alt: 'Xưởng mây tre' },
      file: { data: await photo(), name: 'xuong may tre.jpg', mimetype: 'image/jpeg', size: 0 },
    })
    const keys = storedKeys(doc)
    // thumb, card, cardAvif, page, pageAvif, og and the original.
    expect(keys).toHaveLength(7)
    for (const key of keys) expect(await s3.exists(key), key).toBe(true)
    expect(await s3.keys()).toEqual(expect.arrayContaining(keys))
    const og = await sharp(await bucketBytes(doc.sizes!.og!.filename!)).metadata()
    expect({ format: og.format, width: og.width, height: og.height }).toEqual({ format: 'webp', width: 1200, height: 630 })
    const mediaDir = process.env.MEDIA_DIR!
    expect(existsSync(mediaDir) ? readdirSync(mediaDir) : []).toEqual([])
  })

  it("should serve each file on the site's /media route with its bytes, type and cache headers, and a 304 when unchanged", async () => {
    for (const key of storedKeys(doc)) {
      const response = await siteMedia(key)
      expect(response.status, key).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).equals(await bucketBytes(key)), key).toBe(true)
      expect(response.headers.get('cache-control')).toBe('public, max-age=604800, stale-while-revalidate=2592000')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
    const card = await siteMedia(doc.sizes!.card!.filename!)
    expect(card.headers.get('content-type')).toBe('image/webp')
    const etag = card.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(card.headers.get('last-modified')).toBeTruthy()
    const again = await siteMedia(doc.sizes!.card!.filename!, { 'If-None-Match': etag! })
    expect(again.status).toBe(304)
    expect((await siteMedia('no-such-picture.webp')).status).toBe(404)
    expect((await siteMedia('../secret.webp')).status).toBe(404)
  })

  it("should serve the file through Payload's own route too (/api/media/file/<name>, behind the collection's read access)", async () => {
    expect(doc.url).toMatch(new RegExp(`/api/media/file/${encodeURIComponent(doc.filename!)}$`))
    const request = new Request(`${API}/media/file/${encodeURIComponent(doc.filename!)}`)
    const response = await handleEndpoints({ config: ctx.payload.config, request })
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(await bucketBytes(doc.filename!))).toBe(true)
  })

  it('should take a backup without copying the bucket, saying where the media are', async () => {
    const target = path.join(ctx.dir, 'backup')
    const { stdout } = await exec('tsx', ['scripts/backup.ts', target], {
      env: { ...process.env, NODE_ENV: 'test', PAYLOAD_SECRET: 'backup-test-secret-0123456789abcdef', SEARCH_SNAPSHOT_DIR: path.join(ctx.dir, 'search') },
    })
    expect(stdout).toMatch(/Backup written to/)
    expect(stdout).toMatch(new RegExp(`Media are in the S3 bucket ${s3.env.S3_BUCKET} and were not copied`))
    const manifest = JSON.parse(readFileSync(path.join(target, 'manifest.json'), 'utf8')) as {
      mediaBucket?: string
      missingMedia: string[]
      tables: Record<string, number>
    }
    expect(manifest).toMatchObject({ mediaBucket: s3.env.S3_BUCKET, missingMedia: [] })
    expect(manifest.tables.media).toBe((await ctx.payload.count({ collection: 'media', overrideAccess: true })).totalDocs)
    expect(existsSync(path.join(target, 'media'))).toBe(false)
  })

  it('should delete every object of the media when it is deleted', async () => {
    const keys = storedKeys(doc)
    await ctx.payload.delete({ collection: 'media', id: doc.id, overrideAccess: false, user: await userFor(ctx.payload, world, 'producerA') })
    for (const key of keys) expect(await s3.exists(key), key).toBe(false)
    expect((await siteMedia(doc.filename!)).status).toBe(404)
  })
})
