/**
 * Where Payload's own admin words mislead the people who use this admin (household producers on
 * a phone, centre staff), they are replaced here, in both languages.
 */
import type { CollectionConfig } from 'payload'

export const adminWording = {
  vi: {
    general: {
      // A checkbox in a list read "sai" ("wrong") for an unticked box.
      true: 'Có',
      false: 'Không',
      // The switch in the header changes the language of the content being edited, not of the admin.
      locale: 'Ngôn ngữ nội dung',
    },
  },
  en: {
    general: { true: 'Yes', false: 'No', locale: 'Content language' },
  },
}

/** The "API" tab shows raw JSON and request URLs: a developer's tool, noise for everyone else. */
export const withoutApiTab = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, hideAPIURL: true },
})
