/**
 * Search in the CMS, as one plugin (after payloadcms/payload packages/plugin-search): it appends
 * sync hooks to the collections search reads — never replacing theirs —, adds the staff-edited
 * synonyms global and the enquiry search endpoint, and starts this process's search runtime on
 * init. The jobs themselves are registered in cms/jobs (SEARCH_TASKS).
 *
 *   collection       what a change resyncs
 *   products         the product
 *   producers        the producer and its products (brand and province appear in them)
 *   fairs            the fair
 *   awards           the award's product (its award facets)
 *   enquiries        the enquiry, in the private index
 *   provinces        everything in the province (former names)
 *   product-groups   the group's products
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Plugin } from 'payload'
import { enquirySearchEndpoint } from './enquirySearchEndpoint'
import { syncAfterChange, syncAfterDelete, syncAwardProductAfterChange, syncAwardProductAfterDelete } from './hooks'
import { startSearchRuntime } from './runtime'
import { SearchSynonyms } from './SearchSynonyms'

type SyncHooks = { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook }

const HOOKS: Readonly<Record<string, SyncHooks>> = {
  products: { afterChange: syncAfterChange('product'), afterDelete: syncAfterDelete('product') },
  producers: { afterChange: syncAfterChange('producer'), afterDelete: syncAfterDelete('producer') },
  fairs: { afterChange: syncAfterChange('fair'), afterDelete: syncAfterDelete('fair') },
  awards: { afterChange: syncAwardProductAfterChange, afterDelete: syncAwardProductAfterDelete },
  enquiries: { afterChange: syncAfterChange('enquiry'), afterDelete: syncAfterDelete('enquiry') },
  provinces: { afterChange: syncAfterChange('province'), afterDelete: syncAfterDelete('province') },
  'product-groups': { afterChange: syncAfterChange('productGroup'), afterDelete: syncAfterDelete('productGroup') },
}

function withSyncHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = HOOKS[collection.slug]
  if (!hooks) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
    },
  }
}

export function searchPlugin(): Plugin {
  return (config: Config): Config => {
    const missing = Object.keys(HOOKS).filter((slug) => !config.collections?.some((collection) => collection.slug === slug))
    if (missing.length > 0) throw new Error(`searchPlugin: collections ${missing.join(', ')} are missing; search cannot stay in sync without them`)
    const onInit = config.onInit
    return {
      ...config,
      collections: (config.collections ?? []).map(withSyncHooks),
      globals: [...(config.globals ?? []), SearchSynonyms],
      endpoints: [...(config.endpoints ?? []), enquirySearchEndpoint],
      onInit: async (payload) => {
        if (onInit) await onInit(payload)
        startSearchRuntime(payload)
      },
    }
  }
}
