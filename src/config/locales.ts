/** The languages the showroom speaks: content is written in both, Vietnamese first. */
export type Locale = 'vi' | 'en'
export const LOCALES = ['vi', 'en'] as const satisfies readonly Locale[]
