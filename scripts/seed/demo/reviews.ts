/**
 * Demo reviews of producers' changes (issue 11): one waiting for the centre, one sent back with a
 * comment, so staff and producers see both states on a fresh showroom.
 */
export type DemoReview = {
  /** The producer whose account submits. */
  producer: string
  /** A product slug, or undefined for the brand page itself. */
  product?: string
  /** The summary in the submitted draft (Vietnamese). */
  summary: string
  /** Sent back with this comment; left waiting when absent. */
  sentBack?: string
}

export const DEMO_REVIEWS: DemoReview[] = [
  {
    producer: 'keo-khom-ben-luc',
    summary: 'Kẹo khóm nấu thủ công từ khóm Bến Lức, nay có thêm hộp quà 500 g cho dịp Tết.',
  },
  {
    producer: 'mat-ong-ba-be',
    product: 'mat-ong-rung-ba-be-500ml',
    summary: 'Mật ong rừng Ba Bể tốt nhất Việt Nam, chữa được mọi bệnh.',
    sentBack: 'Không ghi “chữa được mọi bệnh” hay “tốt nhất” khi chưa có căn cứ; hãy mô tả nguồn hoa và mùa thu hoạch.',
  },
]
