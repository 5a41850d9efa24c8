import type { LabelFunction } from 'payload'

type Bilingual = { vi: string; en: string }

/** A label function that still carries both texts, so tests can read them. */
export type BilingualLabel = LabelFunction & { bilingual: Bilingual }

/** One name in the admin's language (Vietnamese for any language the admin does not speak). */
function inAdminLanguage(label: Bilingual): BilingualLabel {
  const resolve: LabelFunction = ({ i18n }) => (i18n.language === 'en' ? label.en : label.vi)
  return Object.assign(resolve, { bilingual: label })
}

/**
 * A collection's names in both languages, as label functions rather than `{ vi, en }` objects.
 * The "add new" button beside every relationship field hands the collection's label to its
 * translation without translating it first (DocumentDrawerToggler, @payloadcms/ui 3.90), so a
 * screen reader announced "Thêm mới: [object Object]". Payload resolves label functions to the
 * admin's language when it builds the browser's config, and everywhere else it reads a label.
 */
export function collectionLabels(singular: Bilingual, plural: Bilingual): { singular: BilingualLabel; plural: BilingualLabel } {
  return { singular: inAdminLanguage(singular), plural: inAdminLanguage(plural) }
}
