/**
 * The admin pages /admin/import/awards (centre staff) and /admin/import/products (producers):
 * Payload's default template around the import panel, in the admin's language.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { AWARD_COLUMNS } from '../../../src/imports/award-columns'
import { PRODUCT_COLUMNS } from '../../../src/imports/product-columns'
import { isStaff, producerOf } from '../../access/roles'
import { IMPORT_STRINGS } from './import-strings'
import { ImportPanel } from './ImportPanel'

type Kind = 'awards' | 'products'

function ImportView({ kind, initPageResult, params, searchParams }: AdminViewServerProps & { kind: Kind }) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/import/${kind}`)}`)
  const user = { ...req.user, collection: 'users' }
  const lang = req.i18n.language === 'en' ? 'en' : 'vi'
  const t = IMPORT_STRINGS[lang]
  const allowed = kind === 'awards' ? isStaff(user) : producerOf(user) !== undefined
  const columns = (kind === 'awards' ? AWARD_COLUMNS : PRODUCT_COLUMNS).map(({ vi, en, required }) => ({ vi, en, required: Boolean(required) }))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{kind === 'awards' ? t.titleAwards : t.titleProducts}</h1>
        {allowed ? <ImportPanel kind={kind} lang={lang} columns={columns} listHref={`${adminRoute}/collections/${kind}`} /> : <p role="alert">{t.forbidden}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}

export const ImportAwardsView = (props: AdminViewServerProps) => <ImportView {...props} kind="awards" />
export const ImportProductsView = (props: AdminViewServerProps) => <ImportView {...props} kind="products" />
