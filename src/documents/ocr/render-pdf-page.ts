// A PDF page without a text layer → an image for OCR, rendered by pdf-parse's pdf.js (with the
// @napi-rs/canvas it already depends on). 300 dpi is what tesseract is trained for; the parser
// is the caller's, opened with isEvalSupported: false.

import { InputError } from '../../domain/errors.ts';
import type { PageSource } from './page-source.ts';

/** The slice of pdf-parse's PDFParse used here. */
export interface PdfRenderer {
  getScreenshot(params: { partial: number[]; scale: number; imageDataUrl: boolean; imageBuffer: boolean }): Promise<{ pages: Array<{ data: Uint8Array }> }>;
}

const RENDER_DPI = Number(process.env.EXP_DPI ?? 300);
const POINTS_PER_INCH = 72;
/** A canvas holds 4 bytes a pixel: an A0 poster at 300 dpi would take over half a GB. */
const MAX_RENDER_PIXELS = 36_000_000;

/** Renders page `number` (size in points) to a PNG page source, in PDF points as page units. */
export async function renderPdfPage(renderer: PdfRenderer, number: number, size: { width: number; height: number }, maxPixels: number): Promise<PageSource> {
  const pixelsAt1 = Math.max(1, size.width * size.height);
  const cap = Math.min(maxPixels, MAX_RENDER_PIXELS);
  const dpi = Math.min(RENDER_DPI, POINTS_PER_INCH * Math.sqrt(cap / pixelsAt1));
  const shot = await renderer.getScreenshot({ partial: [number], scale: dpi / POINTS_PER_INCH, imageDataUrl: false, imageBuffer: true });
  const data = shot.pages[0]?.data;
  if (!data?.length) throw new InputError('corrupt-input', `PDF page ${number} could not be rendered for OCR`);
  return { number, bytes: data, pageIndex: 0, dpi: { x: dpi, y: dpi }, unitsPerPixel: POINTS_PER_INCH / dpi };
}
