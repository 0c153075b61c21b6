// Document layouts: a configurable business-form renderer and a fixed-pitch (line printer / typed) renderer.
import { Layout, Line, Font, wrap, measure } from './lib.ts';

export type Col = { h: string; w: number; a?: 'l' | 'r' | 'c'; v: (l: Line, i: number) => string | string[]; wrap?: boolean };
export type Std = {
  family?: 'sans' | 'serif' | 'narrow' | 'dv';
  margin?: number;
  letterhead: string[];
  title: string;
  titleSize?: number;
  titleColor?: string;
  titleLeft?: boolean;
  fields: [string, string][];
  fieldsBox?: boolean;
  blocks: { h: string; lines: string[] }[];
  strip?: [string, string][];
  pre?: string[];
  cols: Col[];
  rows: Line[];
  totals: [string, string, boolean?][];
  notes?: { h?: string; text: string; size?: number; bold?: boolean }[];
  footer?: string;
  accent?: string;
  headText?: string;
  grid?: boolean;
  zebra?: string;
  contHeader?: string;
  size?: number;
  maxRowsFirst?: number;
  signature?: string[];
};

function dark(c: string) { const n = parseInt(c.slice(1), 16); return ((n >> 16) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114) < 140; }
export function renderStd(L: Layout, s: Std) {
  const fam = s.family ?? 'sans';
  const F = (b: boolean): Font => (fam === 'sans' ? (b ? 'sansB' : 'sans') : fam === 'serif' ? (b ? 'serifB' : 'serif') : fam === 'narrow' ? (b ? 'narrowB' : 'narrow') : b ? 'dvB' : 'dv');
  const M = s.margin ?? 40;
  const W = L.W, H = L.H;
  const size = s.size ?? 8.5;
  const lh = size * 1.3;
  const accent = s.accent ?? '#1f3b63';
  const headText = s.headText ?? '#ffffff';
  const bottom = H - M - 24;
  let y = M;
  // letterhead
  s.letterhead.forEach((t, i) => {
    if (i === 0) {
      const room = s.titleLeft ? W - 2 * M : W - 2 * M - measure(s.title, F(true), s.titleSize ?? 17) - 24;
      let sz = 14;
      while (sz > 8 && measure(t, F(true), sz) > room) sz -= 0.5;
      L.text(M, y, t, { size: sz, font: F(true), color: dark(accent) ? accent : '#000000' }); y += 19;
    }
    else { L.text(M, y, t, { size: 8, font: F(false) }); y += 10.5; }
  });
  let ry = M;
  const tx = s.titleLeft ? M : W - M;
  if (s.titleLeft) { ry = y + 8; }
  L.text(tx, ry, s.title, { size: s.titleSize ?? 17, font: F(true), align: s.titleLeft ? 'left' : 'right', color: s.titleColor ?? '#000' });
  ry += (s.titleSize ?? 17) + 8;
  const fx = s.titleLeft ? M : W - M - 250;
  const fy0 = ry;
  for (const [k, v] of s.fields) {
    L.text(fx + 4, ry, k, { size, font: F(true) });
    L.text(fx + 100, ry, v, { size, font: F(false) });
    ry += lh + 1;
  }
  if (s.fieldsBox) L.rect(fx, fy0 - 4, 250, ry - fy0 + 4, undefined, '#555555');
  y = Math.max(y, ry) + 14;
  // address blocks
  if (s.blocks.length) {
    const n = s.blocks.length;
    const gap = 12;
    const bw = (W - 2 * M - gap * (n - 1)) / n;
    let maxy = y;
    s.blocks.forEach((b, i) => {
      const x = M + i * (bw + gap);
      L.rect(x, y, bw, lh + 4, accent);
      L.text(x + 4, y + 3, b.h, { size, font: F(true), color: headText });
      let yy = y + lh + 8;
      for (const t of b.lines) { L.text(x + 4, yy, t, { size, font: F(false) }); yy += lh; }
      maxy = Math.max(maxy, yy);
    });
    y = maxy + 10;
  }
  if (s.strip) {
    const n = s.strip.length;
    const cw = (W - 2 * M) / n;
    L.rect(M, y, W - 2 * M, lh + 4, '#e6e6e6');
    s.strip.forEach(([k, v], i) => {
      L.text(M + i * cw + cw / 2, y + 3, k, { size: size - 0.5, font: F(true), align: 'center' });
      L.text(M + i * cw + cw / 2, y + lh + 7, v, { size, font: F(false), align: 'center' });
      if (i) L.line(M + i * cw, y, M + i * cw, y + 2 * lh + 10, 0.5, '#777777');
    });
    L.rect(M, y, W - 2 * M, 2 * lh + 10, undefined, '#777777');
    y += 2 * lh + 20;
  }
  for (const t of s.pre ?? []) {
    for (const w of wrap(t, W - 2 * M, F(false), size)) { L.text(M, y, w, { size, font: F(false) }); y += lh; }
    y += 4;
  }
  // table
  const tw = W - 2 * M;
  const totalW = s.cols.reduce((a, c) => a + c.w, 0);
  const cols = s.cols.map((c) => ({ ...c, pw: (c.w / totalW) * tw }));
  const header = () => {
    const hl = cols.map((c) => c.h.split('\n'));
    const hh = Math.max(...hl.map((x) => x.length)) * lh + 6;
    L.rect(M, y, tw, hh, accent);
    let x = M;
    cols.forEach((c, i) => {
      hl[i].forEach((t, j) => {
        const a = c.a ?? 'l';
        const xx = a === 'r' ? x + c.pw - 3 : a === 'c' ? x + c.pw / 2 : x + 3;
        L.text(xx, y + 3 + j * lh, t, { size: size - 0.3, font: F(true), color: headText, align: a === 'r' ? 'right' : a === 'c' ? 'center' : 'left' });
      });
      x += c.pw;
    });
    y += hh + 3;
  };
  let page = 0;
  const footer = () => {
    if (s.footer) L.text(W / 2, H - M - 6, s.footer.replace('{p}', String(page + 1)), { size: 7, font: F(false), align: 'center', color: '#444444' });
  };
  const breakPage = () => {
    footer();
    L.newPage(); page++;
    y = M;
    if (s.contHeader) { L.text(M, y, s.contHeader, { size: size + 1, font: F(true) }); y += lh + 10; }
  };
  header();
  s.rows.forEach((r, ri) => {
    const cells = cols.map((c) => {
      const v = c.v(r, ri);
      if (Array.isArray(v)) return v.flatMap((t) => (c.wrap === false ? [t] : wrap(t, c.pw - 6, F(false), size)));
      return c.wrap === false ? [v] : wrap(v, c.pw - 6, F(false), size);
    });
    const rh = Math.max(...cells.map((c) => c.length)) * lh + 4;
    if (y + rh > bottom || (s.maxRowsFirst !== undefined && page === 0 && ri === s.maxRowsFirst)) { breakPage(); header(); }
    if (s.zebra && ri % 2 === 1) L.rect(M, y - 2, tw, rh, s.zebra);
    let x = M;
    cols.forEach((c, i) => {
      cells[i].forEach((t, j) => {
        const a = c.a ?? 'l';
        const xx = a === 'r' ? x + c.pw - 3 : a === 'c' ? x + c.pw / 2 : x + 3;
        L.text(xx, y + j * lh, t, { size, font: F(false), align: a === 'r' ? 'right' : a === 'c' ? 'center' : 'left' });
      });
      if (s.grid) L.line(x, y - 3, x, y + rh - 2, 0.4, '#888888');
      x += c.pw;
    });
    if (s.grid) L.line(x, y - 3, x, y + rh - 2, 0.4, '#888888');
    y += rh;
    L.line(M, y - 2, M + tw, y - 2, 0.3, '#aaaaaa');
  });
  y += 6;
  const need = s.totals.length * (lh + 2) + 10;
  if (y + need > bottom) breakPage();
  for (const [k, v, b] of s.totals) {
    L.text(W - M - 110, y, k, { size, font: F(true), align: 'right' });
    L.text(W - M - 3, y, v, { size, font: F(!!b), align: 'right' });
    y += lh + 2;
  }
  y += 10;
  for (const n of s.notes ?? []) {
    const sz = n.size ?? size;
    const ws = wrap(n.text, tw, F(!!n.bold), sz);
    const need2 = (ws.length + (n.h ? 1 : 0)) * sz * 1.3 + 6;
    if (y + need2 > bottom) breakPage();
    if (n.h) { L.text(M, y, n.h, { size: sz + 0.5, font: F(true) }); y += sz * 1.35; }
    for (const w of ws) { L.text(M, y, w, { size: sz, font: F(!!n.bold) }); y += sz * 1.3; }
    y += 6;
  }
  if (s.signature) {
    if (y + 50 > bottom) breakPage();
    y += 18;
    L.line(M, y, M + 180, y, 0.5);
    y += 3;
    for (const t of s.signature) { L.text(M, y, t, { size: size - 0.5, font: F(false) }); y += lh; }
  }
  footer();
  return page + 1;
}

// fixed-pitch pages: lines are printed as they are; '\f' starts a new page
export function renderMono(L: Layout, lines: string[], o: { size?: number; x?: number; top?: number; greenbar?: boolean; font?: Font; holes?: boolean }) {
  const size = o.size ?? 8;
  const lh = size * 1.5;
  const x = o.x ?? 36;
  const top = o.top ?? 40;
  let y = top;
  const deco = () => {
    if (o.greenbar) {
      for (let yy = top - 4, k = 0; yy < L.H - 30; yy += lh * 3, k++) if (k % 2 === 0) L.rect(20, yy, L.W - 40, lh * 3, '#dcefdc');
    }
    if (o.holes) for (let yy = 18; yy < L.H; yy += 36) { L.rect(6, yy, 7, 7, undefined, '#bbbbbb'); L.rect(L.W - 13, yy, 7, 7, undefined, '#bbbbbb'); }
  };
  deco();
  for (const t of lines) {
    if (t === '\f') { L.newPage(); y = top; deco(); continue; }
    if (t.length) L.text(x, y, t, { size, font: o.font ?? 'mono' });
    y += lh;
  }
  return L.pages.length;
}

export const pad = (s: string, n: number) => (s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
export const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
export { measure };
