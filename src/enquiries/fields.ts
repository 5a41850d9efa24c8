/**
 * No imports on purpose: the enquiry form's script in the browser reads this list (for the order of
 * its list of problems), so it must not pull in the schema's validation library.
 *
 * Every field the form and the API know, in form order; the echo of typed values uses this list.
 */
export const ENQUIRY_FIELDS = [
  'product',
  'producer',
  'name',
  'company',
  'buyerType',
  'country',
  'email',
  'phone',
  'quantity',
  'unit',
  'market',
  'message',
  'language',
  'consent',
  'idempotencyKey',
] as const
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number]
