/**
 * The producer's reply as the buyer receives it: from Tiêu Biểu, but answering it reaches the
 * producer's own address. The frame is in the buyer's language; the reply is the producer's words.
 */
import { oneLine, vietnamDate, type Mail } from './format'
import type { MailEnquiry } from './enquiry-mails'

export type ReplyEnquiry = MailEnquiry & { reply: string; answeredAt?: string | null }

const quoted = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')

export function replyMail(enquiry: ReplyEnquiry, producerName: string, replyTo: string | undefined): Mail {
  const producer = oneLine(producerName)
  const en = enquiry.language === 'en'
  const intro = en
    ? `${producer} has answered your enquiry ${enquiry.reference} on Tiêu Biểu.${replyTo ? ' Reply to this e-mail to write to them directly.' : ''}`
    : `${producer} đã trả lời yêu cầu ${enquiry.reference} của bạn trên Tiêu Biểu.${replyTo ? ' Trả lời email này để viết trực tiếp cho cơ sở.' : ''}`
  const asked = en ? `You wrote on ${vietnamDate(enquiry.createdAt)}:` : `Bạn đã viết lúc ${vietnamDate(enquiry.createdAt)}:`
  return {
    to: enquiry.email,
    ...(replyTo ? { replyTo } : {}),
    subject: en ? `[Tiêu Biểu] ${producer} answered your enquiry ${enquiry.reference}` : `[Tiêu Biểu] ${producer} đã trả lời yêu cầu ${enquiry.reference}`,
    text: [
      en ? `Dear ${oneLine(enquiry.name)},` : `Kính gửi ${oneLine(enquiry.name)},`,
      '',
      intro,
      '',
      enquiry.reply,
      '',
      '—',
      asked,
      quoted(enquiry.message),
    ].join('\n'),
  }
}
