/**
 * Above the enquiries list, for centre staff only: each producer's response rate and median
 * response time over the last twelve months, worst first, within the staff member's provinces.
 */
import type { BeforeListServerProps } from 'payload'
import type React from 'react'
import { isStaff } from '../access/roles'
import { responseStats, type StatsInput } from '../../src/enquiries/response-stats'

const YEAR_MS = 365 * 24 * 3600_000

function duration(hours: number | null, vi: boolean): string {
  if (hours === null) return '—'
  if (hours < 48) return vi ? `${hours.toFixed(1).replace('.', ',')} giờ` : `${hours.toFixed(1)} h`
  const days = hours / 24
  return vi ? `${days.toFixed(1).replace('.', ',')} ngày` : `${days.toFixed(1)} days`
}

export async function EnquiryStats({ payload, user, i18n }: BeforeListServerProps) {
  const principal = user ? ({ ...user, collection: 'users' } as never) : undefined
  if (!principal || !isStaff(principal)) return null
  const now = new Date()
  const vi = i18n.language === 'vi'
  const { docs } = await payload.find({
    collection: 'enquiries',
    where: { createdAt: { greater_than: new Date(now.getTime() - YEAR_MS).toISOString() } },
    select: { producer: true, status: true, createdAt: true, answeredAt: true, dueAt: true },
    depth: 0,
    pagination: false,
    limit: 0,
    overrideAccess: false,
    user: principal,
  })
  const producerIds = [...new Set(docs.map((d) => (d as StatsInput).producer).filter((p) => p != null))] as (number | string)[]
  const producers = producerIds.length
    ? await payload.find({
        collection: 'producers',
        where: { id: { in: producerIds } },
        select: { brandName: true },
        depth: 0,
        pagination: false,
        limit: 0,
        draft: true,
        overrideAccess: true,
      })
    : { docs: [] }
  const names = Object.fromEntries(producers.docs.map((p) => [String(p.id), String((p as { brandName?: string }).brandName ?? '')]))
  const rows = responseStats(docs as unknown as StatsInput[], now, names)
  if (rows.length === 0) return null
  const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`)
  const cell: React.CSSProperties = { padding: '0.35rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }
  return (
    <details style={{ margin: '0 0 1.5rem' }} data-enquiry-stats>
      <summary style={{ cursor: 'pointer', fontWeight: 600, padding: '0.5rem 0' }}>
        {vi ? 'Tỷ lệ phản hồi của các cơ sở (12 tháng qua)' : 'Producers’ response rates (last 12 months)'}
      </summary>
      <p style={{ margin: '0.25rem 0 0.75rem', opacity: 0.8 }}>
        {vi
          ? 'Tỷ lệ = số đã trả lời / (đã trả lời + quá hạn chưa trả lời); yêu cầu còn trong hạn không tính. Thời gian là trung vị từ lúc nhận đến lúc trả lời.'
          : 'Rate = answered / (answered + overdue without an answer); enquiries still within their time are not counted. Time is the median from arrival to answer.'}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell}>{vi ? 'Cơ sở' : 'Producer'}</th>
            <th style={cell}>{vi ? 'Yêu cầu' : 'Enquiries'}</th>
            <th style={cell}>{vi ? 'Đã trả lời' : 'Answered'}</th>
            <th style={cell}>{vi ? 'Quá hạn' : 'Overdue'}</th>
            <th style={cell}>{vi ? 'Tỷ lệ phản hồi' : 'Response rate'}</th>
            <th style={cell}>{vi ? 'Thời gian phản hồi (trung vị)' : 'Median response time'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.producerId} data-producer-id={row.producerId}>
              <td style={cell}>{row.name}</td>
              <td style={cell}>{row.total}</td>
              <td style={cell}>{row.answered}</td>
              <td style={cell}>{row.overdue}</td>
              <td style={cell} data-response-rate>
                {pct(row.responseRate)}
              </td>
              <td style={cell} data-median-response>
                {duration(row.medianResponseHours, vi)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
