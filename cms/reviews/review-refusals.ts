/** The refusals of the review workflow, in both languages, with the status Payload answers. */
import { APIError } from 'payload'

function refusal(name: string, message: string, status: number) {
  return class extends APIError {
    constructor() {
      super(message, status, undefined, true)
      // Set in code: Payload shows the message only for a named error, and minifiers drop class names.
      this.name = name
    }
  }
}

export const NotYours = refusal('ReviewNotYours', 'Bạn chỉ gửi duyệt được nội dung của cơ sở mình. / You can only submit your own content.', 403)
export const NothingChanged = refusal(
  'ReviewNothingChanged',
  'Bản nháp không khác bản đang đăng: hãy lưu nháp thay đổi trước khi gửi duyệt. / ' +
    'The draft is the same as the published version: save your changes as a draft first.',
  400,
)
export const AlreadyWaiting = refusal(
  'ReviewAlreadyWaiting',
  'Thay đổi này đã được gửi và đang chờ trung tâm duyệt. / This change is already waiting for the centre.',
  409,
)
export const CommentRequired = refusal('ReviewCommentRequired', 'Trả lại cần có ý kiến cho cơ sở. / Sending back needs a comment for the producer.', 400)
export const AlreadyDecided = refusal('ReviewAlreadyDecided', 'Thay đổi này đã được quyết định. / This change has already been decided.', 409)
export const DraftMovedOn = refusal(
  'ReviewDraftMovedOn',
  'Cơ sở đã sửa bản nháp sau khi gửi duyệt: hãy trả lại để cơ sở gửi lại. / ' +
    'The producer edited the draft after submitting it: send it back so they submit again.',
  409,
)
export const HeldForReview = refusal(
  'HeldForReview',
  'Thay đổi của cơ sở cần trung tâm duyệt: hãy “Lưu nháp” rồi bấm “Gửi duyệt”. / Changes wait for the centre: save a draft, then “Submit for review”.',
  403,
)
export const KindRequired = refusal(
  'ReviewKindRequired',
  'Chọn nội dung gửi duyệt: trang thương hiệu hoặc một sản phẩm. / Say what you submit: your brand page or a product.',
  400,
)
