/**
 * Demo requests to exhibit, each asked by the producer's own account: one waiting for the
 * centre (so the dashboard and the staff of Thành phố Hồ Chí Minh have one to decide).
 */
export type DemoExhibitorRequest = { producer: string; fair: string; products: string[]; message: string }

export const DEMO_EXHIBITOR_REQUESTS: DemoExhibitorRequest[] = [
  {
    producer: 'mat-ong-ba-be',
    fair: 'hoi-cho-dac-san-vung-mien-tphcm',
    products: [],
    message: 'Cơ sở xin một gian hàng tiêu chuẩn để giới thiệu mật ong rừng Ba Bể với các chuỗi siêu thị phía Nam.',
  },
]
