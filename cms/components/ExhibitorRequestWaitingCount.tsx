/**
 * In staff's navigation: how many requests to exhibit wait for a decision, counted with the
 * signed-in user's own access rules (province staff count the requests their provinces decide).
 * Links to that list. Producers see theirs on the dashboard instead.
 */
import type { ServerProps } from 'payload'
import { NavCountLink } from './NavCountLink'
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
    <NavCountLink
      href={`${payload.config.routes.admin}${WAITING_EXHIBITOR_REQUESTS_PATH}`}
      label={label}
      count={count}
      data="data-exhibitor-requests-waiting-count"
    />
  )
}
