/**
 * The vocabulary of industrial-extension support, shared by the collections, the matching rules
 * and the public pages, so a kind or a level is spelled one way everywhere.
 */
export const SUPPORT_KINDS = [
  { value: 'machinery', vi: 'Máy móc, thiết bị tiên tiến', en: 'Advanced machinery and equipment' },
  { value: 'demonstration', vi: 'Mô hình trình diễn kỹ thuật', en: 'Technical demonstration model' },
  { value: 'technology-transfer', vi: 'Chuyển giao công nghệ', en: 'Technology transfer' },
  { value: 'fair-booth', vi: 'Tham gia hội chợ, triển lãm', en: 'Fair or exhibition booth' },
  { value: 'brand', vi: 'Xây dựng thương hiệu', en: 'Brand building' },
  { value: 'packaging-design', vi: 'Thiết kế bao bì, mẫu mã', en: 'Packaging and product design' },
  { value: 'training', vi: 'Đào tạo nghề, quản lý', en: 'Vocational or management training' },
  { value: 'cleaner-production', vi: 'Sản xuất sạch hơn', en: 'Cleaner production' },
] as const

export type SupportKind = (typeof SUPPORT_KINDS)[number]['value']

export const PRODUCER_KINDS = [
  { value: 'household', vi: 'Hộ kinh doanh', en: 'Household business' },
  { value: 'cooperative', vi: 'Hợp tác xã', en: 'Cooperative' },
  { value: 'enterprise', vi: 'Doanh nghiệp', en: 'Enterprise' },
] as const

/** Award levels from lowest to highest: "holds an award of at least X" compares positions. */
export const AWARD_LEVELS = ['commune', 'district', 'provincial', 'regional', 'national'] as const
export type AwardLevel = (typeof AWARD_LEVELS)[number]

export const APPLICATION_STATUSES = ['draft', 'submitted', 'accepted', 'declined'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const kindLabel = (kind: string, locale: 'vi' | 'en') => SUPPORT_KINDS.find((k) => k.value === kind)?.[locale] ?? kind
