// Images are not read yet (OCR is a later step), but they are listed so the result shows what
// arrived. A TIFF fax often has several pages; counting its IFDs is cheap and tells the reviewer.

import type { LayoutDocument } from '../domain/layout.ts';

/** Most IFDs followed: a loop in a hostile file's IFD chain must not spin forever. */
const MAX_TIFF_PAGES = 10_000;

/** A skipped document for an image: one page, or the IFD count for a TIFF (null if unknown). */
export function readImage(name: string, bytes: Uint8Array, mediaType: string, reason: string): LayoutDocument {
  return {
    name,
    mediaType,
    method: 'skipped',
    pageCount: mediaType === 'image/tiff' ? countTiffPages(bytes) : 1,
    pages: [],
    text: '',
    skippedReason: reason,
  };
}

/** Number of images (IFDs) in a TIFF file, or null when the structure is broken. */
export function countTiffPages(bytes: Uint8Array): number | null {
  if (bytes.length < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  let offset = view.getUint32(4, little);
  const seen = new Set<number>();
  while (offset !== 0) {
    if (seen.has(offset) || seen.size >= MAX_TIFF_PAGES || offset + 2 > bytes.length) return null;
    seen.add(offset);
    const entries = view.getUint16(offset, little);
    const next = offset + 2 + entries * 12;
    if (next + 4 > bytes.length) return null;
    offset = view.getUint32(next, little);
  }
  return seen.size || null;
}
