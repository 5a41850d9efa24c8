'use client'
/**
 * On an enquiry in the admin: answer the buyer in one click — Zalo, a phone call, or an e-mail
 * quoting the reference. Links are built from the digits of the number only (src/enquiries/contact-links.ts).
 */
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import { contactLinks } from '../../src/enquiries/contact-links'

export function EnquiryContactLinks() {
  const { i18n } = useTranslation()
  const phone = useFormFields(([fields]) => fields.phone?.value as string | undefined)
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined)
  const reference = useFormFields(([fields]) => fields.reference?.value as string | undefined)
  const links = contactLinks(phone, email)
  const vi = i18n.language === 'vi'
  if (!links.zalo && !links.mailto) return null
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
        {links.mailto && (
          <a href={`${links.mailto}${subject}`} style={button} data-contact="email">
            {vi ? 'Trả lời qua email' : 'Reply by e-mail'}
          </a>
        )}
      </div>
    </div>
  )
}
