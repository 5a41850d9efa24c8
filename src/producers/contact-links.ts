/**
 * Links for a producer's public contacts: a phone call, a Zalo chat (https://zalo.me/<phone>,
 * the messaging app most Vietnamese use), e-mail and the website. Contacts marked private are
 * never shown: buyers reach those producers through the enquiry form.
 */

export type Contacts = {
  person?: string | null
  phone?: string | null
  zalo?: string | null
  email?: string | null
  web?: string | null
  private?: boolean | null
}

export type PublicContacts = {
  person?: string
  phone?: { label: string; href: string }
  zalo?: { label: string; href: string }
  email?: { label: string; href: string }
  web?: { label: string; href: string }
}

/** A Vietnamese number in national form (0912000101), from "+84 912 000 101", "84912000101"… */
export function nationalNumber(phone: string | null | undefined): string | undefined {
  if (!phone) return undefined
  let digits = phone.replace(/\D/g, '')
  if (phone.trim().startsWith('+84') || (digits.startsWith('84') && digits.length >= 11)) digits = `0${digits.slice(2)}`
  if (!digits.startsWith('0')) digits = `0${digits}`
  return digits.length >= 10 && digits.length <= 11 ? digits : undefined
}

/** https://zalo.me/0912000101, or undefined when the number is not usable. */
export function zaloLink(phone: string | null | undefined): string | undefined {
  const national = nationalNumber(phone)
  return national ? `https://zalo.me/${national}` : undefined
}

/** tel:+84912000101 (international form, so it dials from abroad too). */
export function telLink(phone: string | null | undefined): string | undefined {
  const national = nationalNumber(phone)
  return national ? `tel:+84${national.slice(1)}` : undefined
}

/** An absolute http(s) address; a bare "example.vn" gets https://. Anything else is dropped. */
export function webLink(web: string | null | undefined): string | undefined {
  const text = web?.trim()
  if (!text) return undefined
  const candidate = /^https?:\/\//i.test(text) ? text : /^[\w.-]+\.[a-z]{2,}(\/.*)?$/i.test(text) ? `https://${text}` : undefined
  if (!candidate) return undefined
  try {
    const url = new URL(candidate)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

/** The contacts a buyer may see, or undefined when the producer keeps them private. */
export function publicContacts(contacts: Contacts | null | undefined): PublicContacts | undefined {
  if (!contacts || contacts.private) return undefined
  const result: PublicContacts = {}
  if (contacts.person?.trim()) result.person = contacts.person.trim()
  const tel = telLink(contacts.phone)
  if (tel) result.phone = { label: contacts.phone!.trim(), href: tel }
  const zaloNumber = contacts.zalo?.trim() || contacts.phone?.trim()
  const zalo = zaloLink(zaloNumber)
  if (zalo) result.zalo = { label: zaloNumber!, href: zalo }
  const email = contacts.email?.trim()
  if (email && EMAIL.test(email)) result.email = { label: email, href: `mailto:${email}` }
  const web = webLink(contacts.web)
  if (web) result.web = { label: web.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: web }
  return Object.keys(result).length > 0 ? result : undefined
}
