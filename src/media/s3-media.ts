/**
 * Reads one media file from the bucket for the site's /media route: the object's bytes as a
 * stream, or "unchanged" when the client's ETag still matches, or nothing when there is no such
 * object. One client per process (keep-alive sockets, as the storage adapter does).
 */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { s3ClientConfig, type S3Settings } from './s3-config'

export type S3MediaFile =
  | { kind: 'missing' }
  | { kind: 'unchanged'; etag: string; lastModified?: Date | undefined }
  | { kind: 'found'; body: ReadableStream; size?: number | undefined; etag: string; lastModified?: Date | undefined }

const clients = new Map<string, S3Client>()

function clientFor(env: S3Settings): S3Client {
  const key = JSON.stringify([env.S3_ENDPOINT, env.S3_REGION, env.S3_ACCESS_KEY_ID, env.S3_FORCE_PATH_STYLE])
  let client = clients.get(key)
  if (!client) {
    client = new S3Client(s3ClientConfig(env))
    clients.set(key, client)
  }
  return client
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode

export async function readS3Media(env: S3Settings & { S3_BUCKET: string }, key: string, ifNoneMatch?: string | null): Promise<S3MediaFile> {
  try {
    const object = await clientFor(env).send(new GetObjectCommand({ Bucket: env.S3_BUCKET, Key: key, ...(ifNoneMatch ? { IfNoneMatch: ifNoneMatch } : {}) }))
    if (!object.Body) return { kind: 'missing' }
    return {
      kind: 'found',
      body: object.Body.transformToWebStream() as ReadableStream,
      size: object.ContentLength,
      etag: object.ETag ?? '',
      lastModified: object.LastModified,
    }
  } catch (error) {
    const status = statusOf(error)
    // 304: the client's copy is current (S3 answers If-None-Match with Not Modified).
    if (status === 304) return { kind: 'unchanged', etag: ifNoneMatch ?? '' }
    if (status === 404 || (error as { name?: string }).name === 'NoSuchKey') return { kind: 'missing' }
    throw error
  }
}
