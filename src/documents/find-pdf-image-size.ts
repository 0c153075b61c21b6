// The largest image a PDF holds, read from the raw bytes before pdf.js is asked for anything: a
// 30000 x 30000 image is a few hundred KB of Flate-compressed zeros and 900 MB to 3.6 GB once
// decoded and drawn. An image XObject is a stream, and streams never sit inside compressed object
// streams, so its dictionary (/Subtype /Image /Width /Height) is always there to be read as text.

/** An object's dictionary up to its `stream` keyword, bounded so that a scan stays linear. */
const STREAM_OBJECT = /\d+\s+\d+\s+obj\b([\s\S]{0,4000}?)\bstream\b/g;

export interface ImageSize {
  width: number;
  height: number;
}

/** The image XObject with the most pixels whose size is written directly, or null when none is. */
export function findLargestPdfImage(bytes: Uint8Array): ImageSize | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let largest: ImageSize | null = null;
  for (const match of text.matchAll(STREAM_OBJECT)) {
    const dict = match[1];
    if (!/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const width = Number(/\/Width\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? 0);
    if (width * height > (largest ? largest.width * largest.height : 0)) largest = { width, height };
  }
  return largest;
}
