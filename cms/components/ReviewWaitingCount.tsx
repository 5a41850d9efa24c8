/**
 * In staff's navigation: how many producers' changes wait for review, counted with the signed-in
 * user's own access rules (province staff count their provinces'). Links to that list. Producers
 * see theirs on the dashboard instead.
 */
import type { ServerProps } from 'payload'
import { NavCountLink } from './NavCountLink'
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
    <NavCountLink
      href={`${payload.config.routes.admin}/collections/reviews?where[status][in]=pending,live`}
      label={label}
      count={count}
      data="data-review-waiting-count"
    />
  )
}
