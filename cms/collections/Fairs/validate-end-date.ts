/**
 * A published fair needs its last day: the calendar, the "exhibiting at" notes and the .ics file
 * all end there. Payload runs field validation on publish only (drafts skip it), so a draft may
 * wait for the organiser's dates.
 */
import type { DateFieldValidation } from 'payload'

export const END_DATE_MISSING =
  'Hội chợ cần ngày kết thúc trước khi đăng: nhập ngày kết thúc hoặc lưu bản nháp. / ' +
  'A fair cannot be published without its end date: enter the end date or save it as a draft.'

export const validateEndDate: DateFieldValidation = (value, { siblingData }) => {
  if (!value) return END_DATE_MISSING
  const start = (siblingData as { startDate?: unknown }).startDate
  return !start || new Date(String(value)) >= new Date(String(start))
    ? true
    : 'Ngày kết thúc phải sau ngày bắt đầu / The end date must not be before the start date'
}
