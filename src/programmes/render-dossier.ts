/**
 * The finished application as one printable page in the layout centres use for an application
 * for support (đơn đề nghị hỗ trợ): national motto, title, to whom, the applicant's facts, the
 * answers, the documents attached and a signature block. Print CSS keeps it to A4 without the
 * screen's button. Every value is escaped: it is what the producer typed.
 */
import { escapeMarkup } from '../text/escape-markup'

export type DossierInput = {
  reference: string
  callTitle: string
  programme: string
  kind: string
  office: string
  status: string
  applicant: { label: string; value: string }[]
  answers: { question: string; answer: string }[]
  requestedAmount?: number | null
  counterpartFunds?: number | null
  documents: { name: string; file?: string }[]
  legalName: string
  province: string
  today: string
}

const lines = (text: string) => escapeMarkup(text).replace(/\n/g, '<br>')
const vnd = (n: number | null | undefined) => (n ? `${new Intl.NumberFormat('vi-VN').format(n)} đồng` : '…')

export function renderDossier(d: DossierInput): string {
  const facts = d.applicant
    .filter((f) => f.value.trim())
    .map((f) => `<tr><th scope="row">${escapeMarkup(f.label)}</th><td>${lines(f.value)}</td></tr>`)
    .join('')
  const answers = d.answers
    .map((a, i) => `<li><p class="q">${i + 1}. ${escapeMarkup(a.question)}</p><p>${a.answer.trim() ? lines(a.answer) : '…'}</p></li>`)
    .join('')
  const documents = d.documents.length
    ? d.documents
        .map(
          (doc) =>
            `<li>${escapeMarkup(doc.name)}` +
            `${doc.file ? ` <span class="file">(${escapeMarkup(doc.file)})</span>` : ' <span class="file">(chưa đính kèm)</span>'}</li>`,
        )
        .join('')
    : '<li>Không có</li>'
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Đơn đề nghị hỗ trợ — ${escapeMarkup(d.legalName)}</title>
<style>
body{font-family:"Times New Roman",Times,serif;font-size:13pt;line-height:1.45;max-width:48rem;margin:1.5rem auto;padding:0 1rem;color:#000;background:#fff}
.motto{text-align:center;font-weight:bold;margin:0}.motto+p{text-align:center;font-weight:bold;text-decoration:underline;margin:0 0 1.5rem}
h1{text-align:center;font-size:15pt;margin:1rem 0 .25rem}.sub{text-align:center;margin:0 0 1rem;font-style:italic}
h2{font-size:13pt;margin:1.25rem 0 .5rem}table{border-collapse:collapse;width:100%}\
th,td{border:1px solid #000;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{width:34%;font-weight:normal}ol{padding-left:1.25rem}.q{font-weight:bold;margin:.5rem 0 .25rem}.file{color:#444}
.sign{display:flex;justify-content:flex-end;margin-top:2rem}.sign div{text-align:center;width:18rem}.sign .space{height:5rem}
.print{font:inherit;font-family:system-ui,sans-serif;padding:.6rem 1rem;min-height:44px;margin-bottom:1rem}
@media print{@page{size:A4;margin:2cm 2cm 2cm 3cm}body{margin:0;max-width:none;padding:0}.print{display:none}h2,tr,li{break-inside:avoid}}
</style>
</head>
<body>
<button class="print" type="button" onclick="window.print()">In hoặc lưu PDF / Print or save as PDF</button>
<p class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p>Độc lập – Tự do – Hạnh phúc</p>
<h1>ĐƠN ĐỀ NGHỊ HỖ TRỢ KINH PHÍ KHUYẾN CÔNG</h1>
<p class="sub">${escapeMarkup(d.callTitle)} · ${escapeMarkup(d.kind)}</p>
<p>Kính gửi: ${escapeMarkup(d.office)}</p>
<p>Căn cứ ${escapeMarkup(d.programme)}, cơ sở chúng tôi đề nghị được hỗ trợ theo thông báo trên. \
Số hồ sơ: ${escapeMarkup(d.reference)} (${escapeMarkup(d.status)}).</p>
<h2>I. Thông tin cơ sở</h2>
<table><tbody>${facts}</tbody></table>
<h2>II. Nội dung đề nghị</h2>
<ol>${answers || '<li>…</li>'}</ol>
<p>Kinh phí đề nghị hỗ trợ: ${vnd(d.requestedAmount)}. Vốn đối ứng của cơ sở: ${vnd(d.counterpartFunds)}.</p>
<h2>III. Hồ sơ kèm theo</h2>
<ol>${documents}</ol>
<p>Cơ sở cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật.</p>
<div class="sign"><div><p><em>${escapeMarkup(d.province)}, ${escapeMarkup(d.today)}</em></p>\
<p><strong>ĐẠI DIỆN CƠ SỞ</strong><br><em>(Ký, ghi rõ họ tên, đóng dấu nếu có)</em></p><div class="space"></div>\
<p>${escapeMarkup(d.legalName)}</p></div></div>
</body>
</html>
`
}
