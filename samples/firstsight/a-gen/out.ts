// Output helpers: mail, sheets, scans.
import fs from 'node:fs';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import PDFDocument from 'pdfkit';
import { toSvg, type Doc } from './layout.ts';
import { rng } from './lib.ts';

export const SET = path.resolve(import.meta.dirname, '../set');

export type Att = { filename: string; content: Buffer | string; contentType: string };
export function buildEml(m: { from: string; to: string; cc?: string; subject: string; date: string; messageId: string; text?: string; html?: string; attachments?: Att[]; inReplyTo?: string; headers?: Record<string, string> }): Promise<Buffer> {
  const mc = new MailComposer({
    from: m.from, to: m.to, cc: m.cc, subject: m.subject, date: new Date(m.date), messageId: m.messageId, text: m.text, html: m.html,
    attachments: m.attachments, inReplyTo: m.inReplyTo, references: m.inReplyTo, headers: m.headers,
  } as any);
  // fixed boundaries for determinism
  let k = 0;
  const node = (mc as any).compile();
  const fix = (n: any) => { n.boundary = `----=_Part_${(k++).toString().padStart(3, "0")}_${m.messageId.replace(/[^a-z0-9]/gi, "").slice(0, 16)}`; n.childNodes?.forEach(fix); };
  fix(node);
  return new Promise((res, rej) => node.build((e: any, b: Buffer) => (e ? rej(e) : res(b))));
}

export async function writeXlsx(file: string, sheetName: string, rows: (string | number | Date | null)[][], fmts: Record<number, string> = {}, widths: number[] = []): Promise<string[]> {
  const wb = new ExcelJS.Workbook(); wb.creator = 'Microsoft Excel'; wb.created = new Date('2026-10-01T00:00:00Z'); wb.modified = new Date('2026-10-01T00:00:00Z');
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r) => ws.addRow(r));
  Object.entries(fmts).forEach(([c, f]) => (ws.getColumn(Number(c)).numFmt = f));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.eachRow((row) => row.eachCell((c) => { if (c.value instanceof Date) c.numFmt = 'mm/dd/yyyy'; }));
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  fs.writeFileSync(file, fixZipTimes(buf));
  return rows.flat().filter((v) => v != null).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));
}

/** zip entry times -> fixed 2026-10-01 00:00 so the output is byte-for-byte reproducible */
function fixZipTimes(b: Buffer): Buffer {
  const t = 0, d = ((2026 - 1980) << 9) | (10 << 5) | 1;
  for (let i = 0; i + 4 <= b.length; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x04034b50) { b.writeUInt16LE(t, i + 10); b.writeUInt16LE(d, i + 12); }
    else if (sig === 0x02014b50) { b.writeUInt16LE(t, i + 12); b.writeUInt16LE(d, i + 14); }
  }
  return b;
}

export function csvLine(cells: (string | number | null)[], sep = ','): string {
  return cells.map((c) => { const s = c == null ? '' : String(c); return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s; }).join(sep);
}

function noiseSvg(w: number, h: number, n: number, seed: string, color = '#000', maxR = 1.6) {
  const r = rng(seed); const dots: string[] = [];
  for (let i = 0; i < n; i++) dots.push(`<circle cx="${(r.next() * w).toFixed(0)}" cy="${(r.next() * h).toFixed(0)}" r="${(0.5 + r.next() * maxR).toFixed(1)}" fill="${color}" opacity="${(0.3 + r.next() * 0.6).toFixed(2)}"/>`);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${dots.join('')}</svg>`);
}

export type ScanKind = 'fax-tiff' | 'grey-pdf' | 'photo-jpg' | 'grey-png' | 'light-png';
/** Renders page 1 of the doc and degrades it. Returns the bytes and everything printed. */
export async function scan(d: Doc, kind: ScanKind, seed: string, faxHeader?: string): Promise<{ buf: Buffer; printed: string[]; mediaType: string }> {
  const dpi = kind === 'fax-tiff' ? 200 : kind === 'photo-jpg' ? 140 : 150;
  let { svg, printed, w, h } = toSvg(d, dpi);
  if (faxHeader) { svg = svg.replace('</svg>', `<text x="40" y="34" font-family="DejaVu Sans Mono" font-size="26" fill="#000">${faxHeader}</text></svg>`); printed = [faxHeader, ...printed]; }
  const base = await sharp(Buffer.from(svg), { density: 72 }).png().toBuffer();
  const rot = async (b: Buffer, deg: number, bg: string) => { const o = await sharp(b).rotate(deg, { background: bg }).png().toBuffer(); const m = await sharp(o).metadata(); return { b: o, w: m.width!, h: m.height! }; };
  const step = (b: Buffer) => sharp(b);
  switch (kind) {
    case 'fax-tiff': {
      const r = await rot(base, 0.45, '#fff');
      const n = await step(r.b).composite([{ input: noiseSvg(r.w, r.h, 2200, seed) }]).png().toBuffer();
      const g = await step(n).greyscale().blur(0.55).png().toBuffer();
      const t = await step(g).threshold(165).png().toBuffer();
      const buf = await step(t).removeAlpha().extractChannel(0).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 200 / 25.4, yres: 200 / 25.4 }).toBuffer();
      return { buf, printed, mediaType: 'image/tiff' };
    }
    case 'grey-pdf': {
      const r = await rot(base, 1.4, '#e8e8e4');
      const n = await step(r.b).composite([{ input: noiseSvg(r.w, r.h, 900, seed, '#555', 1.1) }]).png().toBuffer();
      const img = await step(n).greyscale().blur(0.7).linear(0.82, 30).jpeg({ quality: 68 }).toBuffer();
      const doc = new PDFDocument({ size: [595.28, 841.89], margin: 0, info: { Title: 'Scan', Creator: 'RICOH IM C3000', Producer: 'RICOH IM C3000', CreationDate: new Date('2026-10-01T00:00:00Z') } });
      const chunks: Buffer[] = []; doc.on('data', (c) => chunks.push(c));
      const done = new Promise<void>((res) => doc.on('end', () => res()));
      doc.image(img, 0, 0, { fit: [595.28, 841.89] });
      doc.end(); await done;
      return { buf: Buffer.concat(chunks), printed, mediaType: 'application/pdf' };
    }
    case 'photo-jpg': {
      const r = await rot(base, -2.6, '#5a5048');
      const sk = await step(r.b).affine([[1, 0.035], [0.018, 0.97]], { background: '#5a5048' }).png().toBuffer();
      const ex = await step(sk).extend({ top: 60, bottom: 90, left: 70, right: 40, background: '#4d443d' }).png().toBuffer();
      const m = await sharp(ex).metadata();
      const light = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${m.width}" height="${m.height}"><defs><radialGradient id="g" cx="0.3" cy="0.25" r="0.95"><stop offset="0" stop-color="#ffffff"/><stop offset="0.6" stop-color="#d8d2c4"/><stop offset="1" stop-color="#8a8275"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`);
      const lit = await step(ex).composite([{ input: light, blend: 'multiply' }]).png().toBuffer();
      const buf = await step(lit).blur(0.9).modulate({ brightness: 1.02, saturation: 0.8 }).jpeg({ quality: 72 }).toBuffer();
      return { buf, printed, mediaType: 'image/jpeg' };
    }
    case 'grey-png': {
      const r = await rot(base, -0.8, '#f2f2f2');
      const n = await step(r.b).composite([{ input: noiseSvg(r.w, r.h, 1500, seed, '#333', 1.0) }]).png().toBuffer();
      const buf = await step(n).removeAlpha().greyscale().blur(0.5).linear(0.9, 12).png().toBuffer();
      return { buf, printed, mediaType: 'image/png' };
    }
    case 'light-png': {
      const r = await rot(base, 0.6, '#fafafa');
      const buf = await step(r.b).removeAlpha().greyscale().blur(0.6).linear(0.75, 50).png().toBuffer();
      return { buf, printed, mediaType: 'image/png' };
    }
  }
}
