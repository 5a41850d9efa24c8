/**
 * A small world for access tests: two provinces, producers A (province 1) and B (province 2),
 * their products (A has a draft too), an award, fairs, enquiries, media, and one user per role.
 * Created with overrideAccess (it is the arrangement, not the thing under test).
 */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { slugify } from '../../../src/text/slugify'

export type Actor = 'admin' | 'staff' | 'staffOther' | 'producerA' | 'producerB' | 'anonymous'
export const ACTORS: Actor[] = ['admin', 'staff', 'staffOther', 'producerA', 'producerB', 'anonymous']

const sys = { overrideAccess: true, context: { seeding: true } } as const
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

export async function makeWorld(payload: Payload) {
  const p1 = await payload.create({
    collection: 'provinces',
    ...sys,
    data: {
      name: 'Thành phố Hồ Chí Minh',
      slug: 'thanh-pho-ho-chi-minh',
      kind: 'city',
      region: 'south',
      formerNames: ['Thành phố Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
    },
  })
  const p2 = await payload.create({
    collection: 'provinces',
    ...sys,
    data: { name: 'Tây Ninh', slug: 'tay-ninh', kind: 'province', region: 'south', formerNames: ['Tây Ninh', 'Long An'] },
  })
  const group = await payload.create({
    collection: 'product-groups',
    ...sys,
    locale: 'vi',
    data: { name: 'Chế biến nông, lâm, thủy sản và thực phẩm', slug: 'che-bien-nong-lam-thuy-san-va-thuc-pham', code: '2' },
  })
  const producer = (brandName: string, province: number) =>
    payload.create({
      collection: 'producers',
      ...sys,
      data: { brandName, slug: slugify(brandName), legalName: `Cơ sở ${brandName}`, kind: 'household', province, _status: 'published' },
    })
  const producerA = await producer('Mật ong Đất Lành', p1.id)
  const producerB = await producer('Kẹo Khóm Bến Lức', p2.id)
  const product = (name: string, producerId: number, status: 'published' | 'draft') => {
    const data = { name, slug: slugify(name), producer: producerId, productGroup: group.id, _status: status }
    return status === 'draft'
      ? payload.create({ collection: 'products', ...sys, locale: 'vi', draft: true, data })
      : payload.create({ collection: 'products', ...sys, locale: 'vi', data })
  }
  const productA = await product('Mật ong hoa cà phê', producerA.id, 'published')
  const draftA = await product('Mật ong bạc hà (nháp)', producerA.id, 'draft')
  const productB = await product('Kẹo khóm', producerB.id, 'published')
  const award = await payload.create({
    collection: 'awards',
    ...sys,
    data: {
      product: productA.id,
      level: 'provincial',
      year: 2024,
      awardingBody: 'UBND tỉnh Bình Dương',
      decisionNumber: '1234/QĐ-UBND',
      province: p1.id,
      provinceNameAtAward: 'Bình Dương',
    },
  })
  const fair = await payload.create({
    collection: 'fairs',
    ...sys,
    locale: 'vi',
    data: {
      name: 'Hội chợ CNNT khu vực phía Nam',
      slug: 'hoi-cho-cnnt-khu-vuc-phia-nam',
      startDate: '2026-12-01',
      endDate: '2026-12-05',
      venue: 'SECC',
      organiser: 'Bộ Công Thương',
      country: 'VN',
      _status: 'published',
    },
  })
  const draftFair = await payload.create({
    collection: 'fairs',
    ...sys,
    locale: 'vi',
    draft: true,
    data: {
      name: 'Hội chợ chưa công bố',
      slug: 'hoi-cho-chua-cong-bo',
      startDate: '2027-03-01',
      endDate: '2027-03-03',
      venue: 'Cần Thơ',
      organiser: 'Sở Công Thương',
      country: 'VN',
      _status: 'draft',
    },
  })
  const enquiry = (producerId: number, name: string) =>
    payload.create({
      collection: 'enquiries',
      ...sys,
      data: {
        producer: producerId,
        status: 'new',
        name,
        email: 'buyer@example.com',
        message: 'Xin báo giá 1 container',
        consent: true,
        staffNotes: 'gọi lại thứ Hai',
      },
    })
  const enquiryA = await enquiry(producerA.id, 'Buyer for A')
  const enquiryB = await enquiry(producerB.id, 'Buyer for B')
  const user = (email: string, data: Omit<RequiredDataFromCollectionSlug<'users'>, 'email'>) =>
    payload.create({ collection: 'users', ...sys, data: { email, password: 'test-password-1', ...data } })
  const users = {
    admin: await user('admin@test.local', { role: 'admin' }),
    staff: await user('staff@test.local', { role: 'staff' }),
    staffOther: await user('staff-tn@test.local', { role: 'staff', provinces: [p2.id] }),
    producerA: await user('a@test.local', { role: 'producer', producer: producerA.id }),
    producerB: await user('b@test.local', { role: 'producer', producer: producerB.id }),
  }
  const mediaA = await payload.create({
    collection: 'media',
    ...sys,
    data: { alt: 'Ảnh', owner: producerA.id },
    file: { data: PNG_1x1, mimetype: 'image/png', name: 'a.png', size: PNG_1x1.length },
  })
  return { p1, p2, group, producerA, producerB, productA, draftA, productB, award, fair, draftFair, enquiryA, enquiryB, users, mediaA, PNG_1x1 }
}

export type World = Awaited<ReturnType<typeof makeWorld>>

/** The user object Payload's Local API expects for an actor, or undefined for the public. */
export async function userFor(payload: Payload, world: World, actor: Actor) {
  if (actor === 'anonymous') return undefined
  const doc = await payload.findByID({ collection: 'users', id: world.users[actor].id, overrideAccess: true, depth: 0 })
  return { ...doc, collection: 'users' as const }
}
