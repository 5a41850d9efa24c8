/**
 * The mail that tells a producer the centre's decision on its application, Vietnamese first.
 */
export type DecisionMailInput = {
  status: 'accepted' | 'declined'
  legalName: string
  callTitle: string
  reason?: string | null
  amountGranted?: number | null
  adminUrl: string
}

const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đồng`

export function decisionMail(input: DecisionMailInput): { subject: string; text: string } {
  const accepted = input.status === 'accepted'
  const subject = accepted
    ? `Hồ sơ được hỗ trợ: ${input.callTitle} / Your application was accepted`
    : `Kết quả xét hồ sơ: ${input.callTitle} / Your application was declined`
  const amount = accepted && input.amountGranted ? ` Kinh phí hỗ trợ: ${vnd(input.amountGranted)}.` : ''
  const amountEn = accepted && input.amountGranted ? ` Support granted: VND ${input.amountGranted.toLocaleString('en')}.` : ''
  const reason = input.reason?.trim() ? `\nLý do / Reason: ${input.reason.trim()}` : ''
  const text = [
    `Kính gửi ${input.legalName},`,
    accepted
      ? `Trung tâm Khuyến công đã chấp thuận hồ sơ đề nghị hỗ trợ "${input.callTitle}".${amount}`
      : `Trung tâm Khuyến công chưa thể hỗ trợ hồ sơ "${input.callTitle}" lần này.`,
    reason,
    `Xem hồ sơ: ${input.adminUrl}`,
    '',
    accepted ? `Your application to "${input.callTitle}" was accepted.${amountEn}` : `Your application to "${input.callTitle}" was declined this time.`,
    `See it at ${input.adminUrl}`,
  ]
    .filter((line) => line !== '')
    .join('\n')
  return { subject, text }
}
