import { describe, expect, it } from 'vitest'
import { SearchQueryError } from '../../../src/search/errors'
import { parseSearchParams } from '../../../src/search/parse-search-params'
import { resolveSearchQuery } from '../../../src/search/resolve-search-query'

function issuesFor(query: string | URLSearchParams): string[] {
  try {
    parseSearchParams(typeof query === 'string' ? new URLSearchParams(query) : query)
  } catch (error) {
    expect(error).toBeInstanceOf(SearchQueryError)
    expect((error as SearchQueryError).httpStatus).toBe(400)
    return (error as SearchQueryError).issues.map((issue) => `${issue.field}: ${issue.message}`)
  }
  throw new Error('expected the query to be refused')
}

describe('parseSearchParams', () => {
  it('should read a full query with defaults filled in', () => {
    const query = parseSearchParams(
      new URLSearchParams('q=m%E1%BA%ADt+ong&locale=en&province=B%C3%ACnh+D%C6%B0%C6%A1ng&province=Ca+Mau&awardYear=2023&facets=province,awardLevel&page=2'),
    )
    expect(query).toEqual({
      q: 'mật ong',
      locale: 'en',
      filters: { province: ['Bình Dương', 'Ca Mau'], awardYear: [2023] },
      sort: 'relevance',
      page: 2,
      hitsPerPage: 20,
      facets: ['province', 'awardLevel'],
    })
  })

  it('should keep commas inside a filter value (product group names have them)', () => {
    const query = parseSearchParams(new URLSearchParams({ productGroup: 'Chế biến nông, lâm, thủy sản và thực phẩm' }))
    expect(query.filters.productGroup).toEqual(['Chế biến nông, lâm, thủy sản và thực phẩm'])
  })

  it('should refuse a query longer than 200 characters', () => {
    expect(issuesFor(new URLSearchParams({ q: 'a'.repeat(201) }))).toEqual(['q: must be at most 200 characters'])
    expect(() => parseSearchParams(new URLSearchParams({ q: 'ậ'.repeat(200) }))).not.toThrow()
  })

  it('should refuse broken UTF-8', () => {
    expect(issuesFor('q=%C3%28')).toEqual(['q: is not valid UTF-8 (percent-encode the text as UTF-8)'])
  })

  it('should refuse lone surrogates, in URLs and in queries built in code', () => {
    // URLSearchParams turns a lone surrogate into U+FFFD, which is refused like broken UTF-8.
    expect(issuesFor(new URLSearchParams([['q', 'mat \uD800 ong']]))).toEqual(['q: is not valid UTF-8 (percent-encode the text as UTF-8)'])
    expect(issuesFor('q=%ED%A0%80')).toEqual(['q: is not valid UTF-8 (percent-encode the text as UTF-8)'])
    expect(() => resolveSearchQuery({ q: 'mat \uDC00 ong', locale: 'vi' }, 'public')).toThrow('q: contains a lone UTF-16 surrogate, which is not text')
  })

  it('should refuse control characters but accept a pasted line break', () => {
    expect(issuesFor('q=mat%00ong')).toEqual(['q: contains control characters'])
    expect(issuesFor('province=Ca%1BMau')).toEqual(['filters.province: contains control characters'])
    expect(parseSearchParams(new URLSearchParams('q=mat%0Aong')).q).toBe('mat ong')
  })

  it('should refuse unknown filters and say which are known', () => {
    const [issue] = issuesFor('q=mat&color=red')
    expect(issue).toMatch(/^color: is not a known parameter; use q, locale/)
  })

  it('should refuse a producer scope sent from the browser', () => {
    expect(issuesFor('producerId=pr1')[0]).toMatch(/^producerId: is not a known parameter/)
    expect(issuesFor('scope=staff')[0]).toMatch(/^scope: is not a known parameter/)
  })

  it('should refuse bad values with one message each', () => {
    expect(issuesFor('locale=fr&page=0&hitsPerPage=500&sort=price&awardLevel=gold&facets=colour')).toEqual([
      'locale: must be one of vi, en',
      'filters.awardLevel: must be one of district, commune, provincial, regional, national',
      'sort: must be one of relevance, newestAward, name',
      'page: must be a whole number from 1',
      'hitsPerPage: must be from 1 to 100',
      'facets: is not a facet',
    ])
  })

  it('should refuse a parameter given twice that takes one value', () => {
    expect(issuesFor('q=a&q=b')).toEqual(['q: must be given once'])
  })

  it('should keep enquiry-only filters out of the public search', () => {
    expect(issuesFor('status=new')).toEqual(['filters.status: is only available for enquiries'])
    expect(parseSearchParams(new URLSearchParams('status=new'), 'enquiries').filters.status).toEqual(['new'])
  })

  it('should refuse paging past the deepest reachable hit', () => {
    expect(issuesFor('page=200&hitsPerPage=100')[0]).toMatch(/^page: goes past the first 10000 hits/)
  })
})
