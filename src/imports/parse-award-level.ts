/**
 * Award levels as lists write them: "cấp tỉnh", "Cấp Quốc gia", "CAP KHU VUC", "provincial",
 * "national level"… District level stays readable: awards decided before 1 July 2025 keep it.
 */
import type { AwardLevel } from '../awards/award-levels'
import { foldText } from '../text/fold-text'

const WORDS: Readonly<Record<string, AwardLevel>> = {
  xa: 'commune',
  commune: 'commune',
  huyen: 'district',
  district: 'district',
  tinh: 'provincial',
  'thanh pho': 'provincial',
  province: 'provincial',
  provincial: 'provincial',
  'khu vuc': 'regional',
  vung: 'regional',
  region: 'regional',
  regional: 'regional',
  'quoc gia': 'national',
  'toan quoc': 'national',
  national: 'national',
}

/** The day districts were abolished: a district award must be decided before it. */
export const MERGER_DAY = '2025-07-01'

export function parseAwardLevel(value: string | undefined): AwardLevel | undefined {
  if (!value) return undefined
  const words = foldText(value)
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^cap /, '')
    .replace(/ (level|cap)$/, '')
  return WORDS[words]
}

/** Vietnamese name of a level, for messages. */
export const LEVEL_NAMES_VI: Readonly<Record<AwardLevel, string>> = {
  commune: 'xã',
  district: 'huyện',
  provincial: 'tỉnh',
  regional: 'khu vực',
  national: 'quốc gia',
}
