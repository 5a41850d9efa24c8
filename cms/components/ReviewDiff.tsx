'use client'
/**
 * On a review: what the producer changed, the published value beside the submitted one, field by
 * field under the field's own label, only the fields that changed. Claims (certifications,
 * support received) are marked: they are shown as "not verified" until staff check the evidence.
 */
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type React from 'react'
import type { ReviewChange } from '../reviews/review-changes'

const cell: React.CSSProperties = { padding: '0.5rem', borderTop: '1px solid var(--theme-elevation-150)', verticalAlign: 'top', whiteSpace: 'pre-wrap' }

export function ReviewDiff() {
  const { i18n } = useTranslation()
  const changes = useFormFields(([fields]) => fields.changes?.value) as ReviewChange[] | undefined
  const vi = i18n.language !== 'en'
  if (!Array.isArray(changes)) return null
  const empty = <em style={{ opacity: 0.6 }}>{vi ? '(trống)' : '(empty)'}</em>
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }} data-review-diff>
      <h3 style={{ marginBottom: '0.5rem' }}>{vi ? `Thay đổi (${changes.length})` : `Changes (${changes.length})`}</h3>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ ...cell, textAlign: 'left', width: '20%' }}>{vi ? 'Trường' : 'Field'}</th>
              <th style={{ ...cell, textAlign: 'left' }}>{vi ? 'Đang đăng' : 'Published'}</th>
              <th style={{ ...cell, textAlign: 'left' }}>{vi ? 'Gửi duyệt' : 'Submitted'}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} data-diff-field={c.field}>
                <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                  {vi ? c.label.vi : c.label.en}
                  {c.claim ? <div style={{ fontWeight: 400, color: 'var(--theme-warning-600)' }}>{vi ? 'Cần xác minh' : 'To be verified'}</div> : null}
                </th>
                <td style={{ ...cell, background: 'var(--theme-error-50)' }} data-diff="from">
                  {c.from ?? empty}
                </td>
                <td style={{ ...cell, background: 'var(--theme-success-50)' }} data-diff="to">
                  {c.to ?? empty}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
