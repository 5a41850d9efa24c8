'use client'
/**
 * In the sidebar of a producer's own brand page or product: where its last submission stands
 * (waiting, approved, or sent back with the centre's comment) and what the "Gửi duyệt" button at
 * the top does. The button itself replaces Publish (PublishOrSubmit), so there is one primary
 * action. Only producers see this: staff publish directly.
 */
import { useAuth, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { REVIEW_SUBMITTED_EVENT } from './review-submitted-event'

type Last = { status: string; comment?: string | null } | null

const STATUS = {
  pending: { vi: 'Đang chờ trung tâm duyệt', en: 'Waiting for the centre' },
  live: { vi: 'Đã đăng, trung tâm sẽ xem lại', en: 'Live; the centre will review it' },
  approved: { vi: 'Lần gửi trước đã được duyệt', en: 'Your last submission was approved' },
  'sent-back': { vi: 'Trung tâm trả lại, cần sửa', en: 'Sent back by the centre' },
} as const

export function SubmitForReview() {
  const { user } = useAuth<{ role?: string; producer?: number | { id: number } }>()
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [last, setLast] = useState<Last>(null)
  const vi = i18n.language !== 'en'
  const where = collectionSlug === 'products' ? `where[product][equals]=${id}` : `where[kind][equals]=producers`
  const load = useCallback(async () => {
    if (!id) return
    const r = await fetch(`${api}/reviews?${where}&sort=-createdAt&limit=1&depth=0`, { credentials: 'include' })
    if (r.ok) setLast(((await r.json()).docs?.[0] as Last) ?? null)
  }, [api, id, where])
  useEffect(() => {
    void load()
    const reload = () => void load()
    window.addEventListener(REVIEW_SUBMITTED_EVENT, reload)
    return () => window.removeEventListener(REVIEW_SUBMITTED_EVENT, reload)
  }, [load])
  if (user?.role !== 'producer' || !id) return null
  const status = last ? STATUS[last.status as keyof typeof STATUS] : undefined
  const hint = modified
    ? vi
      ? 'Bấm “Gửi duyệt” ở trên: bản nháp được lưu rồi gửi trung tâm.'
      : 'Press “Submit for review” above: the draft is saved, then sent to the centre.'
    : vi
      ? 'Thay đổi chỉ hiện trên showroom sau khi trung tâm duyệt. Bấm “Gửi duyệt” ở trên khi đã xong.'
      : 'Changes reach the showroom once the centre approves them. Press “Submit for review” above when done.'
  return (
    <div style={{ margin: '0 0 1.5rem' }} data-submit-for-review>
      <div style={{ fontWeight: 600, marginBottom: '0.5rem' }}>{vi ? 'Duyệt thay đổi' : 'Review'}</div>
      {status ? (
        <p style={{ margin: '0 0 0.5rem' }} data-review-status={last?.status}>
          {vi ? status.vi : status.en}
          {last?.status === 'sent-back' && last.comment ? `: “${last.comment}”` : ''}
        </p>
      ) : null}
      <p style={{ fontSize: '0.9em', margin: 0 }}>{hint}</p>
    </div>
  )
}
