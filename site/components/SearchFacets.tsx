/**
 * The search page's filters: facet chips as plain links (they work without JavaScript), folded
 * into a <details> that the island closes on a phone so the hits come first.
 */
import type { MouseEvent } from 'react'
import { chipLabel, type SearchIslandLabels } from './search-island-labels'
import { hrefFor, toggleFilter, type chipGroups, type SearchState } from './search-state'

type Props = {
  inputId: string
  action: string
  state: SearchState
  groups: ReturnType<typeof chipGroups>
  filtered: boolean
  chosenCount: number
  open: boolean
  onToggle: (open: boolean) => void
  labels: SearchIslandLabels
  numbers: Intl.NumberFormat
  onLink: (next: SearchState) => (event: MouseEvent<HTMLAnchorElement>) => void
}

export function SearchFacets({ inputId, action, state, groups, filtered, chosenCount, open, onToggle, labels, numbers, onLink }: Props) {
  return (
    <details className="facets" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>
        <h2 id={`${inputId}-facets`}>{labels.filters}</h2>
        {chosenCount > 0 && <span className="count"> ({numbers.format(chosenCount)})</span>}
      </summary>
      {groups.map((group) => (
        <div className="facet" key={group.key}>
          <h3 id={`${inputId}-facet-${group.key}`}>{labels.facet[group.key]}</h3>
          <ul className="chips" aria-labelledby={`${inputId}-facet-${group.key}`}>
            {group.chips.map((chip) => (
              <li key={chip.value}>
                <a
                  href={chip.href}
                  className={chip.selected ? 'chip selected' : 'chip'}
                  aria-current={chip.selected ? 'true' : undefined}
                  onClick={onLink(toggleFilter(state, chip.key, chip.value))}
                >
                  {chip.selected && <span aria-hidden="true">✓ </span>}
                  {chipLabel(chip.key, chip.value, labels)}
                  {chip.count > 0 && <span className="count"> {numbers.format(chip.count)}</span>}
                  {chip.selected && <span className="visually-hidden"> ({labels.selected})</span>}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {filtered && (
        <p>
          <a href={hrefFor(action, { ...state, filters: {}, page: 1 })} onClick={onLink({ ...state, filters: {}, page: 1 })}>
            {labels.clearFilters}
          </a>
        </p>
      )}
    </details>
  )
}
