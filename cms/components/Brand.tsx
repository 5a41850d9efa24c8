/**
 * The showroom's name and mark in the admin (login page, header), instead of Payload's logo: the
 * people signing in are producers and centre staff, who know the showroom, not the software.
 */
const MARK = (
  <svg viewBox="0 0 32 32" width="100%" height="100%" aria-hidden="true">
    <rect width="32" height="32" rx="7" fill="#9a3412" />
    <path d="M8 10h16v3h-6.5v11h-3V13H8z" fill="#fff" />
  </svg>
)

/** The header's small mark. */
export function BrandIcon() {
  return <span style={{ display: 'block', width: '100%', height: '100%' }}>{MARK}</span>
}

/** The login page's logo: the mark and the showroom's name in both languages. */
export function BrandLogo() {
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
      <span style={{ display: 'inline-block', width: 48, height: 48, flex: 'none' }}>{MARK}</span>
      <span style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.2 }}>
        <strong style={{ fontSize: '1.5rem' }}>Tiêu Biểu</strong>
        <span style={{ fontSize: '0.9rem', opacity: 0.8 }}>Showroom sản phẩm công nghiệp nông thôn tiêu biểu</span>
      </span>
    </span>
  )
}
