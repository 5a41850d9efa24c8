/**
 * Media documents for the generated tiles. Looked up by file name (Payload may add "-1" when a
 * file of that name is already on disk), so a second run reuses the first run's uploads.
 */
import { renderTile, type TileSpec } from './images'
import { SEED_CONTEXT, type Id, type Localised, type SeedRun } from './types'

type MediaDoc = { id: Id; filename?: string | null }

export async function ensureTile(run: SeedRun, key: string, alt: Localised, spec: TileSpec): Promise<Id> {
  const known = run.ids.media.get(key)
  if (known !== undefined) return known
  const base = `seed-${key}`
  const found = await run.payload.find({
    collection: 'media',
    where: { filename: { like: base } },
    limit: 20,
    depth: 0,
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
  const same = new RegExp(`^${base}(-\\d+)?\\.webp$`)
  const existing = (found.docs as MediaDoc[]).find((doc) => same.test(doc.filename ?? ''))
  let id: Id
  if (existing) {
    id = existing.id
  } else {
    const data = await renderTile(spec)
    const doc = (await run.payload.create({
      collection: 'media',
      locale: 'vi',
      data: { alt: alt.vi },
      file: { data, mimetype: 'image/webp', name: `${base}.webp`, size: data.length },
      depth: 0,
      overrideAccess: true,
      context: SEED_CONTEXT,
    })) as MediaDoc
    await run.payload.update({ collection: 'media', id: doc.id, locale: 'en', data: { alt: alt.en }, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
    run.created.media = (run.created.media ?? 0) + 1
    id = doc.id
  }
  run.ids.media.set(key, id)
  return id
}
