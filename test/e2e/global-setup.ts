/** Playwright waits for the site; the admin starts beside it, so wait for its API too. */
import { E2E } from '../../playwright.config'

export default async function globalSetup() {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${E2E.cms}/api/users/me`)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The admin did not answer at ${E2E.cms} within 120 s`)
}
