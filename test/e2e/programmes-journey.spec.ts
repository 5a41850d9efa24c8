/**
 * The whole journey of a call for industrial-extension support, in the browser: staff publish a
 * new call for Tây Ninh on a desktop; the Tây Ninh producer sees it on its home on a phone, applies
 * with the form filled in, saves a draft, comes back, finishes and submits; staff accept it with an
 * amount and the producer is mailed; the support shows on its public brand page. A producer of
 * another province never sees the call, on its home or from `GET /api/calls/for-me`.
 *
 * Setup that is not the point (reading ids, checking what was stored) goes through the REST API;
 * every step a person takes is done in the admin or on the site. Afterwards the call is taken
 * back to a draft, so the public lists other specs read are as the demo seeded them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { auth, E2E, STAFF, signIn } from './helpers'
import { MAIL_DIR, type MailFile, mailWith } from './helpers'
import { admin, choose, DESKTOP, dayFromNow, expectFitsPhone, PHONE, saved } from './programmes-journey-helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const PRODUCER_SLUG = 'keo-khom-ben-luc'
const LEGAL_NAME = 'Hộ kinh doanh Nguyễn Thị Hiền'
/** The producer's new description, waiting for review in the demo data (scripts/seed/demo/reviews.ts). */
const PENDING_SUMMARY = 'nay có thêm hộp quà 500 g cho dịp Tết'
// In Thái Nguyên: a call for Tây Ninh is not for it.
const OTHER_PRODUCER = 'mat-ong-ba-be@tieubieu.local'

const stamp = Date.now().toString(36)
const TITLE = `Hỗ trợ bán hàng trực tuyến Tây Ninh ${stamp}`
const QUESTION = 'Cơ sở sẽ bán sản phẩm nào trên sàn thương mại điện tử?'
const AMOUNT = 45_000_000

/** What the steps pass on to the next: the call and the application. */
const journey: { callId?: number; slug?: string; deadline?: string; applicationId?: number } = {}

// The admin pages compile their first render on demand and the test machine is shared: be patient.
test.describe.configure({ mode: 'serial', timeout: 240_000 })
// A click that cannot happen fails within a minute, not at the end of the test's time.
test.use({ actionTimeout: 60_000 })

test.afterAll(async ({ request }) => {
  // Back to a draft: the call leaves the public lists and producers' homes; the support granted stays.
  if (!journey.callId) return
  const token = await signIn(request, STAFF)
  await request.patch(`${E2E.cms}/api/calls/${journey.callId}`, { headers: auth(token), data: { _status: 'draft' } })
})

test('staff publish a new call for Tây Ninh from the admin on a desktop', async ({ browser, request }) => {
  const { context, page } = await admin(browser, STAFF, DESKTOP)
  await page.goto(`${E2E.cms}/admin/collections/calls/create`)
  await expect(page.locator('#field-title')).toBeVisible({ timeout: 60_000 })
  await page.locator('#field-title').fill(TITLE)
  await choose(page, 'field-programme', 'quốc gia', 'Chương trình khuyến công quốc gia 2026–2030')
  const deadline = dayFromNow(30)
  await page.locator('#field-year').fill(deadline.iso.slice(0, 4))
  await choose(page, 'field-kind', 'thương hiệu', 'Xây dựng thương hiệu')
  await page.locator('#field-summary').fill('Hỗ trợ đưa sản phẩm lên sàn thương mại điện tử và làm gian hàng trực tuyến.')
  await page.locator('#field-offer__sharePercent').fill('50')
  await page.locator('#field-offer__maxAmount').fill('60000000')
  await choose(page, 'field-eligibility__provinces', 'Tây Ninh', 'Tây Ninh')
  const deadlineInput = page.locator('#field-deadline input').first()
  await deadlineInput.fill(deadline.typed)
  await deadlineInput.press('Enter')
  // The admin speaks Vietnamese to staff, also on the call's lists.
  await expect(page.getByRole('button', { name: 'Thêm: Giấy tờ' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Thêm: (Question|Document)$/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Thêm: Câu hỏi' }).click({ timeout: 20_000 })
  await page.locator('#field-questions__0__question').fill(QUESTION)
  await page.screenshot({ path: 'test-results/journey-1-staff-call-form.png', fullPage: true })
  await page
    .getByRole('button', { name: /^Xuất bản/ })
    .first()
    .click()
  await saved(page)
  await page.waitForURL(/\/admin\/collections\/calls\/\d+$/, { timeout: 30_000 })
  journey.callId = Number(page.url().split('/').pop())
  await page.screenshot({ path: 'test-results/journey-1-staff-call-published.png', fullPage: true })

  const token = await signIn(request, STAFF)
  const call = await (await request.get(`${E2E.cms}/api/calls/${journey.callId}?depth=1&locale=vi`, { headers: auth(token) })).json()
  expect(call).toMatchObject({ _status: 'published', title: TITLE, questions: [{ question: QUESTION }] })
  expect(call.eligibility.provinces.map((p: { slug: string }) => p.slug)).toEqual(['tay-ninh'])
  // The day typed, day first, is the deadline stored: 05/01 is the 5th of January, not 1 May.
  const stored = new Date(call.deadline)
  expect([stored.getUTCDate(), stored.getUTCMonth() + 1, stored.getUTCFullYear()].join('/')).toBe(deadline.typed.split('/').map(Number).join('/'))
  journey.deadline = deadline.typed
  journey.slug = call.slug
  // Anyone may read it now: it is on the showroom's support page.
  const anonymous = await request.get(`${E2E.cms}/api/calls?where[slug][equals]=${call.slug}&depth=0`)
  expect((await anonymous.json()).totalDocs).toBe(1)
  await context.close()
})

test('the Tây Ninh producer sees the call on its home, applies on a phone, saves a draft, then finishes and submits', async ({ browser, request }) => {
  test.skip(!journey.slug, 'the call was not published')
  const slug = journey.slug as string
  // Told by mail when the call opened: its page shows only a phone number, so at its account.
  const announcement = await mailWith(`Thông báo hỗ trợ mới phù hợp với cơ sở: ${TITLE}`, PRODUCER)
  expect(announcement.text).toContain('Cơ sở ở Tây Ninh')
  const { context, page } = await admin(browser, PRODUCER, PHONE)
  const call = page.locator(`[data-fitting-call="${slug}"]`)
  await expect(call).toBeVisible({ timeout: 60_000 })
  await expect(call).toContainText(TITLE)
  await expect(call).toContainText(`Hạn nộp ${journey.deadline}`)
  await expect(call).toContainText('Tây Ninh')
  const apply = call.locator(`[data-apply="${slug}"]`)
  await expect(apply).toHaveText('Nộp hồ sơ')
  await call.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/journey-2-producer-home-phone.png' })

  await apply.click()
  await page.waitForURL(/\/admin\/collections\/applications\/\d+$/, { timeout: 60_000 })
  journey.applicationId = Number(page.url().split('/').pop())
  // Filled in from the showroom's record; the call's own question waits for an answer.
  await expect(page.locator('#field-applicant__legalName')).toHaveValue(LEGAL_NAME, { timeout: 60_000 })
  await expect(page.locator('#field-applicant__province')).toHaveValue(/Tây Ninh/)
  await expect(page.locator('#field-answers__0__question')).toHaveValue(QUESTION)
  await expect(page.locator('#field-answers__0__answer')).toHaveValue('')
  await expectFitsPhone(page, 'the new application')
  const firstAnswer = 'Kẹo khóm và mứt khóm'
  await page.locator('#field-answers__0__answer').fill(firstAnswer)
  await page.locator('#field-requestedAmount').fill(String(AMOUNT))
  await page.getByRole('button', { name: /^Lưu$/ }).click()
  await saved(page)
  await page.screenshot({ path: 'test-results/journey-2-producer-draft-phone.png', fullPage: true })
  const producerToken = await signIn(request, PRODUCER)
  const read = async () => (await request.get(`${E2E.cms}/api/applications/${journey.applicationId}?depth=0`, { headers: auth(producerToken) })).json()
  expect(await read()).toMatchObject({ status: 'draft', requestedAmount: AMOUNT, answers: [{ question: QUESTION, answer: firstAnswer }] })

  // Later: back from the home, where the button now opens the draft it started.
  await page.goto(`${E2E.cms}/admin`)
  await expect(apply).toHaveText('Xem hồ sơ đã lập', { timeout: 60_000 })
  await apply.click()
  await page.waitForURL(new RegExp(`/admin/collections/applications/${journey.applicationId}$`), { timeout: 60_000 })
  await expect(page.locator('#field-answers__0__answer')).toHaveValue(firstAnswer, { timeout: 60_000 })
  const answer = `${firstAnswer}, trên Shopee và Tiki; làm gian hàng và quay video giới thiệu.`
  await page.locator('#field-answers__0__answer').fill(answer)
  await page.locator('#field-counterpartFunds').fill('20000000')
  // Submitting is choosing "Đã nộp" and saving.
  await choose(page, 'field-status', 'nộp', 'Đã nộp')
  await page.getByRole('button', { name: /^Lưu$/ }).click()
  await saved(page)
  const submitted = await read()
  expect(submitted).toMatchObject({ status: 'submitted', counterpartFunds: 20_000_000, answers: [{ answer }] })
  expect(submitted.submittedAt).toBeTruthy()
  // The producer sees when it was submitted, and that it is now the centre's.
  await page.reload()
  await expect(page.getByText('Nộp lúc')).toBeVisible({ timeout: 60_000 })
  // Day first, as every date in the admin: not 12/06/2026 for the 6th of December.
  // (Today's date, or yesterday's if the run crossed midnight since the submission.)
  const days = `(${dayFromNow(0).typed}|${dayFromNow(-1).typed})`
  await expect(page.locator('#field-submittedAt input')).toHaveValue(new RegExp(`^${days} \\d\\d:\\d\\d$`))
  await expect(page.locator('#field-status')).toContainText('Đã nộp')
  await page.screenshot({ path: 'test-results/journey-2-producer-submitted-phone.png', fullPage: true })
  // A submitted application can no longer be changed by the producer.
  const change = await request.patch(`${E2E.cms}/api/applications/${journey.applicationId}`, {
    headers: auth(producerToken),
    data: { requestedAmount: 1 },
  })
  expect(change.status()).toBe(403)
  // Leave the form, so staff find it unlocked.
  await page.goto(`${E2E.cms}/admin`)
  await expect(page.locator(`[data-apply="${slug}"]`)).toHaveText('Xem hồ sơ đã lập', { timeout: 60_000 })
  await context.close()
})

test('staff accept the application with an amount and the producer is mailed', async ({ browser, request }) => {
  test.skip(!journey.applicationId, 'no application was submitted')
  const { context, page } = await admin(browser, STAFF, DESKTOP)
  await page.goto(`${E2E.cms}/admin/collections/applications?where[status][equals]=submitted`)
  const row = page.locator('table tbody tr').filter({ hasText: TITLE }).first()
  await expect(row).toBeVisible({ timeout: 60_000 })
  await expect(row).toContainText(LEGAL_NAME)
  await page.goto(`${E2E.cms}/admin/collections/applications/${journey.applicationId}`)
  await expect(page.locator('#field-answers__0__answer')).toHaveValue(/Shopee/, { timeout: 60_000 })
  // Should the producer's form still hold the lock, staff take the application over.
  const takeOver = page.getByRole('button', { name: 'Tiếp quản' })
  if (await takeOver.isVisible()) await takeOver.click()
  await expect(page.getByText('Kết quả xét duyệt')).toBeVisible()
  await choose(page, 'field-status', 'hỗ trợ', 'Được hỗ trợ')
  await page.locator('#field-decision__reason').fill('Đủ điều kiện; hỗ trợ 50% chi phí làm gian hàng trực tuyến.')
  await page.locator('#field-decision__amountGranted').fill(String(AMOUNT))
  // Shown on the brand page unless staff untick it.
  await expect(page.locator('#field-decision__publicOnBrandPage')).toBeChecked()
  await page.getByRole('button', { name: /^Lưu$/ }).click()
  await saved(page)
  await page.reload()
  await expect(page.getByText('Xét lúc')).toBeVisible({ timeout: 60_000 })
  // The producer was told: the time it was mailed is filled in.
  await expect(page.getByText('Đã báo cơ sở lúc')).toBeVisible()
  await expect(page.locator('#field-notifiedAt input')).toHaveValue(new RegExp(`^${dayFromNow(0).typed} \\d\\d:\\d\\d$`))
  await page.screenshot({ path: 'test-results/journey-3-staff-accepted.png', fullPage: true })

  const mail = await mailWith(`Hồ sơ được hỗ trợ: ${TITLE}`)
  // Its page shows no e-mail, only a phone number: the mail goes to the account that applied.
  expect(JSON.stringify(mail.to)).toContain(PRODUCER)
  expect(mail.text).toContain(LEGAL_NAME)
  expect(mail.text).toContain('45.000.000 đồng')
  expect(mail.text).toContain(`/admin/collections/applications/${journey.applicationId}`)
  const token = await signIn(request, STAFF)
  const application = await (await request.get(`${E2E.cms}/api/applications/${journey.applicationId}?depth=0`, { headers: auth(token) })).json()
  expect(application).toMatchObject({ status: 'accepted', decision: { amountGranted: AMOUNT } })
  expect(application.notifiedAt).toBeTruthy()
  await context.close()
})

test('the support granted shows on the producer’s public brand page', async ({ page, request }) => {
  test.skip(!journey.applicationId, 'no application was accepted')
  // The producer's record holds it, marked to be shown (staff left "Hiện trên trang thương hiệu" ticked).
  const token = await signIn(request, PRODUCER)
  const me = await (await request.get(`${E2E.cms}/api/users/me`, { headers: auth(token) })).json()
  const producerId = typeof me.user.producer === 'object' ? me.user.producer.id : me.user.producer
  const own = await (await request.get(`${E2E.cms}/api/producers/${producerId}?depth=0`, { headers: auth(token) })).json()
  expect(own.support).toEqual(expect.arrayContaining([expect.objectContaining({ what: TITLE, amount: AMOUNT, public: true })]))

  await page.setViewportSize(PHONE)
  const response = await page.goto(`/thuong-hieu/${PRODUCER_SLUG}`)
  // The page stays up, without the change of its text still waiting for the centre's review (demo data).
  expect(response?.status()).toBe(200)
  await expect(page.locator('main')).not.toContainText(PENDING_SUMMARY)
  const support = page.locator('section[aria-labelledby="support"]')
  await expect(support).toBeVisible({ timeout: 30_000 })
  const row = support.locator('li').filter({ hasText: TITLE })
  await expect(row).toBeVisible()
  await expect(row).toContainText('45.000.000')
  await expect(row).toContainText('Chương trình khuyến công quốc gia 2026–2030')
  await row.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/journey-4-brand-page-support.png' })
})

test('a producer of another province never sees the call, on its home or in its list', async ({ browser, request }) => {
  test.skip(!journey.slug, 'the call was not published')
  const slug = journey.slug as string
  const token = await signIn(request, OTHER_PRODUCER)
  const list = await request.get(`${E2E.cms}/api/calls/for-me`, { headers: auth(token) })
  expect(list.status()).toBe(200)
  const body = (await list.json()) as { calls: { id: number }[]; others: { id: number; missing: { vi: string }[] }[] }
  expect(body.calls.map((c) => c.id)).not.toContain(journey.callId)
  // If listed among the others, it says what is missing: the province.
  const other = body.others.find((c) => c.id === journey.callId)
  if (other) expect(other.missing.map((m) => m.vi).join(' ')).toContain('không ở tỉnh/thành được hỗ trợ')

  const { context, page } = await admin(browser, OTHER_PRODUCER, PHONE)
  await expect(page.locator('[data-fitting-calls]')).toBeVisible({ timeout: 60_000 })
  await expect(page.locator(`[data-fitting-call="${slug}"]`)).toHaveCount(0)
  await expect(page.getByText(TITLE)).toHaveCount(0)
  await page.locator('[data-fitting-calls]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/journey-5-other-producer-home-phone.png' })
  // Nor was it announced to it by mail.
  const announced = readdirSync(MAIL_DIR)
    .map((file) => JSON.parse(readFileSync(path.join(MAIL_DIR, file), 'utf8')) as MailFile)
    .filter((mail) => String(mail.subject).includes(TITLE) && JSON.stringify(mail.to).includes('ba-be'))
  expect(announced).toHaveLength(0)
  await context.close()
})
