/**
 * What the enquiry browser tests (enquiry*.spec.ts) share: the demo producers, filling in the
 * form as a buyer, the buyer's copy by mail, and the enquiries stored for an e-mail address.
 */
import { randomUUID } from 'node:crypto'
import type { APIRequestContext, Page } from '@playwright/test'
import { enquiryStrings } from '../../site/i18n/enquiry'
import { auth, E2E, type MailFile, mailWith, signIn, STAFF } from './helpers'
import { DEMO, type Lang } from './showroom-helpers'

export const PRODUCER_A = `${DEMO.brand}@tieubieu.local`
export const PRODUCER_B = 'keo-khom-ben-luc@tieubieu.local'

/** A field by the start of its label ("Name (required)"), so "Name" never matches "Vietnamese". */
export const label = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

export type Buyer = { name: string; company: string; email: string; phone: string; message: string }
export const buyerFor = (lang: Lang): Buyer => ({
  name: lang === 'vi' ? 'Trần Thị Hoa' : 'Emma Clarke',
  company: lang === 'vi' ? 'Siêu thị Sài Gòn Xanh' : 'Clarke Fine Foods Ltd',
  email: `buyer-${randomUUID().slice(0, 8)}@example.com`,
  phone: '0912 345 678',
  message:
    lang === 'vi' ? 'Xin báo giá 200 hũ mật ong 500 g, giao tại Thành phố Hồ Chí Minh.' : 'Please quote 2,000 jars, CIF Felixstowe, with English labels.',
})

export async function fillForm(page: Page, lang: Lang, buyer: Buyer, overrides: Partial<Buyer> = {}) {
  const t = enquiryStrings(lang)
  const form = page.locator('#enquiry form')
  const values = { ...buyer, ...overrides }
  await form.getByLabel(label(t.fields.name)).fill(values.name)
  await form.getByLabel(label(t.fields.company)).fill(values.company)
  await form.getByLabel(label(t.fields.buyerType)).selectOption({ label: t.buyerTypes.importer })
  await form.getByLabel(label(t.fields.country)).fill(lang === 'vi' ? 'Việt Nam' : 'United Kingdom')
  await form.getByLabel(label(t.fields.email)).fill(values.email)
  await form.getByLabel(label(t.fields.phone)).fill(values.phone)
  await form.getByLabel(label(t.fields.quantity)).fill('200')
  await form.getByLabel(label(t.fields.unit)).fill(lang === 'vi' ? 'hũ' : 'jars')
  await form.getByLabel(label(t.fields.message)).fill(values.message)
  await form.getByLabel(label(t.fields.consent)).check()
}

/** The buyer's copy, once the admin's job runner has sent it. */
export function buyerCopy(email: string, reference: string): Promise<MailFile> {
  return mailWith(reference, email)
}

export async function storedWithEmail(request: APIRequestContext, email: string) {
  const token = await signIn(request, STAFF)
  const res = await request.get(`${E2E.cms}/api/enquiries?depth=0&where[email][equals]=${encodeURIComponent(email)}`, { headers: auth(token) })
  return (await res.json()) as { totalDocs: number; docs: { id: number; reference: string; producer: number }[] }
}
