import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { inspectUpload } from '../../../../src/media/inspectUpload'
import { loadEnv } from '../../../../src/config/env'

/**
 * Refuses, with a message a person understands, any file that is too large, has too many pixels,
 * is not really the image or PDF it claims to be, or is SVG/XML (which can carry scripts).
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const env = loadEnv()
  const problem = await inspectUpload(
    { data: file.data, name: file.name, mimetype: file.mimetype, size: file.size },
    { maxBytes: env.UPLOAD_MAX_BYTES, maxPixels: env.UPLOAD_MAX_PIXELS },
  )
  if (problem) throw new APIError(problem.message, problem.status, undefined, true)
  return args
}
