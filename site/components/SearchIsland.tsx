/**
 * Search as you type. Rendered on the server it is the plain GET form to the search page, which
 * works without JavaScript. Hydrated, it asks /api/search after a short pause, lists the first hits
 * under the box (an ARIA 1.2 combobox: arrow keys move, Enter opens, Escape closes), shows facet
 * values as chips that filter, and keeps the query in the address bar on the search page.
 * Only React: nothing from src/ is imported, to keep the island small.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

type Kind = 'product' | 'producer' | 'fair'
type Hit = { kind: Kind; id: string; url: string; title: string; snippet: string; province?: string }
type Facets = Partial<Record<'kind' | 'province' | 'productGroup', Record<string, number>>>
type Answer = { hits: Hit[]; facets: Facets; totalHits: number }
type Filters = Partial<Record<'kind' | 'province' | 'productGroup', string>>

export type SearchIslandLabels = {
  label: string
  placeholder: string
  submit: string
  /** "{count} results" */
  results: string
  /** "Nothing found for “{q}”…" */
  none: string
  seeAll: string
  filters: string
  kinds: Record<Kind, string>
}

export type SearchIslandProps = {
  locale: 'vi' | 'en'
  /** The search page the form submits to. */
  action: string
  labels: SearchIslandLabels
  initialQuery?: string
  /** On the search page: keep q (and chips) in the address bar. */
  syncUrl?: boolean
  id?: string
}

const DEBOUNCE_MS = 120
const SHOWN = 8
const FACETS = ['kind', 'province', 'productGroup'] as const
const CHIPS_PER_FACET = 5

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

function params(q: string, filters: Filters, extra: Record<string, string>): URLSearchParams {
  const out = new URLSearchParams({ q, ...extra })
  for (const [name, value] of Object.entries(filters)) if (value) out.set(name, value)
  return out
}

export default function SearchIsland({ locale, action, labels, initialQuery = '', syncUrl = false, id }: SearchIslandProps) {
  const own = useId()
  const inputId = id ?? `search-${own}`
  const listId = `${inputId}-list`
  const [q, setQ] = useState(initialQuery)
  const [filters, setFilters] = useState<Filters>({})
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const cache = useRef(new Map<string, Answer>())
  const hydrated = useRef(false)

  const term = q.trim()
  const wanted = term.length >= 2 || Object.keys(filters).length > 0
  const seeAllHref = `${action}?${params(term, filters, {})}`

  useEffect(() => {
    if (!hydrated.current) {
      hydrated.current = true
      return
    }
    if (syncUrl) {
      const url = new URL(location.href)
      url.search = params(term, filters, {}).toString()
      history.replaceState(history.state, '', url)
    }
    if (!wanted) {
      setAnswer(null)
      return
    }
    const key = params(term, filters, { locale, hitsPerPage: String(SHOWN), facets: FACETS.join(',') }).toString()
    const cached = cache.current.get(key)
    if (cached) {
      setAnswer(cached)
      return
    }
    const abort = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?${key}`, { signal: abort.signal, headers: { accept: 'application/json' } })
        if (!response.ok) return
        const next = (await response.json()) as Answer
        cache.current.set(key, next)
        setAnswer(next)
        setActive(-1)
      } catch {
        // Aborted by newer typing, or offline: the form still submits to the search page.
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
  }, [term, filters, locale, syncUrl, wanted])

  const hits = wanted && answer ? answer.hits.slice(0, SHOWN) : []
  // The last option is "see all results", so the keyboard can reach the full page too.
  const options = hits.length > 0 ? hits.length + 1 : 0
  const expanded = open && wanted && answer !== null
  const optionId = (i: number) => `${listId}-${i}`

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options === 0) return
      event.preventDefault()
      setOpen(true)
      const down = event.key === 'ArrowDown'
      // Wraps around: past the last option to the first, above the first to the last.
      setActive((current) => (down ? (current + 1 >= options ? 0 : current + 1) : current <= 0 ? options - 1 : current - 1))
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      }
    } else if (event.key === 'Enter' && expanded && active >= 0 && active < options) {
      event.preventDefault()
      location.assign(active < hits.length ? hits[active]!.url : seeAllHref)
    }
  }

  function toggle(facet: keyof Filters, value: string) {
    setFilters((current) => {
      const next = { ...current }
      if (next[facet] === value) delete next[facet]
      else next[facet] = value
      return next
    })
    setOpen(true)
  }

  const chips = FACETS.flatMap((facet) => {
    const counts = answer?.facets[facet] ?? {}
    const values = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, CHIPS_PER_FACET)
    const chosen = filters[facet]
    if (chosen && !values.some(([value]) => value === chosen)) values.unshift([chosen, 0])
    return values.length > 1 || chosen ? values.map(([value, count]) => ({ facet, value, count, pressed: chosen === value })) : []
  })

  const status = !wanted || !answer ? '' : answer.totalHits === 0 ? fill(labels.none, { q: term }) : fill(labels.results, { count: answer.totalHits })

  return (
    <form className="search search-island" role="search" method="get" action={action}>
      <label htmlFor={inputId}>{labels.label}</label>
      <div className="row">
        <input
          id={inputId}
          name="q"
          type="search"
          value={q}
          placeholder={labels.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded && options > 0}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && active < options ? optionId(active) : undefined}
          onChange={(event) => {
            setQ(event.target.value)
            setOpen(true)
            setActive(-1)
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <button type="submit">{labels.submit}</button>
      </div>
      {Object.entries(filters).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {chips.length > 0 && (
        <div className="chips" role="group" aria-label={labels.filters}>
          {chips.map(({ facet, value, count, pressed }) => (
            <button key={`${facet}:${value}`} type="button" className="chip" aria-pressed={pressed} onMouseDown={(event) => event.preventDefault()} onClick={() => toggle(facet, value)}>
              {facet === 'kind' ? (labels.kinds[value as Kind] ?? value) : value}
              {count > 0 && <span className="count"> {count}</span>}
            </button>
          ))}
        </div>
      )}
      <ul id={listId} role="listbox" aria-label={labels.label} className="suggestions" hidden={!expanded || options === 0}>
        {hits.map((hit, i) => (
          <li key={hit.id} id={optionId(i)} role="option" aria-selected={i === active} onMouseDown={(event) => event.preventDefault()}>
            <a href={hit.url} tabIndex={-1}>
              <span className="kind">{labels.kinds[hit.kind]}</span> <strong>{hit.title}</strong>
              {hit.snippet && <span className="snippet">{hit.snippet}</span>}
            </a>
          </li>
        ))}
        {hits.length > 0 && (
          <li id={optionId(hits.length)} role="option" aria-selected={active === hits.length} onMouseDown={(event) => event.preventDefault()}>
            <a href={seeAllHref} tabIndex={-1}>
              {labels.seeAll} ({answer?.totalHits ?? 0})
            </a>
          </li>
        )}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
