/**
 * Payload configuration: the admin, the collections, localisation and the adapters. Settings come
 * from src/config/env.ts only.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { loadEnv } from '../src/config/env'
import { processLogger } from '../src/logging/create-logger'
import { Applications } from './collections/Applications'
import { AuditEvents } from './collections/AuditEvents'
import { Awards } from './collections/Awards'
import { Calls } from './collections/Calls'
import { Enquiries } from './collections/Enquiries'
import { Fairs } from './collections/Fairs'
import { Imports } from './collections/Imports'
import { Media } from './collections/Media'
import { ProductGroups } from './collections/ProductGroups'
import { Producers } from './collections/Producers'
import { Products } from './collections/Products'
import { Programmes } from './collections/Programmes'
import { Provinces } from './collections/Provinces'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { emailAdapter } from './email/adapter'
import { labelsEndpoint } from './labels/labels-endpoint'
import { callsForMeEndpoint } from './programmes/calls-for-me-endpoint'
import { jobsConfig } from './jobs'
import { searchPlugin } from './search/plugin'

const env = loadEnv()
const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_URL,
  cors: [env.SITE_URL, env.CMS_URL],
  csrf: [env.SITE_URL, env.CMS_URL],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Tiêu Biểu' },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    dateFormat: 'dd/MM/yyyy',
    // Gravatar needs the internet, which many centres' machines lack; the built-in icon always shows.
    avatar: 'default',
    components: {
      beforeNavLinks: ['/components/EnquiryNewCount#EnquiryNewCount'],
      views: {
        importAwards: { Component: '/imports/components/ImportView#ImportAwardsView', path: '/import/awards' },
        importProducts: { Component: '/imports/components/ImportView#ImportProductsView', path: '/import/products' },
      },
    },
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  collections: [Producers, Products, Awards, Fairs, Enquiries, ProductGroups, Provinces, Media, Users, Imports, AuditEvents, Programmes, Calls, Applications],
  endpoints: [labelsEndpoint, callsForMeEndpoint],
  editor: lexicalEditor(),
  db: databaseAdapter(env),
  email: emailAdapter(env),
  jobs: jobsConfig(env),
  plugins: [searchPlugin()],
  // limitInputPixels stays on for every image Payload resizes, not only for our own checks.
  sharp: ((input: unknown, options: Record<string, unknown> = {}) =>
    sharp(input as Buffer, { ...options, limitInputPixels: env.UPLOAD_MAX_PIXELS })) as unknown as typeof sharp,
  graphQL: { disable: true },
  telemetry: false,
  // JSON lines with the request id in production (src/logging); the site and scripts share it.
  logger: processLogger({ ...env, service: env.SERVICE_NAME }),
  // The generated types declare themselves to Payload, so the Local API is typed everywhere (npm run generate:types).
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
})
