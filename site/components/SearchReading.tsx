/**
 * What the engine says about how it read the query, in the buyer's words: the Telex/VNI reading,
 * the spelling it searched instead of the one typed, the words it had to leave out, that no hit has
 * the accents typed, and a closer spelling (a link that searches it). Nothing when the engine read the query as typed.
 */
import type { MouseEvent } from 'react'
import type { QueryReading } from '../../src/search/query-reading'
import { fill, type SearchIslandLabels } from './search-island-labels'

type Props = {
  reading: QueryReading | undefined
  /** The query as typed, for the near-match note. */
  term: string
  labels: Pick<SearchIslandLabels, 'readAs' | 'respelled' | 'ignored' | 'approximate' | 'suggestion'>
  /** The search page's address for the suggested spelling. */
  suggestionHref: string
  onSuggestion: (event: MouseEvent<HTMLAnchorElement>) => void
}

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ')

export function SearchReading({ reading, term, labels, suggestionHref, onSuggestion }: Props) {
  if (!reading) return null
  return (
    <div className="reading">
      {reading.readAs && <p className="notice">{fill(labels.readAs, { q: reading.readAs })}</p>}
      {reading.respelledAs && <p className="notice">{fill(labels.respelled, { typed: term, q: reading.respelledAs })}</p>}
      {reading.ignoredWords && <p className="notice">{fill(labels.ignored, { words: quoted(reading.ignoredWords) })}</p>}
      {/* The accents the buyer meant are those of the reading, when the query was read from Telex/VNI. */}
      {reading.approximate && <p className="notice">{fill(labels.approximate, { q: reading.readAs ?? term })}</p>}
      {reading.suggestion && (
        <p className="suggestion">
          {labels.suggestion}{' '}
          <a href={suggestionHref} onClick={onSuggestion} lang="vi">
            {reading.suggestion}
          </a>
          ?
        </p>
      )}
    </div>
  )
}
