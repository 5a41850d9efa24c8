/**
 * Payload adds collections and endpoints of its own while it builds the config (edit locks,
 * preferences, upload file routes), out of reach of our collection configs; this closes what they
 * leave open, on the built config (issue 9). Each change is described where it is defined.
 */
import type { SanitizedConfig } from 'payload'
import { refuseControlCharacters } from './client-errors'
import { EDIT_LOCK_ACCESS } from './edit-lock-access'
import { deleteOwnPreference } from './preferences-delete'

export function hardenBuiltConfig(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') Object.assign(collection.access, EDIT_LOCK_ACCESS)
    for (const endpoint of collection.endpoints || []) {
      if (collection.slug === 'payload-preferences' && endpoint.method === 'delete' && endpoint.path === '/:key') endpoint.handler = deleteOwnPreference
      if (collection.upload && endpoint.method === 'get' && endpoint.path === '/file/:filename') endpoint.handler = refuseControlCharacters(endpoint.handler)
    }
  }
  return config
}
