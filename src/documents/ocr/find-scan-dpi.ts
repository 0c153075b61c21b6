// A scanned PDF page is one big image at the scanner's resolution (often 200 dpi). Rendering it at
// that resolution hands tesseract the scanner's own pixels; rendering it at 300 dpi interpolates
// them, which on the scans set cost table lines (line F1 0.43 at the scan's 200 dpi, 0.31 at 300)
// and time. pdf.js names the image's size in its operator list, which is cheap to get.

/** pdf.js operator codes (pdfjs-dist OPS) of the image-painting operators read here. */
const PAINT_IMAGE_MASK = 83;
const PAINT_IMAGE = 85;
const PAINT_INLINE_IMAGE = 86;

export interface OperatorListSource {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

/** The resolution of the widest image on the page, given the page width in points; null without one. */
export async function findScanDpi(page: OperatorListSource, pageWidthPoints: number): Promise<number | null> {
  const ops = await page.getOperatorList();
  let widest = 0;
  ops.fnArray.forEach((fn, i) => {
    widest = Math.max(widest, imageWidth(fn, ops.argsArray[i] ?? []));
  });
  return widest > 0 && pageWidthPoints > 0 ? widest / (pageWidthPoints / 72) : null;
}

function imageWidth(fn: number, args: unknown[]): number {
  // paintImageXObject(objId, width, height); the inline and mask forms carry an image object.
  if (fn === PAINT_IMAGE) return typeof args[1] === 'number' ? args[1] : 0;
  if (fn === PAINT_INLINE_IMAGE || fn === PAINT_IMAGE_MASK) {
    const width = (args[0] as { width?: unknown } | undefined)?.width;
    return typeof width === 'number' ? width : 0;
  }
  return 0;
}
