// A page image → what tesseract reads best: upright (EXIF), on white, grey, with square pixels
// at a known resolution (told to tesseract as user_defined_dpi). Steps that did not help on the
// scans set (6 forms, a G4 fax, a scanned PDF) are off by default but kept as switches, so they
// can be measured again on other scans: upscaling pages below 300 dpi cost table lines (line F1
// 0.54 -> 0.38) and a third more time; the median filter lost the fax's table (0.54 -> 0.47).

import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import type { PageSource } from './page-source.ts';
import { toImageError } from './to-image-error.ts';

export interface PreprocessSteps {
  /** Stretch fax "normal" pages (204 x 98 dpi) to square pixels. */
  squarePixels: boolean;
  /** Upscale pages below this resolution to it (0: never). */
  minDpi: number;
  /** Median filter on bilevel (fax) pages, which removes the salt-and-pepper of a phone line. */
  despeckle: boolean;
}

export const DEFAULT_STEPS: PreprocessSteps = { squarePixels: true, minDpi: 0, despeckle: false };

export interface PreparedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Resolution of the prepared image, the same on both axes. */
  dpi: number;
  /** Page units per prepared pixel. */
  unitsPerPixel: number;
}

/** US Letter and A4 are both about this wide; used when a file states no believable resolution. */
const PAGE_WIDTH_INCHES = 8.5;

/** Decodes and prepares one page. Throws a one-line InputError when the image cannot be decoded. */
export async function preprocessPage(source: PageSource, steps: PreprocessSteps, maxPixels: number): Promise<PreparedPage> {
  try {
    return await preparePage(source, steps, maxPixels);
  } catch (err) {
    throw toImageError(err, maxPixels);
  }
}

async function preparePage(source: PageSource, steps: PreprocessSteps, maxPixels: number): Promise<PreparedPage> {
  // failOn 'error' rather than 'warning': phone and scanner JPEGs often carry harmless warnings.
  const options = { page: source.pageIndex, limitInputPixels: maxPixels, failOn: 'error' as const, autoOrient: true };
  const meta = await sharp(source.bytes, options).metadata();
  const turned = (meta.orientation ?? 1) >= 5; // EXIF 5..8 swap the axes
  const [width, height] = [meta.autoOrient.width, meta.autoOrient.height];
  const stated = source.dpi && turned ? { x: source.dpi.y, y: source.dpi.x } : source.dpi;
  const dpiX = toPageDpi(width, stated?.x);
  const dpiY = steps.squarePixels && stated && !isSquare(stated) ? stated.y * (dpiX / stated.x) : dpiX;
  const stretch = dpiX / dpiY;
  const scale = Math.min(Math.max(1, steps.minDpi / dpiX), Math.sqrt(maxPixels / (width * height * stretch)));
  const size = { width: Math.round(width * scale), height: Math.round(height * scale * stretch) };
  let image = isBilevel(meta) && steps.despeckle ? await despeckle(source.bytes, options) : sharp(source.bytes, options);
  if (size.width !== width || size.height !== height) image = image.resize({ ...size, fit: 'fill' });
  const png = await image.flatten({ background: '#ffffff' }).greyscale().png({ compressionLevel: 1 }).toBuffer();
  return { png, ...size, dpi: dpiX * scale, unitsPerPixel: source.unitsPerPixel / scale };
}

// The median runs at the page's own resolution, where a speck is one pixel, so it runs before
// any resize (in one pipeline sharp would apply it after).
async function despeckle(bytes: Uint8Array, options: SharpOptions): Promise<Sharp> {
  const { data, info } = await sharp(bytes, options).median(3).raw().toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

function isBilevel(meta: Metadata): boolean {
  return meta.channels === 1 && meta.bitsPerSample === 1;
}

/** The stated resolution when it gives a plausible paper width, else one estimated from the width. */
function toPageDpi(widthPixels: number, stated: number | undefined): number {
  const inches = stated ? widthPixels / stated : 0;
  if (stated && stated >= 70 && stated <= 1200 && inches >= 3 && inches <= 17) return stated;
  return Math.max(70, widthPixels / PAGE_WIDTH_INCHES);
}

function isSquare(dpi: { x: number; y: number }): boolean {
  return Math.abs(dpi.x / dpi.y - 1) < 0.1;
}

/** The page turned clockwise by `degrees` (90, 180, 270), for pages scanned sideways or upside down. */
export async function rotatePrepared(page: PreparedPage, degrees: number): Promise<PreparedPage> {
  const png = await sharp(page.png).rotate(degrees).png({ compressionLevel: 1 }).toBuffer();
  const swap = degrees % 180 !== 0;
  return { ...page, png, width: swap ? page.height : page.width, height: swap ? page.width : page.height };
}
