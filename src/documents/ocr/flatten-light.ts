// A phone photo is lit from one side: the far side of the sheet is grey, and tesseract's single
// threshold for the page turns it black or drops its lighter text (a photographed order lost its
// whole amount column). Dividing each pixel by the paper's own brightness around it makes the
// paper white everywhere and leaves the ink dark; the desk around the sheet goes white too.
// The paper's brightness is the page shrunk 16 times, with ink taken out by a maximum filter,
// smoothed and grown back. With a maximum over 32 page pixels, a block of bold labels set close
// together still darkened its own estimate: grey boxes formed around it, and tesseract took them
// for pictures and dropped the labels in them.

import sharp from 'sharp';
import type { GreyImage } from './grey-image.ts';

const SHRINK = 16;
/** Lightest pixel within 4 small pixels (64 page pixels each way). */
const RADIUS = 4;

/** Paper this even (grey levels between its lightest and darkest) needs no evening out. */
const EVEN = 16;

/** Evens out the lighting of a grey page in place. */
export async function flattenLight(page: GreyImage): Promise<void> {
  const small = { width: Math.max(1, Math.round(page.width / SHRINK)), height: Math.max(1, Math.round(page.height / SHRINK)) };
  if (small.width < 8 || small.height < 8) return;
  const shrunk = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 1 } })
    .resize(small.width, small.height, { fit: 'fill' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  // sharp's dilate and erode are for black-and-white masks; on grey they are done here, on the small copy.
  // A closing: the maximum takes the ink out, the minimum after it gives the desk around the sheet
  // its own darkness back (with the maximum alone a dark frame of the desk stayed around the page).
  const lightest = rankFilter(rankFilter(shrunk, small.width, small.height, RADIUS, Math.max), small.width, small.height, RADIUS, Math.min);
  // No blur after it: blurring smeared the sheet's edge into the desk, and the desk beside the
  // edge stayed a dark band down the page, which tesseract took for a picture.
  const paper = lightest;
  let [min, max] = [255, 0];
  for (const v of paper) [min, max] = [Math.min(min, v), Math.max(max, v)];
  if (max - min <= EVEN) return; // a clean scan or a rendered page: nothing to even out
  divideByPaper(page, paper, small.width, small.height);
}

// Each pixel over the paper's brightness at its place, the small estimate grown back bilinearly
// row by row here: sharp's resize of it to the full page took 170-280 ms of a 300 dpi page.
function divideByPaper(page: GreyImage, paper: Uint8Array, sw: number, sh: number): void {
  const { data, width, height } = page;
  const sx = sw / width;
  const sy = sh / height;
  const x0 = new Int32Array(width);
  const wx = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const f = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), sw - 1);
    x0[x] = Math.min(Math.floor(f), sw - 2);
    wx[x] = f - x0[x];
  }
  const row = new Float32Array(sw);
  for (let y = 0; y < height; y++) {
    const f = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), sh - 1);
    const y0 = Math.min(Math.floor(f), sh - 2);
    const wy = f - y0;
    for (let x = 0; x < sw; x++) row[x] = paper[y0 * sw + x] * (1 - wy) + paper[(y0 + 1) * sw + x] * wy;
    const base = y * width;
    for (let x = 0; x < width; x++) {
      const light = row[x0[x]] * (1 - wx[x]) + row[x0[x] + 1] * wx[x];
      const v = data[base + x];
      data[base + x] = light <= v ? 255 : ((v * 255) / light + 0.5) | 0;
    }
  }
}

/** The maximum (or minimum) over a square of side 2 * radius + 1, as a row pass then a column pass. */
function rankFilter(data: Uint8Array, width: number, height: number, radius: number, pick: typeof Math.max): Uint8Array {
  const isMax = pick === Math.max;
  const across = rankPass(data, { lines: height, length: width, lineStep: width, step: 1 }, radius, isMax);
  return rankPass(across, { lines: width, length: height, lineStep: 1, step: width }, radius, isMax);
}

/** Lines of pixels in a flat image: `lines` of `length` pixels, `lineStep` apart, pixels `step` apart within one. */
interface Lines {
  lines: number;
  length: number;
  lineStep: number;
  step: number;
}

/** The maximum (or minimum) over 2 * radius + 1 neighbours along each line. */
function rankPass(data: Uint8Array, { lines, length, lineStep, step }: Lines, radius: number, isMax: boolean): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let line = 0; line < lines; line++) {
    const start = line * lineStep;
    for (let i = 0; i < length; i++) {
      let v = data[start + i * step];
      for (let k = Math.max(0, i - radius); k <= Math.min(length - 1, i + radius); k++) {
        const u = data[start + k * step];
        if (isMax ? u > v : u < v) v = u;
      }
      out[start + i * step] = v;
    }
  }
  return out;
}
