/**
 * The site reads content through Payload's Local API in-process. Every read passes
 * `overrideAccess: false` with no user, so the public rules apply: published documents only.
 */
import config from '../../cms/payload.config'
import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

export function payload(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}

export const publicRead = { overrideAccess: false, draft: false } as const
