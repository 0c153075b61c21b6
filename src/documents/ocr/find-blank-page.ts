// A page with almost no dark pixels (a blank back side, an empty sheet fed through the scanner)
// is not worth a tesseract run: 200 blank pages would take minutes of OCR to find nothing. One
// decode and sharp's stats of the thresholded page say it; a few characters' worth of ink still
// counts as blank, a line of text does not.

import sharp from 'sharp';
import type { PageSource } from './page-source.ts';

/** Under this share of dark pixels a page is blank: about 4 characters at 300 dpi on A4. */
const MAX_DARK_SHARE = 1e-4;
/** Grey levels below this are ink. */
const DARK_LEVEL = 128;

/** The page's size in page units when it is blank; null when it has ink or cannot be decoded here. */
export async function findBlankPage(source: PageSource, maxPixels: number): Promise<{ width: number; height: number } | null> {
  try {
    const image = sharp(source.bytes, { page: source.pageIndex, limitInputPixels: maxPixels, failOn: 'error' });
    const { width, height } = await image.metadata();
    const stats = await image.greyscale().threshold(DARK_LEVEL).stats();
    const light = stats.channels[0].mean / 255;
    if (1 - light >= MAX_DARK_SHARE) return null;
    return { width: width * source.unitsPerPixel, height: height * source.unitsPerPixel };
  } catch {
    return null; // preprocessing decodes it again and says what is wrong with it
  }
}
