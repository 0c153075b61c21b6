// A fax in "normal" mode is scanned at 204 x 98 dpi: its pixels are twice as tall as wide, and
// read as square the text is squashed to half height. sharp reports one density only, so the
// X and Y resolution tags are read here from the page's IFD.

/** Most IFDs walked: a loop in a hostile file's IFD chain must not spin forever. */
const MAX_IFDS = 10_000;
const TAG_X_RESOLUTION = 282;
const TAG_Y_RESOLUTION = 283;
const TAG_RESOLUTION_UNIT = 296;
const TYPE_RATIONAL = 5;
const CM_PER_INCH = 2.54;

export interface Resolution {
  x: number;
  y: number;
}

/** The X and Y resolution (dpi) of page `index` (0-based) of a TIFF, or null when not stated. */
export function readTiffResolution(bytes: Uint8Array, index: number): Resolution | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  const ifd = findIfd(view, little, index);
  if (ifd === null) return null;
  const x = readRational(view, little, ifd, TAG_X_RESOLUTION);
  const y = readRational(view, little, ifd, TAG_Y_RESOLUTION);
  if (!x || !y) return null;
  const unit = readShortTag(view, little, ifd, TAG_RESOLUTION_UNIT) ?? 2;
  if (unit === 1) return null; // an aspect ratio without a unit says nothing about dpi
  const perInch = unit === 3 ? CM_PER_INCH : 1;
  return { x: x * perInch, y: y * perInch };
}

function findIfd(view: DataView, little: boolean, index: number): number | null {
  if (view.byteLength < 8) return null;
  let offset = view.getUint32(4, little);
  for (let i = 0; i < Math.min(index, MAX_IFDS); i++) {
    if (offset === 0 || offset + 2 > view.byteLength) return null;
    const next = offset + 2 + view.getUint16(offset, little) * 12;
    if (next + 4 > view.byteLength) return null;
    offset = view.getUint32(next, little);
  }
  return offset !== 0 && offset + 2 <= view.byteLength ? offset : null;
}

/** Byte offset of the 12-byte entry of `tag` in the IFD at `ifd`, or null. */
function findEntry(view: DataView, little: boolean, ifd: number, tag: number): number | null {
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > view.byteLength) return null;
    if (view.getUint16(entry, little) === tag) return entry;
  }
  return null;
}

function readRational(view: DataView, little: boolean, ifd: number, tag: number): number | null {
  const entry = findEntry(view, little, ifd, tag);
  if (entry === null || view.getUint16(entry + 2, little) !== TYPE_RATIONAL) return null;
  const at = view.getUint32(entry + 8, little);
  if (at + 8 > view.byteLength) return null;
  const denominator = view.getUint32(at + 4, little);
  return denominator === 0 ? null : view.getUint32(at, little) / denominator;
}

function readShortTag(view: DataView, little: boolean, ifd: number, tag: number): number | null {
  const entry = findEntry(view, little, ifd, tag);
  return entry === null ? null : view.getUint16(entry + 8, little);
}
