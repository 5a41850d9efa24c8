/**
 * Payload adds collections and endpoints of its own while it builds the config (edit locks,
 * preferences, upload file routes), out of reach of our collection configs; this closes what they
 * leave open, on the built config (issue 9). Each change is described where it is defined.
 */
import type { Endpoint, PayloadHandler, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { isAdmin, userOf } from '../access/roles'
import { keepPublicMessage, refuseControlCharacters } from './client-errors'
import { EDIT_LOCK_ACCESS } from './edit-lock-access'
import { deleteOwnPreference } from './preferences-delete'
import { isVersionsRoute, notServed, numericIdsOnly } from './unused-routes'

/** The handler a route of this collection should have instead of Payload's, if any. */
function collectionHandler(collection: SanitizedCollectionConfig, endpoint: Endpoint): PayloadHandler | undefined {
  if (collection.slug === 'payload-preferences' && endpoint.method === 'delete' && endpoint.path === '/:key') return deleteOwnPreference
  if (collection.upload && endpoint.method === 'get' && endpoint.path === '/file/:filename') return refuseControlCharacters(endpoint.handler)
  if (!collection.versions && isVersionsRoute(endpoint.path)) return notServed('phiên bản / versions')
  if (collection.auth && !collection.auth.verify && endpoint.path === '/verify/:id') return notServed('xác minh e-mail / e-mail verifications')
  return undefined
}

/** Payload shares its default endpoint objects between collections: replace them, never mutate. */
const replaced = (endpoint: Endpoint, handler: PayloadHandler | undefined): Endpoint => (handler ? { ...endpoint, handler } : endpoint)

export function hardenBuiltConfig(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') collection.access = { ...collection.access, ...EDIT_LOCK_ACCESS }
    if (collection.endpoints) collection.endpoints = collection.endpoints.map((e) => replaced(e, collectionHandler(collection, e)))
    if (collection.endpoints && config.db.defaultIDType === 'number')
      collection.endpoints = collection.endpoints.map((e) => (e.path.includes(':id') ? { ...e, handler: numericIdsOnly(e.handler) } : e))
  }
  for (const global of config.globals) {
    // Payload's job statistics are written by the process through the database adapter; over REST
    // only the admin may read them, and nobody may change them.
    if (global.slug === 'payload-jobs-stats')
      global.access = { ...global.access, read: ({ req }) => isAdmin(userOf(req)), update: () => false, readVersions: () => false }
    if (global.endpoints)
      global.endpoints = global.endpoints.map((e) => replaced(e, !global.versions && isVersionsRoute(e.path) ? notServed('phiên bản / versions') : undefined))
  }
  config.hooks = { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), keepPublicMessage] }
  return config
}
