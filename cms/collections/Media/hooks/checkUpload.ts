import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { inspectUpload } from '../../../../src/media/inspectUpload'
import { loadEnv } from '../../../../src/config/env'

/**
 * Refuses, with a message a person understands, any file that is too large, has too many pixels,
 * is not really the image or PDF it claims to be, or is SVG/XML (which can carry scripts).
 */
/**
 * Named in code, not by its class: Payload answers with an error's message only when the error
 * has a name, and the production build's minifier leaves a bare APIError without one (the
 * uploader then read "An unknown error occurred." instead of what to fix).
 */
class UploadRefused extends APIError {
  constructor(message: string, status: number) {
    super(message, status, undefined, true)
    this.name = 'UploadRefused'
  }
}

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
