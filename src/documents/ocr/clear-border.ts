// What lies around the sheet: the desk in a phone photo, the lid of a scanner, the black edge of
// a fax. tesseract takes a large dark area beside text for a picture and drops the text next to
// it (a photographed order lost all its bold labels and its left column to the desk's edge).
// Dark areas that touch the image's edge and are large are whitened; a letter or a rule that
// merely touches the edge is small and stays.

import type { GreyImage } from './find-skew.ts';

const DARK = 140;
/** A dark area this long along one side of the image is no letter: a twelfth of the side. */
const MIN_SPAN = 1 / 12;

/** Whitens large dark areas joined to the image's edge, in place; returns the pixels whitened. */
export function clearBorder(image: GreyImage): number {
  const { data, width, height } = image;
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const area = new Int32Array(width * height);
  let whitened = 0;
  const fill = (seed: number) => {
    if (seen[seed] || data[seed] >= DARK) return;
    // Depth-first over the 4-connected dark pixels, keeping the area's extent.
    let top = 0;
    stack[top++] = seed;
    seen[seed] = 1;
    let size = 0;
    let [x0, x1, y0, y1] = [width, 0, height, 0];
    while (top > 0) {
      const i = stack[--top];
      area[size++] = i;
      const x = i % width;
      const y = (i - x) / width;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
        if (j >= 0 && !seen[j] && data[j] < DARK) {
          seen[j] = 1;
          stack[top++] = j;
        }
      }
    }
    if (x1 - x0 < width * MIN_SPAN && y1 - y0 < height * MIN_SPAN) return;
    for (let k = 0; k < size; k++) data[area[k]] = 255;
    whitened += size;
  };
  for (let x = 0; x < width; x++) {
    fill(x);
    fill((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    fill(y * width);
    fill(y * width + width - 1);
  }
  return whitened;
}
