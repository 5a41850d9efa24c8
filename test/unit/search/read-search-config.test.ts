import { describe, expect, it } from 'vitest'
import { createSearch } from '../../../src/search/create-search'
import { SearchConfigError } from '../../../src/search/errors'
import { readSearchConfig } from '../../../src/search/read-search-config'

describe('readSearchConfig and createSearch', () => {
  it('should choose the embedded engine when MEILI_URL is not set', () => {
    expect(readSearchConfig({})).toEqual({})
    expect(readSearchConfig({ MEILI_URL: '' })).toEqual({})
    expect(createSearch(readSearchConfig({})).engine).toBe('embedded')
  })

  it('should choose Meilisearch when MEILI_URL is set, with the key', () => {
    const config = readSearchConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'secret' })
    expect(config).toEqual({ meilisearch: { url: 'http://127.0.0.1:7700', apiKey: 'secret' } })
    expect(createSearch(config).engine).toBe('meilisearch')
  })

  it('should fail loudly on a malformed URL instead of falling back to the embedded engine', () => {
    expect(() => readSearchConfig({ MEILI_URL: 'localhost:7700' })).toThrow(SearchConfigError)
    expect(() => readSearchConfig({ MEILI_URL: 'localhost:7700' })).toThrow(/MEILI_URL must be an http\(s\) URL/)
  })
})
