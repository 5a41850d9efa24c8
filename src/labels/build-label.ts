/**
 * What a showroom label says about a product: its name in Vietnamese and English, its brand, its
 * best award (highest level, latest year) in both languages, and the address of its public page,
 * which the label's QR code carries (the page shows the award's current validity).
 */
import { type AwardLevel, bestAward } from '../awards/award-levels'
import { absoluteUrl, sectionPath } from '../site/routes'

export type LabelInput = {
  id: number | string
  slug: string
  nameVi: string
  nameEn?: string | null
  brand: string
  province?: string | null
  awards: readonly { level: string; year: number }[]
}

export type Label = {
  id: number | string
  nameVi: string
  nameEn: string | null
  brand: string
  province: string | null
  award: { vi: string; en: string } | null
  url: string
}

const LEVELS: Readonly<Record<AwardLevel, { vi: string; en: string }>> = {
  national: { vi: 'cấp quốc gia', en: 'National' },
  regional: { vi: 'cấp khu vực', en: 'Regional' },
  provincial: { vi: 'cấp tỉnh', en: 'Provincial' },
  district: { vi: 'cấp huyện', en: 'District' },
  commune: { vi: 'cấp xã', en: 'Commune' },
}

export function awardLine(level: string, year: number): { vi: string; en: string } | null {
  const names = LEVELS[level as AwardLevel]
  if (!names) return null
  return {
    vi: `Sản phẩm công nghiệp nông thôn tiêu biểu ${names.vi} năm ${year}`,
    en: `${names.en} outstanding rural industrial product, ${year}`,
  }
}

export function buildLabel(input: LabelInput, siteUrl: string): Label {
  const best = bestAward(input.awards)
  return {
    id: input.id,
    nameVi: input.nameVi,
    // An English name that merely repeats the Vietnamese one (the fallback) says nothing more.
    nameEn: input.nameEn && input.nameEn !== input.nameVi ? input.nameEn : null,
    brand: input.brand,
    province: input.province ?? null,
    award: best ? awardLine(best.level, best.year) : null,
    url: absoluteUrl(siteUrl, sectionPath('vi', 'products', input.slug)),
  }
}
