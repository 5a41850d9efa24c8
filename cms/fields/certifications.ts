/**
 * Credentials a producer or product carries beside its CNNT award: OCOP stars, VietGAP, HACCP…
 * `validUntil` lets the site mark an expired one as expired, which buyers ask for.
 */
import type { Field } from 'payload'
import { claimVerificationFields } from './claim-verification'
import { DAY } from './dates'

export const CERTIFICATION_KINDS = ['ocop', 'vietgap', 'haccp', 'iso22000', 'organic', 'gi', 'other'] as const

export const certificationsField: Field = {
  name: 'certifications',
  type: 'array',
  label: { vi: 'Chứng nhận', en: 'Certifications' },
  labels: { singular: { vi: 'Chứng nhận', en: 'Certification' }, plural: { vi: 'Chứng nhận', en: 'Certifications' } },
  // Rows are titled by their content ("VietGAP · đến 12/2026"), not "Certification 01".
  admin: { components: { RowLabel: '/components/RowLabels#CertificationRowLabel' } },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại chứng nhận', en: 'Kind' },
      options: [
        { value: 'ocop', label: 'OCOP' },
        { value: 'vietgap', label: 'VietGAP' },
        { value: 'haccp', label: 'HACCP' },
        { value: 'iso22000', label: 'ISO 22000' },
        { value: 'organic', label: { vi: 'Hữu cơ', en: 'Organic' } },
        { value: 'gi', label: { vi: 'Chỉ dẫn địa lý', en: 'Geographical indication' } },
        { value: 'other', label: { vi: 'Khác', en: 'Other' } },
      ],
    },
    { name: 'stars', type: 'number', min: 1, max: 5, admin: { condition: (_, s) => s?.kind === 'ocop' }, label: { vi: 'Số sao', en: 'Stars' } },
    { name: 'name', type: 'text', label: { vi: 'Tên (nếu khác)', en: 'Name (for other)' } },
    { name: 'number', type: 'text', label: { vi: 'Số chứng nhận', en: 'Certificate number' } },
    { name: 'issuedBy', type: 'text', label: { vi: 'Cơ quan cấp', en: 'Issued by' } },
    { name: 'issuedOn', type: 'date', admin: { date: DAY }, label: { vi: 'Ngày cấp', en: 'Issued on' } },
    { name: 'validUntil', type: 'date', admin: { date: DAY }, label: { vi: 'Hiệu lực đến', en: 'Valid until' } },
    { name: 'document', type: 'upload', relationTo: 'media', label: { vi: 'Bản scan', en: 'Document' } },
    ...claimVerificationFields,
  ],
}
