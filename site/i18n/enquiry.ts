/**
 * The enquiry form's words, in both languages. Validation messages come from the API
 * (src/enquiries/messages.ts) so the form with and without JavaScript says the same thing.
 */
import { messageTemplate } from '../../src/enquiries/messages'
import type { Locale } from '../../src/site/routes'

export type EnquiryStrings = {
  heading: string
  intro: string
  about: string
  required: string
  fields: {
    name: string
    company: string
    buyerType: string
    buyerTypeChoose: string
    country: string
    email: string
    emailHint: string
    phone: string
    phoneHint: string
    quantity: string
    unit: string
    unitHint: string
    market: string
    marketHint: string
    message: string
    messageHint: string
    language: string
    consent: string
    /** The consent box as named in the list of problems. */
    consentShort: string
    honeypot: string
  }
  buyerTypes: Record<'distributor' | 'supermarket' | 'importer' | 'wholesaler' | 'horeca' | 'other', string>
  languages: Record<Locale, string>
  submit: string
  sending: string
  errorSummary: string
  /** Heading of a refusal with nothing to correct (too many enquiries, the service busy). */
  notSent: string
  networkError: string
  /** When an answer carries no message of its own (a proxy's error page, say), by HTTP status. */
  failed: {
    /** 413 */
    tooLarge: string
    /** 429; {minutes} from Retry-After */
    rateLimited: string
    /** 403 */
    refused: string
    /** Any other answer without a message (a 5xx, say). */
    unavailable: string
  }
  checkHeading: string
  sent: {
    title: string
    heading: string
    reference: string
    copy: string
    deadline: string
    another: string
    back: string
    missing: string
  }
}

const vi: EnquiryStrings = {
  heading: 'Gửi yêu cầu báo giá',
  intro:
    'Không cần tài khoản. Yêu cầu được chuyển thẳng tới cơ sở sản xuất; nếu cơ sở chưa trả lời đúng hạn, trung tâm khuyến công của tỉnh sẽ theo dõi giúp bạn.',
  about: 'Về: {subject}',
  required: 'bắt buộc',
  fields: {
    name: 'Họ tên',
    company: 'Công ty',
    buyerType: 'Bạn là',
    buyerTypeChoose: 'Chọn…',
    country: 'Quốc gia',
    email: 'Email',
    emailHint: 'Bạn sẽ nhận bản sao yêu cầu qua email này.',
    phone: 'Điện thoại hoặc Zalo',
    phoneHint: 'Ví dụ: 0912 345 678 hoặc +84 912 345 678',
    quantity: 'Số lượng',
    unit: 'Đơn vị',
    unitHint: 'kg, thùng, container…',
    market: 'Thị trường đích',
    marketHint: 'Nơi hàng sẽ được bán, ví dụ: Hà Nội, Nhật Bản',
    message: 'Nội dung',
    messageHint: 'Quy cách, đóng gói, thời gian giao hàng bạn cần…',
    language: 'Ngôn ngữ trả lời',
    consent: 'Tôi đồng ý để Tiêu Biểu chuyển thông tin này cho cơ sở sản xuất và trung tâm khuyến công của tỉnh.',
    consentShort: 'Đồng ý chuyển thông tin',
    honeypot: 'Để trống ô này',
  },
  buyerTypes: {
    distributor: 'Nhà phân phối',
    supermarket: 'Siêu thị / chuỗi bán lẻ',
    importer: 'Nhà nhập khẩu',
    wholesaler: 'Bán buôn',
    horeca: 'Nhà hàng, khách sạn',
    other: 'Khác',
  },
  languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
  submit: 'Gửi yêu cầu',
  sending: 'Đang gửi…',
  errorSummary: 'Yêu cầu chưa được gửi. Vui lòng sửa các ô sau:',
  notSent: 'Yêu cầu chưa được gửi.',
  networkError: 'Không gửi được vì mất kết nối. Nội dung vẫn còn nguyên, vui lòng bấm gửi lại.',
  failed: {
    tooLarge: messageTemplate('tooLarge', 'vi'),
    rateLimited: messageTemplate('rateLimited', 'vi'),
    refused: messageTemplate('originReload', 'vi'),
    unavailable: messageTemplate('unavailableKept', 'vi'),
  },
  checkHeading: 'Vui lòng kiểm tra lại yêu cầu',
  sent: {
    title: 'Đã gửi yêu cầu',
    heading: 'Yêu cầu của bạn đã được gửi',
    reference: 'Mã tham chiếu',
    copy: 'Chúng tôi đã gửi một bản sao tới email của bạn. Hãy ghi lại mã tham chiếu khi liên hệ.',
    deadline: 'Cơ sở sẽ trả lời trong vòng {days} ngày làm việc. Nếu chưa, trung tâm khuyến công của tỉnh sẽ liên hệ với bạn.',
    another: 'Gửi một yêu cầu khác',
    back: 'Tiếp tục xem sản phẩm',
    missing: 'Không tìm thấy yêu cầu nào để xác nhận.',
  },
}

const en: EnquiryStrings = {
  heading: 'Send an enquiry',
  intro:
    'No account needed. Your enquiry goes straight to the producer; if it does not answer in time, ' +
    'the industrial extension centre of its province follows up for you.',
  about: 'About: {subject}',
  required: 'required',
  fields: {
    name: 'Name',
    company: 'Company',
    buyerType: 'You are',
    buyerTypeChoose: 'Choose…',
    country: 'Country',
    email: 'E-mail',
    emailHint: 'You will receive a copy of your enquiry at this address.',
    phone: 'Phone or Zalo',
    phoneHint: 'For example: +84 912 345 678',
    quantity: 'Quantity',
    unit: 'Unit',
    unitHint: 'kg, cartons, containers…',
    market: 'Destination market',
    marketHint: 'Where the goods will be sold, for example: Japan',
    message: 'Message',
    messageHint: 'Specifications, packaging, delivery time you need…',
    language: 'Reply in',
    consent: 'I agree that Tiêu Biểu passes this information to the producer and to the industrial extension centre of its province.',
    consentShort: 'Consent',
    honeypot: 'Leave this field empty',
  },
  buyerTypes: {
    distributor: 'Distributor',
    supermarket: 'Supermarket or retail chain',
    importer: 'Importer',
    wholesaler: 'Wholesaler',
    horeca: 'Hotel, restaurant, catering',
    other: 'Other',
  },
  languages: { vi: 'Vietnamese', en: 'English' },
  submit: 'Send enquiry',
  sending: 'Sending…',
  errorSummary: 'Your enquiry was not sent. Please correct these fields:',
  notSent: 'Your enquiry was not sent.',
  networkError: 'Not sent: the connection was lost. Everything you wrote is still here; please send again.',
  failed: {
    tooLarge: messageTemplate('tooLarge', 'en'),
    rateLimited: messageTemplate('rateLimited', 'en'),
    refused: messageTemplate('originReload', 'en'),
    unavailable: messageTemplate('unavailableKept', 'en'),
  },
  checkHeading: 'Please check your enquiry',
  sent: {
    title: 'Enquiry sent',
    heading: 'Your enquiry has been sent',
    reference: 'Reference',
    copy: 'We have sent a copy to your e-mail address. Please quote the reference when you get in touch.',
    deadline: 'The producer is asked to reply within {days} working days. If it does not, the industrial extension centre of its province will contact you.',
    another: 'Send another enquiry',
    back: 'Continue browsing products',
    missing: 'There is no enquiry to confirm here.',
  },
}

export function enquiryStrings(locale: Locale): EnquiryStrings {
  return locale === 'en' ? en : vi
}

/** The confirmation page of each language. */
export function enquirySentPath(locale: Locale, reference?: string): string {
  const base = locale === 'en' ? '/en/enquiry-sent' : '/enquiry-sent'
  return reference ? `${base}?ref=${encodeURIComponent(reference)}` : base
}
