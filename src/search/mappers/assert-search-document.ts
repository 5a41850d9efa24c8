import { z } from 'zod'
import { SearchDocumentError } from '../errors'
import { AWARD_LEVELS, ENQUIRY_STATUSES, LOCALES, type SearchDocument } from '../types'

const text = z.string()
const nonEmpty = z.string().min(1)

/**
 * The exact shape of a search document. Strict: a key the schema does not know is an error, so a
 * field added to a mapper by mistake (a contact, a note) fails here instead of reaching an index.
 */
const searchDocumentSchema = z.strictObject({
  id: nonEmpty,
  kind: z.enum(['product', 'producer', 'fair', 'enquiry']),
  locale: z.enum(LOCALES),
  sourceId: nonEmpty,
  slug: nonEmpty,
  url: nonEmpty,
  title: nonEmpty,
  summary: text,
  text: z.strictObject({
    alt: z.array(text),
    keywords: z.array(text),
    places: z.array(text),
    body: text,
  }),
  facets: z.strictObject({
    productGroup: nonEmpty.optional(),
    province: nonEmpty.optional(),
    provinceNames: z.array(nonEmpty),
    awardLevels: z.array(z.enum(AWARD_LEVELS)),
    awardYears: z.array(z.number().int()),
    certifications: z.array(nonEmpty),
  }),
  producerId: nonEmpty.optional(),
  provinceId: nonEmpty.optional(),
  newestAwardYear: z.number().int().optional(),
  thumbnail: z
    .string()
    .regex(/^\/media\/[^\s/?#]+$/)
    .optional(),
  date: nonEmpty.optional(),
  status: z.enum(ENQUIRY_STATUSES).optional(),
})

/** Check a mapper's output; throws SearchDocumentError naming the collection and document. */
export function assertSearchDocument(doc: SearchDocument, collection: string): SearchDocument {
  const parsed = searchDocumentSchema.safeParse(doc)
  if (!parsed.success) {
    throw new SearchDocumentError(collection, doc.sourceId, `mapped document is not valid: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    })
  }
  if (doc.kind !== 'enquiry' && (doc.status !== undefined || doc.provinceId !== undefined)) {
    throw new SearchDocumentError(collection, doc.sourceId, 'a public document must not carry an enquiry status or scope')
  }
  return doc
}
