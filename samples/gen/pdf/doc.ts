import PDFDocument from 'pdfkit';
import { FIXED_TIMESTAMP } from '../dates.ts';

export interface TextOpts {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** left: x is the left edge; right: x is the right edge; center: x is the centre. */
  align?: 'left' | 'right' | 'center';
  color?: string;
}

export interface PdfResult {
  bytes: Buffer;
  pages: number;
  /** Every string drawn, for the label self-checks. */
  texts: string[];
}

/** Thin wrapper over pdfkit: every text cell is drawn at an absolute position with lineBreak false. */
export class Pdf {
  readonly doc: PDFKit.PDFDocument;
  readonly texts: string[] = [];
  readonly pageWidth: number;
  readonly pageHeight: number;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;

  constructor(size: 'A4' | 'LETTER', title: string) {
    this.doc = new PDFDocument({
      size,
      margin: 20,
      bufferPages: true,
      info: { Title: title, Producer: 'po-inbox sample generator', Creator: 'po-inbox sample generator', CreationDate: FIXED_TIMESTAMP },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve) => this.doc.on('end', () => resolve()));
    this.pageWidth = this.doc.page.width;
    this.pageHeight = this.doc.page.height;
  }

  private font(o: TextOpts): void {
    const face = o.bold ? 'Helvetica-Bold' : o.italic ? 'Helvetica-Oblique' : 'Helvetica';
    this.doc.font(face).fontSize(o.size ?? 9);
  }

  widthOf(s: string, o: TextOpts = {}): number {
    this.font(o);
    return this.doc.widthOfString(s);
  }

  text(s: string, x: number, y: number, o: TextOpts = {}): void {
    if (s === '') return;
    this.font(o);
    const w = this.doc.widthOfString(s);
    const left = o.align === 'right' ? x - w : o.align === 'center' ? x - w / 2 : x;
    this.doc.fillColor(o.color ?? '#000000').text(s, left, y, { lineBreak: false });
    this.texts.push(s);
  }

  /** Greedy word wrap to a width. */
  wrap(s: string, maxWidth: number, o: TextOpts = {}): string[] {
    const out: string[] = [];
    let cur = '';
    for (const word of s.split(/\s+/)) {
      const next = cur ? `${cur} ${word}` : word;
      if (cur && this.widthOf(next, o) > maxWidth) {
        out.push(cur);
        cur = word;
      } else cur = next;
    }
    if (cur) out.push(cur);
    return out;
  }

  /** Wrapped text; returns the y below it. */
  paragraph(s: string, x: number, y: number, width: number, o: TextOpts = {}, lineHeight = 12): number {
    let cy = y;
    for (const line of this.wrap(s, width, o)) {
      this.text(line, x, cy, o);
      cy += lineHeight;
    }
    return cy;
  }

  hline(x1: number, x2: number, y: number, width = 0.5, color = '#000000'): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke();
  }

  vline(x: number, y1: number, y2: number, width = 0.5): void {
    this.doc.moveTo(x, y1).lineTo(x, y2).lineWidth(width).strokeColor('#000000').stroke();
  }

  rect(x: number, y: number, w: number, h: number, fill?: string): void {
    if (fill) this.doc.rect(x, y, w, h).fillColor(fill).fill();
    else this.doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#000000').stroke();
  }

  newPage(): void {
    this.doc.addPage();
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Writes a footer on every page (e.g. "Page 1 of 2"), then closes the document. */
  async finish(footer?: (pdf: Pdf, page: number, pages: number) => void): Promise<PdfResult> {
    const pages = this.pageCount;
    if (footer) {
      for (let i = 0; i < pages; i++) {
        this.doc.switchToPage(i);
        footer(this, i + 1, pages);
      }
    }
    this.doc.end();
    await this.done;
    return { bytes: Buffer.concat(this.chunks), pages, texts: this.texts };
  }
}
