// Renderers: PDF (pdfkit), text tables, HTML tables, XLSX (exceljs), CSV, scans (pdfjs + sharp), EML (nodemailer).
import PDFDocument from 'pdfkit';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import MailComposerMod from 'nodemailer/lib/mail-composer';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fmtNum, fmtQty, fmtDate, pickLabels, rng, COUNTRY_NAMES, COUNTRY_PREFIX, hashStr } from './lib.ts';
import type { Order, Addr, Col } from './model.ts';

const FONTS: Record<string, [string, string]> = {
  sans: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  cond: ['/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf'],
  lib: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
  serif: ['/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'],
  mono: ['/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf'],
};
export const NW = {
  name: 'Northwind Industrial Supply', street: 'Hafenstraße 120', pc: '47119', city: 'Duisburg', country: 'DE', email: 'orders@northwind-supply.example',
};
export function addrLines(a: Addr, lang: string, mode: 'country' | 'prefix' = 'country'): string[] {
  const L: string[] = [];
  if (a.name) L.push(a.name);
  if (a.street) L.push(...a.street.split('\n'));
  const c = a.country ?? 'DE';
  const pc = mode === 'prefix' ? COUNTRY_PREFIX[c] + a.postalCode : a.postalCode;
  if (c === 'GB') { L.push(a.city + (a.region ? ', ' + a.region : '')); L.push(a.postalCode!); }
  else if (c === 'IT' || c === 'ES') L.push(`${pc} ${a.city}${a.region ? ` (${a.region})` : ''}`);
  else L.push(`${pc} ${a.city}${a.region ? ' ' + a.region : ''}`);
  if (mode === 'country' || c === 'GB' || !COUNTRY_PREFIX[c]) L.push(COUNTRY_NAMES[c][lang]);
  return L;
}
export function nwLines(lang: string): string[] {
  return [NW.name, NW.street, `${NW.pc} ${NW.city}`, COUNTRY_NAMES.DE[lang]];
}
export function money(o: Order, n: number) { return fmtNum(n, o.numFmt); }
export function d(o: Order, iso: string | null) { return iso ? fmtDate(iso, o.dateFmt, o.lang) : ''; }

export interface PdfStyle {
  font?: keyof typeof FONTS; table?: 'ruled' | 'borderless' | 'zebra'; repeatHeader?: boolean; accent?: string; align?: 'left' | 'right' | 'center';
  creator?: string; footer?: string[]; carry?: boolean; supplierBlock?: boolean; size?: 'A4' | 'LETTER'; labelSeed?: string; labels?: Record<string, string>;
  colLabels?: Partial<Record<Col, string>>; titleOverride?: string; signature?: boolean; fontSize?: number; extraMeta?: [string, string][]; pageHeader?: boolean;
}
export function labelsFor(o: Order, st: { labelSeed?: string; labels?: Record<string, string> } = {}) {
  return { ...pickLabels(o.lang, rng('labels:' + (st.labelSeed ?? o.id))), ...(st.labels ?? {}) };
}
export function cellText(o: Order, l: Order['lines'][number], c: Col): string {
  switch (c) {
    case 'pos': return l.pos ?? '';
    case 'custMat': return l.custMat ?? '';
    case 'sku': return l.sku ?? '';
    case 'desc': return o.skuInDesc && l.sku ? `[${l.sku}] ${l.description}` : l.description;
    case 'qty': return fmtQty(l.quantity, o.numFmt, o.sap3);
    case 'unit': return l.unit ?? '';
    case 'price': return l.unitPrice == null ? '' : money(o, l.unitPrice);
    case 'disc': return l.discPct ? fmtNum(l.discPct, o.numFmt, l.discPct % 1 ? 1 : 0) + ' %' : '';
    case 'amount': return l.amount == null ? '' : money(o, l.amount);
    case 'date': return d(o, l.requestedDate);
  }
}
export function colHeader(o: Order, L: Record<string, string>, c: Col, st: PdfStyle = {}): string {
  if (st.colLabels?.[c]) return st.colLabels[c]!;
  const m: Record<Col, string> = { pos: L.pos, custMat: L.custMat, sku: L.sku, desc: L.desc, qty: L.qty, unit: L.unit, price: L.price, disc: L.disc, amount: L.amount, date: L.lineDate };
  return m[c];
}
export const RIGHT: Col[] = ['qty', 'price', 'disc', 'amount'];

export function totalsRows(o: Order, L: Record<string, string>): [string, string, boolean][] {
  const rows: [string, string, boolean][] = [];
  if (o.showSubtotal) rows.push([L.subtotal, money(o, o.goodsSum), false]);
  if (o.discountAmt) rows.push([`${L.discount} ${fmtNum(o.discountPct!, o.numFmt, o.discountPct! % 1 ? 1 : 0)} %`, '-' + money(o, o.discountAmt), false]);
  if (o.shipping != null && !o.freightInTable) rows.push([L.shipping, money(o, o.shipping), false]);
  if (o.tax != null) rows.push([`${L.tax} ${fmtNum(o.taxRate!, o.numFmt, o.taxRate! % 1 ? 1 : 0)} %`, money(o, o.tax), false]);
  rows.push([`${L.total} ${o.curPrinted}`.trim(), money(o, o.total), true]);
  return rows;
}

export async function renderPdf(o: Order, st: PdfStyle = {}): Promise<{ buf: Buffer; pages: number }> {
  const L = labelsFor(o, st);
  const [FR, FB] = FONTS[st.font ?? 'sans'];
  const fs0 = st.fontSize ?? 8.5;
  const size = st.size ?? 'A4';
  const doc = new PDFDocument({ size, margins: { top: 36, bottom: 10, left: 45, right: 45 }, bufferPages: true, autoFirstPage: true,
    info: { Title: `${L.title} ${o.poNumber ?? ''}`.trim(), Creator: st.creator ?? 'Microsoft Word', Producer: st.creator ?? 'Microsoft Word', CreationDate: new Date((o.orderDate ?? '2026-10-01') + 'T09:00:00Z') } as any });
  const bufs: Buffer[] = []; doc.on('data', (b: Buffer) => bufs.push(b)); const done = new Promise(res => doc.on('end', res));
  const PW = doc.page.width, PH = doc.page.height, M = 45, CW = PW - 2 * M, BOTTOM = PH - 70;
  const accent = st.accent ?? '#1f3a5f';
  const align = st.align ?? 'left';
  let y = 36;
  const txt = (s: string, x: number, yy: number, opt: any = {}) => { doc.text(s, x, yy, { lineBreak: true, ...opt }); };
  // letterhead
  doc.font(FB).fontSize(16).fillColor(accent); txt(o.company, M, y, { width: CW, align });
  y = doc.y + 2;
  const la = o.letterAddr; const mode = (o as any).addrMode ?? 'country';
  const lh = [la.street?.split('\n').join(', '), `${mode === 'prefix' ? COUNTRY_PREFIX[la.country!] : ''}${la.postalCode} ${la.city}${la.region ? ` (${la.region})` : ''}`, COUNTRY_NAMES[la.country!][o.lang]];
  if (o.phone && !o.phoneLabelled) lh.push(o.phone);
  if (o.web) lh.push(o.web);
  doc.font(FR).fontSize(7.5).fillColor('#444'); txt(lh.join('  ·  '), M, y, { width: CW, align });
  y = doc.y + 6; doc.moveTo(M, y).lineTo(PW - M, y).lineWidth(0.8).strokeColor(accent).stroke(); y += 10;
  // supplier block (left) + title/meta (right)
  const topY = y; let ly = y;
  if (st.supplierBlock !== false) {
    doc.font(FR).fontSize(6.5).fillColor('#666'); txt(L.supplier + ':', M, ly); ly = doc.y + 1;
    doc.font(FR).fontSize(fs0 + 0.5).fillColor('#000'); txt(nwLines(o.lang).join('\n'), M, ly, { width: 230 }); ly = doc.y + 2;
    if (o.supplierNo) { doc.fontSize(fs0 - 0.5); txt(`${L.supplierNo}: ${o.supplierNo}`, M, ly); ly = doc.y; }
  }
  const rx = M + 270; let ry = topY;
  doc.font(FB).fontSize(15).fillColor(accent); txt(st.titleOverride ?? L.title, rx, ry, { width: CW - 270 }); ry = doc.y + 4;
  const meta: [string, string][] = [];
  if (o.poNumber) meta.push([L.poNo, o.poNumber]);
  if (o.orderDate) meta.push([L.date, d(o, o.orderDate)]);
  if (o.contactName) meta.push([L.contact, o.contactName]);
  if (o.phone && o.phoneLabelled) meta.push([L.phone, o.phone]);
  if (o.email) meta.push([L.email, o.email]);
  if (o.quoteRef) meta.push([({ de: 'Ihr Angebot', fr: 'Votre offre', es: 'Su oferta', it: 'Vs. offerta', nl: 'Uw offerte', en: 'Your quote' } as any)[o.lang], o.quoteRef]);
  if (o.costCenter) meta.push([({ de: 'Kostenstelle', fr: 'Centre de coût', es: 'Centro de coste', it: 'Centro di costo', nl: 'Kostenplaats', en: 'Cost centre' } as any)[o.lang], o.costCenter]);
  for (const m of st.extraMeta ?? []) meta.push(m);
  for (const [k, v] of meta) {
    let kf = fs0; doc.font(FR); while (kf > 5.5 && doc.fontSize(kf).widthOfString(k + ':') > 94) kf -= 0.5;
    doc.fillColor('#333'); txt(k + ':', rx, ry, { width: 95 });
    let vf = fs0; doc.font(FB); while (vf > fs0 - 1.5 && doc.fontSize(vf).widthOfString(v) > CW - 270 - 97 - 6) vf -= 0.5;
    if (doc.widthOfString(v) > CW - 270 - 97 - 6) { ry = doc.y; while (vf > 5.5 && doc.fontSize(vf).widthOfString(v) > CW - 270 - 8) vf -= 0.5; doc.fillColor('#000'); txt(v, rx, ry, { width: CW - 270 }); }
    else { doc.fillColor('#000'); txt(v, rx + 97, ry, { width: CW - 270 - 97 }); }
    doc.fontSize(fs0); ry = doc.y + 1.5;
  }
  y = Math.max(ly, ry) + 12;
  // addresses
  const blocks: [string, string[]][] = [];
  if (o.shipTo && o.shipToMode === 'block') blocks.push([L.shipTo, addrLines(o.shipTo, o.lang, mode)]);
  if (o.billTo && o.billToMode === 'block') blocks.push([L.billTo, addrLines(o.billTo, o.lang, mode)]);
  let by = y;
  blocks.forEach(([lab, lines], i) => {
    const x = M + i * 250;
    doc.font(FB).fontSize(fs0).fillColor(accent); txt(lab, x, y, { width: 240 });
    doc.font(FR).fontSize(fs0).fillColor('#000'); txt(lines.join('\n'), x, doc.y + 1, { width: 240 }); by = Math.max(by, doc.y);
  });
  y = by + 8;
  const asLetter = { de: 'wie oben (Briefkopf)', fr: 'identique à l\'adresse ci-dessus', es: 'la indicada en el membrete', it: 'come da intestazione', nl: 'zie briefhoofd', en: 'as letterhead address above' } as any;
  const m2: [string, string][] = [];
  if (o.shipToMode === 'asLetter') m2.push([L.shipTo, asLetter[o.lang]]);
  if (o.billToMode === 'asLetter') m2.push([L.billTo, asLetter[o.lang]]);
  if (o.reqDate) m2.push([L.delDate, d(o, o.reqDate)]);
  if (o.paymentTerms) m2.push([L.terms, o.paymentTerms]);
  if (o.shippingMethod) m2.push([L.shipVia, o.shippingMethod]);
  if (o.incoterms) m2.push([L.incoterms, o.incoterms]);
  if (o.currency && !o.curPrinted) m2.push([({ de: 'Währung', fr: 'Devise', es: 'Moneda', it: 'Valuta', nl: 'Valuta', en: 'Currency' } as any)[o.lang], o.currency]);
  for (let i = 0; i < m2.length; i += 2) {
    let rowMax = y;
    for (let j = 0; j < 2 && i + j < m2.length; j++) {
      const [k, v] = m2[i + j]; const x = M + j * 250;
      let lf = fs0; doc.font(FR); while (lf > 5.5 && doc.fontSize(lf).widthOfString(k + ':') > 98) lf -= 0.5;
      doc.fillColor('#333'); txt(k + ':', x, y, { width: 100 });
      doc.font(FB).fontSize(fs0).fillColor('#000'); txt(v, x + 102, y, { width: 145 }); rowMax = Math.max(rowMax, doc.y);
    }
    y = rowMax + 3;
  }
  y += 6;
  doc.font(FR).fontSize(fs0).fillColor('#000'); txt(L.intro, M, y, { width: CW }); y = doc.y + 6;
  // table
  const W: Record<Col, number> = { pos: 34, custMat: 58, sku: 88, desc: 0, qty: 44, unit: 36, price: 56, disc: 38, amount: 64, date: 54 };
  const cols = o.cols;
  const pricedHeader0 = (c: Col) => (c === 'price' || c === 'amount') && o.curPrinted ? `${colHeader(o, L, c, st)} ${o.curPrinted}` : colHeader(o, L, c, st);
  let tfs = fs0;
  for (;;) {
    for (const c of cols) {
      if (c === 'desc') continue;
      doc.font(FR).fontSize(tfs); const cw = Math.max(...o.lines.map(l => doc.widthOfString(cellText(o, l, c))), c === 'amount' && o.shipping != null ? doc.widthOfString(money(o, o.shipping)) : 0);
      doc.font(FB).fontSize(tfs - 0.5); const hw = Math.max(...pricedHeader0(c).split(/\s+/).map(w => doc.widthOfString(w)));
      W[c] = Math.ceil(Math.max(cw, hw) + 9);
    }
    W.desc = CW - cols.filter(c => c !== 'desc').reduce((a, c) => a + W[c], 0);
    if (W.desc >= 150 || tfs <= 6.5) break;
    tfs -= 0.5;
  }
  const fsT = tfs;
  const xs: number[] = []; { let x = M; for (const c of cols) { xs.push(x); x += W[c]; } }
  const table = st.table ?? 'borderless';
  const pricedHeader = (c: Col) => (c === 'price' || c === 'amount') && o.curPrinted ? `${colHeader(o, L, c, st)} ${o.curPrinted}` : colHeader(o, L, c, st);
  const drawHeader = () => {
    doc.font(FB).fontSize(fsT - 0.5);
    const hh = Math.max(...cols.map((c, i) => doc.heightOfString(pricedHeader(c), { width: W[c] - 6 }))) + 6;
    if (table !== 'borderless') { doc.rect(M, y, CW, hh).fillColor(table === 'zebra' ? accent : '#e4e4e4').fill(); }
    cols.forEach((c, i) => { doc.fillColor(table === 'zebra' ? '#fff' : '#000'); txt(pricedHeader(c), xs[i] + 3, y + 3, { width: W[c] - 6, align: RIGHT.includes(c) ? 'right' : 'left' }); });
    if (table === 'ruled') cols.forEach((c, i) => doc.rect(xs[i], y, W[c], hh).lineWidth(0.5).strokeColor('#555').stroke());
    y += hh; if (table === 'borderless') { doc.moveTo(M, y).lineTo(PW - M, y).lineWidth(0.8).strokeColor('#000').stroke(); } y += 2;
  };
  drawHeader();
  let running = 0;
  const rows: { cells: string[]; bold?: boolean }[] = o.lines.map(l => ({ cells: cols.map(c => cellText(o, l, c)) }));
  if (o.freightInTable && o.shipping != null) rows.push({ cells: cols.map(c => c === 'desc' ? L.shipping : c === 'amount' ? money(o, o.shipping!) : '') });
  rows.forEach((row, ri) => {
    doc.font(FR).fontSize(fsT);
    const h = Math.max(...cols.map((c, i) => doc.heightOfString(row.cells[i] || ' ', { width: W[c] - 6 }))) + 5;
    if (y + h > BOTTOM) {
      if (st.carry) { doc.font(FR).fontSize(fs0 - 0.5); txt(`${({ de: 'Übertrag', fr: 'À reporter', es: 'Suma y sigue', it: 'Da riportare', nl: 'Transport', en: 'Carried forward' } as any)[o.lang]}: ${money(o, running)}`, M, y + 4, { width: CW, align: 'right' }); }
      doc.addPage(); y = 40;
      if (st.pageHeader) { doc.font(FR).fontSize(7.5).fillColor('#444'); txt(`${o.company} – ${L.title} ${o.poNumber ?? ''}`, M, y, { width: CW }); y = doc.y + 8; }
      if (st.repeatHeader) drawHeader();
      doc.font(FR).fontSize(fsT);
    }
    if (table === 'zebra' && ri % 2 === 1) doc.rect(M, y, CW, h).fillColor('#eef2f7').fill();
    cols.forEach((c, i) => { doc.fillColor('#000'); txt(row.cells[i], xs[i] + 3, y + 2.5, { width: W[c] - 6, align: RIGHT.includes(c) ? 'right' : 'left' }); });
    if (table === 'ruled') cols.forEach((c, i) => doc.rect(xs[i], y, W[c], h).lineWidth(0.4).strokeColor('#777').stroke());
    y += h; running = round(running + (ri < o.lines.length ? o.lines[ri].amount ?? 0 : 0));
  });
  if (table !== 'ruled') { doc.moveTo(M, y + 1).lineTo(PW - M, y + 1).lineWidth(0.6).strokeColor('#000').stroke(); }
  y += 8;
  // totals
  const tr = o.noTotals ? [] : totalsRows(o, L);
  if (y + tr.length * 13 + 20 > BOTTOM) { doc.addPage(); y = 50; }
  for (const [k, v, b] of tr) {
    doc.font(b ? FB : FR).fontSize(b ? fs0 + 1 : fs0).fillColor('#000');
    txt(k, PW - M - 260, y, { width: 180, align: 'right' }); txt(v, PW - M - 78, y, { width: 78, align: 'right' }); y = doc.y + 3;
  }
  y += 10;
  // notes, fine print, signature
  const notes = [...o.notes];
  if (notes.length) {
    doc.font(FB).fontSize(fs0).fillColor('#000');
    for (const n of notes) { if (y > BOTTOM - 20) { doc.addPage(); y = 50; } txt(n, M, y, { width: CW }); y = doc.y + 3; }
    y += 4;
  }
  if (st.signature !== false && o.contactName) {
    if (y > BOTTOM - 50) { doc.addPage(); y = 50; }
    doc.font(FR).fontSize(fs0).fillColor('#000'); txt(`${L.greet}\n${o.company}\n\n${o.lang === 'de' ? 'i. A. ' : ''}${o.contactName}`, M, y, { width: 250 }); y = doc.y + 6;
  }
  if (o.finePrint.length) {
    doc.font(FR).fontSize(6.5).fillColor('#555');
    for (const f of o.finePrint) { if (y > BOTTOM - 10) { doc.addPage(); y = 50; } txt(f, M, y, { width: CW }); y = doc.y + 2; }
  }
  // footers
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.font(FR).fontSize(6.5).fillColor('#555');
    const foot = [...(st.footer ?? [o.registry]), `${L.page} ${i + 1} ${L.of} ${range.count}`];
    let fy = PH - 56;
    doc.moveTo(M, fy - 3).lineTo(PW - M, fy - 3).lineWidth(0.4).strokeColor('#999').stroke();
    for (const f of foot) { doc.text(f, M, fy, { width: CW, align: 'center', lineBreak: false }); fy += 9; }
  }
  doc.end(); await done;
  return { buf: Buffer.concat(bufs), pages: range.count };
}
const round = (n: number) => Math.round(n * 100) / 100;

// ---------- text table (mail bodies / txt) ----------
export function textTable(headers: string[], rows: string[][], right: boolean[], sep = '  ', rule = '-'): string {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => right[i] ? (c ?? '').padStart(w[i]) : (c ?? '').padEnd(w[i])).join(sep).replace(/\s+$/, '');
  const out = [fmt(headers)];
  if (rule) out.push(w.map(x => rule.repeat(x)).join(sep));
  for (const r of rows) out.push(fmt(r));
  return out.join('\n');
}
export function orderTextTable(o: Order, L: Record<string, string>, sep = '  ', rule = '-'): string {
  const cols = o.cols;
  return textTable(cols.map(c => colHeader(o, L, c)), o.lines.map(l => cols.map(c => cellText(o, l, c))), cols.map(c => RIGHT.includes(c)), sep, rule);
}
export function orderHtmlTable(o: Order, L: Record<string, string>, style: 'outlook' | 'plain' | 'zebra' = 'outlook'): string {
  const cols = o.cols;
  const th = style === 'outlook' ? 'style="border:1px solid #999;background:#dde4ee;padding:3px 6px;font-family:Calibri,Arial;font-size:11pt"' : style === 'zebra' ? 'style="background:#2b4a6f;color:#fff;padding:4px 8px"' : 'align="left"';
  const td = (c: Col, i: number) => `style="${style === 'outlook' ? 'border:1px solid #999;' : ''}padding:3px 6px;${RIGHT.includes(c) ? 'text-align:right;' : ''}${style === 'zebra' && i % 2 ? 'background:#eef2f7;' : ''}"`;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  let h = `<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr>${cols.map(c => `<th ${th}>${esc(colHeader(o, L, c))}</th>`).join('')}</tr>\n`;
  o.lines.forEach((l, i) => { h += `<tr>${cols.map(c => `<td ${td(c, i)}>${esc(cellText(o, l, c))}</td>`).join('')}</tr>\n`; });
  h += '</table>';
  return h;
}
export function totalsText(o: Order, L: Record<string, string>, width = 60): string {
  return totalsRows(o, L).map(([k, v]) => (k + ':').padEnd(width - 14) + v.padStart(14)).join('\n');
}
export function totalsHtml(o: Order, L: Record<string, string>): string {
  return `<table style="margin-top:8px">${totalsRows(o, L).map(([k, v, b]) => `<tr><td style="padding:2px 12px 2px 0">${b ? '<b>' : ''}${k}${b ? '</b>' : ''}</td><td style="text-align:right">${b ? '<b>' : ''}${v}${b ? '</b>' : ''}</td></tr>`).join('')}</table>`;
}

// ---------- spreadsheets ----------
export async function renderXlsx(o: Order, opt: { sheet?: string; labels?: Record<string, string>; dateCells?: boolean; header?: [string, any][]; formulas?: boolean; creator?: string } = {}): Promise<Buffer> {
  const L = { ...labelsFor(o), ...(opt.labels ?? {}) };
  const wb = new ExcelJS.Workbook(); wb.creator = opt.creator ?? o.contactName ?? 'Excel'; wb.created = new Date((o.orderDate ?? '2026-10-01') + 'T08:00:00Z'); wb.modified = wb.created;
  const ws = wb.addWorksheet(opt.sheet ?? L.title);
  ws.addRow([o.company]).font = { bold: true, size: 14 };
  const la = o.letterAddr; ws.addRow([`${la.street?.replace(/\n/g, ', ')}, ${la.postalCode} ${la.city}, ${COUNTRY_NAMES[la.country!][o.lang]}`]);
  ws.addRow([]);
  ws.addRow([L.title]).font = { bold: true, size: 12 };
  const dv = (iso: string | null) => iso == null ? '' : opt.dateCells ? new Date(iso + 'T00:00:00Z') : d(o, iso);
  const meta: [string, any][] = [];
  if (o.poNumber) meta.push([L.poNo, o.poNumber]);
  if (o.orderDate) meta.push([L.date, dv(o.orderDate)]);
  if (o.reqDate) meta.push([L.delDate, dv(o.reqDate)]);
  if (o.contactName) meta.push([L.contact, o.contactName]);
  if (o.phone) meta.push([L.phone, o.phone]);
  if (o.email) meta.push([L.email, o.email]);
  if (o.paymentTerms) meta.push([L.terms, o.paymentTerms]);
  if (o.shippingMethod) meta.push([L.shipVia, o.shippingMethod]);
  if (o.incoterms) meta.push([L.incoterms, o.incoterms]);
  meta.push(...(opt.header ?? []));
  for (const [k, v] of meta) { const r = ws.addRow([k, v]); r.getCell(1).font = { bold: true }; if (v instanceof Date) r.getCell(2).numFmt = 'dd.mm.yyyy'; }
  ws.addRow([]);
  const ad: [string, Addr][] = []; if (o.shipTo && o.shipToMode === 'block') ad.push([L.shipTo, o.shipTo]); if (o.billTo && o.billToMode === 'block') ad.push([L.billTo, o.billTo]);
  if (ad.length) {
    const ls = ad.map(([, a]) => addrLines(a, o.lang));
    ws.addRow(ad.map(([k]) => k).flatMap(k => [k, '', ''])).font = { bold: true };
    for (let i = 0; i < Math.max(...ls.map(x => x.length)); i++) ws.addRow(ls.flatMap(x => [x[i] ?? '', '', '']));
    ws.addRow([]);
  }
  const cols = o.cols;
  const hr = ws.addRow(cols.map(c => colHeader(o, L, c))); hr.font = { bold: true }; hr.eachCell(c => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; c.border = { bottom: { style: 'thin' } }; });
  const first = hr.number + 1;
  o.lines.forEach((l, i) => {
    const vals = cols.map(c => c === 'qty' ? l.quantity : c === 'price' ? l.unitPrice : c === 'amount' ? l.amount : c === 'disc' ? l.discPct : c === 'pos' ? (l.pos && /^\d+$/.test(l.pos) && l.pos.length < 5 ? Number(l.pos) : l.pos) : c === 'date' ? dv(l.requestedDate) : cellText(o, l, c));
    const row = ws.addRow(vals);
    cols.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      if (c === 'price' || c === 'amount') cell.numFmt = '#,##0.00';
      if (c === 'amount' && opt.formulas && cols.includes('qty') && cols.includes('price')) {
        const q = String.fromCharCode(65 + cols.indexOf('qty')) + row.number, p = String.fromCharCode(65 + cols.indexOf('price')) + row.number;
        cell.value = { formula: `${q}*${p}`, result: l.amount } as any;
      }
    });
  });
  const last = first + o.lines.length - 1;
  ws.addRow([]);
  const ac = cols.indexOf('amount');
  for (const [k, v, b] of totalsRows(o, L)) {
    const row = ws.addRow([]); const lc = Math.max(1, ac); row.getCell(lc).value = k;
    const num = Number(v.replace(/[.'\s\u00a0]/g, '').replace(',', '.'));
    const vc = row.getCell(lc + 1); vc.value = o.numFmt === 'en' || o.numFmt === 'ch' ? Number(v.replace(/[,'\s]/g, '')) : num; vc.numFmt = '#,##0.00';
    if (b) row.font = { bold: true };
  }
  void last;
  ws.columns.forEach((c, i) => { c.width = cols[i] === 'desc' ? 48 : 14; });
  const RealDate = Date; const fixed = RealDate.UTC(2026, 9, 1, 8, 0, 0);
  class FixedDate extends RealDate { constructor(...a: any[]) { if (a.length === 0) super(fixed); else super(...(a as [any])); } static now() { return fixed; } }
  (globalThis as any).Date = FixedDate;
  try { return Buffer.from(await wb.xlsx.writeBuffer()); } finally { (globalThis as any).Date = RealDate; }
}
export function csvEsc(s: string, sep = ';') { return /[;"\n,]/.test(s) && (s.includes(sep) || s.includes('"') || s.includes('\n')) ? `"${s.replace(/"/g, '""')}"` : s; }

// ---------- scans ----------
export async function rasterize(pdf: Buffer, dpi: number, pageNo = 1): Promise<Buffer> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/', verbosity: 0 } as any).promise;
  const page = await doc.getPage(pageNo);
  const vp = page.getViewport({ scale: dpi / 72 });
  const cf = (doc as any).canvasFactory;
  const { canvas, context } = cf.create(Math.round(vp.width), Math.round(vp.height));
  context.fillStyle = '#ffffff'; context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport: vp, canvas } as any).promise;
  return canvas.toBuffer('image/png');
}
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/', verbosity: 0 } as any).promise;
  let t = '';
  for (let i = 1; i <= doc.numPages; i++) { const p = await doc.getPage(i); const tc = await p.getTextContent(); t += tc.items.map((x: any) => x.str + (x.hasEOL ? '\n' : ' ')).join('') + '\n'; }
  return { text: t, pages: doc.numPages };
}
function noise(w: number, h: number, seed: string, amp: number, density: number): Buffer {
  const r = rng(seed); const b = Buffer.alloc(w * h, 255);
  for (let i = 0; i < w * h; i++) if (r.next() < density) b[i] = Math.max(0, 255 - Math.floor(r.next() * amp));
  return b;
}
export async function faxTiff(png: Buffer, seed: string, header: string): Promise<Buffer> {
  const m = await sharp(png).metadata(); const w = m.width!, h = m.height!;
  const svg = `<svg width="${w}" height="${h}" xmlns="http://www.w3.org/2000/svg"><text x="40" y="38" font-family="DejaVu Sans Mono" font-size="26" fill="#000">${header.replace(/&/g, '&amp;')}</text></svg>`;
  const r0 = await sharp(png).flatten({ background: '#fff' }).grayscale().rotate(0.35, { background: '#fff' }).png().toBuffer();
  const r1 = await sharp(r0).resize(w, h, { fit: 'cover' }).png().toBuffer();
  const base = await sharp(r1)
    .composite([{ input: Buffer.from(svg) }, { input: noise(w, h, seed, 255, 0.004), raw: { width: w, height: h, channels: 1 }, blend: 'multiply' }]).png().toBuffer();
  const bw = sharp(base).flatten({ background: '#fff' }).grayscale().blur(0.5).threshold(170).toColourspace('b-w');
  try { return await bw.clone().tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 200 / 25.4, yres: 200 / 25.4 } as any).toBuffer(); }
  catch { return await bw.tiff({ compression: 'lzw', bitdepth: 1, xres: 200 / 25.4, yres: 200 / 25.4 } as any).toBuffer(); }
}
export async function greyScan(png: Buffer, seed: string, angle: number): Promise<Buffer> {
  const m = await sharp(png).metadata(); const w = m.width!, h = m.height!;
  const rot0 = await sharp(png).flatten({ background: '#fff' }).grayscale().rotate(angle, { background: '#f4f4f4' }).png().toBuffer();
  const rot = await sharp(rot0).resize(w, h, { fit: 'cover' }).png().toBuffer();
  return await sharp(rot).composite([{ input: noise(w, h, seed, 90, 0.02), raw: { width: w, height: h, channels: 1 }, blend: 'multiply' }])
    .blur(0.6).linear(0.82, 22).grayscale().png().toBuffer();
}
export async function phonePhoto(png: Buffer, seed: string): Promise<Buffer> {
  const m = await sharp(png).metadata(); const w = m.width!, h = m.height!;
  const pad = Math.round(w * 0.07);
  const page = await sharp(png).flatten({ background: '#fff' }).extend({ top: pad, bottom: pad, left: pad, right: pad, background: '#6b5a48' }).png().toBuffer();
  const W = w + 2 * pad, H = h + 2 * pad;
  const a1 = await sharp(page).affine([[1, 0.025], [-0.012, 1]], { background: '#6b5a48' }).png().toBuffer();
  const a2 = await sharp(a1).rotate(-2.4, { background: '#5e4f40' }).png().toBuffer();
  const sheared = await sharp(a2).resize(W, H, { fit: 'cover' }).png().toBuffer();
  const light = `<svg width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg"><defs><radialGradient id="g" cx="0.3" cy="0.25" r="0.95"><stop offset="0" stop-color="#ffffff"/><stop offset="0.6" stop-color="#d9d2c4"/><stop offset="1" stop-color="#8a8070"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  const lit = await sharp(sheared).composite([{ input: Buffer.from(light), blend: 'multiply' }]).png().toBuffer();
  return await sharp(lit).blur(1.1).modulate({ saturation: 0.9 }).resize(Math.round(W * 0.75)).jpeg({ quality: 68 }).toBuffer();
}
export async function imagePdf(img: Buffer, creator: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Creator: creator, Producer: creator, CreationDate: new Date('2026-10-01T00:00:00Z') } as any });
  const bufs: Buffer[] = []; doc.on('data', (b: Buffer) => bufs.push(b)); const done = new Promise(res => doc.on('end', res));
  doc.image(img, 0, 0, { width: doc.page.width, height: doc.page.height }); doc.end(); await done; return Buffer.concat(bufs);
}

// ---------- email ----------
const MailComposer: any = (MailComposerMod as any).default ?? MailComposerMod;
export interface Mail {
  from: string; to?: string; cc?: string; subject: string; date: string; messageId: string; text?: string; html?: string;
  attachments?: { filename: string; content: Buffer | string; contentType: string }[]; headers?: Record<string, string>; inReplyTo?: string; references?: string;
}
export function rfc2822(dateIso: string): string {
  const m = dateIso.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-]\d{2}):?(\d{2})$/)!;
  const dt = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${days[dt.getUTCDay()]}, ${m[3]} ${mons[+m[2] - 1]} ${m[1]} ${m[4]}:${m[5]}:${m[6]} ${m[7]}${m[8]}`;
}
export async function buildEml(mail: Mail): Promise<string> {
  const mc = new MailComposer({
    from: mail.from, to: mail.to ?? 'Northwind Industrial Supply <orders@northwind-supply.example>', cc: mail.cc, subject: mail.subject,
    date: new Date(mail.date), messageId: mail.messageId, text: mail.text, html: mail.html, attachments: mail.attachments, headers: mail.headers,
    inReplyTo: mail.inReplyTo, references: mail.references,
  });
  const buf: Buffer = await mc.compile().build();
  let s = buf.toString('utf8');
  const tag = (hashStr(mail.messageId) >>> 0).toString(16).padStart(8, '0');
  const seen = new Map<string, string>();
  s = s.replace(/_NmP-([0-9a-f]+)-Part_(\d+)/g, (all, h, n) => { const k = h + ':' + n; if (!seen.has(k)) seen.set(k, `_NwB-${tag}${seen.size}-Part_${n}`); return seen.get(k)!; });
  s = s.replace(/^Date: .*$/m, 'Date: ' + rfc2822(mail.date));
  return s;
}
