/** Vietnamese UI strings: the one place they live. */
export const vi = {
  siteName: 'Tiêu Biểu',
  tagline: 'Phòng trưng bày sản phẩm công nghiệp nông thôn tiêu biểu',
  homeTitle: 'Sản phẩm công nghiệp nông thôn tiêu biểu',
  homeIntro: 'Tìm sản phẩm đạt giải, cơ sở sản xuất và hội chợ của các tỉnh, thành trên cả nước.',
  winners: 'Sản phẩm đạt giải',
  noWinners: 'Chưa có sản phẩm đạt giải nào được công bố.',
  level: { commune: 'Cấp xã', district: 'Cấp huyện', provincial: 'Cấp tỉnh', regional: 'Cấp khu vực', national: 'Cấp quốc gia' },
  switchLanguage: 'English',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  footer: 'Vận hành bởi các Trung tâm Khuyến công và Xúc tiến thương mại.',
} as const
