// A scan, fax or photo (TIFF, PNG, JPEG, WebP, GIF) → an OCR layout document, one page per TIFF
// page. Limits are checked from the header before any decoding (split-image-pages).

import type { LayoutDocument } from '../../domain/layout.ts';
import { recognizePages, DEFAULT_MAX_PIXELS, DEFAULT_OCR_LANGS, type OcrOptions, type OcrPage, type ReadProgress } from './recognize-pages.ts';

export type { ReadProgress } from './recognize-pages.ts';
import { splitImagePages } from './split-image-pages.ts';

export interface ScanLimits {
  maxPages: number;
  /** Most pixels of one page (default 100 megapixels). */
  maxPixels?: number;
  /** OCR languages and preprocessing; defaults suit most documents. */
  ocr?: Partial<OcrOptions>;
  /** Told which page is being read, so that a reader killed over a limit can name it. */
  onProgress?: (progress: ReadProgress) => void;
}

/** Media types that are read by OCR; other images are listed but not read. */
export const OCR_MEDIA_TYPES = new Set(['image/tiff', 'image/png', 'image/jpeg', 'image/webp', 'image/gif']);

/** OCRs every page of an image. Throws a one-line InputError (or PoInboxError) when it cannot. */
export async function readScannedImage(name: string, bytes: Uint8Array, mediaType: string, limits: ScanLimits): Promise<LayoutDocument> {
  const options = toOcrOptions(limits);
  limits.onProgress?.({ stage: 'open', page: null, pages: null });
  const sources = await splitImagePages(bytes, mediaType, { maxPages: limits.maxPages, maxPixels: options.maxPixels });
  const pages = await recognizePages(
    sources.map((source) => async () => source),
    options,
  );
  return toOcrDocument(name, mediaType, pages);
}

/** OCR options with the defaults filled in; the pixel limit of the limits wins over ocr's. */
export function toOcrOptions(limits: Omit<ScanLimits, 'maxPages'>): OcrOptions {
  const langs = limits.ocr?.langs?.length ? limits.ocr.langs : DEFAULT_OCR_LANGS;
  const options: OcrOptions = { ...limits.ocr, langs, maxPixels: limits.maxPixels ?? limits.ocr?.maxPixels ?? DEFAULT_MAX_PIXELS };
  if (limits.onProgress) options.onProgress = limits.onProgress;
  return options;
}

export const NO_TEXT_FOUND = 'scanned image: OCR found no text';

// An image with no words at all (a photo, a blank page) is listed with why, like an image-only
// PDF, so the review says "nothing found" instead of reading an empty order.
function toOcrDocument(name: string, mediaType: string, pages: OcrPage[]): LayoutDocument {
  const doc: LayoutDocument = {
    name,
    mediaType,
    method: 'ocr',
    pageCount: pages.length,
    pages: pages.map((p) => p.page),
    text: pages.map((p) => p.text).join('\f'),
  };
  if (pages.every((p) => p.page.words.length === 0)) return { ...doc, method: 'skipped', skippedReason: NO_TEXT_FOUND, text: '' };
  return doc;
}
