/**
 * Above the enquiries list: each producer's response rate and median response time over the last
 * twelve months, worst first, within a staff member's provinces; a producer sees its own row only
 * (the same query with its own access rules), so both read the same figures.
 */
import type { BeforeListServerProps } from 'payload'
import type React from 'react'
import { loadResponseFigures } from '../enquiries/load-response-figures'
import type { User } from '../payload-types'

function duration(hours: number | null, vi: boolean): string {
  if (hours === null) return '—'
  if (hours < 48) return vi ? `${hours.toFixed(1).replace('.', ',')} giờ` : `${hours.toFixed(1)} h`
  const days = hours / 24
  return vi ? `${days.toFixed(1).replace('.', ',')} ngày` : `${days.toFixed(1)} days`
}

export async function EnquiryStats({ payload, user, i18n }: BeforeListServerProps) {
  const figures = await loadResponseFigures(payload, user as User | null)
  if (!figures) return null
  const { own, rows } = figures
  const vi = i18n.language === 'vi'
  if (rows.length === 0) return null
  const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`)
  const cell: React.CSSProperties = { padding: '0.35rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }
  return (
    <details style={{ margin: '0 0 1.5rem' }} data-enquiry-stats={own ? 'own' : 'centre'} open={own}>
      <summary style={{ cursor: 'pointer', fontWeight: 600, padding: '0.5rem 0' }}>
        {own
          ? vi
            ? 'Phản hồi của bạn (12 tháng qua)'
            : 'Your response rate (last 12 months)'
          : vi
            ? 'Tỷ lệ phản hồi của các cơ sở (12 tháng qua)'
            : 'Producers’ response rates (last 12 months)'}
      </summary>
      <p style={{ margin: '0.25rem 0 0.75rem', opacity: 0.8 }}>
        {vi
          ? 'Tỷ lệ = số trả lời đúng hạn / (đã trả lời + quá hạn chưa trả lời). ' +
            'Trả lời là thư gửi từ đây hoặc "Tôi đã trả lời qua điện thoại/Zalo"; ' +
            'yêu cầu còn trong hạn, đã đóng hoặc thư rác không tính. Thời gian là trung vị từ lúc nhận đến lúc trả lời.'
          : 'Rate = answered on time / (answered + overdue without an answer). An answer is a reply sent from here or "I answered by phone/Zalo"; ' +
            'enquiries still within their time, closed or spam are not counted. Time is the median from arrival to answer.'}
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{vi ? 'Cơ sở' : 'Producer'}</th>
              <th style={cell}>{vi ? 'Yêu cầu' : 'Enquiries'}</th>
              <th style={cell}>{vi ? 'Đã trả lời' : 'Answered'}</th>
              <th style={cell}>{vi ? 'Trả lời trễ hạn' : 'Answered late'}</th>
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
                <td style={cell} data-answered-late>
                  {row.late}
                </td>
                <td style={cell} data-overdue>
                  {row.overdue}
                </td>
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
      </div>
    </details>
  )
}
