'use client'
/**
 * In the sidebar of a producer's own brand page or product: "Submit for review", and where its
 * last submission stands (waiting, approved, or sent back with the centre's comment). Only
 * producers see it: staff publish directly.
 */
import { useAuth, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Last = { status: string; comment?: string | null } | null

const STATUS = {
  pending: { vi: 'Đang chờ trung tâm duyệt', en: 'Waiting for the centre' },
  live: { vi: 'Đã đăng, trung tâm sẽ xem lại', en: 'Live; the centre will review it' },
  approved: { vi: 'Lần gửi trước đã được duyệt', en: 'Your last submission was approved' },
  'sent-back': { vi: 'Trung tâm trả lại', en: 'Sent back by the centre' },
} as const

export function SubmitForReview() {
  const { user } = useAuth<{ role?: string; producer?: number | { id: number } }>()
  const { id, collectionSlug } = useDocumentInfo()
  const modified = useFormModified()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [last, setLast] = useState<Last>(null)
  const [message, setMessage] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const vi = i18n.language !== 'en'
  const where = collectionSlug === 'products' ? `where[product][equals]=${id}` : `where[kind][equals]=producers`
  const load = useCallback(async () => {
    if (!id) return
    const r = await fetch(`${api}/reviews?${where}&sort=-createdAt&limit=1&depth=0`, { credentials: 'include' })
    if (r.ok) setLast(((await r.json()).docs?.[0] as Last) ?? null)
  }, [api, id, where])
  useEffect(() => {
    void load()
  }, [load])
  if (user?.role !== 'producer' || !id) return null
  const submit = async () => {
    setBusy(true)
    setMessage('')
    const body = collectionSlug === 'products' ? { kind: 'products', product: id } : { kind: 'producers' }
    const r = await fetch(`${api}/reviews`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = await r.json().catch(() => ({}))
    setBusy(false)
    if (r.ok) {
      setMessage(vi ? 'Đã gửi duyệt. Trung tâm sẽ xem và báo cho bạn.' : 'Submitted. The centre will review it and tell you.')
      void load()
    } else setMessage(json.errors?.[0]?.message ?? (vi ? 'Không gửi được.' : 'Could not submit.'))
  }
  const status = last ? STATUS[last.status as keyof typeof STATUS] : undefined
  return (
    <div style={{ margin: '0 0 1.5rem' }} data-submit-for-review>
      <div style={{ fontWeight: 600, marginBottom: '0.5rem' }}>{vi ? 'Duyệt thay đổi' : 'Review'}</div>
      {status ? (
        <p style={{ margin: '0 0 0.5rem' }} data-review-status={last?.status}>
          {vi ? status.vi : status.en}
          {last?.status === 'sent-back' && last.comment ? `: “${last.comment}”` : ''}
        </p>
      ) : null}
      <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} disabled={busy || modified} onClick={submit}>
        {vi ? 'Gửi duyệt' : 'Submit for review'}
      </button>
      <p style={{ fontSize: '0.85em', opacity: 0.75, margin: '0.5rem 0 0' }} aria-live="polite">
        {message ||
          (modified
            ? vi
              ? 'Lưu nháp trước khi gửi duyệt.'
              : 'Save a draft before submitting.'
            : vi
              ? 'Thay đổi chỉ hiện trên showroom sau khi trung tâm duyệt.'
              : 'Changes reach the showroom once the centre approves them.')}
      </p>
    </div>
  )
}
