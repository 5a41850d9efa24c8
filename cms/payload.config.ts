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
import { REFUSAL_LOGGING_LEVELS } from '../src/logging/refusals'
import { ApplicationFiles } from './collections/ApplicationFiles'
import { Applications } from './collections/Applications'
import { AuditEvents } from './collections/AuditEvents'
import { Awards } from './collections/Awards'
import { Calls } from './collections/Calls'
import { Enquiries } from './collections/Enquiries'
import { Fairs } from './collections/Fairs'
import { ImportPlans } from './collections/ImportPlans'
import { Imports } from './collections/Imports'
import { Media } from './collections/Media'
import { ProductGroups } from './collections/ProductGroups'
import { Producers } from './collections/Producers'
import { Products } from './collections/Products'
import { Programmes } from './collections/Programmes'
import { Provinces } from './collections/Provinces'
import { Users } from './collections/Users'
import { Reviews } from './collections/Reviews'
import { ExhibitorRequests } from './collections/ExhibitorRequests'
import { ReviewSettings } from './globals/ReviewSettings'
import { hiddenFromProducers } from './admin/producer-view'
import { adminWording, withoutApiTab } from './admin/wording'
import { databaseAdapter } from './database'
import { emailAdapter } from './email/adapter'
import { answerMalformedMultipart } from './http/malformed-multipart'
import { labelsEndpoint } from './labels/labels-endpoint'
import { withRequestLimits } from './limits/request-limits'
import { jobsConfig } from './jobs'
import { searchPlugin } from './search/plugin'
import { mediaStoragePlugin } from './storage/media-storage'
import { hardenBuiltConfig } from './security/harden-built-config'

const env = loadEnv()
const dirname = path.dirname(fileURLToPath(import.meta.url))

// Once built, Payload's own collections and routes are closed (cms/security), then the request
// limits (read caps, rate limits) go on every collection, Payload's own included (cms/limits).
export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_URL,
  cors: [env.SITE_URL, env.CMS_URL],
  csrf: [env.SITE_URL, env.CMS_URL],
  admin: {
    user: Users.slug,
    meta: {
      titleSuffix: ' — Tiêu Biểu',
      // The showroom's own star (public/favicon.svg, which cms/public links to), not Payload's logo in the tab.
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
      openGraph: { siteName: 'Tiêu Biểu', title: 'Tiêu Biểu', description: 'Quản trị showroom sản phẩm công nghiệp nông thôn tiêu biểu' },
      defaultOGImageType: 'off',
    },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    dateFormat: 'dd/MM/yyyy',
    // Gravatar needs the internet, which many centres' machines lack; the built-in icon always shows.
    avatar: 'default',
    components: {
      graphics: { Logo: '/components/Brand#BrandLogo', Icon: '/components/Brand#BrandIcon' },
      beforeDashboard: ['/components/ProducerHome#ProducerHome', '/components/CentreDashboard#CentreDashboard'],
      beforeNavLinks: [
        '/components/EnquiryNewCount#EnquiryNewCount',
        '/components/ReviewWaitingCount#ReviewWaitingCount',
        '/components/ExhibitorRequestWaitingCount#ExhibitorRequestWaitingCount',
      ],
      views: {
        importAwards: { Component: '/imports/components/ImportView#ImportAwardsView', path: '/import/awards' },
        importProducts: { Component: '/imports/components/ImportView#ImportProductsView', path: '/import/products' },
      },
    },
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi', translations: adminWording },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  collections: [
    Producers,
    Products,
    Awards,
    Fairs,
    Enquiries,
    ProductGroups,
    Provinces,
    Media,
    Users,
    Imports,
    ImportPlans,
    AuditEvents,
    Programmes,
    Calls,
    Applications,
    ApplicationFiles,
    Reviews,
    ExhibitorRequests,
  ]
    .map(withoutApiTab)
    .map(hiddenFromProducers),
  globals: [ReviewSettings],
  endpoints: [labelsEndpoint],
  hooks: { afterError: [answerMalformedMultipart] },
  editor: lexicalEditor(),
  db: databaseAdapter(env),
  email: emailAdapter(env),
  jobs: jobsConfig(env),
  // Media on S3 when S3_BUCKET is set (cms/storage/media-storage.ts), else on disk.
  plugins: [searchPlugin(), mediaStoragePlugin(env)],
  // limitInputPixels stays on for every image Payload resizes, not only for our own checks.
  sharp: (input, options = {}) => sharp(input, { ...options, limitInputPixels: env.UPLOAD_MAX_PIXELS }),
  graphQL: { disable: true },
  telemetry: false,
  // JSON lines with the request id in production (src/logging); the site and scripts share it.
  logger: processLogger({ ...env, service: env.SERVICE_NAME }),
  // Refusals (401/403/404, invalid input) at info without a stack; real errors stay errors (src/logging/refusals.ts).
  loggingLevels: REFUSAL_LOGGING_LEVELS,
  // The generated types declare themselves to Payload, so the Local API is typed everywhere (npm run generate:types).
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
})
  .then(hardenBuiltConfig)
  .then(withRequestLimits)
