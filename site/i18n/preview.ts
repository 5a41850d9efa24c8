/** Words of the draft preview (a producer's or staff member's look at unpublished changes), Vietnamese and English. */
import type { Locale } from '../../src/site/routes'

const vi = {
  banner: 'Bản xem trước: những thay đổi chưa đăng. Người mua chưa thấy trang này cho đến khi trung tâm duyệt và đăng.',
  refusedTitle: 'Không mở được bản xem trước',
  invalid: 'Liên kết xem trước không đúng. Hãy mở lại bằng nút “Xem trước” trong trang quản trị.',
  expired: 'Liên kết xem trước đã hết hạn (mỗi liên kết dùng được 2 giờ). Hãy mở lại bằng nút “Xem trước” trong trang quản trị.',
  missing: 'Không tìm thấy bản nháp này: có thể nó đã bị xoá.',
}

const en: typeof vi = {
  banner: 'Preview: changes not yet published. Buyers do not see this page until the centre reviews and publishes it.',
  refusedTitle: 'The preview cannot be opened',
  invalid: 'This preview link is not valid. Open it again with the “Preview” button in the admin.',
  expired: 'This preview link has expired (each link works for 2 hours). Open it again with the “Preview” button in the admin.',
  missing: 'This draft was not found: it may have been deleted.',
}

export const previewStrings = (locale: Locale) => (locale === 'en' ? en : vi)
