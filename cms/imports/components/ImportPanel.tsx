'use client'
/**
 * Upload → preview table → confirm with progress. Talks to /api/imports (cms/imports/import-endpoints.ts):
 * the file goes up as the request body, the preview comes back per row, and confirming calls the
 * apply endpoint batch by batch until done, showing how far it got.
 */
import type React from 'react'
import { useMemo, useState } from 'react'
import { fill, IMPORT_STRINGS } from './import-strings'
import { PreviewTable, type Row } from './PreviewTable'

type Kind = 'awards' | 'products'
type Column = { vi: string; en: string; required?: boolean }
type Summary = { total: number; create: number; update: number; unchanged: number; skip: number; newProducts: number }
type Preview = { id: number | string; summary: Summary; rows: Row[]; ignoredColumns: string[] }
type Progress = {
  status: string
  cursor: number
  total: number
  result: { created: number; updated: number; unchanged: number; skipped: number; productsCreated: number }
}
type Failure = { vi: string; en: string }

const BATCH = 250
const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1rem', margin: '1rem 0' }

async function call<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw (body.error as Failure | undefined) ?? { vi: `Lỗi ${response.status}`, en: `Error ${response.status}` }
  return body as T
}

function templateCsv(columns: readonly Column[], lang: 'vi' | 'en'): string {
  return `\uFEFF${columns.map((c) => (lang === 'vi' ? c.vi : c.en)).join(',')}\r\n`
}

export function ImportPanel({ kind, lang, columns, listHref }: { kind: Kind; lang: 'vi' | 'en'; columns: Column[]; listHref: string }) {
  const t = IMPORT_STRINGS[lang]
  const [file, setFile] = useState<File | null>(null)
  const [createMissing, setCreateMissing] = useState(false)
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [progress, setProgress] = useState<Progress | null>(null)
  const template = useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(columns, lang))}`, [columns, lang])

  const reset = () => {
    setPreview(null)
    setProgress(null)
    setError(null)
  }

  const onPreview = async (event: React.FormEvent) => {
    event.preventDefault()
    reset()
    if (!file) return setError({ vi: t.chooseFile, en: t.chooseFile })
    setBusy('reading')
    try {
      const query = new URLSearchParams({ kind, fileName: file.name, createMissingProducts: createMissing ? '1' : '0' })
      setPreview(await call<Preview>(`/api/imports/preview?${query}`, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } }))
    } catch (failure) {
      setError(failure as Failure)
    } finally {
      setBusy(null)
    }
  }

  const onConfirm = async () => {
    if (!preview) return
    setBusy('importing')
    setError(null)
    try {
      let step: Progress
      do {
        step = await call<Progress>(`/api/imports/${preview.id}/apply?batch=${BATCH}`, { method: 'POST' })
        setProgress(step)
      } while (step.status !== 'done')
    } catch (failure) {
      setError(failure as Failure)
    } finally {
      setBusy(null)
    }
  }

  const writes = preview ? preview.summary.create + preview.summary.update : 0
  const done = progress?.status === 'done'
  return (
    <div data-import-panel={kind}>
      <p style={{ maxWidth: '60rem' }}>{kind === 'awards' ? t.introAwards : t.introProducts}</p>
      <details style={{ margin: '0.5rem 0 1rem' }}>
        <summary style={{ cursor: 'pointer' }}>{t.columns}</summary>
        <ul>
          {columns.map((c) => (
            <li key={c.en}>
              <strong>{c.vi}</strong> · <code>{c.en}</code>
              {c.required ? ` (${t.required})` : ''}
            </li>
          ))}
        </ul>
        <a href={template} download={kind === 'awards' ? 'mau-danh-sach-giai-thuong.csv' : 'mau-san-pham.csv'}>
          {t.template}
        </a>
      </details>
      <form onSubmit={onPreview} style={box}>
        <label style={{ display: 'block', fontWeight: 600, marginBottom: '0.5rem' }}>
          {t.file}
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              reset()
            }}
            style={{ display: 'block', marginTop: '0.5rem', maxWidth: '100%' }}
          />
        </label>
        {kind === 'awards' && (
          <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'flex-start', margin: '0.75rem 0' }}>
            <input type="checkbox" checked={createMissing} onChange={(e) => setCreateMissing(e.target.checked)} />
            <span>{t.createMissing}</span>
          </label>
        )}
        <button type="submit" className="btn btn--style-secondary btn--size-medium" disabled={busy !== null} style={{ margin: 0 }}>
          {busy === 'reading' ? t.reading : t.preview}
        </button>
      </form>
      {error && (
        <div role="alert" style={{ ...box, borderColor: 'var(--theme-error-500)', background: 'var(--theme-error-50)' }} data-import-error>
          <strong>{t.failed}: </strong>
          {error[lang]}
          {lang === 'vi' ? <div style={{ opacity: 0.75, marginTop: '0.25rem' }}>{error.en}</div> : null}
        </div>
      )}
      {preview && (
        <section aria-label={t.summary} data-import-preview>
          <h2 style={{ fontSize: '1.25rem', margin: '1rem 0 0.5rem' }}>{t.summary}</h2>
          {preview.ignoredColumns.length > 0 && (
            <p>
              {t.ignored}: {preview.ignoredColumns.join(', ')}
            </p>
          )}
          {preview.summary.newProducts > 0 && (
            <p>
              {preview.summary.newProducts} {t.newProducts}
            </p>
          )}
          <PreviewTable kind={kind} lang={lang} rows={preview.rows} summary={preview.summary} />
          {!done && (
            <div style={box}>
              {writes === 0 ? <p>{t.nothing}</p> : null}
              <button
                type="button"
                className="btn btn--style-primary btn--size-medium"
                disabled={busy !== null}
                onClick={onConfirm}
                data-import-confirm
                style={{ margin: 0 }}
              >
                {busy === 'importing' ? t.importing : `${t.confirm} (${writes})`}
              </button>
              {progress && (
                <div style={{ marginTop: '0.75rem' }}>
                  <progress value={progress.cursor} max={progress.total} style={{ width: '100%' }} />
                  <div aria-live="polite">{fill(t.progress, { done: progress.cursor, total: progress.total })}</div>
                </div>
              )}
            </div>
          )}
          {done && progress && (
            <div role="status" style={{ ...box, borderColor: 'var(--theme-success-500)' }} data-import-done>
              <strong>{t.done}.</strong> {fill(t.result, progress.result)}
              {progress.result.productsCreated > 0 ? ` ${fill(t.productsCreated, { count: progress.result.productsCreated })}` : ''}
              <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', marginTop: '0.75rem' }}>
                <a href={listHref}>{kind === 'awards' ? t.toAwards : t.toProducts}</a>
                <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={reset}>
                  {t.again}
                </button>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  )
}
