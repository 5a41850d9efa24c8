/** Words of the support (khuyến công) pages, Vietnamese and English. */
import type { Locale } from '../../src/site/routes'

const vi = {
  title: 'Hỗ trợ khuyến công đang mở',
  description: 'Các thông báo hỗ trợ khuyến công còn hạn nộp hồ sơ: máy móc, mô hình trình diễn, hội chợ, thương hiệu, bao bì, đào tạo.',
  province: 'Tỉnh/thành',
  kind: 'Nội dung hỗ trợ',
  all: 'Tất cả',
  filter: 'Lọc',
  none: 'Chưa có thông báo nào còn hạn phù hợp.',
  deadline: 'Hạn nộp',
  subscribe: 'Theo dõi hạn nộp (lịch .ics)',
  offer: 'Mức hỗ trợ',
  covers: 'Chi phí được hỗ trợ',
  counterpart: 'Vốn đối ứng',
  eligibility: 'Điều kiện',
  provinces: 'Tỉnh/thành',
  anywhere: 'Toàn quốc',
  onceOnly: 'Mỗi cơ sở chỉ được hỗ trợ một lần',
  minYears: (n: number) => `Hoạt động tối thiểu ${n} năm`,
  documents: 'Hồ sơ cần nộp',
  template: 'Tải mẫu',
  contact: 'Liên hệ',
  apply: 'Đăng nhập để nộp hồ sơ',
  share: 'Chia sẻ qua Zalo',
  print: 'In thông báo',
  upTo: 'tối đa',
  calendarName: 'Hạn nộp hồ sơ khuyến công — Tiêu Biểu',
}
const en: typeof vi = {
  title: 'Open industrial-extension support',
  description: 'Calls for industrial-extension support still open: machinery, demonstration models, fairs, brands, packaging, training.',
  province: 'Province',
  kind: 'Kind of support',
  all: 'All',
  filter: 'Filter',
  none: 'No open call matches.',
  deadline: 'Deadline',
  subscribe: 'Follow the deadlines (.ics calendar)',
  offer: 'What is offered',
  covers: 'What is covered',
  counterpart: 'Counterpart funds',
  eligibility: 'Who may apply',
  provinces: 'Provinces',
  anywhere: 'Nationwide',
  onceOnly: 'Each establishment may be supported only once',
  minYears: (n: number) => `At least ${n} years in operation`,
  documents: 'Documents asked for',
  template: 'Download the template',
  contact: 'Contact',
  apply: 'Sign in to apply',
  share: 'Share on Zalo',
  print: 'Print the notice',
  upTo: 'up to',
  calendarName: 'Industrial-extension deadlines — Tiêu Biểu',
}

export const supportStrings = (locale: Locale) => (locale === 'en' ? en : vi)

export const formatDeadline = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
