/**
 * What an import says about a file or a row, as codes with parameters; the words, in Vietnamese and
 * English, come from one table so the admin, the command line and the tests say the same thing.
 */
export type Lang = 'vi' | 'en'
export type Bilingual = Readonly<Record<Lang, string>>

type Params = Readonly<Record<string, string | number>>

const MESSAGES = {
  // The file as a whole
  'file-empty': { vi: 'Tệp trống, không có dữ liệu.', en: 'The file is empty.' },
  'file-too-large': {
    vi: 'Tệp quá lớn ({size}); giới hạn là {limit}. Hãy chia danh sách thành nhiều tệp.',
    en: 'The file is too large ({size}); the limit is {limit}. Split the list into several files.',
  },
  'file-type': {
    vi: 'Không đọc được tệp này: chỉ nhận CSV (UTF-8) hoặc Excel .xlsx.',
    en: 'This file cannot be read: only CSV (UTF-8) or Excel .xlsx files are accepted.',
  },
  'file-xls': {
    vi: 'Đây là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dạng .xlsx hoặc "CSV UTF-8".',
    en: 'This is an Excel 97–2003 (.xls) file. Open it in Excel and save it as .xlsx or "CSV UTF-8".',
  },
  'file-utf16': {
    vi: 'Tệp được lưu dạng Unicode UTF-16 ("Unicode Text"). Hãy lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc .xlsx.',
    en: 'The file is saved as UTF-16 ("Unicode Text"). Save it again as "CSV UTF-8 (Comma delimited)" or .xlsx.',
  },
  'file-legacy-encoding': {
    vi: 'Tệp không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3), dấu tiếng Việt sẽ bị lỗi. Hãy lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc .xlsx.',
    en:
      'The file is not UTF-8 (perhaps Windows-1258 or TCVN3), so Vietnamese letters would be garbled. ' +
      'Save it again as "CSV UTF-8 (Comma delimited)" or .xlsx.',
  },
  'file-unreadable': { vi: 'Tệp bị hỏng hoặc không đúng định dạng: {detail}', en: 'The file is damaged or not in the expected format: {detail}' },
  'file-no-rows': { vi: 'Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.', en: 'The file has a header row but no data rows.' },
  'file-too-many-rows': { vi: 'Tệp có {count} dòng; tối đa {limit} dòng mỗi lần.', en: 'The file has {count} rows; at most {limit} per import.' },
  'file-missing-columns': {
    vi: 'Thiếu cột bắt buộc: {columns}. Dòng đầu tiên phải là tiêu đề cột.',
    en: 'Required columns are missing: {columns}. The first row must hold the column headers.',
  },
  'file-duplicate-column': { vi: 'Cột "{column}" xuất hiện hai lần.', en: 'The column "{column}" appears twice.' },
  'column-ignored': { vi: 'Bỏ qua cột không dùng: {columns}.', en: 'Columns not used and ignored: {columns}.' },
  // One row
  'value-required': { vi: 'Thiếu "{column}".', en: '"{column}" is missing.' },
  'level-unknown': {
    vi: 'Không hiểu cấp "{value}" (dùng: cấp xã, cấp huyện, cấp tỉnh, cấp khu vực, cấp quốc gia).',
    en: 'Unknown level "{value}" (use commune, district, provincial, regional or national).',
  },
  'district-after-merger': {
    vi: 'Cấp huyện đã bỏ từ 1/7/2025; giải cấp huyện phải có quyết định trước ngày đó.',
    en: 'District level ended on 1 July 2025; a district award must be decided before then.',
  },
  'year-invalid': { vi: 'Năm "{value}" không hợp lệ (2000–2100).', en: 'Year "{value}" is not valid (2000–2100).' },
  'date-invalid': {
    vi: 'Ngày "{value}" không hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd).',
    en: 'Date "{value}" is not valid (use dd/mm/yyyy or yyyy-mm-dd).',
  },
  'date-year-mismatch': { vi: 'Ngày quyết định thuộc năm {dateYear}, khác năm {year}.', en: 'The decision date is in {dateYear}, not {year}.' },
  'province-unknown': { vi: 'Không có tỉnh/thành "{value}" (kể cả tên cũ).', en: 'No province "{value}", current or former.' },
  'province-ambiguous': { vi: 'Tên tỉnh "{value}" ứng với nhiều đơn vị: {names}.', en: 'The province "{value}" matches several units: {names}.' },
  'outside-scope': {
    vi: 'Tỉnh {province} ngoài phạm vi bạn phụ trách: không nhập dòng này.',
    en: '{province} is outside your provinces: this row is refused.',
  },
  'producer-unknown': { vi: 'Không tìm thấy cơ sở "{value}" ở {province}.', en: 'No producer "{value}" in {province}.' },
  'producer-ambiguous': { vi: 'Cơ sở "{value}" giống nhiều cơ sở: {names}.', en: 'The producer "{value}" looks like several: {names}.' },
  'product-unknown': {
    vi: 'Cơ sở {producer} chưa có sản phẩm "{value}". Chọn "tạo sản phẩm nháp" để tạo.',
    en: '{producer} has no product "{value}". Tick "create draft products" to create it.',
  },
  'product-ambiguous': { vi: 'Sản phẩm "{value}" giống nhiều sản phẩm: {names}.', en: 'The product "{value}" looks like several: {names}.' },
  'product-will-be-created': {
    vi: 'Sẽ tạo sản phẩm nháp "{value}" cho {producer}.',
    en: 'A draft product "{value}" will be created for {producer}.',
  },
  'product-created-by-row': { vi: 'Dùng sản phẩm nháp tạo ở dòng {line}.', en: 'Uses the draft product created on row {line}.' },
  'group-needed': {
    vi: 'Cần "Nhóm sản phẩm" để tạo sản phẩm mới.',
    en: '"Product group" is needed to create a new product.',
  },
  'group-unknown': { vi: 'Không có nhóm sản phẩm "{value}".', en: 'No product group "{value}".' },
  'issuer-needed': {
    vi: 'Giải cấp {level} cần "Cơ quan cấp" (tên UBND cấp xã/huyện khi trao).',
    en: 'A {level} award needs "Issuer" (the commune or district committee as named then).',
  },
  'fuzzy-match': { vi: '"{value}" được hiểu là "{match}".', en: '"{value}" read as "{match}".' },
  'former-province': { vi: '"{value}" là tên cũ, nay thuộc {province}.', en: '"{value}" is a former name, now part of {province}.' },
  'certificate-conflict': {
    vi: 'Số chứng nhận {certificate} đã dùng cho sản phẩm khác: {product}.',
    en: 'Certificate {certificate} already belongs to another product: {product}.',
  },
  'certificate-conflict-in-file': {
    vi: 'Số chứng nhận {certificate} đã dùng ở dòng {line} cho sản phẩm khác.',
    en: 'Certificate {certificate} is used on row {line} for another product.',
  },
  'duplicate-row': { vi: 'Trùng với dòng {line}.', en: 'Duplicate of row {line}.' },
  'duplicate-award-in-file': {
    vi: 'Cùng giải thưởng với dòng {line} nhưng khác thông tin; sửa một trong hai dòng.',
    en: 'The same award as row {line} with different details; correct one of the two rows.',
  },
  'duplicate-product-in-file': {
    vi: 'Sản phẩm đã có ở dòng {line} với thông tin khác; sửa một trong hai dòng.',
    en: 'The same product is on row {line} with different details; correct one of the two rows.',
  },
  'hs-code-invalid': { vi: 'Mã HS "{value}" phải gồm 4–10 chữ số.', en: 'HS code "{value}" must be 4–10 digits.' },
  'number-invalid': { vi: '"{column}": "{value}" không phải là số.', en: '"{column}": "{value}" is not a number.' },
  'currency-invalid': { vi: 'Tiền tệ "{value}" không hợp lệ (VND hoặc USD).', en: 'Currency "{value}" is not valid (VND or USD).' },
  'too-long': { vi: '"{column}" dài quá {limit} ký tự.', en: '"{column}" is longer than {limit} characters.' },
  'price-range': { vi: 'Giá từ lớn hơn giá đến.', en: 'The minimum price is above the maximum.' },
} as const satisfies Record<string, Bilingual>

export type IssueCode = keyof typeof MESSAGES

export type ImportIssue = { readonly code: IssueCode; readonly params?: Params }

export const issue = (code: IssueCode, params?: Params): ImportIssue => (params ? { code, params } : { code })

/** The issue in words; `{name}` placeholders take the issue's parameters. */
export function describeIssue(found: ImportIssue, lang: Lang): string {
  const template: string = MESSAGES[found.code][lang]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(found.params?.[name] ?? ''))
}

/** Both languages, Vietnamese first, for answers that do not know the reader's language. */
export function describeBoth(found: ImportIssue): Bilingual {
  return { vi: describeIssue(found, 'vi'), en: describeIssue(found, 'en') }
}

/** A problem with the file as a whole: nothing in it is imported. */
export class ImportFileError extends Error {
  override name = 'ImportFileError'
  readonly issue: ImportIssue
  /** The HTTP status an endpoint answers with. */
  readonly status: number
  constructor(found: ImportIssue, status = 400) {
    super(describeIssue(found, 'en'))
    this.issue = found
    this.status = status
  }
}
