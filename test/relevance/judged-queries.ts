/** Every judged query, by category: one data file per category under queries/. */
import { ACCENT_PAIRS } from './queries/accent-pairs'
import { ACCENTED } from './queries/accented'
import { ALL_CAPS } from './queries/all-caps'
import { BRAND } from './queries/brand'
import { ENGLISH } from './queries/english'
import { FORMER_PROVINCE } from './queries/former-province'
import { KEYBOARD } from './queries/keyboard'
import { NFD } from './queries/nfd'
import { PARTIAL_INTENT } from './queries/partial-intent'
import { REGIONAL } from './queries/regional'
import { TYPING } from './queries/typing'
import { TYPO_EN } from './queries/typo-en'
import { TYPO_VI } from './queries/typo-vi'
import { UNACCENTED } from './queries/unaccented'
import { UNANSWERABLE } from './queries/unanswerable'
import type { JudgedQuery } from './types'

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  ...UNACCENTED,
  ...ACCENTED,
  ...NFD,
  ...ALL_CAPS,
  ...TYPING,
  ...BRAND,
  ...ACCENT_PAIRS,
  ...TYPO_VI,
  ...TYPO_EN,
  ...KEYBOARD,
  ...PARTIAL_INTENT,
  ...REGIONAL,
  ...FORMER_PROVINCE,
  ...ENGLISH,
  ...UNANSWERABLE,
]
