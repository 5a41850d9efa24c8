/**
 * In staff's navigation: how many producers' changes wait for review, counted with the signed-in
 * user's own access rules (province staff count their provinces'). Links to that list. Producers
 * see theirs on the dashboard instead.
 */
import type { ServerProps } from 'payload'
import { isStaff } from '../access/roles'

export async function ReviewWaitingCount({ payload, user, i18n }: ServerProps) {
  const staff = user ? { ...user, collection: 'users' as const } : undefined
  if (!staff || !isStaff(staff)) return null
  let count: number
  try {
    count = (await payload.count({ collection: 'reviews', where: { status: { in: ['pending', 'live'] } }, overrideAccess: false, user: staff })).totalDocs
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'reviews: could not count waiting reviews for the navigation' })
    return null
  }
  const label = i18n.language === 'en' ? 'Changes to review' : 'Thay đổi chờ duyệt'
  return (
    <a
      href={`${payload.config.routes.admin}/collections/reviews?where[status][in]=pending,live`}
      data-review-waiting-count={count}
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
