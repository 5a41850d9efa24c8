/**
 * Browser tests run in Debian's Chromium (test tools cannot download their own browser here)
 * against the production builds, started once on their own ports and a fresh demo database.
 */
import { defineConfig } from '@playwright/test'

const SITE_PORT = Number(process.env.E2E_SITE_PORT ?? 4400)
const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 3100)
export const E2E = { site: `http://localhost:${SITE_PORT}`, cms: `http://localhost:${CMS_PORT}` }

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  globalSetup: './test/e2e/global-setup.ts',
  use: {
    baseURL: E2E.site,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'tsx scripts/start.ts --no-build',
    url: `${E2E.site}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      DATABASE_URL: 'file:./data/e2e/showroom.db',
      MEDIA_DIR: './data/e2e/media',
      MAIL_DIR: './data/e2e/mail',
      SEARCH_SNAPSHOT_DIR: './data/e2e/search',
      PAYLOAD_SECRET: 'e2e-secret-0123456789abcdef0123456789',
      SEED_DEMO: 'true',
      CMS_PORT: String(CMS_PORT),
      SITE_PORT: String(SITE_PORT),
      CMS_URL: E2E.cms,
      SITE_URL: E2E.site,
    },
  },
})
