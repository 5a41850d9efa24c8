import type { PayloadHandler } from 'payload'

/**
 * Payload registers the versions routes on every collection and global, and /verify on every auth
 * collection, whether or not versions or e-mail verification are on; called where they are off,
 * they failed inside the database adapter (a 500). They are answered 404 there instead.
 */
export const notServed =
  (what: string): PayloadHandler =>
  () =>
    Response.json({ errors: [{ message: `Không có ${what} ở đây / there are no ${what} here` }] }, { status: 404 })

const VERSION_PATHS = new Set(['/versions', '/versions/:id'])

export const isVersionsRoute = (path: string) => VERSION_PATHS.has(path)

/**
 * With the SQL adapters ids are numbers: an id like `abc` or `null` reached the query as NaN and
 * failed there (a 500 for anyone, anonymous included). No document has such an id: 404.
 */
export const numericIdsOnly =
  (handler: PayloadHandler): PayloadHandler =>
  (req) => {
    const id = req.routeParams?.id
    if (id === undefined || id === '' || /^\d+$/.test(String(id))) return handler(req)
    return Response.json({ errors: [{ message: 'Không tìm thấy / not found' }] }, { status: 404 })
  }
