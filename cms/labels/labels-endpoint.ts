/**
 * GET /api/labels?ids=1,2,3 | ?province=<id> [&layout=sheet|single] → printable HTML labels for
 * the published products chosen (a selection from the Products list, one product from its form, or
 * all of a province's products). Centre staff only; the QR codes point at SITE_URL.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { loadEnv } from '../../src/config/env'
import { buildLabel } from '../../src/labels/build-label'
import { idOf, isStaff, userOf } from '../access/roles'
import { type LabelLayout, renderLabels } from './render-labels'

const MAX_LABELS = 500

const text = (status: number, vi: string, en: string) => new Response(`${vi}\n${en}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

function productFilter(params: URLSearchParams): Where | undefined {
  const ids = (params.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^[\w-]{1,40}$/.test(id))
  if (ids.length > 0) return { id: { in: ids.slice(0, MAX_LABELS) } }
  const province = params.get('province')
  return province && /^[\w-]{1,40}$/.test(province) ? { province: { equals: province } } : undefined
}

async function loadLabels(req: PayloadRequest, where: Where) {
  const read = { overrideAccess: false, user: req.user, req, depth: 0, limit: MAX_LABELS, pagination: false } as const
  const filter: Where = { and: [where, { _status: { equals: 'published' } }] }
  const vi = await req.payload.find({ collection: 'products', ...read, where: filter, locale: 'vi', sort: 'name' })
  const en = await req.payload.find({ collection: 'products', ...read, where: filter, locale: 'en', fallbackLocale: false })
  const english = new Map(en.docs.map((p) => [String(p.id), p.name]))
  const ids = vi.docs.map((p) => p.id)
  const producerIds = [...new Set(vi.docs.map((p) => idOf(p.producer)).filter((id) => id !== undefined))]
  const provinceIds = [...new Set(vi.docs.map((p) => idOf(p.province)).filter((id) => id !== undefined))]
  const producers = await req.payload.find({ collection: 'producers', ...read, where: { id: { in: producerIds } }, select: { brandName: true } })
  const provinces = await req.payload.find({ collection: 'provinces', ...read, where: { id: { in: provinceIds } }, select: { name: true } })
  const awards = ids.length
    ? await req.payload.find({ collection: 'awards', ...read, where: { product: { in: ids } }, select: { product: true, level: true, year: true } })
    : { docs: [] }
  const brand = new Map(producers.docs.map((p) => [String(p.id), p.brandName]))
  const province = new Map(provinces.docs.map((p) => [String(p.id), p.name]))
  const siteUrl = loadEnv().SITE_URL
  return vi.docs.map((p) =>
    buildLabel(
      {
        id: p.id,
        slug: p.slug,
        nameVi: p.name,
        nameEn: english.get(String(p.id)),
        brand: brand.get(String(idOf(p.producer))) ?? '',
        province: province.get(String(idOf(p.province))),
        awards: awards.docs.filter((a) => String(idOf(a.product)) === String(p.id)),
      },
      siteUrl,
    ),
  )
}

export const labelsEndpoint: Endpoint = {
  path: '/labels',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return text(401, 'Hãy đăng nhập để in nhãn.', 'Sign in to print labels.')
    if (!isStaff(userOf(req))) return text(403, 'Chỉ cán bộ trung tâm in được nhãn trưng bày.', 'Only centre staff can print showroom labels.')
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const where = productFilter(params)
    if (!where) return text(400, 'Hãy chọn sản phẩm (ids=…) hoặc tỉnh (province=…).', 'Choose products (ids=…) or a province (province=…).')
    const layout: LabelLayout = params.get('layout') === 'single' ? 'single' : 'sheet'
    const labels = await loadLabels(req, where)
    const html = await renderLabels(labels, layout)
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } })
  },
}
