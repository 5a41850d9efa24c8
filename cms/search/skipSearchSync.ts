/**
 * `req.context` flags that stop search sync: the seed and a reindex write in bulk and index
 * afterwards (`seeding`), and code that must change a document without a sync says so explicitly.
 */
export const SKIP_SEARCH_SYNC = 'skipSearchSync'

export function skipSearchSync(context: Record<string, unknown> | undefined): boolean {
  return Boolean(context?.seeding || context?.[SKIP_SEARCH_SYNC])
}
