// A small turn (a crooked scan, a fax fed at a slant) as three shears (Paeth): each moves whole
// rows or columns by a whole number of pixels, so it is three copies of the page and no
// arithmetic per pixel, and a stroke keeps its full darkness where interpolation would grey it.
// Leptonica turns bilevel pages for deskew the same way. sharp's rotate took 47 ms of a fax page
// (it works in three channels whatever it is given) and grew the canvas to be cut back; this takes
// about 15 ms, and the page keeps its size and centre, so word positions still fall where they
// stand on the original (the review desk outlines them there).

import type { GreyImage } from './grey-image.ts';

const WHITE = 255;

/** `image` turned anticlockwise by `degrees` about its centre, same size, uncovered corners white. */
export function shearRotate(image: GreyImage, degrees: number): GreyImage {
  const radians = (degrees * Math.PI) / 180;
  const along = Math.tan(radians / 2);
  const across = Math.sin(radians);
  // Anticlockwise on screen (y down) is x' = x cos + y sin, y' = -x sin + y cos: shear x by
  // +tan(a/2) * y, y by -sin(a) * x, then x by +tan(a/2) * y again.
  const first = shearRows(image, along);
  const second = shearColumns(first, -across);
  return shearRows(second, along);
}

// Shifts are in 1/256ths of a pixel and the blend in integers: out = a + (b - a) * w / 256.
const FRACTION = 256;

/** `a` moved `w`/256 of the way towards `b`, rounded. */
function blend(a: number, b: number, w: number): number {
  return a + (((b - a) * w + FRACTION / 2) >> 8);
}

/** Each row moved sideways by `factor` times its distance from the middle row. */
function shearRows(image: GreyImage, factor: number): GreyImage {
  const { data, width, height } = image;
  const out = new Uint8Array(width * height).fill(WHITE);
  const middle = (height - 1) / 2;
  for (let y = 0; y < height; y++) {
    const shift = Math.round(factor * (y - middle) * FRACTION);
    const whole = Math.floor(shift / FRACTION);
    const w = shift - whole * FRACTION;
    const row = y * width;
    // Output x lies between input x - whole - 1 and x - whole, w/256 of the way to the first;
    // beyond the row's ends the page is white.
    const pixel = (x: number) => (x >= 0 && x < width ? data[row + x] : WHITE);
    const [from, to] = [Math.max(0, whole), Math.min(width, width + whole + 1)];
    // Both input pixels lie on the row between safeFrom and safeTo: that stretch, nearly all of
    // it, is read without the bounds test (one loop through pixel() took twice as long).
    const [safeFrom, safeTo] = [Math.max(from, whole + 1), Math.min(to, width + whole)];
    for (let x = from; x < safeFrom; x++) out[row + x] = blend(pixel(x - whole), pixel(x - whole - 1), w);
    for (let x = safeFrom; x < safeTo; x++) out[row + x] = blend(data[row + x - whole], data[row + x - whole - 1], w);
    for (let x = Math.max(safeFrom, safeTo); x < to; x++) out[row + x] = blend(pixel(x - whole), pixel(x - whole - 1), w);
  }
  return { data: out, width, height };
}

/** Each column moved up or down by `factor` times its distance from the middle column. */
function shearColumns(image: GreyImage, factor: number): GreyImage {
  const { data, width, height } = image;
  const out = new Uint8Array(width * height).fill(WHITE);
  const middle = (width - 1) / 2;
  const wholes = new Int32Array(width);
  const weights = new Int32Array(width);
  for (let x = 0; x < width; x++) {
    const shift = Math.round(factor * (x - middle) * FRACTION);
    wholes[x] = Math.floor(shift / FRACTION);
    weights[x] = shift - wholes[x] * FRACTION;
  }
  // Row by row (columns in memory order would be slow): output (x, y) lies between input rows
  // y - whole - 1 and y - whole. The whole shift changes only every few dozen columns: each
  // stretch of columns sharing it reads two input rows straight along.
  const stretches: number[] = [0];
  for (let x = 1; x < width; x++) if (wholes[x] !== wholes[x - 1]) stretches.push(x);
  stretches.push(width);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let k = 0; k + 1 < stretches.length; k++) {
      const [start, end] = [stretches[k], stretches[k + 1]];
      const near = y - wholes[start];
      if (near < 0 || near > height) continue; // both input rows off the page: stays white
      if (near === 0 || near === height) {
        // One input row on the page, the other white beyond its edge.
        for (let x = start; x < end; x++) out[row + x] = blend(near < height ? data[near * width + x] : WHITE, near > 0 ? data[(near - 1) * width + x] : WHITE, weights[x]);
        continue;
      }
      const [lower, upper] = [near * width, (near - 1) * width];
      for (let x = start; x < end; x++) {
        out[row + x] = blend(data[lower + x], data[upper + x], weights[x]);
      }
    }
  }
  return { data: out, width, height };
}
