/** Previous, numbered pages with gaps, next: links that work without JavaScript. */
import type { MouseEvent } from 'react'
import { pageLinks } from '../../src/site/paging'
import { fill, type SearchIslandLabels } from './search-island-labels'
import { hrefFor, type SearchState } from './search-state'

type Props = {
  action: string
  state: SearchState
  current: number
  pages: number
  labels: SearchIslandLabels['pagination']
  onLink: (next: SearchState) => (event: MouseEvent<HTMLAnchorElement>) => void
}

export function SearchPagination({ action, state, current, pages, labels, onLink }: Props) {
  const links = pageLinks(current, pages)
  if (links.length === 0) return null
  const page = (n: number) => ({ ...state, page: n })
  return (
    <nav className="pagination" aria-label={labels.label}>
      <ul>
        {current > 1 && (
          <li>
            <a href={hrefFor(action, page(current - 1))} rel="prev" onClick={onLink(page(current - 1))}>
              {labels.previous}
            </a>
          </li>
        )}
        {links.map((link, i) =>
          'gap' in link ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              <a
                href={hrefFor(action, page(link.page))}
                aria-current={link.current ? 'page' : undefined}
                aria-label={fill(labels.page, { page: link.page })}
                onClick={onLink(page(link.page))}
              >
                {link.page}
              </a>
            </li>
          ),
        )}
        {current < pages && (
          <li>
            <a href={hrefFor(action, page(current + 1))} rel="next" onClick={onLink(page(current + 1))}>
              {labels.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
