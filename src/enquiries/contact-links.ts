/**
 * One-click hand-off from the admin to Zalo or the phone. Only digits (and a leading +) reach a
 * link, whatever the buyer typed, so a "phone number" can never become a script or another site.
 */
export type ContactLinks = { zalo?: string; tel?: string; mailto?: string; display?: string }

export function phoneDigits(phone: string | null | undefined): { digits: string; international: boolean } | undefined {
  if (!phone) return undefined
  const trimmed = phone.trim()
  const digits = trimmed.replace(/\D/g, '')
  if (digits.length < 6 || digits.length > 15) return undefined
  return { digits, international: trimmed.startsWith('+') }
}

export function contactLinks(phone: string | null | undefined, email?: string | null): ContactLinks {
  const links: ContactLinks = {}
  const parsed = phoneDigits(phone)
  if (parsed) {
    // Zalo takes Vietnamese numbers as 0912… or 84912…; a leading + is dropped.
    links.zalo = `https://zalo.me/${parsed.digits}`
    links.tel = `tel:${parsed.international ? '+' : ''}${parsed.digits}`
    links.display = `${parsed.international ? '+' : ''}${parsed.digits}`
  }
  if (email && /^[^\s@<>"']+@[^\s@<>"']+$/.test(email.trim())) links.mailto = `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}`
  return links
}
