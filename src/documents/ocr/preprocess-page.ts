// A page image → what tesseract reads best: upright (EXIF), on white, grey, with square pixels
// at a known resolution (told to tesseract as user_defined_dpi). Measured on the scans sets
// (samples/scans/corpus and the public scans): lone specks are removed from bilevel (fax) pages
// (fax fields 31/89 -> 48/89, where a 3x3 median lost strokes and fields); pages whose resolution
// is guessed from their width (phone photos) are upscaled to 300 dpi (photo fields 36 -> 59 of
// 72). Upscaling every page below 300 dpi stays off: it cost the public scanned PDF table lines
// (14 -> 9 of 14) and the faxes most of their fields, and took a third more time.
// Then, on the grey page: the light evened out (flatten-light), the desk or scanner edge around
// the sheet whitened (clear-border), the page turned level (find-skew) and table rules whitened
// (remove-rules). Together, with the OCR-tolerant rules in src/extraction, they took the degraded
// samples from 0.707 / 0.557 (field accuracy / line F1) to 0.914 / 0.848; each step was kept
// only where the sets said it helped (rules alone: lines 0.634 -> 0.783; straightening: 0.733 ->
// 0.783; evening the light: a photo's whole amount column came back). Turning by three shears
// (shear-rotate.ts) rather than sharp's rotate reads as well and costs less: over seven sets of
// scans never tuned on, 298 item lines matched against 297 (single sets moved by up to 5 either
// way: tesseract's layout analysis turns on a pixel), and fields within a few either way on the
// sets measured both ways. All the steps together cost about 0.12 s of a fax page or a 300 dpi
// A4 page (they were 0.19 and 0.21 s).

import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import { clearBorder } from './clear-border.ts';
import { findSkew } from './find-skew.ts';
import type { GreyImage } from './grey-image.ts';
import { flattenLight } from './flatten-light.ts';
import type { PageSource } from './page-source.ts';
import { removeRules, toRuleLimits } from './remove-rules.ts';
import { shearRotate } from './shear-rotate.ts';
import { toImageError } from './to-image-error.ts';

export interface PreprocessSteps {
  /** Stretch fax "normal" pages (204 x 98 dpi) to square pixels. */
  squarePixels: boolean;
  /** Upscale pages below this resolution to it (0: never). */
  minDpi: number;
  /** Upscale pages whose resolution is guessed from their width (photos) below this to it. */
  minGuessedDpi: number;
  /** Median filter on bilevel (fax) pages, which removes the salt-and-pepper of a phone line. */
  despeckle: boolean;
  /** Even out the lighting of grey pages (flatten-light.ts); fax pages are black and white already. */
  flattenLight: boolean;
  /** Whiten the desk, scanner lid or fax edge around the sheet (clear-border.ts). */
  clearBorder: boolean;
  /** Turn a crooked page level (find-skew.ts). */
  straighten: boolean;
  /** Whiten table rules and box borders (remove-rules.ts). */
  removeRules: boolean;
}

export const DEFAULT_STEPS: PreprocessSteps = {
  squarePixels: true,
  minDpi: 0,
  minGuessedDpi: 300,
  despeckle: true,
  flattenLight: true,
  clearBorder: true,
  straighten: true,
  removeRules: true,
};

export interface PreparedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Resolution of the prepared image, the same on both axes. */
  dpi: number;
  /** Page units (PDF points) per prepared pixel. */
  unitsPerPixel: number;
}

const POINTS_PER_INCH = 72;
const MAX_DPI = 400;
const TARGET_DPI = 300;
/** An A3 page at 300 dpi is 17 megapixels; the cleaning steps stop well above it. */
const MAX_CLEANED_PIXELS = 40_000_000;

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
  // The embedded colour profile is not applied: the page becomes grey for tesseract, which
  // thresholds it, and applying an sRGB profile took 70 of the 150 ms of a 300 dpi A4 page. The
  // scans sets read the same fields (one photo with another profile: 6% of pixels, <= 9 levels).
  const options = { page: source.pageIndex, limitInputPixels: maxPixels, failOn: 'error' as const, autoOrient: true, ignoreIcc: true };
  const meta = await sharp(source.bytes, options).metadata();
  const turned = (meta.orientation ?? 1) >= 5; // EXIF 5..8 swap the axes
  const [width, height] = [meta.autoOrient.width, meta.autoOrient.height];
  const stated = source.dpi && turned ? { x: source.dpi.y, y: source.dpi.x } : source.dpi;
  const dpiX = toPageDpi(width, stated?.x);
  const dpiY = steps.squarePixels && stated && !isSquare(stated) ? stated.y * (dpiX / stated.x) : dpiX;
  const stretch = dpiX / dpiY;
  const minDpi = Math.max(steps.minDpi, dpiX === stated?.x ? 0 : steps.minGuessedDpi);
  // Above MAX_DPI a page is brought down to TARGET_DPI: tesseract reads no better from a 600 dpi
  // scan, and takes four times as long and as much memory over it.
  const up = Math.max(1, minDpi / dpiX);
  const down = dpiX > MAX_DPI ? TARGET_DPI / dpiX : 1;
  const scale = Math.min(up * down, Math.sqrt(maxPixels / (width * height * stretch)));
  const size = { width: Math.round(width * scale), height: Math.round(height * scale * stretch) };
  const bilevel = isBilevel(meta);
  let image = bilevel && steps.despeckle ? await despeckle(source.bytes, options) : sharp(source.bytes, options);
  if (size.width !== width || size.height !== height) image = image.resize({ ...size, fit: 'fill' });
  // b-w output: after flatten sharp writes its grey as three equal sRGB channels, which tesseract
  // then decodes and converts back to grey, at three times the bytes.
  const dpi = dpiX * scale;
  const grey = await image.flatten({ background: '#ffffff' }).toColourspace('b-w').extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const page = { data: grey.data, width: grey.info.width, height: grey.info.height };
  // A poster-sized page is read as it is: the cleaning steps hold several page-sized buffers.
  const clean = page.width * page.height <= MAX_CLEANED_PIXELS;
  if (clean && steps.flattenLight && !bilevel) await flattenLight(page);
  if (clean && steps.clearBorder) clearBorder(page);
  const level = clean && steps.straighten ? straighten(page) : page;
  if (clean && steps.removeRules) removeRules(level, toRuleLimits(dpi));
  const png = await sharp(level.data, { raw: { width: level.width, height: level.height, channels: 1 } })
    .toColourspace('b-w')
    .png({ compressionLevel: 1 })
    .toBuffer();
  // Words come out in PDF points whatever the page came from, as text-layer PDFs give them: the
  // layout rules measure gaps and indents in points, and a fax in its own pixels (1734 wide, not
  // 612) spread its label and value too far apart for them ("Lieferanschrift:" lost its address).
  return { png, ...size, dpi, unitsPerPixel: POINTS_PER_INCH / dpi };
}

/** Smallest slant worth a turn, in degrees: below it a turn only blurs. */
const MIN_SKEW = 0.15;

/** The page turned level (shear-rotate.ts keeps its size and centre). */
function straighten(page: GreyImage): GreyImage {
  const skew = findSkew(page);
  return Math.abs(skew) < MIN_SKEW ? page : shearRotate(page, skew);
}
// Specks are removed at the page's own resolution, where a speck is one pixel, so before any
// resize (in one pipeline sharp would resize first). Only black pixels with no black neighbour go:
// a 3x3 median also took the one-pixel strokes of fax lettering with it (fax fields 13 -> 10).
async function despeckle(bytes: Uint8Array, options: SharpOptions): Promise<Sharp> {
  const { data, info } = await sharp(bytes, options).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  removeLoneDots(data, info.width, info.height);
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } });
}

/** Whitens every dark pixel of a one-channel image whose eight neighbours are all light. */
// Neighbours clamped to the image by loop bounds rather than checked by a closure per neighbour:
// 20 -> 11 ms on a fax page, the same pixels out.
export function removeLoneDots(data: Uint8Array, width: number, height: number): void {
  for (let y = 0; y < height; y++) {
    const [top, bottom] = [Math.max(0, y - 1), Math.min(height - 1, y + 1)];
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] >= 128) continue;
      const [left, right] = [Math.max(0, x - 1), Math.min(width - 1, x + 1)];
      let alone = true;
      for (let ny = top; ny <= bottom && alone; ny++) {
        for (let nx = left; nx <= right; nx++) {
          if ((nx !== x || ny !== y) && data[ny * width + nx] < 128) {
            alone = false;
            break;
          }
        }
      }
      if (alone) data[y * width + x] = 255;
    }
  }
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
