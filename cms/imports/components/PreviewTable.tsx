'use client'
/** The preview: counts per outcome, a filter, and one line per row saying what will happen and why. */
import type React from 'react'
import { useState } from 'react'
import { IMPORT_STRINGS } from './import-strings'

export type Row = {
  line: number
  action: 'create' | 'update' | 'unchanged' | 'skip'
  input: Record<string, string>
  messages: { vi: string; en: string }[]
  changes?: { field: string; from: unknown; to: unknown }[]
  matched?: { product?: string; producer?: string; province?: string }
}

type Action = Row['action']
const ACTIONS: Action[] = ['create', 'update', 'unchanged', 'skip']
const COLOURS: Record<Action, string> = {
  create: 'var(--theme-success-500)',
  update: 'var(--theme-warning-500)',
  unchanged: 'var(--theme-elevation-400)',
  skip: 'var(--theme-error-500)',
}
const cell: React.CSSProperties = { padding: '0.4rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' }
const SHOWN = 500

export function PreviewTable({ kind, lang, rows, summary }: { kind: 'awards' | 'products'; lang: 'vi' | 'en'; rows: Row[]; summary: Record<Action, number> }) {
  const t = IMPORT_STRINGS[lang]
  const [filter, setFilter] = useState<Action | 'all'>('all')
  const visible = rows.filter((row) => filter === 'all' || row.action === filter)
  const chip = (value: Action | 'all', text: string, count: number) => (
    <button
      key={value}
      type="button"
      aria-pressed={filter === value}
      onClick={() => setFilter(value)}
      className={`btn btn--size-small ${filter === value ? 'btn--style-primary' : 'btn--style-secondary'}`}
      style={{ margin: 0 }}
      data-filter={value}
    >
      {text}: {count}
    </button>
  )
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0.5rem 0 1rem' }} data-import-summary>
        {chip('all', t.all, rows.length)}
        {ACTIONS.map((action) => chip(action, t[action], summary[action]))}
      </div>
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: kind === 'awards' ? '56rem' : '36rem' }}>
          <thead>
            <tr>
              <th style={cell}>{t.line}</th>
              <th style={cell}>{t.action}</th>
              <th style={cell}>{t.product}</th>
              {kind === 'awards' ? (
                <>
                  <th style={cell}>{t.producer}</th>
                  <th style={cell}>{t.province}</th>
                  <th style={cell}>{t.levelYear}</th>
                  <th style={cell}>{t.decision}</th>
                </>
              ) : (
                <th style={cell}>{t.group}</th>
              )}
              <th style={cell}>{t.notes}</th>
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, SHOWN).map((row) => (
              <tr key={row.line} data-line={row.line} data-action={row.action}>
                <td style={cell}>{row.line}</td>
                <td style={{ ...cell, color: COLOURS[row.action], fontWeight: 600, whiteSpace: 'nowrap' }}>{t[row.action]}</td>
                <td style={cell}>{row.matched?.product ?? row.input.product ?? row.input.name}</td>
                {kind === 'awards' ? (
                  <>
                    <td style={cell}>{row.matched?.producer ?? row.input.producer}</td>
                    <td style={cell}>{row.input.province}</td>
                    <td style={cell}>
                      {row.input.level} · {row.input.year}
                    </td>
                    <td style={cell}>{row.input.decisionNumber}</td>
                  </>
                ) : (
                  <td style={cell}>{row.input.productGroup}</td>
                )}
                <td style={cell}>
                  {row.messages.map((m) => (
                    <div key={m.en}>{m[lang]}</div>
                  ))}
                  {row.changes?.map((c) => (
                    <div key={c.field}>
                      <code>{c.field}</code>: {String(c.from ?? '∅')} → {String(c.to ?? '∅')}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length > SHOWN && (
        <p>
          … {visible.length - SHOWN} {lang === 'vi' ? 'dòng nữa' : 'more rows'}
        </p>
      )}
    </>
  )
}
