// A phone photo is lit from one side: the far side of the sheet is grey, and tesseract's single
// threshold for the page turns it black or drops its lighter text (a photographed order lost its
// whole amount column). Dividing each pixel by the paper's own brightness around it makes the
// paper white everywhere and leaves the ink dark; the desk around the sheet goes white too.
// The paper's brightness is the page shrunk 16 times, with ink taken out by a maximum filter,
// smoothed and grown back. With a maximum over 32 page pixels, a block of bold labels set close
// together still darkened its own estimate: grey boxes formed around it, and tesseract took them
// for pictures and dropped the labels in them.

import sharp from 'sharp';
import type { GreyImage } from './find-skew.ts';

const SHRINK = 16;
/** Lightest pixel within 4 small pixels (64 page pixels each way). */
const RADIUS = 4;

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
  const paper = await sharp(lightest, { raw: { ...small, channels: 1 } })
    .blur(2)
    .resize(page.width, page.height, { fit: 'fill', kernel: 'linear' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  const { data } = page;
  for (let i = 0; i < data.length; i++) {
    const light = paper[i];
    data[i] = light <= data[i] ? 255 : Math.round((data[i] * 255) / light);
  }
}

function rankFilter(data: Uint8Array, width: number, height: number, radius: number, pick: (a: number, b: number) => number): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let value = data[y * width + x];
      for (let dy = Math.max(0, y - radius); dy <= Math.min(height - 1, y + radius); dy++) {
        for (let dx = Math.max(0, x - radius); dx <= Math.min(width - 1, x + radius); dx++) value = pick(value, data[dy * width + dx]);
      }
      out[y * width + x] = value;
    }
  }
  return out;
}
