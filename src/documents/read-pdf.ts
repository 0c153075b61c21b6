// PDF text layer → positioned words, through pdf-parse's pdf.js. Only the text layer is read:
// pages without one are flagged as image pages for OCR (a later step), never an error.

import { InputError } from '../domain/errors.ts';
import type { LayoutDocument, LayoutPage } from '../domain/layout.ts';
import { toPdfWords, type PdfViewport } from './to-pdf-words.ts';
import { shortReason } from './short-reason.ts';
import { toLineText, toReadingLines } from './to-reading-lines.ts';

/** Fewer non-space characters than this on a page means a scan with at most a stamp of text. */
const MIN_TEXT_CHARS = 20;

export const IMAGE_ONLY_PDF = 'image-only PDF: no text layer (needs OCR)';

export interface ReadPdfOptions {
  maxPages: number;
}

// The slice of pdf.js this module uses; pdf-parse keeps its loader private, so it is typed here.
interface PdfPage {
  getViewport(params: { scale: number }): PdfViewport;
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}
interface PdfParser {
  load(): Promise<PdfDocument>;
  destroy(): Promise<void>;
}

// Imported on first use: pdf.js costs a noticeable start-up time that text-only runs need not pay.
let pdfParseModule: Promise<typeof import('pdf-parse')> | undefined;

/** Reads the text layer of a PDF. Throws InputError (encrypted, corrupt-input, too-many-pages). */
export async function readPdf(name: string, bytes: Uint8Array, options: ReadPdfOptions): Promise<LayoutDocument> {
  const { PDFParse } = await (pdfParseModule ??= import('pdf-parse'));
  // isEvalSupported:false keeps pdf.js from compiling font code with eval (CVE-2024-4367).
  // The copy matters because pdf.js may take ownership of (detach) the buffer it is given.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false }) as unknown as PdfParser;
  try {
    const doc = await parser.load();
    if (doc.numPages > options.maxPages) {
      throw new InputError('too-many-pages', `PDF has ${doc.numPages} pages, over the ${options.maxPages}-page limit (maxPages)`);
    }
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    return toPdfDocument(name, pages);
  } catch (err) {
    throw toPdfError(err);
  } finally {
    await parser.destroy();
  }
}

interface PageText {
  page: LayoutPage;
  text: string;
}

async function readPage(doc: PdfDocument, pageNumber: number): Promise<PageText> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const lines = toReadingLines(toPdfWords(content.items, viewport));
    return {
      page: { number: pageNumber, width: viewport.width, height: viewport.height, words: lines.flat() },
      text: lines.map(toLineText).join('\n'),
    };
  } finally {
    page.cleanup();
  }
}

function toPdfDocument(name: string, pages: PageText[]): LayoutDocument {
  const doc: LayoutDocument = {
    name,
    mediaType: 'application/pdf',
    method: 'pdf-text',
    pageCount: pages.length,
    pages: pages.map((p) => p.page),
    text: pages.map((p) => p.text).join('\f'),
  };
  if (pages.every((p) => isImagePage(p.text))) {
    doc.method = 'skipped';
    doc.skippedReason = IMAGE_ONLY_PDF;
    doc.text = '';
  }
  return doc;
}

function isImagePage(text: string): boolean {
  return text.replace(/\s+/g, '').length < MIN_TEXT_CHARS;
}

function toPdfError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return new InputError('encrypted', 'encrypted PDF: a password is required', { cause: err });
  return new InputError('corrupt-input', `not a readable PDF: ${shortReason(err)}`, { cause: err });
}
