// One page waiting for OCR, whatever it came from: a page of a TIFF, a photo, a rendered PDF page.

export interface PageSource {
  /** 1-based page number in its document. */
  number: number;
  /** The encoded image the page is in. */
  bytes: Uint8Array;
  /** Index of the page inside a multi-page image (TIFF), 0 otherwise. */
  pageIndex: number;
  /** Stated resolution, when the file states one; non-square for fax "normal" mode (204 x 98). */
  dpi: { x: number; y: number } | null;
  /** Page units per image pixel: 1 keeps pixels, 72/dpi gives PDF points. */
  unitsPerPixel: number;
  /** Set when the page is known to paint nothing (a PDF page with no drawing operators): its
   * size in page units, and no image to decode. */
  blank?: { width: number; height: number };
}
