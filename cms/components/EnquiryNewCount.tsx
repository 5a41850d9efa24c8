/**
 * In the admin's navigation: how many enquiries are new, counted with the signed-in user's own
 * access rules (a producer counts its own, province staff their provinces'). Links to that list.
 */
import type { ServerProps } from 'payload'

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
  return (
    <a
      href={href}
      data-enquiry-new-count={count}
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
