/**
 * Demo producers, each with a generated picture used as its logo and first gallery image.
 * Upserted by slug; published, so the public site shows them.
 */
import { formerProvinceValue } from '../../src/provinces/former-provinces'
import { certificationRows } from './certifications'
import { DEMO_PRODUCERS } from './demo/producers'
import type { DemoProducer } from './demo/types'
import { paletteFor } from './images'
import { lexicalFromParagraphs } from './lexical'
import { ensureTile } from './seedMedia'
import { SEED_CONTEXT, type SeedRun } from './types'
import { upsert, withRowIds } from './upsert'

function formerProvinceOf(producer: DemoProducer): string {
  const value = formerProvinceValue(producer.formerProvince)
  if (!value) throw new Error(`Producer ${producer.slug}: former province ${producer.formerProvince} is not one of the 63`)
  return value
}

function producerData(run: SeedRun, producer: DemoProducer, imageId: number | string) {
  const province = run.ids.provinces.get(producer.province)
  if (province === undefined) throw new Error(`Producer ${producer.slug}: province ${producer.province} was not seeded`)
  return {
    brandName: producer.brandName,
    legalName: producer.legalName,
    slug: producer.slug,
    kind: producer.kind,
    province,
    // The demo's addresses name the province each producer stood in before the merger.
    formerProvince: formerProvinceOf(producer),
    address: producer.address.vi,
    foundedYear: producer.foundedYear,
    summary: producer.summary.vi,
    story: lexicalFromParagraphs(producer.story.vi),
    logo: imageId,
    gallery: [imageId],
    packaging: {
      formats: producer.packaging.formats.vi,
      materials: producer.packaging.materials.vi,
      labelLanguages: producer.packaging.labelLanguages,
      barcode: producer.packaging.barcode ?? null,
      shelfLife: producer.packaging.shelfLife?.vi ?? null,
    },
    certifications: certificationRows(producer.certifications, producer, run.now),
    capacity: producer.capacity.vi,
    exportMarkets: producer.exportMarkets ?? [],
    contacts: { ...producer.contacts, private: producer.contacts.private ?? false },
    support: (producer.support ?? []).map((s) => ({ year: s.year, what: s.what.vi, amount: s.amount, programme: s.programme, verified: true })),
    verified: producer.verified ?? false,
  }
}

export async function seedProducers(run: SeedRun): Promise<void> {
  for (const producer of DEMO_PRODUCERS) {
    const imageId = await ensureTile(
      run,
      producer.slug,
      { vi: `Ảnh minh họa ${producer.brandName}`, en: `Placeholder picture for ${producer.brandName}` },
      { title: producer.brandName, colours: paletteFor(producer.group, producer.slug) },
    )
    const doc = await upsert(run, {
      collection: 'producers',
      where: { slug: { equals: producer.slug } },
      status: 'published',
      data: producerData(run, producer, imageId),
      en: (saved) => ({
        address: producer.address.en,
        summary: producer.summary.en,
        story: lexicalFromParagraphs(producer.story.en),
        packaging: {
          formats: producer.packaging.formats.en,
          materials: producer.packaging.materials.en,
          shelfLife: producer.packaging.shelfLife?.en ?? null,
        },
        capacity: producer.capacity.en,
        support: withRowIds(
          saved.support,
          (producer.support ?? []).map((s) => ({ what: s.what.en })),
        ),
      }),
    })
    run.ids.producers.set(producer.slug, doc.id)
    await ownTile(run, imageId, doc.id)
  }
  run.log(`producers: ${DEMO_PRODUCERS.length}`)
}

/**
 * The picture is the producer's own, as if it had uploaded it: its account reads media it owns only,
 * so an unowned logo showed in its forms as "Chưa có tiêu đề – ID: 12" instead of by name and
 * thumbnail. Its products use the same picture.
 */
async function ownTile(run: SeedRun, mediaId: number | string, producerId: number | string): Promise<void> {
  const media = await run.payload.findByID({ collection: 'media', id: mediaId, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
  const owner = typeof media.owner === 'object' && media.owner ? media.owner.id : media.owner
  if (String(owner) === String(producerId)) return
  await run.payload.update({ collection: 'media', id: mediaId, data: { owner: producerId as number }, depth: 0, overrideAccess: true, context: SEED_CONTEXT })
}
