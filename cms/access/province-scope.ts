/**
 * Staff limited to provinces may write a document only when it lies in their provinces both
 * before and after the change. Access rules (Where filters on `province`) cover "before" and the
 * lists; this hook covers "after": what the save would make of the document, including where a
 * relationship (a product's producer, an award's product, an enquiry's producer, an upload's
 * owner) would carry it. It runs last among a collection's beforeChange hooks, so it sees the
 * provinces the other hooks copied, and on every write path: create, update (one or bulk), draft
 * saves and version restores.
 */
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, type TypeWithID } from 'payload'
import { idOf, provinceScopeOf, type Ref, userOf } from './roles'

/** The provinces a document (as it is, or as it would be saved) belongs to; empty when none. */
export type ProvincesOf<T> = (doc: Partial<T>, req: PayloadRequest) => Promise<Ref[]> | Ref[]

const MESSAGE =
  'Ngoài phạm vi tỉnh/thành bạn phụ trách: tài liệu phải thuộc tỉnh/thành của bạn cả trước và sau khi lưu. / ' +
  'Outside the provinces you work for: the document must be in your provinces both before and after the change.'

export class OutsideProvinceScope extends APIError {
  constructor() {
    super(MESSAGE, 403, undefined, true)
    // Set in code: Payload shows the message only for a named error, and minifiers drop class names.
    this.name = 'OutsideProvinceScope'
  }
}

/**
 * @param placeless what to do with a document that belongs to no province (an upload without an
 *   owner: the centre's own): scoped staff may create one, but not change one later.
 */
export function keepInProvinceScope<T extends TypeWithID>(
  provincesOf: ProvincesOf<T>,
  options: { placelessMayBeCreated?: boolean } = {},
): CollectionBeforeChangeHook<T> {
  return async ({ data, originalDoc, operation, req }) => {
    const scope = provinceScopeOf(userOf(req))?.map(String)
    if (!scope) return data
    const inScope = async (doc: Partial<T>) => {
      const provinces = await provincesOf(doc, req)
      if (provinces.length === 0) return operation === 'create' && Boolean(options.placelessMayBeCreated)
      return provinces.every((province) => {
        const id = idOf(province)
        return id !== undefined && scope.includes(String(id))
      })
    }
    if (operation === 'update' && originalDoc && !(await inScope(originalDoc))) throw new OutsideProvinceScope()
    if (!(await inScope({ ...(originalDoc ?? {}), ...data }))) throw new OutsideProvinceScope()
    return data
  }
}

/**
 * The provinces of a document with drafts as the public sees it and as it was last saved (they
 * differ while a move waits in a draft): both must be in scope.
 */
export async function provincesOfDocument(req: PayloadRequest, collection: 'producers' | 'products', ref: Ref): Promise<Ref[]> {
  const id = idOf(ref)
  if (id === undefined) return [undefined]
  const read = (draft: boolean) =>
    req.payload.findByID({ collection, id, draft, depth: 0, overrideAccess: true, disableErrors: true, req, select: { province: true } })
  const [published, latest] = await Promise.all([read(false), read(true)])
  return [published?.province, latest?.province]
}
