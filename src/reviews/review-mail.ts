/**
 * The mail that tells a producer what the centre decided on a change it submitted, Vietnamese first.
 */
export type ReviewMailInput = {
  decision: 'approved' | 'sent-back'
  brandName: string
  title: string
  comment?: string | null
  adminUrl: string
}

export function reviewMail(input: ReviewMailInput): { subject: string; text: string } {
  const approved = input.decision === 'approved'
  const subject = approved
    ? `Thay đổi đã được duyệt: ${input.title} / Your change was approved`
    : `Thay đổi cần sửa lại: ${input.title} / Your change was sent back`
  const comment = input.comment?.trim() ? `Ý kiến của trung tâm / The centre's comment: ${input.comment.trim()}` : ''
  return {
    subject,
    text: [
      `Kính gửi ${input.brandName},`,
      approved
        ? `Trung tâm đã duyệt thay đổi "${input.title}"; nội dung mới đã hiện trên showroom.`
        : `Trung tâm đã trả lại thay đổi "${input.title}". Vui lòng sửa bản nháp và gửi duyệt lại.`,
      comment,
      `Xem: ${input.adminUrl}`,
      '',
      approved
        ? `The centre approved your change "${input.title}"; it is now on the showroom.`
        : `The centre sent back your change "${input.title}". Please edit the draft and submit it again.`,
      `See it at ${input.adminUrl}`,
    ]
      .filter((line, i) => line !== '' || i > 2)
      .join('\n'),
  }
}
