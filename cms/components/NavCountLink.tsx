/**
 * A count in staff's navigation (new enquiries, changes to review, requests to exhibit): a link
 * to the list it counts, the number in a badge that is coloured while something waits.
 * `data` names the attribute that carries the count, for tests and for styling.
 */
export function NavCountLink({ href, label, count, data }: { href: string; label: string; count: number; data: `data-${string}` }) {
  return (
    <a
      href={href}
      {...{ [data]: count }}
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
