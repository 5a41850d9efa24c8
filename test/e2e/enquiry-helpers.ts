/**
 * What the enquiry browser tests (enquiry*.spec.ts) share: the demo producers, filling in the
 * form as a buyer, the buyer's copy by mail, and the enquiries stored for an e-mail address.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { enquiryStrings } from '../../site/i18n/enquiry'
import { auth, E2E, signIn, STAFF } from './helpers'
import { DEMO, type Lang } from './showroom-helpers'

/** Where the admin's job runner writes mail in the browser tests (playwright.config.ts). */
const MAIL_DIR = path.resolve('data/e2e/mail')
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

/** The buyer's copy, once the admin's job runner has sent it (it runs every few seconds). */
export async function buyerCopy(email: string, reference: string): Promise<{ subject: string; text: string; html?: string }> {
  let found: { subject: string; text: string; html?: string } | undefined
  await expect
    .poll(
      () => {
        if (!existsSync(MAIL_DIR)) return undefined
        for (const file of readdirSync(MAIL_DIR)) {
          const mail = JSON.parse(readFileSync(path.join(MAIL_DIR, file), 'utf8'))
          if (String(mail.subject).includes(reference) && JSON.stringify(mail.to).includes(email)) found = mail
        }
        return found?.subject
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toContain(reference)
  return found!
}

export async function storedWithEmail(request: APIRequestContext, email: string) {
  const token = await signIn(request, STAFF)
  const res = await request.get(`${E2E.cms}/api/enquiries?depth=0&where[email][equals]=${encodeURIComponent(email)}`, { headers: auth(token) })
  return (await res.json()) as { totalDocs: number; docs: { id: number; reference: string; producer: number }[] }
}
