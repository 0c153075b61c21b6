import type { Pdf } from './doc.ts';

export interface Column {
  key: string;
  header: string;
  width: number;
  align?: 'left' | 'right';
  wrap?: boolean;
}

export type Row = Record<string, string>;

export interface TableStyle {
  ruled: boolean;
  headerFill?: string;
  underlineHeader?: boolean;
  zebra?: string;
  size: number;
  lineHeight: number;
  padding: number;
  /** Lowest y a row may reach before the table continues on a new page. */
  bottom: number;
  repeatHeader: boolean;
  /** Draws the top of a continuation page; returns the y where the table resumes. */
  onNewPage: (pdf: Pdf) => number;
}

function drawHeader(pdf: Pdf, x: number, y: number, cols: Column[], st: TableStyle): number {
  const h = st.lineHeight + 2 * st.padding;
  const total = cols.reduce((s, c) => s + c.width, 0);
  if (st.headerFill) pdf.rect(x, y, total, h, st.headerFill);
  let cx = x;
  for (const c of cols) {
    const tx = c.align === 'right' ? cx + c.width - st.padding : cx + st.padding;
    pdf.text(c.header, tx, y + st.padding, { bold: true, size: st.size, align: c.align });
    cx += c.width;
  }
  if (st.ruled) gridRow(pdf, x, y, h, cols);
  else if (st.underlineHeader) pdf.hline(x, x + total, y + h, 0.8);
  return y + h;
}

function gridRow(pdf: Pdf, x: number, y: number, h: number, cols: Column[]): void {
  let cx = x;
  pdf.hline(x, x + cols.reduce((s, c) => s + c.width, 0), y);
  for (const c of cols) {
    pdf.vline(cx, y, y + h);
    cx += c.width;
  }
  pdf.vline(cx, y, y + h);
  pdf.hline(x, cx, y + h);
}

function cellLines(pdf: Pdf, row: Row, cols: Column[], st: TableStyle): string[][] {
  return cols.map((c) => {
    const v = row[c.key] ?? '';
    return c.wrap ? pdf.wrap(v, c.width - 2 * st.padding, { size: st.size }) : [v];
  });
}

function drawRow(pdf: Pdf, x: number, y: number, cols: Column[], cells: string[][], st: TableStyle, bold: boolean): void {
  let cx = x;
  cols.forEach((c, i) => {
    const tx = c.align === 'right' ? cx + c.width - st.padding : cx + st.padding;
    cells[i].forEach((line, j) => pdf.text(line, tx, y + st.padding + j * st.lineHeight, { size: st.size, align: c.align, bold }));
    cx += c.width;
  });
}

/** Draws header and rows, continuing on new pages as needed; returns the y below the table. */
export function drawTable(pdf: Pdf, x: number, y0: number, cols: Column[], rows: Row[], st: TableStyle): number {
  let y = drawHeader(pdf, x, y0, cols, st);
  const total = cols.reduce((s, c) => s + c.width, 0);
  rows.forEach((row, i) => {
    const cells = cellLines(pdf, row, cols, st);
    const h = Math.max(...cells.map((c) => c.length)) * st.lineHeight + 2 * st.padding;
    if (y + h > st.bottom) {
      pdf.newPage();
      y = st.onNewPage(pdf);
      if (st.repeatHeader) y = drawHeader(pdf, x, y, cols, st);
    }
    if (st.zebra && i % 2 === 1) pdf.rect(x, y, total, h, st.zebra);
    drawRow(pdf, x, y, cols, cells, st, row._bold === '1');
    if (st.ruled) gridRow(pdf, x, y, h, cols);
    y += h;
  });
  if (!st.ruled && st.underlineHeader) pdf.hline(x, x + total, y, 0.5);
  return y;
}
