/**
 * Printable showroom labels as one HTML page: an A4 sheet of eight labels, or one label per page
 * (A6). Print CSS sets the page size; on screen a bar explains how to print. The QR code is an
 * inline SVG from the `qrcode` package, sharp at any printer resolution.
 */
import QRCode from 'qrcode'
import type { Label } from '../../src/labels/build-label'
import { escapeMarkup } from '../../src/text/escape-markup'

export type LabelLayout = 'sheet' | 'single'

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:"Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#eee}
.bar{background:#fff;border-bottom:1px solid #ccc;padding:12px 16px;display:flex;gap:12px;flex-wrap:wrap;align-items:center}
.bar button{font:inherit;padding:6px 14px;cursor:pointer}
.sheet{display:grid;grid-template-columns:repeat(2,95mm);grid-auto-rows:66mm;gap:4mm;padding:10mm;justify-content:center}
.single .label{width:93mm;height:130mm;margin:10mm auto;grid-template-columns:1fr;grid-template-rows:auto auto 1fr auto}
.single .qr{width:48mm;height:48mm;justify-self:center}
.label{background:#fff;border:0.4mm solid #7a5c1e;border-radius:2mm;padding:4mm;display:grid;\
grid-template-columns:1fr 28mm;grid-template-rows:auto 1fr auto;gap:1.5mm 3mm;overflow:hidden;break-inside:avoid}
.award{grid-column:1/-1;font-size:7.5pt;line-height:1.25;color:#7a5c1e;border-bottom:0.3mm solid #d8c49a;padding-bottom:1.5mm}
.award b{display:block;font-size:8.5pt}
.award:empty{border:0;padding:0}
.names h2{margin:0;font-size:12.5pt;line-height:1.2}.names .en{margin:0.5mm 0 0;font-size:9.5pt;font-style:italic;color:#333}
.names .brand{margin:2mm 0 0;font-size:8.5pt}.names .place{margin:0.5mm 0 0;font-size:8pt;color:#555}
.qr{width:28mm;height:28mm;align-self:start}.qr svg{width:100%;height:100%;display:block}
.foot{grid-column:1/-1;font-size:7pt;color:#444;word-break:break-all}
.empty{padding:24px;font-size:14pt;background:#fff;margin:16px}
@media print{body{background:#fff}.bar{display:none}.sheet{padding:0;gap:4mm}.single .label{margin:0 auto;break-after:page}}
`

async function renderLabel(label: Label): Promise<string> {
  const qr = await QRCode.toString(label.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
  const award = label.award ? `<div class="award"><b>${escapeMarkup(label.award.vi)}</b>${escapeMarkup(label.award.en)}</div>` : '<div class="award"></div>'
  return `<article class="label" data-label="${escapeMarkup(String(label.id))}" data-url="${escapeMarkup(label.url)}">${award}
<div class="names"><h2 lang="vi">${escapeMarkup(label.nameVi)}</h2>${label.nameEn ? `<p class="en" lang="en">${escapeMarkup(label.nameEn)}</p>` : ''}
<p class="brand">Cơ sở / Producer: <strong>${escapeMarkup(label.brand)}</strong></p>\
${label.province ? `<p class="place">${escapeMarkup(label.province)}</p>` : ''}</div>
<div class="qr" role="img" aria-label="QR: ${escapeMarkup(label.url)}">${qr}</div>
<div class="foot">Quét mã để xem sản phẩm và hiệu lực giải thưởng · Scan for the product and its award's validity<br>\
${escapeMarkup(label.url)}</div></article>`
}

export async function renderLabels(labels: readonly Label[], layout: LabelLayout, note?: string): Promise<string> {
  const body = labels.length
    ? `<main class="${layout === 'single' ? 'single' : 'sheet'}">${(await Promise.all(labels.map(renderLabel))).join('\n')}</main>`
    : '<p class="empty">Không có sản phẩm đã công bố nào để in nhãn. · No published product to label.</p>'
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Nhãn trưng bày · Showroom labels</title>\
<style>${STYLE}${layout === 'single' ? '@page{size:A6;margin:0}' : '@page{size:A4;margin:10mm}'}</style></head><body>
<div class="bar"><strong>${labels.length} nhãn · labels</strong>\
<span>In bằng Ctrl+P (khổ ${layout === 'single' ? 'A6' : 'A4'}, tỷ lệ 100%) · \
Print with Ctrl+P (${layout === 'single' ? 'A6' : 'A4'}, 100% scale)</span>\
${note ? `<span>${escapeMarkup(note)}</span>` : ''}</div>
${body}</body></html>`
}
