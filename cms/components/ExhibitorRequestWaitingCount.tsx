/**
 * In staff's navigation: how many requests to exhibit wait for a decision, counted with the
 * signed-in user's own access rules (province staff count the requests their provinces decide).
 * Links to that list. Producers see theirs on the dashboard instead.
 */
import type { ServerProps } from 'payload'
import { countWaitingExhibitorRequests, WAITING_EXHIBITOR_REQUESTS_PATH } from '../fairs/count-waiting-exhibitor-requests'

export async function ExhibitorRequestWaitingCount({ payload, user, i18n }: ServerProps) {
  let count: number | undefined
  try {
    count = await countWaitingExhibitorRequests(payload, user)
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'exhibitor requests: could not count waiting requests for the navigation' })
    return null
  }
  if (count === undefined) return null
  const label = i18n.language === 'en' ? 'Requests to exhibit waiting' : 'Đăng ký hội chợ chờ xét'
  return (
    <a
      href={`${payload.config.routes.admin}${WAITING_EXHIBITOR_REQUESTS_PATH}`}
      data-exhibitor-requests-waiting-count={count}
      aria-label={`${label}: ${count}`}
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        alignItems: 'center',
        gap: '0.5rem',
        padding: '0.5rem 0',
        marginBottom: '0.75rem',
        fontWeight: 600,
        textDecoration: 'none',
        color: 'inherit',
      }}
    >
      <span>{label}</span>
      <span
        style={{
          minWidth: '1.75rem',
          padding: '0.1rem 0.5rem',
          borderRadius: '1rem',
          textAlign: 'center',
          background: count > 0 ? '#9a3412' : 'var(--theme-elevation-150)',
          color: count > 0 ? '#fff' : 'inherit',
        }}
      >
        {count}
      </span>
    </a>
  )
}
