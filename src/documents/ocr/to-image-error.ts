// sharp (libvips) fails with several-line messages about decoders ("Input buffer has corrupt
// header: VipsJpeg: premature end of JPEG image\nVipsJpeg: ..."); the user needs one line that
// says whether the file is cut short, damaged, or too big.

import { InputError } from '../../domain/errors.ts';

const TRUNCATED = /premature end|unexpected end|read error|truncat|end of (file|stream|data)|not enough data/i;

/** One-line InputError for a failed decode of an image. */
export function toImageError(err: unknown, maxPixels: number): InputError {
  if (err instanceof InputError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(message)) {
    return new InputError('too-large', `image is over the ${toMegapixels(maxPixels)}-megapixel limit (maxPixels)`, { cause: err });
  }
  const detail = toDetail(message);
  if (TRUNCATED.test(message)) return new InputError('truncated', `image is truncated${detail ? ` (${detail})` : ''}`, { cause: err });
  return new InputError('corrupt-input', `not a readable image: ${detail || 'damaged or unsupported image data'}`, { cause: err });
}

/** The first decoder line, without libvips' wrapper phrases and loader prefixes ("VipsJpeg: "). */
function toDetail(message: string): string {
  const lines = message
    .split('\n')
    .map((line) =>
      line
        .replace(/^Input (buffer|file) (has corrupt header|contains unsupported image format):?/i, '')
        .replace(/^\s*\w+: /, '')
        .trim(),
    )
    .filter(Boolean);
  const first = lines[0] ?? '';
  return first.length > 100 ? `${first.slice(0, 97)}...` : first;
}

export function toMegapixels(pixels: number): string {
  const mp = pixels / 1_000_000;
  return mp >= 10 ? mp.toFixed(0) : mp.toFixed(1).replace(/\.0$/, '');
}
