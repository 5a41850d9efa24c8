/**
 * The three e-mails of an enquiry's life: the producer is told (in Vietnamese, replying goes to the
 * buyer), the buyer gets a copy in the language they chose, and the province's centre staff are
 * told when the deadline passed without an answer.
 */
import { buyerTypeLabel, lines, oneLine, vietnamDate, type Mail } from './format'

export type MailEnquiry = {
  id: number | string
  // Optional as the collection types it; the enquiry's own beforeChange hook always sets it.
  reference?: string | null
  name: string
  company?: string | null
  buyerType?: string | null
  country?: string | null
  email: string
  phone?: string | null
  quantity?: number | null
  unit?: string | null
  market?: string | null
  message: string
  language?: string | null
  createdAt: string
  dueAt?: string | null
}

export type MailContext = { adminUrl: string; productName?: string; producerName: string; provinceName?: string; workingDays: number }

const adminLink = (ctx: MailContext, enquiry: MailEnquiry) =>
  `${ctx.adminUrl.replace(/\/+$/, '')}/admin/collections/enquiries/${encodeURIComponent(String(enquiry.id))}`
const quantity = (e: MailEnquiry) => (e.quantity != null ? `${e.quantity} ${e.unit ?? ''}`.trim() : '')

export function producerNotice(enquiry: MailEnquiry, ctx: MailContext, to: string[]): Mail {
  const about = ctx.productName ? `sản phẩm ${oneLine(ctx.productName)}` : `cơ sở ${oneLine(ctx.producerName)}`
  return {
    to,
    replyTo: enquiry.email,
    subject: `[Tiêu Biểu] Yêu cầu báo giá mới ${enquiry.reference} — ${about}`,
    text: [
      `Cơ sở ${oneLine(ctx.producerName)} có một yêu cầu báo giá mới trên Tiêu Biểu (mã ${enquiry.reference}) về ${about}.`,
      '',
      lines([
        ['Người mua', enquiry.name],
        ['Công ty', enquiry.company],
        ['Loại người mua', buyerTypeLabel(enquiry.buyerType, 'vi')],
        ['Quốc gia', enquiry.country],
        ['Email', enquiry.email],
        ['Điện thoại / Zalo', enquiry.phone],
        ['Số lượng', quantity(enquiry)],
        ['Thị trường đích', enquiry.market],
        ['Ngôn ngữ trả lời', enquiry.language === 'en' ? 'Tiếng Anh' : 'Tiếng Việt'],
      ]),
      '',
      'Nội dung:',
      enquiry.message,
      '',
      `Vui lòng trả lời trước ${vietnamDate(enquiry.dueAt)} (${ctx.workingDays} ngày làm việc), ` +
        `rồi đánh dấu "Đã trả lời" trong trang quản trị. Sau hạn này, yêu cầu được chuyển cho trung tâm khuyến công của tỉnh.`,
      `Trả lời thư này là trả lời trực tiếp người mua. Mở yêu cầu: ${adminLink(ctx, enquiry)}`,
    ].join('\n'),
  }
}

export function buyerCopy(enquiry: MailEnquiry, ctx: MailContext): Mail {
  const about = ctx.productName ? oneLine(ctx.productName) : oneLine(ctx.producerName)
  if (enquiry.language === 'en') {
    return {
      to: enquiry.email,
      subject: `[Tiêu Biểu] We received your enquiry ${enquiry.reference}`,
      text: [
        `Dear ${oneLine(enquiry.name)},`,
        '',
        `Thank you. Your enquiry about ${about} has been passed to ${oneLine(ctx.producerName)}. Your reference is ${enquiry.reference}.`,
        `The producer is asked to reply within ${ctx.workingDays} working days; ` +
          `if it does not, the industrial extension centre of its province will follow up with you.`,
        '',
        'A copy of what you sent:',
        '',
        lines([
          ['Name', enquiry.name],
          ['Company', enquiry.company],
          ['Buyer type', buyerTypeLabel(enquiry.buyerType, 'en')],
          ['Country', enquiry.country],
          ['Phone or Zalo', enquiry.phone],
          ['Quantity', quantity(enquiry)],
          ['Destination market', enquiry.market],
        ]),
        '',
        enquiry.message,
        '',
        `Sent on ${vietnamDate(enquiry.createdAt)} (Vietnam time). You receive this e-mail because this address was given in an enquiry on Tiêu Biểu.`,
      ].join('\n'),
    }
  }
  return {
    to: enquiry.email,
    subject: `[Tiêu Biểu] Đã nhận yêu cầu của bạn — ${enquiry.reference}`,
    text: [
      `Kính gửi ${oneLine(enquiry.name)},`,
      '',
      `Cảm ơn bạn. Yêu cầu của bạn về ${about} đã được chuyển tới ${oneLine(ctx.producerName)}. Mã tham chiếu của bạn là ${enquiry.reference}.`,
      `Cơ sở sẽ phản hồi trong vòng ${ctx.workingDays} ngày làm việc; nếu chưa, trung tâm khuyến công của tỉnh sẽ liên hệ với bạn.`,
      '',
      'Bản sao nội dung bạn đã gửi:',
      '',
      lines([
        ['Họ tên', enquiry.name],
        ['Công ty', enquiry.company],
        ['Loại người mua', buyerTypeLabel(enquiry.buyerType, 'vi')],
        ['Quốc gia', enquiry.country],
        ['Điện thoại / Zalo', enquiry.phone],
        ['Số lượng', quantity(enquiry)],
        ['Thị trường đích', enquiry.market],
      ]),
      '',
      enquiry.message,
      '',
      `Gửi lúc ${vietnamDate(enquiry.createdAt)} (giờ Việt Nam). Bạn nhận được email này vì địa chỉ này được dùng để gửi yêu cầu trên Tiêu Biểu.`,
    ].join('\n'),
  }
}

export function escalationNotice(enquiry: MailEnquiry, ctx: MailContext, to: string[]): Mail {
  return {
    to,
    subject: `[Tiêu Biểu] Yêu cầu ${enquiry.reference} chưa được trả lời sau ${ctx.workingDays} ngày làm việc`,
    text: [
      `Yêu cầu báo giá ${enquiry.reference} gửi ${oneLine(ctx.producerName)}${ctx.provinceName ? ` (${oneLine(ctx.provinceName)})` : ''} ` +
        `chưa được cơ sở trả lời khi đến hạn ${vietnamDate(enquiry.dueAt)}.`,
      'Trung tâm vui lòng liên hệ cơ sở hoặc người mua, hoặc chuyển yêu cầu cho cơ sở khác.',
      '',
      lines([
        ['Sản phẩm', ctx.productName],
        ['Người mua', enquiry.name],
        ['Công ty', enquiry.company],
        ['Quốc gia', enquiry.country],
        ['Email', enquiry.email],
        ['Điện thoại / Zalo', enquiry.phone],
        ['Số lượng', quantity(enquiry)],
        ['Gửi lúc', vietnamDate(enquiry.createdAt)],
      ]),
      '',
      `Mở yêu cầu: ${adminLink(ctx, enquiry)}`,
    ].join('\n'),
  }
}
