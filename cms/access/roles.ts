/**
 * Who the signed-in user is, in the terms our access rules need. Users carry a role, and
 * staff may be limited to provinces; producer accounts are linked to exactly one producer.
 */
import type { PayloadRequest } from 'payload'
import { idOf, type Ref } from '../../src/relations/relation-ref'

export { idOf, type Ref }

export type Role = 'admin' | 'staff' | 'producer'
export const ROLES: readonly Role[] = ['admin', 'staff', 'producer']

type UserLike = { collection?: string; role?: Role | null; provinces?: Ref[] | null; producer?: Ref } | null | undefined

export const roleOf = (user: UserLike): Role | undefined => (user?.collection === 'users' ? (user.role ?? undefined) : undefined)

export const isAdmin = (user: UserLike): boolean => roleOf(user) === 'admin'

/** Admins and centre staff: the people who curate the showroom. */
export const isStaff = (user: UserLike): boolean => roleOf(user) === 'admin' || roleOf(user) === 'staff'

/** The producer a producer account speaks for, or undefined for everyone else. */
export const producerOf = (user: UserLike): number | string | undefined => (roleOf(user) === 'producer' ? idOf(user?.producer) : undefined)

/**
 * The provinces a staff user is limited to; `undefined` means no limit (admins, and staff
 * with an empty list, who work for the whole country).
 */
export const provinceScopeOf = (user: UserLike): (number | string)[] | undefined => {
  if (roleOf(user) !== 'staff') return undefined
  const ids = (user?.provinces ?? []).map(idOf).filter((id): id is number | string => id !== undefined)
  return ids.length > 0 ? ids : undefined
}

export const userOf = (req: PayloadRequest) => req.user as UserLike
