/**
 * Applying for industrial-extension support from a phone, as the demo producer would: its admin
 * home lists the open calls it meets, "Nộp hồ sơ" opens the application already filled in from
 * the showroom's record, the producer answers and saves, and the centre's staff find it.
 */
import { expect, type Page, test } from '@playwright/test'
import { auth, DEMO_PASSWORD, E2E, horizontalOverflow, STAFF, signIn, saveInAdmin } from './helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const LEGAL_NAME = 'Hộ kinh doanh Nguyễn Thị Hiền'
// Tây Ninh's brand-building call: the producer is in Tây Ninh and has worked for more than two years.
const CALL = 'xay-dung-thuong-hieu-tay-ninh-2026'

async function signInToAdmin(page: Page, email: string) {
  await page.goto(`${E2E.cms}/admin/login`)
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/mật khẩu|password/i).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /đăng nhập|login/i }).click()
  await page.waitForURL(`${E2E.cms}/admin`)
}

/** The page scrolls only up and down on the phone: no wider than its 390 px. */
async function expectFits(page: Page, what: string) {
  await page.waitForLoadState('networkidle')
  const { scrollWidth, culprits } = await horizontalOverflow(page)
  expect(scrollWidth, `${what} is ${scrollWidth} px wide; too wide: ${culprits.join(', ')}`).toBeLessThanOrEqual(390)
}

// The admin pages compile their first render on demand and the test machine is shared: be patient.
test.setTimeout(180_000)
test.use({ viewport: { width: 390, height: 844 } })

test('a producer applies from its home on a phone and the centre sees the application', async ({ browser, page, request }) => {
  await signInToAdmin(page, PRODUCER)
  const call = page.locator(`[data-fitting-call="${CALL}"]`)
  await expect(call).toBeVisible({ timeout: 30_000 })
  await expect(call.getByText('Hạn nộp', { exact: false })).toBeVisible()
  await page.screenshot({ path: 'test-results/programmes-home-phone.png', fullPage: true })

  await call.locator(`[data-apply="${CALL}"]`).click()
  await page.waitForURL(/\/admin\/collections\/applications\/\d+$/, { timeout: 30_000 })
  const applicationId = Number(page.url().split('/').pop())
  // Filled in from the showroom's record: the producer types none of it.
  await expect(page.locator('#field-applicant__legalName')).toHaveValue(LEGAL_NAME, { timeout: 30_000 })
  await expect(page.locator('#field-applicant__province')).toHaveValue(/Tây Ninh/)
  await expect(page.locator('#field-answers__0__answer')).toBeVisible()
  // Every answer row is titled by the call's question, in Vietnamese, not "Answer 01".
  const question = await page.locator('#field-answers__0__question').inputValue()
  expect(question).not.toBe('')
  await expect(page.getByText(question, { exact: true }).first()).toBeVisible()
  await expect(page.getByText(/^(Answer|Document|Câu trả lời|Giấy tờ) 0?\d+$/)).toHaveCount(0)
  // Nothing staff have yet to fill is shown to the producer as empty grey boxes.
  await expect(page.getByText('Kết quả xét duyệt')).toHaveCount(0)
  await expect(page.getByText('Xét lúc')).toHaveCount(0)
  // The form fits the phone, also with a document row added and the file library open.
  await expectFits(page, 'the application')
  await page.getByRole('button', { name: 'Thêm: Giấy tờ' }).click()
  await expect(page.locator('#field-documents__0__name')).toBeVisible()
  await expectFits(page, 'the application with a document row')
  await page.getByRole('button', { name: 'Chọn từ thư viện' }).first().click()
  await expect(page.locator('.list-drawer')).toBeVisible({ timeout: 30_000 })
  await expectFits(page, 'the file library over the application')
  await page.keyboard.press('Escape')
  await expect(page.locator('.list-drawer')).toHaveCount(0)
  // A document row is titled by what the document is, once named.
  await page.locator('#field-documents__0__name').fill('Giấy chứng nhận đăng ký hộ kinh doanh')
  await expect(page.getByText('Giấy chứng nhận đăng ký hộ kinh doanh', { exact: true }).first()).toBeVisible()
  const answer = `Đăng ký nhãn hiệu kẹo khóm, làm website ${Date.now()}`
  await page.locator('#field-answers__0__answer').fill(answer)
  await page.locator('#field-requestedAmount').fill('70000000')
  await saveInAdmin(page, 'applications')
  await page.screenshot({ path: 'test-results/programmes-application-phone.png', fullPage: true })

  const producerToken = await signIn(request, PRODUCER)
  const saved = await (await request.get(`${E2E.cms}/api/applications/${applicationId}?depth=0`, { headers: auth(producerToken) })).json()
  expect(saved).toMatchObject({ status: 'draft', requestedAmount: 70_000_000, applicant: { legalName: LEGAL_NAME } })
  expect(saved.answers[0].answer).toBe(answer)

  // Pressing Apply again opens the same draft, not a second one.
  await page.goto(`${E2E.cms}/admin`)
  await page.locator(`[data-apply="${CALL}"]`).click()
  await page.waitForURL(new RegExp(`/admin/collections/applications/${applicationId}$`), { timeout: 30_000 })

  // The centre's staff, on their own phone, find it in the applications list and open it.
  const staffContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const staffPage = await staffContext.newPage()
  await signInToAdmin(staffPage, STAFF)
  await staffPage.goto(`${E2E.cms}/admin/collections/applications`)
  const row = staffPage.locator('table tbody tr').filter({ hasText: LEGAL_NAME }).first()
  await expect(row).toBeVisible({ timeout: 30_000 })
  // The navigation drawer may open over the list on a phone: close it to see the list.
  const closeNav = staffPage.locator('.nav__mobile-close')
  // A closed drawer keeps its button in the page but inert: only an open one is closed.
  const navOpen = (await closeNav.isVisible()) && !(await closeNav.evaluate((button) => button.closest('[inert]') !== null))
  if (navOpen) await closeNav.click()
  await expect(row).toBeInViewport()
  await staffPage.screenshot({ path: 'test-results/programmes-staff-list-phone.png', fullPage: true })
  await staffPage.goto(`${E2E.cms}/admin/collections/applications/${applicationId}`)
  await expect(staffPage.locator('#field-answers__0__answer')).toHaveValue(answer, { timeout: 30_000 })
  // Staff see the decision they are to fill.
  await expect(staffPage.getByText('Kết quả xét duyệt')).toBeVisible()
  // When the producer's open form still holds the lock, staff are told so and read it.
  const readOnly = staffPage.getByRole('button', { name: 'Xem chỉ đọc' })
  if (await readOnly.isVisible()) await readOnly.click()
  await staffPage.screenshot({ path: 'test-results/programmes-staff-application-phone.png', fullPage: true })
  const staffToken = await signIn(request, STAFF)
  const dossier = await request.get(`${E2E.cms}/api/applications/${applicationId}/dossier`, { headers: auth(staffToken) })
  expect(dossier.status()).toBe(200)
  expect(await dossier.text()).toContain(LEGAL_NAME)
  await staffContext.close()
})
