/**
 * The top of a staff member's dashboard: what the centre looks after and what waits for it, each
 * figure a link to the list behind it. Staff limited to provinces see their provinces' figures
 * (load-centre-figures.ts). Nothing for producers, who get their own home (ProducerHome.tsx).
 */
import type { ServerProps, WhereField } from 'payload'
import type React from 'react'
import { AWARD_LEVELS, type AwardLevel } from '../../src/awards/award-levels'
import { loadCentreFigures, overdueEnquiriesWhere } from '../dashboard/load-centre-figures'
import type { User } from '../payload-types'

const LEVEL_NAMES: Record<AwardLevel, { vi: string; en: string }> = {
  national: { vi: 'Quốc gia', en: 'National' },
  regional: { vi: 'Khu vực', en: 'Regional' },
  provincial: { vi: 'Tỉnh', en: 'Provincial' },
  district: { vi: 'Huyện (trước 7/2025)', en: 'District (before 7/2025)' },
  commune: { vi: 'Xã', en: 'Commune' },
}

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 8, padding: '1rem' }
const figureLink: React.CSSProperties = { display: 'flex', justifyContent: 'space-between', gap: '0.5rem', padding: '0.3rem 0', color: 'inherit' }
const cell: React.CSSProperties = { padding: '0.3rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'right' }

/** A list address with its filters: `where[field][operator]=value`, the form Payload's list view reads. */
function listHref(admin: string, collection: string, filters: readonly [string, string, string][]): string {
  const query = filters.map(([field, operator, value]) => `where[${field}][${operator}]=${encodeURIComponent(value)}`).join('&')
  return `${admin}/collections/${collection}${query ? `?${query}` : ''}`
}

/** A flat list filter ({ field: { operator: value } }) as listHref's triples: the link opens the very list that was counted. */
function filtersOf(where: Record<string, WhereField>): [string, string, string][] {
  return Object.entries(where).flatMap(([field, operators]) =>
    Object.entries(operators).map(([operator, value]): [string, string, string] => [field, operator, Array.isArray(value) ? value.join(',') : String(value)]),
  )
}

function Figure({ href, label, value, data }: { href: string; label: string; value: number | string; data: string }) {
  return (
    <a href={href} style={figureLink} data-centre-figure={data}>
      <span>{label}</span>
      <strong>{value}</strong>
    </a>
  )
}

export async function CentreDashboard({ payload, user, i18n }: ServerProps) {
  const now = new Date()
  const figures = await loadCentreFigures(payload, user as User | null, now)
  if (!figures) return null
  const vi = i18n.language !== 'en'
  const t = (vietnamese: string, english: string) => (vi ? vietnamese : english)
  const admin = payload.config.routes.admin
  const scope: [string, string, string][] = figures.scope.length > 0 ? [['province', 'in', figures.scope.join(',')]] : []
  const { awards, enquiries } = figures
  const rate = enquiries.responseRate === null ? '—' : `${Math.round(enquiries.responseRate * 100)}%`
  return (
    <section data-centre-dashboard style={{ marginBottom: '2rem' }}>
      <h2 style={{ marginBottom: '0.25rem' }}>{t('Trung tâm', 'Centre')}</h2>
      <p style={{ marginBottom: '1rem' }} data-centre-scope>
        {figures.scopeNames.length > 0
          ? t(`Số liệu của tỉnh/thành bạn phụ trách: ${figures.scopeNames.join(', ')}.`, `Figures for your provinces: ${figures.scopeNames.join(', ')}.`)
          : t('Số liệu cả nước.', 'Figures for the whole country.')}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(15rem, 1fr))', gap: '0.75rem' }}>
        <div style={box}>
          <h3 style={{ margin: '0 0 0.5rem' }}>{t('Cần xử lý', 'Waiting for the centre')}</h3>
          <Figure
            data="reviews"
            href={listHref(admin, 'reviews', [['status', 'in', 'pending,live']])}
            label={t('Thay đổi chờ duyệt', 'Changes to review')}
            value={figures.reviewsWaiting}
          />
          <Figure
            data="exhibitor-requests"
            href={listHref(admin, 'exhibitor-requests', [['status', 'equals', 'waiting']])}
            label={t('Đăng ký hội chợ chờ xét', 'Requests to exhibit')}
            value={figures.exhibitorRequestsWaiting}
          />
          <Figure
            data="enquiries-new"
            href={listHref(admin, 'enquiries', [['status', 'equals', 'new']])}
            label={t('Yêu cầu báo giá mới', 'New enquiries')}
            value={enquiries.new}
          />
          <Figure
            data="enquiries-overdue"
            href={listHref(admin, 'enquiries', filtersOf(overdueEnquiriesWhere(now)))}
            label={t('Yêu cầu quá hạn chưa trả lời', 'Overdue enquiries')}
            value={enquiries.overdue}
          />
          <Figure
            data="response-rate"
            href={`${admin}/collections/enquiries`}
            label={t('Tỷ lệ trả lời đúng hạn (12 tháng)', 'Answered on time (12 months)')}
            value={rate}
          />
        </div>
        <div style={box}>
          <h3 style={{ margin: '0 0 0.5rem' }}>{t('Trưng bày', 'Showroom')}</h3>
          <Figure
            data="producers-published"
            href={listHref(admin, 'producers', [['_status', 'equals', 'published'], ...scope])}
            label={t('Cơ sở đã đăng', 'Producers published')}
            value={figures.producers.published}
          />
          <Figure
            data="producers-draft"
            href={listHref(admin, 'producers', [['_status', 'equals', 'draft'], ...scope])}
            label={t('Cơ sở có bản nháp', 'Producers with a draft')}
            value={figures.producers.draft}
          />
          <Figure
            data="products-published"
            href={listHref(admin, 'products', [['_status', 'equals', 'published'], ...scope])}
            label={t('Sản phẩm đã đăng', 'Products published')}
            value={figures.products.published}
          />
          <Figure
            data="products-draft"
            href={listHref(admin, 'products', [['_status', 'equals', 'draft'], ...scope])}
            label={t('Sản phẩm có bản nháp', 'Products with a draft')}
            value={figures.products.draft}
          />
        </div>
      </div>
      <div style={{ ...box, marginTop: '0.75rem' }} data-centre-awards>
        <h3 style={{ margin: '0 0 0.5rem' }}>
          {t('Giải thưởng theo cấp và năm', 'Awards by level and year')} ({awards.total})
        </h3>
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={{ ...cell, textAlign: 'left' }}>{t('Cấp', 'Level')}</th>
                {awards.years.map((year) => (
                  <th key={year} style={cell}>
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {AWARD_LEVELS.map((level) => (
                <tr key={level}>
                  <th style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>{LEVEL_NAMES[level][vi ? 'vi' : 'en']}</th>
                  {awards.years.map((year) => {
                    const count = awards.byLevel[level][year] ?? 0
                    return (
                      <td key={year} style={cell}>
                        {count === 0 ? (
                          <span style={{ opacity: 0.5 }}>0</span>
                        ) : (
                          <a
                            href={listHref(admin, 'awards', [['level', 'equals', level], ['year', 'equals', String(year)], ...scope])}
                            data-award-count={`${level}-${year}`}
                          >
                            {count}
                          </a>
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  )
}
