/**
 * Connection strings carry credentials (mongodb://user:password@host, redis://:password@host), and
 * the MongoDB driver 6.x puts a malformed one into its error messages (CVE-2026-129930, fixed only in
 * driver 7.9.1, which Payload's adapter does not allow yet). So everything this project writes to a
 * log, a console or a health answer goes through here first: the user and password of any URL
 * become "***", and password-like query parameters are hidden too. Whatever else the text says
 * (the host, the database name, the reason) is kept: that is what the operator needs.
 */
// Up to the last "@" of the address: a malformed string may hold an unescaped "@" or "/" in its
// password, which is exactly when the driver echoes it. Hiding a little too much beats leaking.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s"'`<>]*)@/gi
const SECRET_PARAMS = /([?&;](?:password|pass|pwd|secret|token|authmechanismproperties)=)[^&\s"'`]*/gi

export function redactCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1***@').replace(SECRET_PARAMS, '$1***')
}

/** A copy of an error with its message and stack redacted (and its cause, one level down). */
export function redactError<T>(err: T): T {
  if (!(err instanceof Error)) return err
  const copy = Object.create(Object.getPrototypeOf(err)) as Error & Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(err)) {
    const value: unknown = Reflect.get(err, key)
    copy[key] = typeof value === 'string' ? redactCredentials(value) : key === 'cause' ? redactError(value) : value
  }
  return copy as T
}

/** Any value as it may be logged: strings and errors redacted, plain objects one level deep. */
export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactCredentials(value)
  if (value instanceof Error) return redactError(value)
  return value
}

const CONSOLE_GUARD = Symbol.for('tieu-bieu.console-redaction')

/**
 * Console output redacted too: Next.js, Payload's start-up and our scripts write some errors with
 * console.error rather than the logger. Installed once per process.
 */
export function redactConsole(): void {
  if (Reflect.get(console, CONSOLE_GUARD)) return
  Reflect.set(console, CONSOLE_GUARD, true)
  for (const method of ['error', 'warn', 'info', 'log', 'debug', 'trace'] as const) {
    const original = console[method].bind(console)
    console[method] = (...args: unknown[]) => original(...args.map(redactValue))
  }
}
