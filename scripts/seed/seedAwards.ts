/**
 * Demo awards from each product's award list. Upserted by product + level + year + decision
 * number, so re-running never duplicates one. Certificates are numbered in data order per round.
 */
import { certificateNumber, describeAward } from './awardDetails'
import { DEMO_PRODUCERS } from './demo/producers'
import type { SeedRun } from './types'
import { upsert } from './upsert'

export async function seedAwards(run: SeedRun): Promise<void> {
  const sequence = new Map<string, number>()
  let total = 0
  for (const producer of DEMO_PRODUCERS) {
    for (const product of producer.products) {
      const productId = run.ids.products.get(product.slug)
      const seen = new Set<string>()
      for (const spec of product.awards ?? []) {
        const key = `${spec.level}-${spec.year}`
        if (seen.has(key)) continue
        seen.add(key)
        const details = describeAward(spec, producer)
        const seq = (sequence.get(details.roundKey) ?? 0) + 1
        sequence.set(details.roundKey, seq)
        const topGroup = run.ids.groups.get(product.group.split('.')[0])
        await upsert(run, {
          collection: 'awards',
          where: {
            and: [
              { product: { equals: productId } },
              { level: { equals: spec.level } },
              { year: { equals: spec.year } },
              { decisionNumber: { equals: details.decisionNumber } },
            ],
          },
          data: {
            product: productId,
            level: spec.level,
            region: details.region ?? null,
            year: spec.year,
            round: details.round,
            awardingBody: details.awardingBody,
            decisionNumber: details.decisionNumber,
            decisionDate: details.decisionDate?.toISOString() ?? null,
            certificateNumber: certificateNumber(spec, details, seq),
            productGroup: topGroup,
            province: run.ids.provinces.get(producer.province),
            provinceNameAtAward: details.provinceNameAtAward,
          },
        })
        total += 1
      }
    }
  }
  run.log(`awards: ${total}`)
}
