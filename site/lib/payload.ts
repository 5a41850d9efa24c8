/**
 * The site reads content through Payload's Local API in-process. Every read passes
 * `overrideAccess: false` with no user, so the public rules apply: published documents only,
 * and a relation to something unpublished comes back as a bare id (never populated).
 */
import config from '../../cms/payload.config'
import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

export function payload(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}

export const publicRead = { overrideAccess: false, draft: false } as const

/** A populated relation, or undefined for a bare id, null, or something the public may not read. */
export function populated<T extends { id: number | string }>(value: T | number | string | null | undefined): T | undefined {
  return value && typeof value === 'object' && 'id' in value ? value : undefined
}

/** The id of a relation, populated or not: the one rule the CMS uses too. */
export { idOf } from '../../src/relations/relation-ref'
