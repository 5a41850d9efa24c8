'use client'
/**
 * The line at the top of a submitted application, for the producer that sent it: the form below is
 * read-only now (the application is the centre's until it decides), and this says so, with where
 * the application stands, instead of leaving boxes that look editable but cannot be saved.
 */
import { useFormFields, useTranslation } from '@payloadcms/ui'

type Words = { title: string; status: string; more: string }

const NOTES: Record<string, { vi: Words; en: Words }> = {
  submitted: {
    vi: {
      title: 'Hồ sơ đã nộp, đang chờ trung tâm xét.',
      status: 'Đã nộp',
      more: 'Hồ sơ không sửa được nữa. Cần bổ sung giấy tờ, xin liên hệ trung tâm khuyến công.',
    },
    en: {
      title: 'Application submitted, waiting for the centre to decide.',
      status: 'Submitted',
      more: 'It can no longer be changed. To add a document, contact the extension centre.',
    },
  },
  accepted: {
    vi: {
      title: 'Trung tâm đã xét hồ sơ: được hỗ trợ.',
      status: 'Được hỗ trợ',
      more: 'Kết quả và kinh phí hỗ trợ ở mục "Kết quả xét duyệt".',
    },
    en: { title: 'The centre has decided: support granted.', status: 'Accepted', more: 'See "Decision" for the amount granted.' },
  },
  declined: {
    vi: {
      title: 'Trung tâm đã xét hồ sơ: không được hỗ trợ.',
      status: 'Không được hỗ trợ',
      more: 'Lý do ở mục "Kết quả xét duyệt".',
    },
    en: { title: 'The centre has decided: not supported.', status: 'Declined', more: 'See "Decision" for the reason.' },
  },
}

export function ApplicationSubmittedNote() {
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const { i18n } = useTranslation()
  const note = status ? NOTES[status] : undefined
  if (!note) return null
  const words = i18n.language === 'en' ? note.en : note.vi
  return (
    <div
      role="status"
      data-testid="application-submitted-note"
      style={{
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) * 0.75) var(--base)',
        borderLeft: '4px solid var(--theme-success-500)',
        background: 'var(--theme-elevation-50)',
        borderRadius: 'var(--style-radius-s)',
      }}
    >
      <p style={{ margin: 0, fontWeight: 600 }}>{words.title}</p>
      <p style={{ margin: '0.25rem 0 0' }}>
        {i18n.language === 'en' ? 'Status' : 'Trạng thái'}: <strong>{words.status}</strong>
      </p>
      <p style={{ margin: '0.25rem 0 0' }}>{words.more}</p>
    </div>
  )
}
