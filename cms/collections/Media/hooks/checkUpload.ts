import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { inspectUpload } from '../../../../src/media/inspectUpload'
import { loadEnv } from '../../../../src/config/env'

/**
 * A refused upload. The name is set by hand: Payload answers "An unknown error occurred." for an
 * error whose name is empty, which is what a minified production build makes of
 * `this.constructor.name`, and then the producer never sees why the file was refused.
 */
export class UploadRefused extends APIError {
  constructor(message: string, status: number) {
    super(message, status, undefined, true)
    this.name = 'UploadRefused'
  }
}

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
  if (problem) throw new UploadRefused(problem.message, problem.status)
  return args
}
