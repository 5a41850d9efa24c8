/**
 * Types shared by the seed steps: the options of `seed()`, its summary, and the run state each
 * step reads (Payload, the clock, the log) and fills (ids by slug, counters).
 */
import type { Payload } from 'payload'

/** A text in both site languages. */
export type Localised = { vi: string; en: string }

export type Id = number | string

export type SeedOptions = {
  /** Also create the demo producers, products, awards, fairs, enquiries and accounts. */
  demo: boolean
  /** Progress lines; silent when omitted. */
  log?: (line: string) => void
  /** The clock the relative demo dates (fairs, OCOP validity, enquiry deadlines) are computed from. */
  now?: Date
}

export type DemoAccount = { email: string; password: string; role: 'admin' | 'staff' | 'producer'; note: string }

export type SeedSummary = {
  demo: boolean
  durationMs: number
  /** Documents in each collection after the run. */
  counts: Record<string, number>
  /** What this run did, per collection. */
  created: Record<string, number>
  updated: Record<string, number>
  /** Empty when demo is false. */
  accounts: DemoAccount[]
}

/** State shared by the steps of one run. */
export type SeedRun = {
  payload: Payload
  now: Date
  log: (line: string) => void
  created: Record<string, number>
  updated: Record<string, number>
  ids: {
    provinces: Map<string, Id>
    groups: Map<string, Id>
    producers: Map<string, Id>
    products: Map<string, Id>
    media: Map<string, Id>
  }
}

/** Passed to every Payload call, so hooks can skip side-effects such as search sync. */
export const SEED_CONTEXT = { seeding: true } as const
