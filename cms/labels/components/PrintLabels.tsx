'use client'
/**
 * Above the Products list, for centre staff: print showroom labels for the ticked products, or for
 * every published product of a province. Opens the printable page (/api/labels) in a new tab.
 */
import { useAuth, useSelection, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Province = { id: number | string; name: string }

export function PrintLabels() {
  const { user } = useAuth<{ role?: string; provinces?: (number | string | { id: number | string })[] }>()
  const { i18n } = useTranslation()
  const { selectedIDs } = useSelection()
  const [provinces, setProvinces] = useState<Province[]>([])
  const [province, setProvince] = useState('')
  const staff = user?.role === 'admin' || user?.role === 'staff'
  useEffect(() => {
    if (!staff) return
    fetch('/api/provinces?limit=100&depth=0&sort=name&select[name]=true', { credentials: 'include' })
      .then((r) => r.json())
      .then((body: { docs?: Province[] }) => setProvinces(body.docs ?? []))
      .catch(() => setProvinces([]))
  }, [staff])
  if (!staff) return null
  const vi = i18n.language !== 'en'
  const ids = selectedIDs.join(',')
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'center', margin: '0 0 1rem' }} data-print-labels>
      <strong>{vi ? 'Nhãn trưng bày:' : 'Showroom labels:'}</strong>
      <a
        href={ids ? `/api/labels?ids=${ids}` : undefined}
        target="_blank"
        rel="noopener"
        aria-disabled={!ids}
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0, opacity: ids ? 1 : 0.5, pointerEvents: ids ? 'auto' : 'none' }}
        data-print-selected
      >
        {vi ? `In nhãn sản phẩm đã chọn (${selectedIDs.length})` : `Print labels for the selection (${selectedIDs.length})`}
      </a>
      <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <span>{vi ? 'hoặc cả tỉnh' : 'or a whole province'}</span>
        <select value={province} onChange={(e) => setProvince(e.target.value)} data-print-province-select>
          <option value="">{vi ? '— chọn tỉnh —' : '— choose —'}</option>
          {provinces.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {province && (
        <a
          href={`/api/labels?province=${province}`}
          target="_blank"
          rel="noopener"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          data-print-province
        >
          {vi ? 'In tờ nhãn A4' : 'Print an A4 sheet'}
        </a>
      )}
    </div>
  )
}
