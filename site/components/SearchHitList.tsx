/** The page of hits: each with its kind, title link, snippet and facts, and a small picture when it has one. */
import type { KeyboardEvent, RefObject } from 'react'
import { facts, type SearchIslandLabels } from './search-island-labels'
import type { PageHit } from './search-state'

/** The first rows load at once: they are what the buyer sees first. */
const EAGER_THUMBNAILS = 4

type Props = {
  hits: readonly PageHit[]
  labels: SearchIslandLabels
  locale: 'vi' | 'en'
  listRef: RefObject<HTMLOListElement | null>
  onKeyDown: (event: KeyboardEvent<HTMLOListElement>) => void
}

export function SearchHitList({ hits, labels, locale, listRef, onKeyDown }: Props) {
  return (
    <ol className="hits" ref={listRef} onKeyDown={onKeyDown}>
      {hits.map((hit, i) => {
        const hitFacts = facts(hit, labels, locale)
        return (
          <li key={hit.id} className={`hit ${hit.kind}${hit.thumbnail ? ' has-thumb' : ''}`}>
            {/* Decorative: the title beside it names the item. */}
            {hit.thumbnail && (
              <img className="thumb" src={hit.thumbnail} alt="" width={64} height={64} decoding="async" loading={i < EAGER_THUMBNAILS ? 'eager' : 'lazy'} />
            )}
            <div className="hit-text">
              <span className="badge kind">{labels.kinds[hit.kind]}</span>{' '}
              <a className="hit-link" href={hit.url}>
                {hit.title}
              </a>
              {hit.snippet && <p className="snippet">{hit.snippet}</p>}
              {hitFacts.length > 0 && <p className="facts-line muted">{hitFacts.join(' · ')}</p>}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
