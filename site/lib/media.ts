/**
 * Pictures from the CMS as <picture> sources. Payload's sharp variants (card 480 px and page
 * 1200 px, each in AVIF and WebP) and the original are offered by width; files are served
 * same-origin from /media/<file> (see pages/media/[...path].ts), so no CMS address leaks into
 * pages and the CDN caches them with the HTML.
 */
type Variant = { filename?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }
export type MediaDoc = Variant & { id?: number | string; alt?: string | null; sizes?: Record<string, Variant | undefined> | null }

export type PictureSource = { type: string; srcset: string }
export type Picture = {
  src: string
  width: number
  height: number
  alt: string
  sources: PictureSource[]
}

export function mediaPath(filename: string): string {
  return `/media/${encodeURIComponent(filename)}`
}

const usable = (v: Variant | null | undefined): v is Required<Pick<Variant, 'filename' | 'width' | 'height'>> & Variant =>
  Boolean(v?.filename && v.width && v.height)

/** A populated media document, or undefined for an id, null or a non-image (PDF). */
export function asImage(value: unknown): MediaDoc | undefined {
  if (!value || typeof value !== 'object') return undefined
  const doc = value as MediaDoc
  return doc.mimeType?.startsWith('image/') && usable(doc) ? doc : undefined
}

/**
 * Sources for a picture shown at most `maxWidth` CSS pixels wide: AVIF first, then WebP, with
 * an <img> fallback. Variants wider than needed at 2× are left out.
 */
export function pictureOf(value: unknown, maxWidth: 'card' | 'page'): Picture | undefined {
  const doc = asImage(value)
  if (!doc) return undefined
  const sizes = doc.sizes ?? {}
  const names = maxWidth === 'card' ? ['card'] : ['card', 'page']
  const variants = (format: 'avif' | 'webp') => names.map((name) => sizes[format === 'avif' ? `${name}Avif` : name]).filter(usable)
  const original = { filename: doc.filename!, width: doc.width!, height: doc.height!, mimeType: doc.mimeType }
  const srcset = (list: Variant[]) => list.map((v) => `${mediaPath(v.filename!)} ${v.width}w`).join(', ')
  const avif = variants('avif')
  const webp = variants('webp')
  // The original joins its format's list when it is wider than every variant (small uploads get no page size).
  const widest = Math.max(0, ...webp.map((v) => v.width!))
  const limit = maxWidth === 'card' ? 960 : 2400
  if (original.width > widest && original.width <= limit) {
    if (original.mimeType === 'image/webp') webp.push(original)
    else if (original.mimeType === 'image/avif') avif.push(original)
  }
  const fallback = webp[0] ?? original
  const sources: PictureSource[] = []
  if (avif.length) sources.push({ type: 'image/avif', srcset: srcset(avif) })
  if (webp.length) sources.push({ type: 'image/webp', srcset: srcset(webp) })
  return { src: mediaPath(fallback.filename!), width: fallback.width!, height: fallback.height!, alt: doc.alt ?? '', sources }
}

/** Link previews want exactly this size; anything else is cropped or ignored by the big sites. */
export const SHARE_WIDTH = 1200
export const SHARE_HEIGHT = 630

/**
 * The picture's 1200×630 variant for link previews (og:image), as a path; undefined when it has
 * none (a PDF, or a picture uploaded before the variant existed), so the page uses the site's
 * default share picture rather than one of another shape.
 */
export function shareImageOf(value: unknown): { path: string; width: number; height: number } | undefined {
  const og = asImage(value)?.sizes?.og
  if (!usable(og) || og.width !== SHARE_WIDTH || og.height !== SHARE_HEIGHT) return undefined
  return { path: mediaPath(og.filename!), width: og.width!, height: og.height! }
}
