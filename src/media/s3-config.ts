/**
 * The S3 client settings for media on S3-compatible storage, shared by the admin (Payload's
 * storage adapter) and the site (its /media route), both from src/config/env.ts.
 */
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import type { Env } from '../config/env'

export type S3Settings = Pick<Env, 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'>

/** The bucket media go to, or undefined when they stay on disk (MEDIA_DIR). */
export function mediaBucket(env: S3Settings): string | undefined {
  return env.S3_BUCKET
}

export function s3ClientConfig(env: S3Settings): S3ClientConfig {
  return {
    region: env.S3_REGION ?? 'us-east-1',
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    // MinIO and most S3-compatible servers want the bucket in the path, not in the host name.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
    ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }
      : {}),
    // Checksums only where S3 requires them: the SDK's default (a CRC trailer on streamed uploads,
    // `aws-chunked`) is refused by several S3-compatible servers; TLS and S3's own MD5 ETag remain.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}
