import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

/**
 * The trail is append-only even for code that skips access control: an event, once written, is
 * never changed or deleted.
 */
export const refuseChange: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') throw new APIError('Nhật ký không sửa được / audit events cannot be changed', 403)
  return data
}

export const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError('Nhật ký không xóa được / audit events cannot be deleted', 403)
}
