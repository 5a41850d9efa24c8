/**
 * The search page as a React island (mounted on /tim-kiem and /en/search only, client:intent).
 *
 * Rendered on the server it is the whole page body without JavaScript: a GET form to the page,
 * the result count, facet chips as plain links, the hits as links, sort and paging. Hydrated over
 * that, it searches as the buyer types (after a short pause, through /api/search), turns chips,
 * sort and paging into in-place updates, keeps q and the filters in the address bar
 * (history.replaceState), cancels stale requests so an older answer never replaces a newer one,
 * and moves through the hits with the keyboard: ArrowDown from the box to the first hit,
 * ArrowUp/ArrowDown between hits, Enter opens the focused one (it is a link), Escape returns to the
 * box, and Escape in the box clears it. A polite live region announces the count.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react'
import { fetchSearch } from './fetch-search'
import { SearchFacets } from './SearchFacets'
import { SearchHitList } from './SearchHitList'
import { fill, type SearchIslandLabels } from './search-island-labels'
import { SearchPagination } from './SearchPagination'
import { SearchReading } from './SearchReading'
import { chipGroups, hasFilters, hrefFor, isActive, stateToParams, type SearchAnswer, type SearchProblem, type SearchState } from './search-state'
import { PUBLIC_FACETS, SEARCH_SORTS, type SearchSort } from '../../src/search/types'

export type { SearchIslandLabels }

export type SearchIslandProps = {
  locale: 'vi' | 'en'
  /** The search page's path: the form's action and the base of every link. */
  action: string
  /** The search page's path in the other language: the language switch follows the search. */
  otherPath: string
  labels: SearchIslandLabels
  initialState: SearchState
  initialAnswer: SearchAnswer | null
  initialProblem?: SearchProblem
  /** The database answered (the engine is loading): filters and facets were not applied. */
  fallback?: boolean
  maxQueryLength: number
  id?: string
}

/** Pause after the last keystroke before asking; chips, sort and paging ask at once. */
export const TYPING_DEBOUNCE_MS = 180
/** Pictures of the first hits load at once: they are what the buyer sees first; the rest wait until scrolled to. */
const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

export default function SearchIsland(props: SearchIslandProps) {
  const { locale, action, otherPath, labels, maxQueryLength } = props
  const own = useId()
  const inputId = props.id ?? `search-${own.replace(/:/g, '')}`
  const [state, setState] = useState<SearchState>(props.initialState)
  const [answer, setAnswer] = useState<SearchAnswer | null>(props.initialAnswer)
  const [problem, setProblem] = useState<SearchProblem | undefined>(props.initialProblem)
  const [fallback, setFallback] = useState(props.fallback === true)
  const [unavailable, setUnavailable] = useState(false)
  const [busy, setBusy] = useState(false)
  // Open in the server render (no JavaScript: every chip in reach); folded away on a phone once
  // hydrated, unless a filter is on, so the hits come first.
  const [filtersOpen, setFiltersOpen] = useState(true)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inFlight = useRef<AbortController | undefined>(undefined)
  const latest = useRef(0)
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN')

  useEffect(() => {
    if (!hasFilters(props.initialState) && matchMedia('(max-width: 56rem)').matches) setFiltersOpen(false)
    // The island wakes when the buyer reaches for it (client:intent): what was typed into the
    // server-rendered box before that is the search now.
    const typed = input.current?.value
    if (typed !== undefined && typed !== props.initialState.q) go({ ...props.initialState, q: typed, page: 1 }, 0)
    // Once, on hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The heading, the page title and the language switch follow the search being typed, so a
  // bookmark, a shared tab or a switch of language keeps it (the server rendered the first one).
  const term = state.q.trim()
  const heading = term && !problem ? fill(labels.titleFor, { q: term }) : labels.title
  useEffect(() => {
    document.title = heading === labels.siteName ? heading : `${heading} — ${labels.siteName}`
  }, [heading, labels.siteName])
  useEffect(() => {
    const languageSwitch = document.querySelector<HTMLAnchorElement>('a.lang')
    if (languageSwitch) languageSwitch.href = hrefFor(otherPath, state)
  }, [otherPath, state])

  useEffect(
    () => () => {
      clearTimeout(timer.current)
      inFlight.current?.abort()
    },
    [],
  )

  /** Show a new state at once, keep it in the address bar, and ask for its results (after `delay`). */
  function go(next: SearchState, delay: number) {
    setState(next)
    const url = new URL(location.href)
    url.search = stateToParams(next).toString()
    history.replaceState(history.state, '', url)
    clearTimeout(timer.current)
    // A newer state makes any answer still on its way stale: cancel it now.
    inFlight.current?.abort()
    inFlight.current = undefined
    const ticket = ++latest.current
    if (!isActive(next)) {
      setAnswer(null)
      setProblem(undefined)
      setBusy(false)
      return
    }
    if ([...next.q.trim()].length > maxQueryLength) {
      setAnswer(null)
      setProblem('tooLong')
      setBusy(false)
      return
    }
    setBusy(true)
    timer.current = setTimeout(() => void ask(next, ticket), delay)
  }

  async function ask(next: SearchState, ticket: number) {
    const abort = new AbortController()
    inFlight.current = abort
    try {
      const outcome = await fetchSearch(next, locale, abort.signal)
      // Only the newest request may change the page.
      if (ticket !== latest.current) return
      // No stale hits under new words: a problem or an outage clears them (the form still submits).
      setAnswer(outcome.kind === 'answer' ? outcome.answer : null)
      setProblem(outcome.kind === 'problem' ? outcome.problem : undefined)
      setUnavailable(outcome.kind === 'unavailable')
      if (outcome.kind === 'answer') setFallback(false)
    } catch {
      // Aborted by a newer state, or offline: the form still submits to the page.
      if (ticket === latest.current && !abort.signal.aborted) {
        setAnswer(null)
        setUnavailable(true)
      }
    } finally {
      if (ticket === latest.current) {
        setBusy(false)
        inFlight.current = undefined
      }
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Hydrated, the results are already here or on their way: ask at once instead of reloading.
    event.preventDefault()
    go({ ...state, page: 1 }, 0)
  }

  const hitLinks = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.hit-link') ?? [])]

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      const first = hitLinks()[0]
      if (first) {
        event.preventDefault()
        first.focus()
      }
    } else if (event.key === 'Escape' && state.q !== '') {
      event.preventDefault()
      go({ ...state, q: '', page: 1 }, 0)
    }
  }

  function onListKey(event: KeyboardEvent<HTMLOListElement>) {
    const links = hitLinks()
    const at = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (at < 0) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1
      if (next < 0) input.current?.focus()
      else links[Math.min(next, links.length - 1)]?.focus()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      input.current?.focus()
    }
    // Enter: the focused hit is a link, the browser opens it.
  }

  const onLink = (next: SearchState) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return
    event.preventDefault()
    go(next, 0)
  }

  const groups = answer ? chipGroups(answer.facets, state, action) : []
  const filtered = hasFilters(state)
  const chosenCount = PUBLIC_FACETS.reduce((sum, key) => sum + (state.filters[key]?.length ?? 0), 0)
  const count = answer ? (answer.totalHits === 1 ? labels.resultOne : fill(labels.results, { count: numbers.format(answer.totalHits) })) : ''
  const status = problem ? '' : !answer ? '' : answer.totalHits === 0 ? fill(labels.none, { q: term }) : count
  const hintId = `${inputId}-hint`
  const countId = `${inputId}-count`

  return (
    <div className="search-page" aria-busy={busy}>
      <h1>{heading}</h1>
      <form className="search" role="search" method="get" action={action} onSubmit={onSubmit}>
        <label htmlFor={inputId}>{labels.label}</label>
        <div className="row">
          <input
            ref={input}
            id={inputId}
            name="q"
            type="search"
            value={state.q}
            placeholder={labels.placeholder}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={maxQueryLength}
            aria-describedby={`${countId} ${hintId}`}
            onChange={(event) => go({ ...state, q: event.target.value, page: 1 }, TYPING_DEBOUNCE_MS)}
            onKeyDown={onInputKey}
          />
          <button type="submit">{labels.submit}</button>
        </div>
        <p id={hintId} className="visually-hidden">
          {labels.keyboardHint}
        </p>
        {PUBLIC_FACETS.flatMap((key) => (state.filters[key] ?? []).map((value) => <input key={`${key}:${value}`} type="hidden" name={key} value={value} />))}
        <div className="sort-row">
          <label htmlFor={`${inputId}-sort`}>{labels.sort}</label>
          <select
            id={`${inputId}-sort`}
            name="sort"
            value={state.sort}
            onChange={(event) => go({ ...state, sort: event.target.value as SearchSort, page: 1 }, 0)}
          >
            {SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {labels.sorts[sort]}
              </option>
            ))}
          </select>
        </div>
      </form>

      <p id={countId} className={answer && answer.totalHits === 0 ? 'notice' : 'count-line'} role="status" aria-live="polite">
        {status}
      </p>
      {!problem && answer && (
        <SearchReading
          reading={answer.reading}
          term={term}
          labels={labels}
          suggestionHref={hrefFor(action, { ...state, q: answer.reading?.suggestion ?? '', page: 1 })}
          onSuggestion={onLink({ ...state, q: answer.reading?.suggestion ?? '', page: 1 })}
        />
      )}
      {problem && (
        <p className="notice problem" role="alert">
          {problem === 'tooLong' ? fill(labels.tooLong, { max: maxQueryLength }) : labels.invalid}
        </p>
      )}
      {!problem && !isActive(state) && <p className="muted">{labels.empty}</p>}
      {unavailable && <p className="notice">{labels.unavailable}</p>}
      {fallback && filtered && <p className="notice">{labels.filtersUnavailable}</p>}

      <div className="search-results">
        {(groups.length > 0 || filtered) && (
          <SearchFacets
            inputId={inputId}
            action={action}
            state={state}
            groups={groups}
            filtered={filtered}
            chosenCount={chosenCount}
            open={filtersOpen}
            onToggle={setFiltersOpen}
            labels={labels}
            numbers={numbers}
            onLink={onLink}
          />
        )}

        {answer && answer.hits.length > 0 && (
          <section className="hits-section" aria-label={labels.resultsLabel}>
            <SearchHitList hits={answer.hits} labels={labels} locale={locale} listRef={list} onKeyDown={onListKey} />
            <SearchPagination action={action} state={state} current={answer.page} pages={answer.pages} labels={labels.pagination} onLink={onLink} />
          </section>
        )}
      </div>
    </div>
  )
}
