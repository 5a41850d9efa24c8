'use client'
/**
 * On an enquiry in the admin: answer the buyer in one click — Zalo, a phone call, or an e-mail
 * quoting the reference — and, for those who answered by phone or Zalo, one tap to record it
 * (POST …/answered-by-phone), so the response figures count it. Links are built from the digits of
 * the number only (src/enquiries/contact-links.ts).
 */
import { toast, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { useState } from 'react'
import { contactLinks } from '../../src/enquiries/contact-links'

export function EnquiryContactLinks() {
  const { i18n } = useTranslation()
  const phone = useFormFields(([fields]) => fields.phone?.value as string | undefined)
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const reference = useFormFields(([fields]) => fields.reference?.value as string | undefined)
  const answered = useFormFields(([fields]) => Boolean(fields.replyChannel?.value))
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const links = contactLinks(phone, email)
  const vi = i18n.language === 'vi'
  if (!links.zalo && !links.mailto) return null
  const recordPhoneAnswer = async () => {
    setBusy(true)
    const response = await fetch(`${config.serverURL}${config.routes.api}/enquiries/${encodeURIComponent(String(id))}/answered-by-phone`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      toast.error(vi ? 'Chưa ghi được, hãy thử lại.' : 'Not recorded; please try again.')
      return
    }
    toast.success(vi ? 'Đã ghi: đã trả lời qua điện thoại/Zalo.' : 'Recorded: answered by phone or Zalo.')
    // A full reload: the form then shows the status, the time and the note as stored.
    window.location.reload()
  }
  const button: React.CSSProperties = {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '2.5rem',
    padding: '0.4rem 0.9rem',
    borderRadius: '0.3rem',
    border: '1px solid var(--theme-elevation-250)',
    textDecoration: 'none',
    fontWeight: 600,
  }
  const subject = reference ? `?subject=${encodeURIComponent(`Re: ${reference}`)}` : ''
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }} data-enquiry-contact>
      <span className="field-label" style={{ display: 'block', marginBottom: '0.4rem' }}>
        {vi ? 'Liên hệ người mua' : 'Contact the buyer'}
      </span>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {links.zalo && (
          <a href={links.zalo} target="_blank" rel="noopener noreferrer" style={button} data-contact="zalo">
            Zalo {links.display}
          </a>
        )}
        {links.tel && (
          <a href={links.tel} style={button} data-contact="tel">
            {vi ? 'Gọi' : 'Call'} {links.display}
          </a>
        )}
        {links.tel && id != null && !answered && (
          <button type="button" onClick={recordPhoneAnswer} disabled={busy} style={{ ...button, cursor: 'pointer', background: 'none' }} data-answered-by-phone>
            {vi ? 'Tôi đã trả lời qua điện thoại/Zalo' : 'I answered by phone or Zalo'}
          </button>
        )}
        {links.mailto && (
          <a href={`${links.mailto}${subject}`} style={button} data-contact="email">
            {vi ? 'Trả lời qua email' : 'Reply by e-mail'}
          </a>
        )}
      </div>
    </div>
  )
}
