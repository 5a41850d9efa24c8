'use client'
/**
 * Titles for array rows, so a producer sees "OCOP 4 sao · đến 06/2029" or "2020 · Máy gói kẹo"
 * instead of "Certification 01". Empty rows (just added) fall back to "Chứng nhận 1".
 */
import { useRowLabel, useTranslation } from '@payloadcms/ui'

import {
  type Answer,
  type ApplicationDocument,
  answerTitle,
  applicationDocumentTitle,
  type Certification,
  certificationTitle,
  type Lang,
  type Support,
  supportTitle,
} from '../admin/row-titles'

const fallback = (lang: Lang, vi: string, en: string, n?: number) => `${lang === 'vi' ? vi : en} ${(n ?? 0) + 1}`

export function CertificationRowLabel() {
  const { data, rowNumber } = useRowLabel<Certification>()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  return <span>{certificationTitle(data ?? {}, lang) || fallback(lang, 'Chứng nhận', 'Certification', rowNumber)}</span>
}

export function SupportRowLabel() {
  const { data, rowNumber } = useRowLabel<Support>()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  return <span>{supportTitle(data ?? {}) || fallback(lang, 'Khoản hỗ trợ', 'Support', rowNumber)}</span>
}

/** A fair's exhibitor row: its booth when staff have given one ("Gian hàng B12"). */
export function ExhibitorRowLabel() {
  const { data, rowNumber } = useRowLabel<{ booth?: string | null }>()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  const n = (rowNumber ?? 0) + 1
  const booth = data?.booth?.trim()
  if (!booth) return <span>{fallback(lang, 'Đơn vị tham gia', 'Exhibitor', rowNumber)}</span>
  return <span>{lang === 'vi' ? `${n}. Gian hàng ${booth}` : `${n}. Booth ${booth}`}</span>
}

/** An application's answer: the question it answers, not "Answer 01". */
export function AnswerRowLabel() {
  const { data, rowNumber } = useRowLabel<Answer>()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  return <span>{answerTitle(data ?? {}) || fallback(lang, 'Câu hỏi', 'Question', rowNumber)}</span>
}

/** An application's attached document: what it is ("Giấy đăng ký kinh doanh"), not "Document 01". */
export function ApplicationDocumentRowLabel() {
  const { data, rowNumber } = useRowLabel<ApplicationDocument>()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  return <span>{applicationDocumentTitle(data ?? {}) || fallback(lang, 'Giấy tờ', 'Document', rowNumber)}</span>
}
