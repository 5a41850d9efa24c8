'use client'
/**
 * On an enquiry in the admin, once answered: the reply as it was sent, as text that cannot be
 * edited (the buyer already has it), or the note that it was answered by phone or Zalo.
 */
import { useFormFields, useTranslation } from '@payloadcms/ui'

/** In the browser's time zone, like the admin's date fields beside it ("Trả lời lúc"). */
function localTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' })
}

export function EnquirySentReply() {
  const { i18n } = useTranslation()
  const channel = useFormFields(([fields]) => fields.replyChannel?.value as string | null | undefined)
  const reply = useFormFields(([fields]) => fields.reply?.value as string | null | undefined)
  const at = useFormFields(([fields]) => fields.answeredAt?.value as string | null | undefined)
  const mailedAt = useFormFields(([fields]) => fields.replyMailedAt?.value as string | null | undefined)
  if (!channel) return null
  const vi = i18n.language === 'vi'
  const when = at ? localTime(at, i18n.language) : ''
  const heading =
    channel === 'phone'
      ? vi
        ? `Đã trả lời qua điện thoại/Zalo lúc ${when}`
        : `Answered by phone or Zalo at ${when}`
      : vi
        ? `Trả lời đã gửi lúc ${when}`
        : `Reply sent at ${when}`
  const mailState =
    channel === 'email'
      ? mailedAt
        ? vi
          ? 'Email đã tới người mua.'
          : 'E-mailed to the buyer.'
        : vi
          ? 'Đang gửi email cho người mua…'
          : 'Being e-mailed to the buyer…'
      : ''
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }} data-enquiry-sent-reply={channel}>
      <span className="field-label" style={{ display: 'block', marginBottom: '0.4rem', fontWeight: 600 }}>
        {heading}
      </span>
      {channel === 'email' && reply ? (
        <blockquote
          style={{ margin: 0, padding: '0.75rem 1rem', borderLeft: '3px solid var(--theme-elevation-250)', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {reply}
        </blockquote>
      ) : null}
      {mailState ? <p style={{ margin: '0.4rem 0 0', opacity: 0.8 }}>{mailState}</p> : null}
    </div>
  )
}
