/**
 * The search island as the server renders it: a plain GET form to the search page that works
 * without JavaScript, already wearing the ARIA combobox roles it uses once hydrated.
 */
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import SearchIsland, { type SearchIslandProps } from '../../../site/components/SearchIsland'

const props: SearchIslandProps = {
  locale: 'vi',
  action: '/tim-kiem',
  initialQuery: 'mật ong',
  id: 'q',
  labels: {
    label: 'Tìm sản phẩm',
    placeholder: 'Ví dụ: mật ong',
    submit: 'Tìm',
    results: '{count} kết quả',
    none: 'Không tìm thấy “{q}”',
    seeAll: 'Xem tất cả kết quả',
    filters: 'Lọc kết quả',
    kinds: { product: 'Sản phẩm', producer: 'Thương hiệu', fair: 'Hội chợ' },
  },
}

describe('SearchIsland (server render)', () => {
  const html = renderToString(createElement(SearchIsland, props))

  it('should be a GET form to the search page with the query in a named field', () => {
    const form = /<form[^>]*>/.exec(html)?.[0] ?? ''
    expect(form).toContain('role="search"')
    expect(form).toContain('method="get"')
    expect(form).toContain('action="/tim-kiem"')
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="mật ong"/)
    expect(html).toMatch(/<button type="submit">Tìm<\/button>/)
    expect(html).toMatch(/<label for="q">Tìm sản phẩm<\/label>/)
  })

  it('should wear the combobox roles, with the list of suggestions hidden until there is one', () => {
    expect(html).toMatch(/role="combobox"/)
    expect(html).toMatch(/aria-controls="q-list"/)
    expect(html).toMatch(/aria-expanded="false"/)
    expect(html).toMatch(/<ul id="q-list" role="listbox"[^>]*hidden/)
    expect(html).toMatch(/role="status" aria-live="polite"/)
  })
})
