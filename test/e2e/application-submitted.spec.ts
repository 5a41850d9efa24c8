/**
 * A submitted application, on the producer's phone (issue 12): the form says it was sent and is
 * waiting for the centre, with its status, and nothing in it looks editable (no Save button, boxes
 * read-only). The centre's staff open the same application and can still act on it.
 */
import { expect, test } from '@playwright/test'
import { auth, E2E, STAFF, saveInAdmin, signIn, signInToAdmin } from './helpers'

const PRODUCER = 'keo-khom-ben-luc@tieubieu.local'
const ADMIN = 'admin@tieubieu.local'
const createdHere: number[] = []
// Tây Ninh's brand-building call, which the demo producer in Tây Ninh meets.
const CALL = 'xay-dung-thuong-hieu-tay-ninh-2026'

test.setTimeout(180_000)
test.use({ viewport: { width: 390, height: 844 } })

test('a producer sees its submitted application read-only with where it stands; staff can still act on it', async ({ browser, page, request }) => {
  const token = await signIn(request, PRODUCER)
  const calls = await (await request.get(`${E2E.cms}/api/calls?where[slug][equals]=${CALL}&depth=0`, { headers: auth(token) })).json()
  const callId = calls.docs[0].id
  const created = await request.post(`${E2E.cms}/api/applications`, { headers: auth(token), data: { call: callId, requestedAmount: 70_000_000 } })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id
  createdHere.push(id)

  // The producer submits it from its form, as the journey does: choose "Đã nộp" and save. The
  // form turns read-only at once, with the note, without reloading.
  await signInToAdmin(page, PRODUCER)
  await page.goto(`${E2E.cms}/admin/collections/applications/${id}`)
  await expect(page.locator('#field-requestedAmount')).toBeEnabled({ timeout: 30_000 })
  await expect(page.getByTestId('application-submitted-note')).toHaveCount(0)
  const status = page.locator('#field-status')
  await status.locator('.rs__control').click()
  await page.locator('.rs__option').filter({ hasText: 'Đã nộp' }).first().click({ timeout: 30_000 })
  await saveInAdmin(page, 'applications')
  const note = page.getByTestId('application-submitted-note')
  await expect(note).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('button', { name: /^Lưu$/ })).toHaveCount(0)
  // And so it stays when the producer comes back to it.
  await page.reload()
  await expect(note).toBeVisible({ timeout: 30_000 })
  await expect(note).toContainText('Hồ sơ đã nộp, đang chờ trung tâm xét.')
  await expect(note).toContainText('Trạng thái: Đã nộp')
  await expect(page.locator('#field-requestedAmount')).toBeDisabled()
  await expect(page.locator('#field-applicant__legalName')).toBeDisabled()
  await expect(page.getByRole('button', { name: /^Lưu$/ })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/application-submitted-producer-phone.png', fullPage: true })

  const staffContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const staffPage = await staffContext.newPage()
  await signInToAdmin(staffPage, STAFF)
  await staffPage.goto(`${E2E.cms}/admin/collections/applications/${id}`)
  await expect(staffPage.locator('#field-requestedAmount')).toBeVisible({ timeout: 30_000 })
  // The producer's form is still open: it must not lock the centre out of the decision.
  await expect(staffPage.locator('#document-locked')).toHaveCount(0)
  await expect(staffPage.getByTestId('application-submitted-note')).toHaveCount(0)
  await expect(staffPage.locator('#field-requestedAmount')).toBeEnabled({ timeout: 30_000 })
  await expect(staffPage.getByRole('button', { name: /^Lưu$/ })).toBeVisible()
  await staffPage.screenshot({ path: 'test-results/application-submitted-staff-phone.png', fullPage: true })
  await staffContext.close()
})

// The demo producer applies to this call again in programmes.spec.ts, from a fresh application.
test.afterAll(async ({ request }) => {
  const token = await signIn(request, ADMIN)
  for (const id of createdHere) {
    const removed = await request.delete(`${E2E.cms}/api/applications/${id}`, { headers: auth(token) })
    expect(removed.status(), await removed.text()).toBeLessThan(400)
  }
})
