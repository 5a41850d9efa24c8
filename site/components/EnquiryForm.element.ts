/**
 * <enquiry-form>: the progressive enhancement of the server-rendered enquiry form it wraps
 * (EnquiryForm.astro). Without JavaScript the form posts to /api/enquiries and the server answers
 * with a page. With it, the element sends JSON instead and, without leaving the page:
 *   - shows the list of problems (focused, each linking to its field) and each field's message
 *     beside it, with aria-invalid and aria-describedby, keeping everything typed;
 *   - says why when the API refuses (413, 429 with when to retry, 403, 503) or the connection
 *     drops, keeping everything typed; the button is disabled while sending;
 *   - shows the reference on success (the panel comes from a <template> the server filled in).
 * Retries reuse the idempotency key, so a double click or a resend after a lost connection never
 * makes two enquiries. Words come from the page (site/i18n/enquiry.ts), not from this file.
 */
import { errorsFor, orderedFields, summaryHeading, type ClientStrings, type Errors } from './enquiry-errors'

const fieldId = (field: string) => `enquiry-${field}`

/** A fresh key: a cached page carries the same key for everyone, so each visit makes its own. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children)
  return node
}

class EnquiryFormElement extends HTMLElement {
  #pending = false

  connectedCallback() {
    const form = this.#form
    if (!form || form.dataset.enhanced) return
    // Only a page shown again with the buyer's own values (no-store) keeps the key it was given.
    if (!form.hasAttribute('data-echo')) this.#input('idempotencyKey').value = newKey()
    form.addEventListener('submit', (event) => void this.#submit(event))
    this.addEventListener('click', (event) => this.#click(event))
    form.dataset.enhanced = 'true'
  }

  get #form() {
    return this.querySelector('form')
  }

  #parsed?: ClientStrings
  get #strings(): ClientStrings {
    return (this.#parsed ??= JSON.parse(this.dataset.strings ?? '{}') as ClientStrings)
  }

  #input(name: string) {
    return this.#form!.elements.namedItem(name) as HTMLInputElement
  }

  async #submit(event: SubmitEvent) {
    event.preventDefault()
    if (this.#pending) return
    const form = this.#form!
    const data: Record<string, string | boolean> = {}
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') data[name] = value
    data.consent = this.#input('consent').checked
    let errors: Errors
    this.#busy(true)
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        // The page's language: answers given before the body is read (413, 403) are worded in it.
        headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': this.#input('locale').value },
        body: JSON.stringify(data),
      })
      const body = (await response.json().catch(() => ({}))) as { reference?: unknown }
      if (response.status === 201 && typeof body.reference === 'string') return this.#sent(body.reference)
      errors = errorsFor(response.status, body, response.headers.get('retry-after'), this.#strings)
    } catch {
      errors = { form: this.#strings.networkError }
    } finally {
      this.#busy(false)
    }
    this.#showErrors(errors)
  }

  #busy(pending: boolean) {
    this.#pending = pending
    const form = this.#form!
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!
    button.dataset.label ??= button.textContent ?? ''
    button.disabled = pending
    button.textContent = pending ? this.#strings.sending : button.dataset.label
    if (pending) form.setAttribute('aria-busy', 'true')
    else form.removeAttribute('aria-busy')
  }

  /** The list of problems at the top (focused) and each field's message beside it, as the server renders them. */
  #showErrors(errors: Errors) {
    const form = this.#form!
    form.querySelector('[data-enquiry-errors]')?.remove()
    for (const old of form.querySelectorAll('.enquiry-error')) old.remove()
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid')
    for (const field of form.querySelectorAll('[aria-describedby]')) {
      const kept = field
        .getAttribute('aria-describedby')!
        .split(' ')
        .filter((ref) => !ref.endsWith('-error'))
      if (kept.length) field.setAttribute('aria-describedby', kept.join(' '))
      else field.removeAttribute('aria-describedby')
    }
    const fields = orderedFields(errors)
    if (!fields.length) return

    const { labels } = this.#strings
    const list = element('ul', {})
    for (const field of fields) {
      const control = labels[field] ? form.querySelector<HTMLElement>(`#${fieldId(field)}`) : null
      list.append(element('li', {}, control ? element('a', { href: `#${fieldId(field)}` }, `${labels[field]}: ${errors[field]}`) : errors[field]!))
      if (!control) continue
      const errorId = `${fieldId(field)}-error`
      if (!(control instanceof HTMLFieldSetElement)) control.setAttribute('aria-invalid', 'true')
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '))
      control.closest('fieldset, .enquiry-pair > div, .enquiry-field')!.append(element('p', { class: 'enquiry-error', id: errorId }, errors[field]!))
    }
    const summary = element(
      'div',
      { class: 'enquiry-summary', role: 'alert', tabindex: '-1', 'data-enquiry-errors': '' },
      element('p', {}, summaryHeading(errors, this.#strings)),
      list,
    )
    form.prepend(summary)
    summary.focus()
  }

  #sent(reference: string) {
    const form = this.#form!
    this.#showErrors({})
    const template = this.querySelector<HTMLTemplateElement>('template[data-enquiry-sent-template]')!
    const panel = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement
    panel.querySelector('[data-enquiry-reference]')!.textContent = reference
    form.hidden = true
    form.after(panel)
    panel.querySelector<HTMLElement>('[tabindex="-1"]')?.focus()
  }

  #click(event: MouseEvent) {
    const target = event.target as Element
    // A problem in the list: go to its field (the label stays in view).
    const link = target.closest<HTMLAnchorElement>('[data-enquiry-errors] a[href^="#"]')
    const field = link && this.querySelector<HTMLElement>(link.hash)
    if (field) {
      event.preventDefault()
      field.closest('.enquiry-field')?.scrollIntoView({ block: 'center' })
      ;(field instanceof HTMLFieldSetElement ? field.querySelector<HTMLElement>('input:checked, input')! : field).focus({ preventScroll: true })
      return
    }
    if (target.closest('[data-enquiry-another]')) this.#another()
  }

  /** "Send another enquiry": the empty form again, with a new key. */
  #another() {
    const form = this.#form!
    this.querySelector('[data-enquiry-sent]')?.remove()
    const locale = this.#input('locale').value
    for (const field of form.elements) {
      if (field instanceof HTMLInputElement) {
        if (field.type === 'checkbox') field.checked = false
        else if (field.type === 'radio') field.checked = field.value === locale
        else if (field.type !== 'hidden') field.value = field.dataset.fresh ?? ''
      } else if (field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) field.value = ''
    }
    this.#input('idempotencyKey').value = newKey()
    form.hidden = false
    this.#input('name').focus()
  }
}

if (!customElements.get('enquiry-form')) customElements.define('enquiry-form', EnquiryFormElement)
