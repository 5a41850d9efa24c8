import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import type { Enquiry } from '../../../payload-types'

export const REPLY_LOCKED = 'Trả lời đã gửi, không sửa được nữa / a sent reply cannot be edited'
export const REPLY_FIRST = 'Hãy viết trả lời, hoặc bấm "Tôi đã trả lời qua điện thoại/Zalo" / write your reply, or tap "I answered by phone/Zalo"'

const written = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * A reply is recorded once: written in the admin (mailed to the buyer by the reply job) or
 * "answered by phone/Zalo". Recording it stamps answeredAt, which the response figures count, and
 * sets the status; afterwards the reply is fixed, since the buyer already has it. Marking an
 * enquiry answered by hand without a reply is refused: that was how figures were made up.
 */
export const recordReply: CollectionBeforeChangeHook<Enquiry> = ({ data, originalDoc, operation, req, context }) => {
  const now = (context as { enquiryNow?: string }).enquiryNow ?? new Date().toISOString()
  const text = written(data.reply)
  if (originalDoc?.replyChannel) {
    const changed =
      (data.reply !== undefined && text !== written(originalDoc.reply)) || (data.replyChannel !== undefined && data.replyChannel !== originalDoc.replyChannel)
    if (changed) throw new ValidationError({ collection: 'enquiries', errors: [{ path: text ? 'reply' : 'replyChannel', message: REPLY_LOCKED }], req })
    return data
  }
  if (operation === 'update' && (text || data.replyChannel === 'phone')) {
    data.reply = text || null
    data.replyChannel = text ? 'email' : 'phone'
    data.answeredAt = now
    data.status = 'answered'
    return data
  }
  data.reply = null
  data.replyChannel = null
  // Seeding and staff tools without a signed-in user may still store an answered enquiry as it was.
  if (req.user && data.status === 'answered' && originalDoc?.status !== 'answered')
    throw new ValidationError({ collection: 'enquiries', errors: [{ path: 'status', message: REPLY_FIRST }], req })
  return data
}
