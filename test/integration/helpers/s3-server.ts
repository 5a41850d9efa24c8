/**
 * An S3-compatible server for the media storage tests: the one named by S3_TEST_ENDPOINT (MinIO,
 * AWS, …, with S3_TEST_ACCESS_KEY_ID / S3_TEST_SECRET_ACCESS_KEY and optionally S3_TEST_REGION), or
 * else s3rver (an in-process fake S3 on a free loopback port, files in a temporary folder). Either
 * way a bucket of its own is made for the test file and emptied and removed afterwards.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectCommand, HeadObjectCommand, ListObjectsCommand, S3Client } from '@aws-sdk/client-s3'
import { s3ClientConfig } from '../../../src/media/s3-config'

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> }
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance

export type TestS3 = {
  /** The S3_* settings for the application. */
  env: { S3_BUCKET: string; S3_ENDPOINT: string; S3_REGION: string; S3_ACCESS_KEY_ID: string; S3_SECRET_ACCESS_KEY: string; S3_FORCE_PATH_STYLE: string }
  client: S3Client
  /** 'external' when S3_TEST_ENDPOINT was given, 's3rver' otherwise. */
  kind: 'external' | 's3rver'
  keys(): Promise<string[]>
  exists(key: string): Promise<boolean>
  stop(): Promise<void>
}

export async function startTestS3(): Promise<TestS3> {
  const bucket = `tieubieu-test-${randomBytes(4).toString('hex')}`
  let server: S3rverInstance | undefined
  let dir: string | undefined
  let settings: Omit<TestS3['env'], 'S3_BUCKET' | 'S3_FORCE_PATH_STYLE'>
  const external = process.env.S3_TEST_ENDPOINT
  if (external) {
    settings = {
      S3_ENDPOINT: external,
      S3_REGION: process.env.S3_TEST_REGION ?? 'us-east-1',
      S3_ACCESS_KEY_ID: process.env.S3_TEST_ACCESS_KEY_ID ?? '',
      S3_SECRET_ACCESS_KEY: process.env.S3_TEST_SECRET_ACCESS_KEY ?? '',
    }
  } else {
    dir = mkdtempSync(path.join(tmpdir(), 'tieubieu-s3rver-'))
    const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as S3rverClass
    // s3rver computes the signature of some requests (ListObjects, CreateBucket) differently from
    // SDK v3 and refuses them, so it checks no signature here (PUT/GET/HEAD/DELETE pass its check
    // otherwise); the bucket is made as it starts. A real server (S3_TEST_ENDPOINT) checks them all.
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: bucket }], allowMismatchedSignatures: true })
    const { port } = await server.run()
    // s3rver's fixed key pair.
    settings = { S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }
  }
  const env = { ...settings, S3_BUCKET: bucket, S3_FORCE_PATH_STYLE: 'true' }
  const client = new S3Client(s3ClientConfig({ ...settings, S3_BUCKET: bucket, S3_FORCE_PATH_STYLE: true }))
  if (external) await client.send(new CreateBucketCommand({ Bucket: bucket }))

  const keys = async () => ((await client.send(new ListObjectsCommand({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key ?? '').sort()
  return {
    env,
    client,
    kind: external ? 'external' : 's3rver',
    keys,
    exists: async (key) =>
      client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
        () => true,
        (error: { $metadata?: { httpStatusCode?: number } }) => {
          if (error.$metadata?.httpStatusCode === 404) return false
          throw error
        },
      ),
    stop: async () => {
      try {
        for (const key of await keys()) await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
        await client.send(new DeleteBucketCommand({ Bucket: bucket }))
      } finally {
        client.destroy()
        await server?.close()
        if (dir) rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
