/**
 * The ladder of "sản phẩm CNNT tiêu biểu" recognitions. Since 1 July 2025 it runs commune →
 * province → region → national; before that it began at district level, and old district
 * awards keep their name.
 */
export const AWARD_LEVELS = ['national', 'regional', 'provincial', 'district', 'commune'] as const
export type AwardLevel = (typeof AWARD_LEVELS)[number]

export function isAwardLevel(value: unknown): value is AwardLevel {
  return typeof value === 'string' && (AWARD_LEVELS as readonly string[]).includes(value)
}

/** 0 for national, the highest, up to 4 for commune; unknown levels last. */
export function levelRank(level: string): number {
  const index = (AWARD_LEVELS as readonly string[]).indexOf(level)
  return index === -1 ? AWARD_LEVELS.length : index
}

type Ranked = { level: string; year: number }

/** Highest level first, then most recent. */
export function compareAwards(a: Ranked, b: Ranked): number {
  return levelRank(a.level) - levelRank(b.level) || b.year - a.year
}

/** The award to show on a card: the highest level, the latest year. */
export function bestAward<T extends Ranked>(awards: readonly T[]): T | undefined {
  return [...awards].sort(compareAwards)[0]
}
