// sharp (libvips) fails with several-line messages about decoders; the user needs one line that
// says whether the file is cut short, damaged, or too big.

import { InputError } from '../../domain/errors.ts';
import { shortReason } from '../short-reason.ts';

const TRUNCATED = /premature end|unexpected end|read error|truncat|end of (file|stream|data)/i;

/** One-line InputError for a failed decode of an image. */
export function toImageError(err: unknown, maxPixels: number): InputError {
  if (err instanceof InputError) return err;
  const reason = shortReason(err);
  if (/pixel limit/i.test(reason)) {
    return new InputError('too-large', `image is over the ${toMegapixels(maxPixels)}-megapixel limit (maxPixels)`, { cause: err });
  }
  if (TRUNCATED.test(reason)) return new InputError('truncated', `image is truncated: ${reason}`, { cause: err });
  if (/unsupported image format/i.test(reason)) {
    return new InputError('corrupt-input', 'not a readable image: the image data is damaged or in an unsupported variant', { cause: err });
  }
  return new InputError('corrupt-input', `not a readable image: ${reason}`, { cause: err });
}

export function toMegapixels(pixels: number): string {
  const mp = pixels / 1_000_000;
  return mp >= 10 ? mp.toFixed(0) : mp.toFixed(1).replace(/\.0$/, '');
}
