import { z } from 'zod'
import { SearchConfigError } from './errors'
import type { SearchConfig } from './create-search'

const envSchema = z.object({
  MEILI_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:7700' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'may hold only letters, digits, - and _')
    .optional(),
})

/**
 * Search configuration from environment variables, passed in (the caller owns `process.env`).
 * MEILI_URL selects Meilisearch; MEILI_API_KEY (or MEILI_MASTER_KEY) authenticates. Fails loudly
 * with what to fix rather than falling back to the embedded engine on a typo.
 */
export function readSearchConfig(env: Readonly<Record<string, unknown>>): SearchConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')
    throw new SearchConfigError(`search configuration is invalid: ${problems}`, { cause: parsed.error })
  }
  const { MEILI_URL, MEILI_API_KEY, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX } = parsed.data
  if (!MEILI_URL) return {}
  const apiKey = MEILI_API_KEY || MEILI_MASTER_KEY
  return {
    meilisearch: {
      url: MEILI_URL,
      ...(apiKey ? { apiKey } : {}),
      ...(MEILI_INDEX_PREFIX ? { indexPrefix: MEILI_INDEX_PREFIX } : {}),
    },
  }
}
