// @ts-check
import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

/**
 * `client:intent` (site/directives/intent.js): the search island loads when idle and hydrates
 * when the buyer reaches for it, so its React never sits on a slow phone's critical path.
 * @type {import('astro').AstroIntegration}
 */
const intentDirective = {
  name: 'tieu-bieu:client-intent',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) => {
      addClientDirective({ name: 'intent', entrypoint: './site/directives/intent.js' })
    },
  },
}

// The public showroom: rendered on the server for every request (content changes in the admin
// show on the next load, no rebuild), with React only for the islands that need it.
export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [react(), intentDirective],
  server: { port: Number(process.env.SITE_PORT ?? 4321), host: true },
  i18n: {
    locales: ['vi', 'en'],
    defaultLocale: 'vi',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
  security: { checkOrigin: true },
  telemetry: false,
})
