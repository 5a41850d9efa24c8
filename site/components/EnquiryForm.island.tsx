/**
 * The enquiry form. Rendered on the server, it is a plain HTML form that posts to /api/enquiries
 * and works without JavaScript. Once hydrated it sends JSON instead, shows each field's message
 * in place (focus goes to the list of problems), keeps everything typed, and shows the reference
 * on success without leaving the page. Retries reuse the same idempotency key, so a double click
 * or a resend after a lost connection never makes two enquiries.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { BUYER_TYPES, HONEYPOT_FIELD, LIMITS } from '../../src/enquiries/limits'
import type { EnquiryStrings } from '../i18n/enquiry'

type Locale = 'vi' | 'en'
type Values = Partial<Record<string, string>>
type Errors = Record<string, string>

export type EnquiryFormProps = {
  locale: Locale
  strings: EnquiryStrings
  subject: string
  productId?: string
  producerId?: string
  idempotencyKey: string
  /** The page the form is on, to show it again after an error (no JavaScript). */
  returnTo: string
  action: string
  workingDays: number
  /** The products list, linked after sending. */
  productsHref: string
  values?: Values
  errors?: Errors
}

const FIELD_ORDER = ['product', 'name', 'company', 'buyerType', 'country', 'email', 'phone', 'quantity', 'unit', 'market', 'message', 'language', 'consent', 'idempotencyKey'] as const

const id = (field: string) => `enquiry-${field}`
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
}

export default function EnquiryForm(props: EnquiryFormProps) {
  const t = props.strings
  const [errors, setErrors] = useState<Errors>(props.errors ?? {})
  const [pending, setPending] = useState(false)
  const [enhanced, setEnhanced] = useState(false)
  const [sent, setSent] = useState<string | undefined>()
  const [key, setKey] = useState(props.idempotencyKey)
  const [formVersion, setFormVersion] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLHeadingElement>(null)
  const values: Values = formVersion === 0 ? (props.values ?? {}) : {}

  useEffect(() => setEnhanced(true), [])
  useEffect(() => {
    if (sent) doneRef.current?.focus()
  }, [sent])

  const errorKeys = Object.keys(errors)
  useEffect(() => {
    if (enhanced && errorKeys.length) summaryRef.current?.focus()
    // focus only when a new set of errors arrives
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const form = event.currentTarget
    const data: Record<string, string | boolean> = {}
    for (const [name, value] of new FormData(form).entries()) if (typeof value === 'string') data[name] = value
    data.consent = (form.elements.namedItem('consent') as HTMLInputElement | null)?.checked ?? false
    setPending(true)
    try {
      const response = await fetch(props.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(data),
      })
      const body = (await response.json().catch(() => ({}))) as { reference?: string; errors?: Errors }
      if (response.status === 201 && body.reference) {
        setErrors({})
        setSent(body.reference)
      } else setErrors(body.errors && Object.keys(body.errors).length ? body.errors : { form: t.networkError })
    } catch {
      setErrors({ form: t.networkError })
    } finally {
      setPending(false)
    }
  }

  function another() {
    setSent(undefined)
    setErrors({})
    setKey(newKey())
    setFormVersion((v) => v + 1)
  }

  if (sent) {
    return (
      <div className="enquiry-sent" role="status" data-enquiry-sent>
        <h3 ref={doneRef} tabIndex={-1}>{t.sent.heading}</h3>
        <p>
          {t.sent.reference}: <strong data-enquiry-reference>{sent}</strong>
        </p>
        <p>{t.sent.copy}</p>
        <p>{fill(t.sent.deadline, { days: props.workingDays })}</p>
        <p className="enquiry-actions">
          <button type="button" className="button secondary" onClick={another}>
            {t.sent.another}
          </button>
          <a href={props.productsHref}>{t.sent.back}</a>
        </p>
      </div>
    )
  }

  const labelOf = (field: string): string => {
    if (field === 'form' || field === 'product' || field === 'idempotencyKey') return ''
    if (field === 'consent') return t.fields.consentShort
    return (t.fields as Record<string, string>)[field] ?? field
  }
  const describedBy = (field: string, hint?: boolean) => [hint ? `${id(field)}-hint` : '', errors[field] ? `${id(field)}-error` : ''].filter(Boolean).join(' ') || undefined
  const invalid = (field: string) => (errors[field] ? true : undefined)
  const fieldError = (field: string) =>
    errors[field] ? (
      <p className="enquiry-error" id={`${id(field)}-error`}>
        {errors[field]}
      </p>
    ) : null
  const required = <span className="enquiry-required"> ({t.required})</span>
  const ordered = [...errorKeys].sort((a, b) => FIELD_ORDER.indexOf(a as never) - FIELD_ORDER.indexOf(b as never))

  return (
    <form
      key={formVersion}
      className="enquiry-form"
      method="post"
      action={props.action}
      noValidate
      onSubmit={enhanced ? onSubmit : undefined}
      data-enhanced={enhanced ? 'true' : undefined}
      aria-busy={pending || undefined}
    >
      {ordered.length > 0 && (
        <div className="enquiry-summary" role="alert" tabIndex={-1} ref={summaryRef} data-enquiry-errors>
          <p>{t.errorSummary}</p>
          <ul>
            {ordered.map((field) => {
              const label = labelOf(field)
              const target = field === 'form' || field === 'product' || field === 'idempotencyKey' ? undefined : `#${id(field)}`
              return <li key={field}>{target ? <a href={target}>{label}: {errors[field]}</a> : errors[field]}</li>
            })}
          </ul>
        </div>
      )}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="returnTo" value={props.returnTo} />
      <input type="hidden" name="idempotencyKey" value={key} />
      {props.productId !== undefined && <input type="hidden" name="product" value={props.productId} />}
      {props.producerId !== undefined && <input type="hidden" name="producer" value={props.producerId} />}

      <div className="enquiry-grid">
        <div className="enquiry-field">
          <label htmlFor={id('name')}>{t.fields.name}{required}</label>
          <input id={id('name')} name="name" type="text" autoComplete="name" required maxLength={LIMITS.name} defaultValue={values.name} aria-invalid={invalid('name')} aria-describedby={describedBy('name')} />
          {fieldError('name')}
        </div>
        <div className="enquiry-field">
          <label htmlFor={id('company')}>{t.fields.company}</label>
          <input id={id('company')} name="company" type="text" autoComplete="organization" maxLength={LIMITS.company} defaultValue={values.company} aria-invalid={invalid('company')} aria-describedby={describedBy('company')} />
          {fieldError('company')}
        </div>
        <div className="enquiry-field">
          <label htmlFor={id('buyerType')}>{t.fields.buyerType}{required}</label>
          <select id={id('buyerType')} name="buyerType" required defaultValue={values.buyerType ?? ''} aria-invalid={invalid('buyerType')} aria-describedby={describedBy('buyerType')}>
            <option value="">{t.fields.buyerTypeChoose}</option>
            {BUYER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t.buyerTypes[type]}
              </option>
            ))}
          </select>
          {fieldError('buyerType')}
        </div>
        <div className="enquiry-field">
          <label htmlFor={id('country')}>{t.fields.country}{required}</label>
          <input id={id('country')} name="country" type="text" autoComplete="country-name" required maxLength={LIMITS.country} defaultValue={values.country ?? (props.locale === 'vi' ? 'Việt Nam' : '')} aria-invalid={invalid('country')} aria-describedby={describedBy('country')} />
          {fieldError('country')}
        </div>
        <div className="enquiry-field">
          <label htmlFor={id('email')}>{t.fields.email}{required}</label>
          <input id={id('email')} name="email" type="email" autoComplete="email" inputMode="email" required maxLength={LIMITS.email} defaultValue={values.email} aria-invalid={invalid('email')} aria-describedby={describedBy('email', true)} />
          <p className="enquiry-hint" id={`${id('email')}-hint`}>{t.fields.emailHint}</p>
          {fieldError('email')}
        </div>
        <div className="enquiry-field">
          <label htmlFor={id('phone')}>{t.fields.phone}</label>
          <input id={id('phone')} name="phone" type="tel" autoComplete="tel" inputMode="tel" maxLength={LIMITS.phone} defaultValue={values.phone} aria-invalid={invalid('phone')} aria-describedby={describedBy('phone', true)} />
          <p className="enquiry-hint" id={`${id('phone')}-hint`}>{t.fields.phoneHint}</p>
          {fieldError('phone')}
        </div>
        <div className="enquiry-field enquiry-pair">
          <div>
            <label htmlFor={id('quantity')}>{t.fields.quantity}</label>
            <input id={id('quantity')} name="quantity" type="text" inputMode="decimal" maxLength={14} defaultValue={values.quantity} aria-invalid={invalid('quantity')} aria-describedby={describedBy('quantity')} />
            {fieldError('quantity')}
          </div>
          <div>
            <label htmlFor={id('unit')}>{t.fields.unit}</label>
            <input id={id('unit')} name="unit" type="text" maxLength={LIMITS.unit} defaultValue={values.unit} aria-invalid={invalid('unit')} aria-describedby={describedBy('unit', true)} />
            <p className="enquiry-hint" id={`${id('unit')}-hint`}>{t.fields.unitHint}</p>
            {fieldError('unit')}
          </div>
        </div>
        <div className="enquiry-field">
          <label htmlFor={id('market')}>{t.fields.market}</label>
          <input id={id('market')} name="market" type="text" maxLength={LIMITS.market} defaultValue={values.market} aria-invalid={invalid('market')} aria-describedby={describedBy('market', true)} />
          <p className="enquiry-hint" id={`${id('market')}-hint`}>{t.fields.marketHint}</p>
          {fieldError('market')}
        </div>
      </div>

      <div className="enquiry-field">
        <label htmlFor={id('message')}>{t.fields.message}{required}</label>
        <textarea id={id('message')} name="message" rows={6} required maxLength={LIMITS.message} defaultValue={values.message} aria-invalid={invalid('message')} aria-describedby={describedBy('message', true)} />
        <p className="enquiry-hint" id={`${id('message')}-hint`}>{t.fields.messageHint}</p>
        {fieldError('message')}
      </div>

      <fieldset className="enquiry-field enquiry-language" aria-describedby={describedBy('language')}>
        <legend>{t.fields.language}</legend>
        {(['vi', 'en'] as const).map((language) => (
          <label key={language} className="enquiry-inline">
            <input type="radio" name="language" value={language} defaultChecked={(values.language ?? props.locale) === language} /> {t.languages[language]}
          </label>
        ))}
        {fieldError('language')}
      </fieldset>

      <div className="enquiry-field">
        <label className="enquiry-inline" htmlFor={id('consent')}>
          <input id={id('consent')} name="consent" type="checkbox" value="true" required defaultChecked={values.consent === 'true'} aria-invalid={invalid('consent')} aria-describedby={describedBy('consent')} /> {t.fields.consent}
        </label>
        {fieldError('consent')}
      </div>

      <div className="enquiry-hp" aria-hidden="true">
        <label htmlFor={id(HONEYPOT_FIELD)}>{t.fields.honeypot}</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <p>
        <button type="submit" disabled={pending}>
          {pending ? t.sending : t.submit}
        </button>
      </p>
    </form>
  )
}
