/**
 * The admin's "Xem trước" (preview) button: a signed link to the showroom's page for the draft
 * being edited, as buyers will see it once published (src/site/preview-link.ts). Payload makes it
 * while rendering the edit view, for someone who may already open that document.
 */
import type { GeneratePreviewURL } from 'payload'
import { loadEnv } from '../../src/config/env'
import { type PreviewKind, previewPath } from '../../src/site/preview-link'

export function previewUrl(kind: PreviewKind): GeneratePreviewURL {
  return (doc, { locale }) => {
    const { SITE_URL, PAYLOAD_SECRET } = loadEnv()
    if (doc.id === undefined || doc.id === null) return null
    return `${SITE_URL}${previewPath(kind, String(doc.id), locale === 'en' ? 'en' : 'vi', PAYLOAD_SECRET)}`
  }
}
