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
  return (await inspectPage(page, pageWidthPoints)).scanDpi;
}

/** The scan resolution, and whether the page paints anything at all (a blank page need not be
 * rendered: 200 blank pages would cost a render each), from one operator list. */
export async function inspectPage(page: OperatorListSource, pageWidthPoints: number): Promise<{ scanDpi: number | null; paints: boolean }> {
  const ops = await page.getOperatorList();
  let widest = 0;
  let paints = false;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] ?? [];
    widest = Math.max(widest, imageWidth(fn, args));
    paints ||= isPainting(fn, args);
  });
  return { scanDpi: widest > 0 && pageWidthPoints > 0 ? widest / (pageWidthPoints / 72) : null, paints };
}

/** pdf.js operators that put ink on the page: strokes and fills, text, shadings, images. */
const PAINTING = new Set([20, 21, 22, 23, 24, 25, 26, 27, 44, 45, 46, 47, 62, 83, 84, 85, 86, 87, 88, 89, 90, 94]);
const CONSTRUCT_PATH = 91;
const END_PATH = 28;

function isPainting(fn: number, args: unknown[]): boolean {
  // pdf.js 5 folds a path and its painting into constructPath(paintOp, data, bounds).
  if (fn === CONSTRUCT_PATH) return args[0] !== END_PATH;
  return PAINTING.has(fn);
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
