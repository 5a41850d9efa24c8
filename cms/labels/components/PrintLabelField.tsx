'use client'
/** In a product's sidebar, for centre staff: print its showroom label (one per page, or on an A4 sheet). */
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'

export function PrintLabelField() {
  const { user } = useAuth<{ role?: string }>()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id || (user?.role !== 'admin' && user?.role !== 'staff')) return null
  const vi = i18n.language !== 'en'
  return (
    <div style={{ margin: '0 0 1.5rem' }} data-print-label-field>
      <div style={{ fontWeight: 600, marginBottom: '0.5rem' }}>{vi ? 'Nhãn trưng bày' : 'Showroom label'}</div>
      <a href={`/api/labels?ids=${id}&layout=single`} target="_blank" rel="noopener" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        {vi ? 'In nhãn (có mã QR)' : 'Print label (with QR code)'}
      </a>
      <p style={{ fontSize: '0.85em', opacity: 0.75, margin: '0.5rem 0 0' }}>
        {vi ? 'Chỉ in được khi sản phẩm đã công bố.' : 'Only a published product can be labelled.'}
      </p>
    </div>
  )
}
