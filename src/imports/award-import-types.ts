/** What the award import plans with: the showroom's records, reduced to what matching needs. */
import type { AwardLevel } from '../awards/award-levels'
import type { ProvinceRef } from '../provinces/match-provinces'
import type { ImportIssue } from './import-issue'
import type { AwardRowInput } from './read-award-rows'

export type Id = number | string
export type Region = 'north' | 'centre' | 'south'

export type ProvinceRecord = ProvinceRef & { region?: Region | null }
export type ProducerRecord = { id: Id; brandName: string; legalName?: string | null; province?: Id | null }
/** `_status` is the latest version's: only a published one's name may appear in an award's public title. */
export type ProductRecord = { id: Id; name: string; producer: Id; productGroup?: Id | null; _status?: string | null }
export type GroupRecord = { id: Id; name: string; nameEn?: string | null; code?: string | null }
export type AwardRecord = {
  id: Id
  product: Id
  level: AwardLevel
  year: number
  decisionNumber: string
  /** Calendar day in Vietnam, YYYY-MM-DD. */
  decisionDate?: string | null
  certificateNumber?: string | null
  productGroup?: Id | null
  province: Id
  provinceNameAtAward: string
  awardingBody: string
  region?: Region | null
}

export type AwardImportContext = {
  provinces: readonly ProvinceRecord[]
  producers: readonly ProducerRecord[]
  products: readonly ProductRecord[]
  groups: readonly GroupRecord[]
  awards: readonly AwardRecord[]
  /** Province ids a scoped staff member may import for; undefined means everywhere. */
  scope?: readonly Id[]
}

export type AwardImportOptions = { createMissingProducts: boolean }

/** The award as it will be written (product null while it waits for a new draft product). */
export type AwardData = {
  product: Id | null
  level: AwardLevel
  region: Region | null
  year: number
  awardingBody: string
  decisionNumber: string
  decisionDate: string | null
  certificateNumber: string | null
  productGroup: Id | null
  province: Id
  provinceNameAtAward: string
}

export type FieldChange = { field: keyof AwardData; from: string | number | null; to: string | number | null }

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip'

export type NewProduct = { key: string; name: string; producer: Id; productGroup: Id }

export type PlannedAward = {
  line: number
  action: RowAction
  input: AwardRowInput
  /** Why a row is skipped, and notes on the others (a guessed spelling, a former province name). */
  issues: ImportIssue[]
  data?: AwardData
  awardId?: Id
  changes?: FieldChange[]
  /** A draft product to create first; rows sharing the key share the product. */
  newProduct?: NewProduct
  /** The producer the row was matched to. */
  producer?: Id
  matched?: { province?: string; producer?: string; product?: string }
}
