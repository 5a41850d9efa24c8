'use client'
/**
 * The primary button of a product's or brand page's edit view. Staff get Payload's own Publish.
 * A producer cannot publish (its change waits for the centre), so Publish would only earn a
 * refusal: it gets "Gửi duyệt / Submit for review" in that place instead, which saves the draft
 * first when there are unsaved edits, then submits it. One press, one clear outcome.
 */
import { FormSubmit, PublishButton, toast, useAuth, useConfig, useDocumentInfo, useForm, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'
import { REVIEW_SUBMITTED_EVENT } from './review-submitted-event'

export function PublishOrSubmit() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'producer') return <PublishButton />
  return <SubmitForReviewButton />
}

function SubmitForReviewButton() {
  const { id, collectionSlug, setUnpublishedVersionCount } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  // Sent and not edited since: nothing new to send (a second press would only be refused).
  const [sent, setSent] = useState(false)
  const vi = i18n.language !== 'en'
  const api = `${config.serverURL}${config.routes.api}`

  const saveDraft = async (): Promise<boolean> => {
    const saved = await submit({
      action: `${api}/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
      disableSuccessStatus: true,
    })
    if (!saved?.res.ok) return false
    setUnpublishedVersionCount((count) => count + 1)
    return true
  }

  const submitForReview = async () => {
    setBusy(true)
    try {
      if (modified && !(await saveDraft())) return
      const body = collectionSlug === 'products' ? { kind: 'products', product: id } : { kind: 'producers' }
      const res = await fetch(`${api}/reviews`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      if (res.ok) {
        setSent(true)
        toast.success(vi ? 'Đã gửi duyệt. Trung tâm sẽ xem và báo cho bạn.' : 'Submitted. The centre will review it and tell you.')
        window.dispatchEvent(new Event(REVIEW_SUBMITTED_EVENT))
      } else toast.error(json.errors?.[0]?.message ?? (vi ? 'Không gửi được, hãy thử lại.' : 'Could not submit; please try again.'))
    } finally {
      setBusy(false)
    }
  }

  // A new, never-saved document has nothing to review yet: "Lưu bản nháp" comes first.
  return (
    <FormSubmit
      buttonId="action-submit-for-review"
      size="medium"
      type="button"
      disabled={busy || !id || (sent && !modified)}
      onClick={() => void submitForReview()}
    >
      {vi ? 'Gửi duyệt' : 'Submit for review'}
    </FormSubmit>
  )
}
