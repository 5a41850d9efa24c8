/**
 * How the centre reviews producers' changes. Off by default: every change waits for staff. On, a
 * verified producer's marketing text and photos go live at once and are reviewed afterwards;
 * claims (certifications, support received) always wait (cms/reviews/claim-fields.ts).
 */
import type { Access, GlobalConfig } from 'payload'
import { staffOnly } from '../access/policies'
import { isStaff, provinceScopeOf, userOf } from '../access/roles'

/** The setting holds for every province, so staff limited to some may not change it. */
const nationalStaff: Access = ({ req }) => isStaff(userOf(req)) && !provinceScopeOf(userOf(req))

export const ReviewSettings: GlobalConfig = {
  slug: 'review-settings',
  label: { vi: 'Cài đặt duyệt thay đổi', en: 'Review settings' },
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  access: { read: staffOnly, update: nationalStaff },
  fields: [
    {
      name: 'marketingLiveAtOnce',
      type: 'checkbox',
      defaultValue: false,
      label: {
        vi: 'Cho cơ sở đã xác minh đăng ngay nội dung giới thiệu (câu chuyện, ảnh, bao bì, bản tiếng Anh), duyệt sau',
        en: 'Let verified producers publish marketing text (story, photos, packaging, English text) at once, reviewed afterwards',
      },
      admin: {
        description: {
          vi: 'Chứng nhận và hỗ trợ khuyến công luôn phải được duyệt trước.',
          en: 'Certifications and industrial-extension support are always reviewed first.',
        },
      },
    },
  ],
}
