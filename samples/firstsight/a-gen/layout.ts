// One layout engine, two outputs: pdfkit (text PDF) and SVG (rasterised for scans).
import PDFDocument from 'pdfkit';
import fs from 'node:fs';

const FONTS: Record<string, { R: string; B: string }> = {
  sans: { R: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', B: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf' },
  serif: { R: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', B: '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf' },
  dejavu: { R: '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf', B: '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf' },
  mono: { R: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf', B: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf' },
  narrow: { R: '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf', B: '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf' },
};
const SVG_FAMILY: Record<string, string> = { sans: 'Liberation Sans', serif: 'Liberation Serif', dejavu: 'DejaVu Sans Condensed', mono: 'DejaVu Sans Mono', narrow: 'Liberation Sans Narrow' };

export type Col = { label: string; w: number; align?: 'l' | 'r' | 'c' };
export type Doc = {
  size: 'LETTER' | 'A4'; family: keyof typeof FONTS; fs?: number;
  letterhead: { name: string; lines: string[]; align?: 'left' | 'center' } | null;
  title: string; titlePos: 'right' | 'left' | 'center'; titleSize?: number;
  info: [string, string][]; infoPos?: 'right' | 'below';
  blocks: { label: string; lines: string[] }[];
  strip: [string, string][];
  intro: string[];
  cols: Col[]; rows: string[][]; tableStyle: 'grid' | 'zebra' | 'rules' | 'none'; repeatHeader: boolean; headerFill?: boolean;
  totals: [string, string][];
  after: string[]; fine: string[]; sign: string[];
  footer: ((page: number, pages: number) => string) | null;
  contHeader?: string | null;
  mono?: string[] | null; // fixed-width full-page listing instead of the structured layout
};

type Op = { t: 'text'; x: number; y: number; s: number; b: boolean; str: string } | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w: number } | { t: 'rect'; x: number; y: number; w: number; h: number; fill: string | null; stroke: boolean };

export function layout(d: Doc): { pages: Op[][]; W: number; H: number; printed: string[] } {
  const [W, H] = d.size === 'LETTER' ? [612, 792] : [595.28, 841.89];
  const meas = new PDFDocument({ size: d.size, margin: 0, autoFirstPage: true });
  meas.registerFont('R', FONTS[d.family].R); meas.registerFont('B', FONTS[d.family].B);
  const width = (s: string, size: number, b = false) => { meas.font(b ? 'B' : 'R').fontSize(size); return meas.widthOfString(s); };
  const wrap = (s: string, size: number, w: number, b = false): string[] => {
    const out: string[] = [];
    for (const para of s.split('\n')) {
      let cur = '';
      for (const word of para.split(' ')) {
        const cand = cur ? cur + ' ' + word : word;
        if (width(cand, size, b) <= w || !cur) cur = cand; else { out.push(cur); cur = word; }
      }
      out.push(cur);
    }
    return out;
  };
  const pages: Op[][] = [[]];
  let ops = pages[0];
  const printed: string[] = [];
  const M = 40; const CW = W - 2 * M; const base = d.fs ?? 9; const bottom = H - 50;
  const text = (str: string, x: number, y: number, s = base, b = false, align: 'l' | 'r' | 'c' = 'l', w = 0) => {
    let xx = x; const tw = width(str, s, b);
    if (align === 'r') xx = x + w - tw; else if (align === 'c') xx = x + (w - tw) / 2;
    ops.push({ t: 'text', x: xx, y, s, b, str }); printed.push(str);
  };
  const newPage = () => { ops = []; pages.push(ops); return M; };
  let y = M;

  if (d.mono) {
    const s = base; const lh = s * 1.25;
    for (const ln of d.mono) {
      if (ln === '\f') { y = newPage(); continue; }
      if (y + lh > H - 30) y = newPage();
      text(ln, M - 10, y, s); y += lh;
    }
    return { pages, W, H, printed };
  }

  // letterhead + title
  const ts = d.titleSize ?? 18;
  if (d.letterhead) {
    const lh = d.letterhead; const center = lh.align === 'center';
    text(lh.name, M, y, 15, true, center ? 'c' : 'l', CW);
    let yy = y + 19;
    for (const l of lh.lines) { text(l, M, yy, base - 0.5, false, center ? 'c' : 'l', CW); yy += base + 2; }
    if (center) { ops.push({ t: 'line', x1: M, y1: yy + 3, x2: W - M, y2: yy + 3, w: 0.8 }); yy += 10; }
    if (d.titlePos === 'right' && !center) { text(d.title, M, y, ts, true, 'r', CW); }
    let iy = y + ts + 8;
    if (d.titlePos === 'right' && (d.infoPos ?? 'right') === 'right' && !center) {
      const kw = Math.max(...d.info.map(([k]) => width(k, base, true)), 40);
      const vw = Math.max(...d.info.map(([, v]) => width(v, base)), 60);
      const x0 = W - M - kw - vw - 12;
      for (const [k, v] of d.info) { text(k, x0, iy, base, true); text(v, x0 + kw + 12, iy, base); iy += base + 4; }
    }
    y = Math.max(yy, iy) + 12;
  }
  if (d.titlePos !== 'right' || !d.letterhead || d.letterhead.align === 'center') {
    text(d.title, M, y, ts, true, d.titlePos === 'center' ? 'c' : 'l', CW); y += ts + 10;
  }
  if (!(d.titlePos === 'right' && d.letterhead && d.letterhead.align !== 'center' && (d.infoPos ?? 'right') === 'right')) {
    // info as two-column key/value list below title
    const half = Math.ceil(d.info.length / 2);
    let y1 = y; let y2 = y;
    d.info.forEach(([k, v], i) => {
      const col = i < half ? 0 : 1; const x = M + col * (CW / 2);
      const yy = col === 0 ? y1 : y2;
      text(k + ':', x, yy, base, true); text(v, x + 105, yy, base);
      if (col === 0) y1 += base + 4; else y2 += base + 4;
    });
    y = Math.max(y1, y2) + 8;
  }
  // address blocks
  if (d.blocks.length) {
    const n = d.blocks.length; const bw = CW / n;
    let maxH = 0;
    d.blocks.forEach((b, i) => {
      const x = M + i * bw; let yy = y;
      text(b.label, x + 4, yy, base, true); yy += base + 4;
      for (const l of b.lines) { for (const wl of wrap(l, base, bw - 12)) { text(wl, x + 4, yy, base); yy += base + 2.5; } }
      maxH = Math.max(maxH, yy - y);
    });
    if (d.tableStyle === 'grid' || d.tableStyle === 'zebra') d.blocks.forEach((_, i) => ops.push({ t: 'rect', x: M + i * bw, y: y - 4, w: bw - 6, h: maxH + 8, fill: null, stroke: true }));
    y += maxH + 14;
  }
  // strip
  if (d.strip.length) {
    const n = d.strip.length; const sw = CW / n; const h = base * 2 + 12;
    d.strip.forEach(([k, v], i) => {
      const x = M + i * sw;
      ops.push({ t: 'rect', x, y, w: sw, h, fill: null, stroke: true });
      text(k, x + 3, y + 3, base - 1.5, true); text(v, x + 3, y + base + 5, base - 0.5);
    });
    y += h + 12;
  }
  for (const p of d.intro) { for (const l of wrap(p, base, CW)) { text(l, M, y, base); y += base + 3; } y += 4; }

  // table
  const totalW = d.cols.reduce((s, c) => s + c.w, 0);
  const cw = d.cols.map((c) => (c.w / totalW) * CW);
  const cx = cw.map((_, i) => M + cw.slice(0, i).reduce((s, v) => s + v, 0));
  const pad = 3;
  const header = () => {
    const hl = d.cols.map((c, i) => wrap(c.label, base - 0.5, cw[i] - 2 * pad, true));
    const hh = Math.max(...hl.map((l) => l.length)) * (base + 1) + 6;
    if (d.headerFill !== false && d.tableStyle !== 'none') ops.push({ t: 'rect', x: M, y, w: CW, h: hh, fill: d.tableStyle === 'zebra' ? '#d9e2ec' : '#e6e6e6', stroke: d.tableStyle === 'grid' });
    hl.forEach((ls, i) => ls.forEach((l, j) => text(l, cx[i] + pad, y + 3 + j * (base + 1), base - 0.5, true, d.cols[i].align ?? 'l', cw[i] - 2 * pad)));
    if (d.tableStyle === 'rules' || d.tableStyle === 'none') ops.push({ t: 'line', x1: M, y1: y + hh, x2: W - M, y2: y + hh, w: 0.8 });
    y += hh;
  };
  header();
  d.rows.forEach((row, ri) => {
    const cl = row.map((c, i) => wrap(c, base, cw[i] - 2 * pad));
    const rh = Math.max(...cl.map((l) => l.length)) * (base + 2) + 5;
    if (y + rh > bottom) {
      y = newPage();
      if (d.contHeader) { text(d.contHeader, M, y, base, true); y += base + 10; }
      if (d.repeatHeader) header();
    }
    if (d.tableStyle === 'zebra' && ri % 2 === 1) ops.push({ t: 'rect', x: M, y, w: CW, h: rh, fill: '#f0f3f7', stroke: false });
    if (d.tableStyle === 'grid') cw.forEach((w, i) => ops.push({ t: 'rect', x: cx[i], y, w, h: rh, fill: null, stroke: true }));
    cl.forEach((ls, i) => ls.forEach((l, j) => text(l, cx[i] + pad, y + 3 + j * (base + 2), base, false, d.cols[i].align ?? 'l', cw[i] - 2 * pad)));
    y += rh;
    if (d.tableStyle === 'rules') ops.push({ t: 'line', x1: M, y1: y, x2: W - M, y2: y, w: 0.3 });
  });
  if (d.tableStyle === 'none') ops.push({ t: 'line', x1: M, y1: y + 2, x2: W - M, y2: y + 2, w: 0.8 });
  y += 10;
  // totals
  if (d.totals.length) {
    if (y + d.totals.length * (base + 6) > bottom) y = newPage();
    const vx = W - M - 90; const kx = vx - 170;
    d.totals.forEach(([k, v], i) => {
      const last = i === d.totals.length - 1;
      text(k, kx, y, base, last, 'r', 160); text(v, vx, y, base, last, 'r', 90);
      if (last) ops.push({ t: 'line', x1: vx, y1: y - 3, x2: W - M, y2: y - 3, w: 0.6 });
      y += base + 6;
    });
    y += 8;
  }
  const para = (p: string, s: number) => { for (const l of wrap(p, s, CW)) { if (y + s + 3 > bottom) y = newPage(); text(l, M, y, s); y += s + 3; } y += 5; };
  for (const p of d.after) para(p, base);
  for (const p of d.fine) para(p, base - 2);
  if (d.sign.length) {
    if (y + 60 > bottom) y = newPage();
    y += 18; ops.push({ t: 'line', x1: M, y1: y, x2: M + 200, y2: y, w: 0.5 }); y += 4;
    for (const l of d.sign) { text(l, M, y, base); y += base + 3; }
  }
  if (d.footer) {
    const n = pages.length;
    pages.forEach((p, i) => { ops = p; const f = d.footer!(i + 1, n); if (f) text(f, M, H - 32, base - 1.5, false, 'c', CW); });
  }
  return { pages, W, H, printed };
}

export function toPdf(d: Doc, file: string, meta: { title: string; author: string; producer?: string; creator?: string }): Promise<{ printed: string[]; pages: number }> {
  const L = layout(d);
  const doc = new PDFDocument({ size: d.size, margin: 0, autoFirstPage: false, info: { Title: meta.title, Author: meta.author, Creator: meta.creator ?? 'Report Writer', Producer: meta.producer ?? 'Report Writer', CreationDate: new Date('2026-10-01T00:00:00Z'), ModDate: new Date('2026-10-01T00:00:00Z') } });
  doc.registerFont('R', FONTS[d.family].R); doc.registerFont('B', FONTS[d.family].B);
  const out = fs.createWriteStream(file); doc.pipe(out);
  for (const p of L.pages) {
    doc.addPage({ size: d.size, margin: 0 });
    for (const op of p) {
      if (op.t === 'text') doc.font(op.b ? 'B' : 'R').fontSize(op.s).fillColor('#000').text(op.str, op.x, op.y, { lineBreak: false });
      else if (op.t === 'line') doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.w).strokeColor('#000').stroke();
      else { if (op.fill) doc.rect(op.x, op.y, op.w, op.h).fillColor(op.fill).fill(); if (op.stroke) doc.rect(op.x, op.y, op.w, op.h).lineWidth(0.5).strokeColor('#000').stroke(); }
    }
  }
  doc.end();
  return new Promise((res) => out.on('finish', () => res({ printed: L.printed, pages: L.pages.length })));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** page 1 as SVG at dpi */
export function toSvg(d: Doc, dpi: number): { svg: string; printed: string[]; w: number; h: number } {
  const L = layout(d); if (L.pages.length !== 1) throw new Error('scan docs must be one page');
  const k = dpi / 72; const fam = SVG_FAMILY[d.family];
  const parts: string[] = [];
  for (const op of L.pages[0]) {
    if (op.t === 'text') parts.push(`<text x="${(op.x * k).toFixed(1)}" y="${((op.y + op.s * 0.86) * k).toFixed(1)}" font-size="${(op.s * k).toFixed(1)}" font-family="${fam}"${op.b ? ' font-weight="bold"' : ''} fill="#111">${esc(op.str)}</text>`);
    else if (op.t === 'line') parts.push(`<line x1="${op.x1 * k}" y1="${op.y1 * k}" x2="${op.x2 * k}" y2="${op.y2 * k}" stroke="#111" stroke-width="${Math.max(1, op.w * k)}"/>`);
    else parts.push(`<rect x="${op.x * k}" y="${op.y * k}" width="${op.w * k}" height="${op.h * k}" fill="${op.fill ?? 'none'}"${op.stroke ? ` stroke="#111" stroke-width="${Math.max(1, 0.5 * k)}"` : ''}/>`);
  }
  const w = Math.round(L.W * k), h = Math.round(L.H * k);
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`, printed: L.printed, w, h };
}
