import { Meilisearch } from 'meilisearch'
import { describe } from 'vitest'
import { createMeilisearchSearch } from '../../src/search/adapters/meilisearch/create-meilisearch-search'
import { describeForgivingSearchContract } from './search-forgiving.contract'
import { describeSearchContract } from './search.contract'

const url = process.env.MEILI_URL
const apiKey = process.env.MEILI_MASTER_KEY ?? process.env.MEILI_API_KEY

if (!url) {
  console.warn('Meilisearch contract leg (search and forgiving search) SKIPPED: set MEILI_URL (and MEILI_MASTER_KEY) to run it')
}

describe.skipIf(!url)('search contract: Meilisearch', () => {
  // Own index prefix per run, so runs never see each other's documents; dropped afterwards.
  const indexPrefix = `contract_${Date.now()}_${Math.random().toString(36).slice(2, 8)}_`
  describeSearchContract({
    create: async () => createMeilisearchSearch({ url: url!, ...(apiKey ? { apiKey } : {}), indexPrefix }),
    dispose: async () => {
      const client = new Meilisearch({ host: url!, ...(apiKey ? { apiKey } : {}) })
      const { results } = await client.getIndexes({ limit: 1000 })
      for (const index of results.filter((i) => i.uid.startsWith(indexPrefix))) await client.deleteIndex(index.uid).waitTask()
    },
  })
})

describe.skipIf(!url)('forgiving search contract: Meilisearch', () => {
  const indexPrefix = `forgiving_${Date.now()}_${Math.random().toString(36).slice(2, 8)}_`
  describeForgivingSearchContract({
    create: async () => createMeilisearchSearch({ url: url!, ...(apiKey ? { apiKey } : {}), indexPrefix }),
    dispose: async () => {
      const client = new Meilisearch({ host: url!, ...(apiKey ? { apiKey } : {}) })
      const { results } = await client.getIndexes({ limit: 1000 })
      for (const index of results.filter((i) => i.uid.startsWith(indexPrefix))) await client.deleteIndex(index.uid).waitTask()
    },
  })
})
