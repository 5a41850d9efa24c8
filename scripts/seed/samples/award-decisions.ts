/**
 * The demo award list a Tây Ninh centre would import: the 2025 provincial decision, some older
 * Long An awards typed in to catch up, and the problems real lists have — a duplicate row, a
 * certificate already held by another product, a date that does not exist, a product the
 * showroom does not have yet, names typed without diacritics. `npm run samples` writes it as
 * award-decisions.csv and award-decisions.xlsx beside this file; the expected preview is tested in
 * test/integration/imports.sample.test.ts against the demo data.
 */
export const SAMPLE_HEADER = [
  'Tên sản phẩm',
  'Cơ sở',
  'Tỉnh',
  'Cấp',
  'Năm',
  'Số quyết định',
  'Ngày quyết định',
  'Số chứng nhận',
  'Nhóm sản phẩm',
  'Cơ quan cấp',
] as const

type Row = readonly [string, string, string, string, number, string, string, string, string, string]

export const SAMPLE_ROWS: readonly Row[] = [
  [
    'Gạch tuynel 2 lỗ 80 × 80 × 180',
    'Gạch Tuynel Đức Hòa',
    'Tây Ninh',
    'cấp tỉnh',
    2025,
    '1520/QĐ-UBND',
    '18/11/2025',
    'TN-2025-001',
    'Nhóm 4',
    'UBND tỉnh Tây Ninh',
  ],
  ['Mứt thơm sấy dẻo', 'Kẹo khóm Út Hiền', 'Tây Ninh', 'cấp tỉnh', 2025, '1520/QĐ-UBND', '18/11/2025', 'TN-2025-002', 'Nhóm 2', 'UBND tỉnh Tây Ninh'],
  [
    'Banh trang cuon mong',
    'Banh trang Suong Trang Bang',
    'Tay Ninh',
    'cap tinh',
    2025,
    '1520/QĐ-UBND',
    '18/11/2025',
    'TN-2025-003',
    'Nhóm 2',
    'UBND tỉnh Tây Ninh',
  ],
  ['Muối ớt xanh', 'Muối tôm Gò Dầu Bà Năm', 'Tây Ninh', 'cấp tỉnh', 2025, '1520/QĐ-UBND', '18/11/2025', 'TN-2025-004', 'Nhóm 2', 'UBND tỉnh Tây Ninh'],
  // A duplicate of the row above, as happens when two lists are pasted together.
  ['Muối ớt xanh', 'Muối tôm Gò Dầu Bà Năm', 'Tây Ninh', 'cấp tỉnh', 2025, '1520/QĐ-UBND', '18/11/2025', 'TN-2025-004', 'Nhóm 2', 'UBND tỉnh Tây Ninh'],
  // 31 November does not exist.
  ['Muối nhuyễn chanh ớt', 'Muối tôm Gò Dầu Bà Năm', 'Tây Ninh', 'cấp tỉnh', 2025, '1520/QĐ-UBND', '31/11/2025', 'TN-2025-005', 'Nhóm 2', 'UBND tỉnh Tây Ninh'],
  // Not in the showroom yet: skipped, or created as a draft when staff ask for it.
  [
    'Bánh tráng dẻo tôm',
    'Bánh tráng Sương Trảng Bàng',
    'Tây Ninh',
    'cấp tỉnh',
    2025,
    '1520/QĐ-UBND',
    '18/11/2025',
    'TN-2025-006',
    'Nhóm 2',
    'UBND tỉnh Tây Ninh',
  ],
  // Older awards under the former province's name, which they keep.
  [
    'Máy cắt cỏ đeo vai',
    'Cơ khí nông nghiệp Cần Giuộc',
    'Long An',
    'cấp tỉnh',
    2024,
    '3674/QĐ-UBND',
    '13/10/2024',
    'LA-2024-003',
    'Nhóm 3',
    'UBND tỉnh Long An',
  ],
  // LA-2024-001 is the certificate of "Gạch tuynel 4 lỗ": a conflict to resolve by hand.
  ['Gạch thẻ đặc', 'Gạch Tuynel Đức Hòa', 'Long An', 'cấp tỉnh', 2024, '3674/QĐ-UBND', '13/10/2024', 'LA-2024-001', 'Nhóm 4', 'UBND tỉnh Long An'],
  // Already in the showroom, unchanged.
  ['Kẹo khóm Bến Lức 200 g', 'Kẹo khóm Út Hiền', 'Long An', 'cấp quốc gia', 2023, '3116/QĐ-BCT', '', 'QG-2023-008', '', 'Bộ Công Thương'],
]
