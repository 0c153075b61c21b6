// PDF text layer → positioned words, through pdf-parse's pdf.js. Pages without a text layer
// (scans, faxes printed to PDF) are rendered and read by OCR; the others keep their exact text.

import { readEmbeddedOrder, type PdfWithAttachments } from './read-pdf-attachments.ts';
import { InputError, PoInboxError } from '../domain/errors.ts';
import type { LayoutDocument, LayoutPage } from '../domain/layout.ts';
import { toOcrOptions, type ScanLimits } from './ocr/read-scanned-image.ts';
import { recognizePages } from './ocr/recognize-pages.ts';
import { inspectPage, type OperatorListSource } from './ocr/find-scan-dpi.ts';
import type { PageSource } from './ocr/page-source.ts';
import { toMegapixels } from './ocr/to-image-error.ts';
import { findLargestPdfImage } from './find-pdf-image-size.ts';
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
interface PdfDocument extends PdfWithAttachments {
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
  const maxPixels = toOcrOptions(options).maxPixels;
  const progress = options.onProgress ?? (() => {});
  progress({ stage: 'open', page: null, pages: null });
  // isEvalSupported:false keeps pdf.js from compiling font code with eval (CVE-2024-4367).
  // maxImageSize: pdf.js leaves out (never decodes) an image over the pixel limit; the check of
  // the raw bytes below refuses such a page with a message before it comes to that.
  // The copy matters because pdf.js may take ownership of (detach) the buffer it is given.
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, maxImageSize: maxPixels }) as unknown as PdfParser;
  try {
    const doc = await parser.load();
    if (doc.numPages > options.maxPages) {
      throw new InputError('too-many-pages', `PDF has ${doc.numPages} pages, over the ${options.maxPages}-page limit (maxPages)`);
    }
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      progress({ stage: 'text', page: n, pages: doc.numPages });
      pages.push(await readPage(doc, n));
    }
    const embedded = await readEmbeddedOrder(doc);
    // The embedded order is the order; the pages are still shown, and OCR of them is not needed.
    const ocrPages = embedded ? [] : await readImagePages(parser, doc, pages, bytes, options);
    const read = toPdfDocument(name, pages, ocrPages);
    if (!embedded) return read;
    return { ...read, method: read.method === 'skipped' ? 'edi' : read.method, skippedReason: undefined, structured: embedded.reading };
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
async function readImagePages(parser: PdfParser, doc: PdfDocument, pages: PageText[], bytes: Uint8Array, options: ReadPdfOptions): Promise<PageText[]> {
  const scans = pages.filter((p) => isImagePage(p.text)).map((p) => p.page);
  if (scans.length === 0) return [];
  const ocr = toOcrOptions(options);
  assertImagesFit(bytes, scans, ocr.maxPixels);
  const progress = options.onProgress;
  if (progress) ocr.onProgress = (p) => progress({ ...p, pages: doc.numPages });
  const render = async ({ number, width, height }: LayoutPage): Promise<PageSource> => {
    progress?.({ stage: 'render', page: number, pages: doc.numPages });
    const page = await doc.getPage(number);
    try {
      const { scanDpi, paints } = await inspectPage(page, width);
      // A page that draws nothing is blank without being rendered.
      if (!paints) return { number, bytes: new Uint8Array(0), pageIndex: 0, dpi: null, unitsPerPixel: 1, blank: { width, height } };
      return await renderPdfPage(parser, { number, width, height, scanDpi, maxPixels: ocr.maxPixels });
    } finally {
      page.cleanup();
    }
  };
  const read = await recognizePages(
    scans.map((page) => () => render(page)),
    ocr,
  );
  return read.map(({ page, text }) => ({ page, text }));
}

/** Refuses a PDF whose pages to be rendered may hold an image over the pixel limit, before any
 * pixel of it is decoded (pdf.js would leave it out, and OCR would find a blank page). */
function assertImagesFit(bytes: Uint8Array, scans: LayoutPage[], maxPixels: number): void {
  const image = findLargestPdfImage(bytes);
  if (!image || image.width * image.height <= maxPixels) return;
  const where = scans.length === 1 ? `page ${scans[0].number} holds` : 'PDF holds';
  const size = `${image.width} x ${image.height} pixels (${toMegapixels(image.width * image.height)} megapixels)`;
  throw new InputError('too-large', `${where} an image of ${size}, over the ${toMegapixels(maxPixels)}-megapixel limit (maxPixels)`);
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
