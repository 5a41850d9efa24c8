/**
 * Cards on a phone: the thumbnail shows the whole picture (4:3), whatever the height of the text
 * beside it, so nothing painted on the picture is cut off at its sides.
 */
import { expect, test } from '@playwright/test'
import { E2E } from './helpers'

test.use({ viewport: { width: 390, height: 844 } })

for (const path of ['/san-pham', '/en/brands']) {
  test(`should show whole pictures on the cards of ${path} at 390×844`, async ({ page }) => {
    await page.goto(`${E2E.site}${path}`)
    const pictures = page.locator('.card picture')
    await expect(pictures.first()).toBeVisible()
    const boxes = await pictures.evaluateAll((nodes) =>
      nodes
        .slice(0, 12)
        .map((node) => node.getBoundingClientRect())
        .map((r) => ({ w: r.width, h: r.height })),
    )
    expect(boxes.length).toBeGreaterThan(0)
    for (const box of boxes) expect(box.w / box.h, 'the thumbnail keeps 4:3').toBeCloseTo(4 / 3, 1)
    await page.screenshot({ path: `test-results/phone-cards${path.replaceAll('/', '-')}.png` })
  })
}
