/**
 * The demo accounts, all with the same password. Producer accounts are named after their
 * producer's slug, so `mat-ong-tam-an@tieubieu.local` speaks for Mật ong Tâm An.
 */
import { DEMO_PRODUCERS } from './demo/producers'
import type { DemoAccount } from './types'

export const DEMO_PASSWORD = 'demo1234'
export const DEMO_DOMAIN = 'tieubieu.local'

export type DemoAccountSpec = DemoAccount & { name: string; producerSlug?: string; provinceSlugs?: string[] }

export const producerEmail = (producerSlug: string) => `${producerSlug}@${DEMO_DOMAIN}`

export function demoAccounts(): DemoAccountSpec[] {
  return [
    { email: `admin@${DEMO_DOMAIN}`, password: DEMO_PASSWORD, role: 'admin', name: 'Quản trị viên (demo)', note: 'everything' },
    { email: `staff@${DEMO_DOMAIN}`, password: DEMO_PASSWORD, role: 'staff', name: 'Cán bộ Trung tâm Khuyến công (demo)', note: 'centre staff, all provinces' },
    {
      email: `staff-hcm@${DEMO_DOMAIN}`,
      password: DEMO_PASSWORD,
      role: 'staff',
      name: 'Cán bộ Trung tâm Khuyến công TP.HCM (demo)',
      note: 'centre staff, Thành phố Hồ Chí Minh only',
      provinceSlugs: ['thanh-pho-ho-chi-minh'],
    },
    ...DEMO_PRODUCERS.map(
      (producer): DemoAccountSpec => ({
        email: producerEmail(producer.slug),
        password: DEMO_PASSWORD,
        role: 'producer',
        name: producer.contacts.person,
        note: `producer: ${producer.brandName}`,
        producerSlug: producer.slug,
      }),
    ),
  ]
}
