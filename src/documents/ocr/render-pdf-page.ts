// A PDF page without a text layer → an image for OCR, rendered by pdf-parse's pdf.js (with the
// @napi-rs/canvas it already depends on) at the resolution of the scan inside it, between 150 and
// 300 dpi (300 when the page holds no image). The parser is the caller's, opened with
// isEvalSupported: false.

import { InputError } from '../../domain/errors.ts';
import type { PageSource } from './page-source.ts';
import { withTimeLimit } from '../../domain/with-time-limit.ts';

/** The slice of pdf-parse's PDFParse used here. */
export interface PdfRenderer {
  getScreenshot(params: { partial: number[]; scale: number; imageDataUrl: boolean; imageBuffer: boolean }): Promise<{ pages: Array<{ data: Uint8Array }> }>;
}

const MAX_DPI = 300;
/** Below this tesseract misses small print, whatever the scanner did. */
const MIN_DPI = 150;
const POINTS_PER_INCH = 72;
/** A canvas holds 4 bytes a pixel: an A0 poster at 300 dpi would take over half a GB. */
const MAX_RENDER_PIXELS = 36_000_000;
/** pdf.js renders on the main thread, yielding between operations; a page drawn from millions of
 * tiny paths (a hostile or broken file) must not hold a job for ever. */
export const RENDER_TIMEOUT_MS = 60_000;

export interface RenderRequest {
  number: number;
  /** Page size in points. */
  width: number;
  height: number;
  /** Resolution of the scan on the page, when known (findScanDpi). */
  scanDpi: number | null;
  maxPixels: number;
  timeoutMs?: number;
}

/** Renders one page to a PNG page source, with PDF points as its page units. */
export async function renderPdfPage(renderer: PdfRenderer, request: RenderRequest): Promise<PageSource> {
  const { number } = request;
  const pixelsAt1 = Math.max(1, request.width * request.height);
  const cap = Math.min(request.maxPixels, MAX_RENDER_PIXELS);
  const wanted = Math.min(MAX_DPI, Math.max(MIN_DPI, request.scanDpi ?? MAX_DPI));
  const dpi = Math.min(wanted, POINTS_PER_INCH * Math.sqrt(cap / pixelsAt1));
  const shot = await withTimeLimit(
    renderer.getScreenshot({ partial: [number], scale: dpi / POINTS_PER_INCH, imageDataUrl: false, imageBuffer: true }),
    request.timeoutMs ?? RENDER_TIMEOUT_MS,
    (limit) => new InputError('timeout', `PDF page ${number} took over ${limit} to render for OCR`),
  );
  const data = shot.pages[0]?.data;
  if (!data?.length) throw new InputError('corrupt-input', `PDF page ${number} could not be rendered for OCR`);
  return { number, bytes: data, pageIndex: 0, dpi: { x: dpi, y: dpi }, unitsPerPixel: POINTS_PER_INCH / dpi };
}
