/**
 * The search island as the server renders it: the whole search page without JavaScript — a GET
 * form to the page, the count in a live region, facet chips as plain links, hits as links, paging.
 */
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import SearchIsland, { type SearchIslandProps } from '../../../site/components/SearchIsland'
import { en } from '../../../site/i18n/en'

const labels: SearchIslandProps['labels'] = { ...en.search, siteName: en.siteName, levels: en.level, pagination: en.pagination }

const props: SearchIslandProps = {
  locale: 'en',
  action: '/en/search',
  otherPath: '/tim-kiem',
  id: 'search-q',
  labels,
  maxQueryLength: 200,
  initialState: { q: 'honey', filters: { kind: ['product'] }, sort: 'relevance', page: 1 },
  initialAnswer: {
    hits: [
      {
        kind: 'product',
        id: 'product-1-en',
        url: '/en/products/honey',
        title: 'Tam An honey',
        snippet: 'Rubber-blossom honey',
        province: 'Ho Chi Minh City',
        newestAwardYear: 2024,
      },
      { kind: 'producer', id: 'producer-2-en', url: '/en/brands/tam-an', title: 'Tam An', snippet: '' },
    ],
    facets: { kind: { product: 41, producer: 1 }, province: { 'Ho Chi Minh City': 30, Hue: 12 } },
    totalHits: 42,
    page: 1,
    pages: 3,
  },
}

const render = (over: Partial<SearchIslandProps> = {}) => renderToString(createElement(SearchIsland, { ...props, ...over }))

describe('SearchIsland (server render)', () => {
  const html = render()

  it('should be a GET form to the search page that keeps the query, the filters and the sort', () => {
    const form = /<form[^>]*>/.exec(html)?.[0] ?? ''
    expect(form).toContain('role="search"')
    expect(form).toContain('method="get"')
    expect(form).toContain('action="/en/search"')
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="honey"/)
    expect(html).toMatch(/<input type="hidden" name="kind" value="product"\/>/)
    expect(html).toMatch(/<select[^>]*name="sort"/)
    expect(html).toMatch(/<label for="search-q">Search products, brands, provinces<\/label>/)
  })

  it('should announce the count in a polite live region', () => {
    expect(html).toMatch(/role="status" aria-live="polite">42 results<\/p>/)
  })

  it('should show the hits as links with their kind, snippet and facts', () => {
    expect(html).toMatch(/<a class="hit-link" href="\/en\/products\/honey">Tam An honey<\/a>/)
    expect(html).toContain('Rubber-blossom honey')
    expect(html).toContain('Ho Chi Minh City · Awarded 2024')
    expect(html).toMatch(/<span class="badge kind">Brand<\/span>/)
  })

  it('should offer facet values as links that toggle them, the chosen one marked', () => {
    expect(html).toMatch(/<a href="\/en\/search\?q=honey&amp;kind=product&amp;province=Hue" class="chip"/)
    expect(html).toMatch(/<a href="\/en\/search\?q=honey" class="chip selected" aria-current="true"/)
    expect(html).toContain('Clear all filters')
  })

  it('should page with plain links', () => {
    expect(html).toMatch(/<a href="\/en\/search\?q=honey&amp;kind=product&amp;page=2" rel="next"/)
  })

  it('should say what is wrong with a refused query instead of results', () => {
    const refused = render({ initialAnswer: null, initialProblem: 'tooLong' })
    expect(refused).toMatch(/role="alert">Your search is too long: use at most 200 characters/)
    expect(refused).not.toContain('hit-link')
  })

  it('should say when nothing was found', () => {
    const none = render({ initialAnswer: { hits: [], facets: {}, totalHits: 0, page: 1, pages: 1 } })
    expect(none).toContain('Nothing found for “honey”')
  })

  it('should head the page with the query searched for', () => {
    expect(html).toMatch(/<h1>Results for “honey”<\/h1>/)
    expect(render({ initialState: { q: '', filters: {}, sort: 'relevance', page: 1 }, initialAnswer: null })).toMatch(/<h1>Search<\/h1>/)
  })

  it('should say how the engine read the query: keyboard reading, words left out, near matches', () => {
    const answer = { hits: props.initialAnswer?.hits ?? [], facets: {}, totalHits: 2, page: 1, pages: 1 }
    const read = render({
      initialState: { q: 'maatj ong xuat khau', filters: {}, sort: 'relevance', page: 1 },
      initialAnswer: { ...answer, reading: { readAs: 'mật ong xuất khẩu', ignoredWords: ['xuat', 'khau'], approximate: true } },
    })
    expect(read).toContain('Read as Vietnamese typed with the keyboard off (Telex/VNI): “mật ong xuất khẩu”.')
    expect(read).toContain('Nothing matches “xuat”, “khau”; showing results for the other words.')
    // The accents were the reading's, not the letters typed.
    expect(read).toContain('No results with the exact accents of “mật ong xuất khẩu”; these are near matches.')
  })

  it('should say when it searched another spelling than the one typed', () => {
    const answer = { hits: props.initialAnswer?.hits ?? [], facets: {}, totalHits: 2, page: 1, pages: 1 }
    const respelled = render({
      initialState: { q: 'cashew milc', filters: {}, sort: 'relevance', page: 1 },
      initialAnswer: { ...answer, reading: { respelledAs: 'cashew milk' } },
    })
    expect(respelled).toContain('No results for “cashew milc”; showing results for “cashew milk”.')
  })

  it('should offer a closer spelling as a link that searches it', () => {
    const suggested = render({
      initialState: { q: 'banh trangg', filters: {}, sort: 'relevance', page: 1 },
      initialAnswer: { hits: [], facets: {}, totalHits: 0, page: 1, pages: 1, reading: { suggestion: 'bánh tráng' } },
    })
    expect(suggested).toMatch(/Did you mean(<!-- -->)? <a href="\/en\/search\?q=b%C3%A1nh\+tr%C3%A1ng" lang="vi">bánh tráng<\/a>\?/)
  })

  it('should say nothing about the reading when the engine read the query as typed', () => {
    expect(html).not.toContain('class="reading"')
  })
})
