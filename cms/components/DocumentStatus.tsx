'use client'
/**
 * The status line of a product's or brand page's edit view ("Trạng thái: Đã thay đổi — Quay về
 * trạng thái đã xuất bản"), in place of Payload's own, whose revert saves the published values
 * back with a publish. A producer may not publish (hold-for-review refuses it), so its revert only
 * earned an error, although throwing away its own unreviewed draft is exactly what it may do.
 *
 * Here the revert restores the latest published version instead, for everyone: the restore is
 * allowed to a producer (nothing new goes live, see hold-for-review), and it brings back every
 * language as published, where Payload's revert rewrote only the language on screen and kept the
 * other languages' draft text, which then went live unreviewed.
 */
import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useForm, useLocale, useModal, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

type Statuses = 'changed' | 'draft' | 'published' | 'previouslyDraft' | 'previouslyPublished'

export function DocumentStatus() {
  const {
    id,
    collectionSlug,
    docPermissions,
    hasPublishedDoc,
    incrementVersionCount,
    isTrashed,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
  } = useDocumentInfo()
  const { toggleModal } = useModal()
  const { config } = useConfig()
  const { reset } = useForm()
  const { code: locale } = useLocale()
  const { i18n, t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const vi = i18n.language !== 'en'
  const api = `${config.serverURL}${config.routes.api}`
  const modalSlug = `confirm-revert-${id}`

  const status: Statuses = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const shown: Statuses = isTrashed ? (hasPublishedDoc ? 'previouslyPublished' : 'previouslyDraft') : status
  const canRevert = !isTrashed && Boolean(docPermissions?.update) && hasPublishedDoc && status === 'changed'

  const fail = (message?: string): void => {
    toast.error(message ?? (vi ? 'Không quay về được bản đã xuất bản, hãy thử lại.' : 'Could not revert to the published version; please try again.'))
  }

  const revert = async () => {
    if (busy || !collectionSlug || id === undefined) return
    setBusy(true)
    try {
      const query = new URLSearchParams({
        'where[parent][equals]': String(id),
        'where[version._status][equals]': 'published',
        sort: '-updatedAt',
        limit: '1',
        depth: '0',
      })
      const found = await fetch(`${api}/${collectionSlug}/versions?${query}`, { credentials: 'include' })
      const published = found.ok ? ((await found.json()) as { docs?: { id: number | string }[] }).docs?.[0] : undefined
      if (!published) return fail()
      const res = await fetch(`${api}/${collectionSlug}/versions/${published.id}?locale=${locale}&fallback-locale=null&depth=0`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      })
      // The restore answers with the restored document itself, plus a message.
      const { errors, message: _message, ...doc } = (await res.json().catch(() => ({}))) as Record<string, unknown> & { errors?: { message?: string }[] }
      if (!res.ok || doc.id === undefined) return fail(errors?.[0]?.message)
      await reset(doc)
      incrementVersionCount()
      setMostRecentVersionIsAutosaved(false)
      setUnpublishedVersionCount(0)
      toast.success(vi ? 'Đã quay về bản đang hiện trên trang.' : 'Back to the version shown on the site.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="status" title={`${t('version:status')}: ${t(`version:${shown}`)}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{t(`version:${shown}`)}</span>
        {canRevert && (
          <>
            {' — '}
            <Button buttonStyle="none" className="status__action" id="action-revert-to-published" disabled={busy} onClick={() => toggleModal(modalSlug)}>
              {t('version:revertToPublished')}
            </Button>
            <ConfirmationModal
              heading={vi ? 'Quay về bản đã xuất bản?' : 'Revert to the published version?'}
              body={
                vi
                  ? 'Các thay đổi chưa xuất bản sẽ bị bỏ, ở mọi ngôn ngữ; ' +
                    'trang quay về đúng bản đang hiện trên trang. Bản nháp vẫn xem lại được trong mục Phiên bản.'
                  : 'The unpublished changes are dropped, in every language; ' +
                    'the page goes back to the version shown on the site. The draft stays under Versions.'
              }
              confirmingLabel={t('version:reverting')}
              modalSlug={modalSlug}
              onConfirm={revert}
            />
          </>
        )}
      </div>
    </div>
  )
}
