/** The mail that tells a producer the centre's answer to its request to exhibit, Vietnamese first. */
export type ExhibitorMailInput = {
  status: 'accepted' | 'declined'
  brandName: string
  fairName: string
  booth?: string | null
  reason?: string | null
  adminUrl: string
}

export function exhibitorMail(input: ExhibitorMailInput): { subject: string; text: string } {
  const accepted = input.status === 'accepted'
  const booth = input.booth?.trim()
  const reason = input.reason?.trim()
  const subject = accepted
    ? `Đã nhận tham gia: ${input.fairName} / Your request to exhibit was accepted`
    : `Chưa nhận tham gia: ${input.fairName} / Your request to exhibit was declined`
  const lines = [
    `Kính gửi ${input.brandName},`,
    accepted
      ? `Trung tâm đã nhận ${input.brandName} tham gia "${input.fairName}".${booth ? ` Gian hàng số: ${booth}.` : ''}`
      : `Trung tâm chưa thể nhận ${input.brandName} tham gia "${input.fairName}" lần này.`,
    ...(accepted ? [] : [`Lý do: ${reason ?? ''}`]),
    `Xem đăng ký: ${input.adminUrl}`,
    '',
    accepted
      ? `The centre accepted ${input.brandName} as an exhibitor at "${input.fairName}".${booth ? ` Booth: ${booth}.` : ''}`
      : `The centre could not accept ${input.brandName} at "${input.fairName}" this time.`,
    ...(accepted ? [] : [`Reason: ${reason ?? ''}`]),
    `See the request at ${input.adminUrl}`,
  ]
  return { subject, text: lines.join('\n') }
}
