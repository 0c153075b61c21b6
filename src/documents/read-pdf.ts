// PDF text layer → positioned words, through pdf-parse's pdf.js. Pages without a text layer
// (scans, faxes printed to PDF) are rendered and read by OCR; the others keep their exact text.

import { InputError, PoInboxError } from '../domain/errors.ts';
import type { LayoutDocument, LayoutPage } from '../domain/layout.ts';
import { toOcrOptions, type ScanLimits } from './ocr/read-scanned-image.ts';
import { recognizePages } from './ocr/recognize-pages.ts';
import { findScanDpi, type OperatorListSource } from './ocr/find-scan-dpi.ts';
import { renderPdfPage, type PdfRenderer } from './ocr/render-pdf-page.ts';
import { toPdfWords, type PdfViewport } from './to-pdf-words.ts';
import { shortReason } from './short-reason.ts';
import { toLineText, toReadingLines } from './to-reading-lines.ts';

/** Fewer non-space characters than this on a page means a scan with at most a stamp of text. */
const MIN_TEXT_CHARS = 20;

export const IMAGE_ONLY_PDF = 'image-only PDF: no text layer, and OCR found no text';

export type ReadPdfOptions = ScanLimits;

// The slice of pdf.js this module uses; pdf-parse keeps its loader private, so it is typed here.
interface PdfPage extends OperatorListSource {
  getViewport(params: { scale: number }): PdfViewport;
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}
interface PdfParser extends PdfRenderer {
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
    const ocrPages = await readImagePages(parser, doc, pages, options);
    return toPdfDocument(name, pages, ocrPages);
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

/** OCR of the pages with no text layer to speak of (mixed PDFs keep their text pages as they are). */
async function readImagePages(parser: PdfParser, doc: PdfDocument, pages: PageText[], options: ReadPdfOptions): Promise<PageText[]> {
  const scans = pages.filter((p) => isImagePage(p.text)).map((p) => p.page);
  if (scans.length === 0) return [];
  const ocr = toOcrOptions(options);
  const render = async ({ number, width, height }: LayoutPage) => {
    const page = await doc.getPage(number);
    try {
      const scanDpi = await findScanDpi(page, width);
      return await renderPdfPage(parser, { number, width, height, scanDpi, maxPixels: ocr.maxPixels });
    } finally {
      page.cleanup();
    }
  };
  const read = await recognizePages(scans.map((page) => () => render(page)), ocr);
  return read.map(({ page, text }) => ({ page, text }));
}

// A page OCR found nothing on (a logo, a blank back side) keeps its text layer, so a text PDF
// with such a page stays "pdf-text"; a PDF where nothing was found at all is skipped with why.
function toPdfDocument(name: string, pages: PageText[], ocrPages: PageText[]): LayoutDocument {
  const found = ocrPages.filter((p) => p.page.words.length > 0);
  const merged = pages.map((p) => found.find((o) => o.page.number === p.page.number) ?? p);
  const doc: LayoutDocument = {
    name,
    mediaType: 'application/pdf',
    method: found.length > 0 ? 'ocr' : 'pdf-text',
    pageCount: merged.length,
    pages: merged.map((p) => p.page),
    text: merged.map((p) => p.text).join('\f'),
  };
  if (merged.every((p) => isImagePage(p.text))) {
    doc.method = 'skipped';
    doc.skippedReason = IMAGE_ONLY_PDF;
    doc.text = '';
  }
  return doc;
}

function isImagePage(text: string): boolean {
  return text.replace(/\s+/g, '').length < MIN_TEXT_CHARS;
}

function toPdfError(err: unknown): PoInboxError {
  if (err instanceof PoInboxError) return err; // InputError, or an OCR timeout or crash
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return new InputError('encrypted', 'encrypted PDF: a password is required', { cause: err });
  return new InputError('corrupt-input', `not a readable PDF: ${shortReason(err)}`, { cause: err });
}
