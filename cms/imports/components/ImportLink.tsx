/**
 * Above the Awards list (for centre staff) and the Products list (for producers): the way to the
 * import page. Nothing for anyone else.
 */
import type { BeforeListTableServerProps } from 'payload'
import { isStaff, producerOf } from '../../access/roles'

export function ImportLink({ collectionConfig, user, i18n, payload }: BeforeListTableServerProps) {
  const principal = user ? { ...user, collection: 'users' } : undefined
  const kind = collectionConfig.slug === 'awards' ? 'awards' : 'products'
  const allowed = kind === 'awards' ? isStaff(principal) : producerOf(principal) !== undefined
  if (!allowed) return null
  const vi = i18n.language !== 'en'
  const label =
    kind === 'awards'
      ? vi
        ? 'Nhập danh sách quyết định (CSV, Excel)'
        : 'Import a decision list (CSV, Excel)'
      : vi
        ? 'Nhập sản phẩm từ tệp (CSV, Excel)'
        : 'Import products from a file (CSV, Excel)'
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <a
        href={`${payload.config.routes.admin}/import/${kind}`}
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        data-import-link={kind}
      >
        {label}
      </a>
    </div>
  )
}
