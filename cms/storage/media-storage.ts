/**
 * Media on S3-compatible storage when S3_BUCKET is set, on disk (MEDIA_DIR) otherwise. The plugin
 * is always in the config, switched by `enabled`, so that both modes have the same schema
 * (alwaysInsertFields: the adapter's `prefix` and `_objectKey` columns exist either way, and one set
 * of migrations serves both) and the same admin import map (the plugin registers its client
 * upload handler whether on or off), which `npm run generate` then writes the same on any machine.
 *
 * Files are still served through Payload (/api/media/file/<name>, with the collection's read
 * access) and, for the public site, through its own /media/<name> route, which reads the same
 * bucket (site/pages/media/[...path].ts). The bucket itself stays private.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import type { Env } from '../../src/config/env'
import { mediaBucket, s3ClientConfig } from '../../src/media/s3-config'

// Outside production Payload compares every @payloadcms/* package's own version with payload's at
// start and throws, unhandled (a crash in scripts and tests), on storage-s3 and
// plugin-cloud-storage 3.90.1, which the overrides in package.json run on this payload 3.90.2 on
// purpose (README, "Media on S3"). The same check, less those two, is a unit test
// (test/unit/config/payload-versions.test.ts). Drop this line with the overrides.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export function mediaStoragePlugin(env: Env): Plugin {
  const bucket = mediaBucket(env)
  return s3Storage({
    enabled: bucket !== undefined,
    alwaysInsertFields: true,
    // The private application documents stay on the admin's disk (cms/collections/ApplicationFiles).
    collections: { media: true },
    bucket: bucket ?? 'media-on-disk',
    config: s3ClientConfig(env),
  })
}
