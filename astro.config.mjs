// @ts-check
import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// The public showroom: rendered on the server for every request (content changes in the admin
// show on the next load, no rebuild), with React only for the islands that need it.
export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: './dist',
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
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
