/**
 * A warning, not a refusal: an award for a product buyers cannot see (a draft, never published)
 * is kept, but it shows nowhere on the public site until the product is published. Staff read it
 * beside the award in the admin and in the API's answer to their save (`productNotice`).
 */
import type { Field, FieldHook } from 'payload'
import { staffField } from '../../access/policies'
import { idOf, isStaff, userOf } from '../../access/roles'
import { KNOWN_PRODUCTS } from './hooks/copyProductOwner'

export const UNPUBLISHED_PRODUCT_NOTICE =
  'Sản phẩm này chưa xuất bản: giải thưởng được lưu nhưng ' +
  'chưa hiện trên showroom cho đến khi sản phẩm được đăng. / ' +
  'This product is not published: the award is saved but will not show on the showroom until the product is published.'

const noticeOfProduct: FieldHook = async ({ siblingData, req, context }) => {
  // Only staff see the notice; buyers' reads skip the extra query.
  if (!isStaff(userOf(req))) return undefined
  const id = idOf((siblingData as { product?: never } | undefined)?.product)
  if (id === undefined) return undefined
  // A bulk writer's product whose latest version is published is published: no need to read it.
  // Any other (a pending draft over a published version, or one not known) is read as before.
  const known = (context?.[KNOWN_PRODUCTS] as Map<string, { _status?: string | null }> | undefined)?.get(String(id))
  if (known?._status === 'published') return undefined
  const product = await req.payload.findByID({
    collection: 'products',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { _status: true },
    req,
  })
  return product?._status === 'published' ? undefined : UNPUBLISHED_PRODUCT_NOTICE
}

export const productNoticeField: Field = {
  name: 'productNotice',
  type: 'text',
  virtual: true,
  access: { read: staffField, create: () => false, update: () => false },
  label: { vi: '⚠ Lưu ý', en: '⚠ Note' },
  admin: { readOnly: true, condition: (data) => Boolean(data?.productNotice) },
  hooks: { afterRead: [noticeOfProduct] },
}
