/** Field limits and choices, shared by the schema and the form (which must not bundle zod). */
export const BUYER_TYPES = ['distributor', 'supermarket', 'importer', 'wholesaler', 'horeca', 'other'] as const
export type BuyerType = (typeof BUYER_TYPES)[number]
export const LANGUAGES = ['vi', 'en'] as const

export const LIMITS = { name: 120, company: 160, country: 80, email: 254, phone: 32, unit: 40, market: 120, message: 5000 } as const
export const MESSAGE_MIN = 10

/** The honeypot: a field people never see and bots fill in. */
export const HONEYPOT_FIELD = 'website'
