/**
 * Looks at an uploaded file's bytes, not its name or claimed type, before anything is stored.
 * Returns a problem to show the uploader, or undefined when the file may be kept.
 */
import sharp from 'sharp'

export type UploadFile = { data: Buffer; name: string; mimetype: string; size?: number }
export type UploadLimits = { maxBytes: number; maxPixels: number }
export type UploadProblem = { status: 400 | 413 | 415; message: string }

const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif'])
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const looksLikeMarkup = (head: string) => /^\s*(<\?xml|<svg|<!doctype|<html|<)/i.test(head)

/**
 * Control characters (NUL, line breaks, escape, DEL, C1), line and paragraph separators, and the
 * invisible format marks that reorder or hide text (U+202E shows "gpj.exe" as "exe.jpg").
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

export async function inspectUpload(file: UploadFile, limits: UploadLimits): Promise<UploadProblem | undefined> {
  if (HIDDEN_CHARACTERS.test(file.name)) {
    return {
      status: 400,
      message:
        'Tên tệp có ký tự điều khiển hoặc ký tự ẩn; hãy đổi tên tệp rồi tải lên lại. / ' +
        'The file name contains control or invisible characters; rename the file and upload it again.',
    }
  }
  const size = file.size ?? file.data.length
  if (size > limits.maxBytes) {
    return {
      status: 413,
      message: `Tệp quá lớn (${mb(size)}); tối đa ${mb(limits.maxBytes)}. / The file is too large (${mb(size)}); the limit is ${mb(limits.maxBytes)}.`,
    }
  }
  const head = file.data.subarray(0, 512).toString('utf8')
  if (/svg|xml/i.test(file.mimetype) || /\.svgz?$/i.test(file.name) || looksLikeMarkup(head)) {
    return {
      status: 415,
      message: 'Không nhận tệp SVG/XML; hãy tải ảnh JPEG, PNG, WebP hoặc AVIF. / SVG and XML files are not accepted; upload a JPEG, PNG, WebP or AVIF image.',
    }
  }
  if (file.data.subarray(0, 5).toString('latin1') === '%PDF-') return undefined
  try {
    // metadata() reads the header only, so it is safe on a decompression bomb; the pixel count
    // is then checked here to give a clear message (resizing keeps limitInputPixels on as well).
    const meta = await sharp(file.data, { limitInputPixels: false }).metadata()
    if (!meta.format || !IMAGE_FORMATS.has(meta.format)) throw new Error(`unsupported format ${meta.format}`)
    const pixels = (meta.width ?? 0) * (meta.height ?? 0)
    if (pixels > limits.maxPixels) {
      return {
        status: 413,
        message:
          `Ảnh quá nhiều điểm ảnh (${meta.width}×${meta.height}); tối đa ${limits.maxPixels.toLocaleString('en')} điểm. / ` +
          `The image has too many pixels (${meta.width}×${meta.height}); the limit is ${limits.maxPixels.toLocaleString('en')}.`,
      }
    }
    return undefined
  } catch {
    // sharp could not read it as an image: say so rather than pass on sharp's internal message.
    return { status: 415, message: `Tệp "${file.name}" không phải ảnh hay PDF hợp lệ. / "${file.name}" is not a valid image or PDF.` }
  }
}
