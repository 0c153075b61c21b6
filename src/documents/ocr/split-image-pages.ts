// An image file → its pages, checked against the limits from the header alone, before any pixel
// is decoded: a 20,000 x 20,000 PNG of one colour is a few MB on disk and over a GB in memory.
// tesseract.js reads only the first page of a multi-page TIFF, so every page is its own source
// here, decoded later with sharp's { page: i }.

import sharp, { type Metadata } from 'sharp';
import { InputError } from '../../domain/errors.ts';
import type { PageSource } from './page-source.ts';
import { readTiffResolution } from './read-tiff-resolution.ts';
import { toImageError, toMegapixels } from './to-image-error.ts';

export interface ImageLimits {
  maxPages: number;
  /** Most pixels of one page (width x height). */
  maxPixels: number;
}

/** The pages of an image as OCR sources. Throws a one-line InputError for broken or oversized files. */
export async function splitImagePages(bytes: Uint8Array, mediaType: string, limits: ImageLimits): Promise<PageSource[]> {
  if (mediaType === 'image/tiff') assertTiffDirectory(bytes);
  let meta: Metadata;
  try {
    // Header only: the pixel limit is checked below, with a message that states the size.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw toImageError(err, limits.maxPixels);
  }
  const pixels = meta.width * meta.height;
  if (pixels > limits.maxPixels) {
    throw new InputError(
      'too-large',
      `image is ${meta.width} x ${meta.height} pixels (${toMegapixels(pixels)} megapixels), over the ${toMegapixels(limits.maxPixels)}-megapixel limit (maxPixels)`,
    );
  }
  // Frames of an animated GIF or WebP are not pages of a document: only TIFF pages are read.
  const pages = meta.format === 'tiff' ? (meta.pages ?? 1) : 1;
  if (pages > limits.maxPages) {
    throw new InputError('too-many-pages', `TIFF has ${pages} pages, over the ${limits.maxPages}-page limit (maxPages)`);
  }
  const stated = meta.density ? { x: meta.density, y: meta.density } : null;
  return Array.from({ length: pages }, (_, i) => ({
    number: i + 1,
    bytes,
    pageIndex: i,
    dpi: (meta.format === 'tiff' ? readTiffResolution(bytes, i) : null) ?? stated,
    unitsPerPixel: 1,
  }));
}

// libtiff writers put the page directory at the end of the file, so a cut-off TIFF has none and
// libvips can only say "unsupported image format"; this says what happened.
function assertTiffDirectory(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = bytes.length >= 8 ? view.getUint32(4, bytes[0] === 0x49) : Infinity;
  if (first + 2 > bytes.length) {
    throw new InputError('truncated', `TIFF is truncated: its page directory lies past the end of the ${bytes.length}-byte file`);
  }
}
