/**
 * In the admin's navigation: how many enquiries are new, counted with the signed-in user's own
 * access rules (a producer counts its own, province staff their provinces'). Links to that list.
 */
import type { ServerProps } from 'payload'
import { NavCountLink } from './NavCountLink'

export async function EnquiryNewCount({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  let count: number
  try {
    const result = await payload.count({
      collection: 'enquiries',
      where: { status: { equals: 'new' } },
      overrideAccess: false,
      user: { ...user, collection: 'users' },
    })
    count = result.totalDocs
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'enquiries: could not count new enquiries for the navigation' })
    return null
  }
  const vi = i18n.language === 'vi'
  const href = `${payload.config.routes.admin}/collections/enquiries?where[status][equals]=new`
  const label = vi ? 'Yêu cầu báo giá mới' : 'New enquiries'
  return <NavCountLink href={href} label={label} count={count} data="data-enquiry-new-count" />
}
