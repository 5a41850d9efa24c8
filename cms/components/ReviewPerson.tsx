/**
 * "Người gửi" / "Người quyết định" on a review, as words instead of Payload's
 * "Chưa có tiêu đề – ID: n" (the viewer may not read the account): see nameReviewPerson.
 */
import type { FieldServerComponent } from 'payload'
import type { Ref } from '../access/roles'
import { nameReviewPerson, type ReviewPersonRole } from '../reviews/name-review-person'

export const ReviewPerson: FieldServerComponent = async ({ field, data, req, i18n }) => {
  const role = ('name' in field ? field.name : 'submittedBy') as ReviewPersonRole
  const who = await nameReviewPerson(req, role, data?.[role] as Ref, data?.producer as Ref)
  const vi = i18n.language !== 'en'
  const label = 'label' in field && field.label && typeof field.label === 'object' ? (field.label as { vi: string; en: string }) : null
  return (
    <div className="field-type" style={{ marginBottom: '1rem' }} data-review-person={role}>
      <div className="field-label" style={{ marginBottom: '0.25rem' }}>
        {label ? (vi ? label.vi : label.en) : role}
      </div>
      <div style={{ overflowWrap: 'anywhere' }}>{who ? (vi ? who.vi : who.en) : '—'}</div>
    </div>
  )
}
