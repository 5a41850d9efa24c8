/**
 * What a buyer reads when a field is wrong, in the language of the page they are on. The zod
 * schema reports codes; this maps each code to a sentence that says how to fix it.
 */
import type { Locale } from '../config/locales'

export type { Locale }

export const ERROR_CODES = [
  'required',
  'tooLong',
  'tooShort',
  'email',
  'phone',
  'choice',
  'quantity',
  'unitNeeded',
  'consent',
  'target',
  'unknownTarget',
  'idempotencyKey',
  'keyReused',
  'invalidBody',
  'origin',
  'unavailable',
  'busy',
  'tooLarge',
  'rateLimited',
  'originReload',
  'unavailableKept',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

const vi: Record<ErrorCode, string> = {
  required: 'Vui lòng điền ô này.',
  tooLong: 'Nội dung quá dài, vui lòng rút gọn (tối đa {max} ký tự).',
  tooShort: 'Vui lòng viết rõ hơn (ít nhất {min} ký tự).',
  email: 'Địa chỉ email chưa đúng, ví dụ: ten@congty.vn.',
  phone: 'Số điện thoại hoặc Zalo chỉ gồm chữ số (6–15 số), có thể bắt đầu bằng +.',
  choice: 'Vui lòng chọn một mục trong danh sách.',
  quantity: 'Số lượng phải là một số lớn hơn 0, ví dụ: 500.',
  unitNeeded: 'Vui lòng ghi đơn vị cho số lượng, ví dụ: kg, thùng, container.',
  consent: 'Vui lòng đánh dấu đồng ý để chúng tôi chuyển yêu cầu tới cơ sở sản xuất.',
  target: 'Không rõ bạn hỏi về sản phẩm hay cơ sở nào. Vui lòng gửi từ trang sản phẩm hoặc trang thương hiệu.',
  unknownTarget: 'Sản phẩm hoặc cơ sở này không còn trên phòng trưng bày. Vui lòng chọn sản phẩm khác.',
  idempotencyKey: 'Biểu mẫu đã cũ. Vui lòng tải lại trang và gửi lại.',
  keyReused: 'Biểu mẫu này đã được dùng để gửi một yêu cầu khác. Vui lòng tải lại trang.',
  invalidBody: 'Không đọc được nội dung gửi lên. Vui lòng thử lại.',
  origin: 'Yêu cầu phải được gửi từ trang Tiêu Biểu.',
  unavailable: 'Hệ thống đang bận, yêu cầu của bạn chưa được gửi. Vui lòng thử lại sau ít phút.',
  tooLarge: 'Nội dung gửi lên quá lớn. Vui lòng rút gọn tin nhắn.',
  rateLimited: 'Bạn đã gửi nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau khoảng {minutes} phút; nội dung bạn viết vẫn được giữ nguyên.',
  // The form's own words when an answer carries no message (a proxy's error page): the page is still there.
  originReload: 'Yêu cầu phải được gửi từ trang Tiêu Biểu. Vui lòng tải lại trang và gửi lại.',
  unavailableKept: 'Hệ thống đang bận, yêu cầu của bạn chưa được gửi. Nội dung vẫn còn nguyên, vui lòng thử lại sau ít phút.',
  busy: 'Đang có rất nhiều yêu cầu cùng lúc, yêu cầu của bạn chưa được gửi. Vui lòng thử lại sau vài giây; nội dung bạn viết vẫn được giữ nguyên.',
}

const en: Record<ErrorCode, string> = {
  required: 'Please fill in this field.',
  tooLong: 'This is too long; please shorten it (at most {max} characters).',
  tooShort: 'Please say a little more (at least {min} characters).',
  email: 'This e-mail address does not look right, for example: name@company.com.',
  phone: 'A phone or Zalo number has digits only (6 to 15), optionally starting with +.',
  choice: 'Please pick one of the options.',
  quantity: 'The quantity must be a number above 0, for example: 500.',
  unitNeeded: 'Please give a unit for the quantity, for example: kg, cartons, containers.',
  consent: 'Please tick the box so we may pass your enquiry to the producer.',
  target: 'We could not tell which product or producer you are asking about. Please send it from a product or brand page.',
  unknownTarget: 'This product or producer is no longer in the showroom. Please choose another one.',
  idempotencyKey: 'This form is out of date. Please reload the page and send it again.',
  keyReused: 'This form was already used for a different enquiry. Please reload the page.',
  invalidBody: 'We could not read what was sent. Please try again.',
  origin: 'Enquiries must be sent from the Tiêu Biểu site.',
  unavailable: 'The showroom is busy and your enquiry was not sent. Please try again in a few minutes.',
  tooLarge: 'What was sent is too large. Please shorten the message.',
  rateLimited: 'You have sent many enquiries in a short time. Please try again in about {minutes} minutes; what you wrote is kept.',
  originReload: 'Enquiries must be sent from the Tiêu Biểu site. Please reload the page and send again.',
  unavailableKept: 'The showroom is busy and your enquiry was not sent. Everything you wrote is still here; please try again in a few minutes.',
  busy: 'Many enquiries are arriving at once and yours was not sent. Please try again in a few seconds; what you wrote is kept.',
}

export type FieldError = { code: ErrorCode; params?: Record<string, number> }

export function messageFor(error: FieldError, locale: Locale): string {
  const template = (locale === 'en' ? en : vi)[error.code]
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (error.params && key in error.params ? String(error.params[key]) : whole))
}

export function messagesFor(errors: Record<string, FieldError>, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, messageFor(error, locale)]))
}

/** A message with its {placeholders} left in, for the form's script to fill (site/components/enquiry-errors.ts). */
export function messageTemplate(code: ErrorCode, locale: Locale): string {
  return (locale === 'en' ? en : vi)[code]
}
