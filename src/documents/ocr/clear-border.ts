// What lies around the sheet: the desk in a phone photo, the lid of a scanner, the black edge of
// a fax. tesseract takes a large dark area beside text for a picture and drops the text next to
// it (a photographed order lost all its bold labels and its left column to the desk's edge).
// Dark areas that touch the image's edge and are large are whitened; a letter or a rule that
// merely touches the edge is small and stays.

import { INK_LEVEL, type GreyImage } from './grey-image.ts';

/** A dark area this long along one side of the image is no letter: a twelfth of the side. */
const MIN_SPAN = 1 / 12;

/** Whitens large dark areas joined to the image's edge, in place; returns the pixels whitened. */
export function clearBorder(image: GreyImage): number {
  const { data, width, height } = image;
  const edge: number[] = [];
  for (let x = 0; x < width; x++) edge.push(x, (height - 1) * width + x);
  for (let y = 0; y < height; y++) edge.push(y * width, y * width + width - 1);
  const seeds = edge.filter((i) => data[i] < INK_LEVEL);
  if (seeds.length === 0) return 0; // the usual page: white to its edges
  const seen = new Uint8Array(width * height);
  let whitened = 0;
  for (const seed of seeds) {
    if (seen[seed]) continue;
    // First the area's extent (marking it seen), then, if it is large, the same fill whitening it.
    const box = { x0: width, x1: 0, y0: height, y1: 0 };
    flood(
      image,
      seed,
      (i) => !seen[i],
      (i, x, y) => {
        seen[i] = 1;
        [box.x0, box.x1, box.y0, box.y1] = [Math.min(box.x0, x), Math.max(box.x1, x), Math.min(box.y0, y), Math.max(box.y1, y)];
      },
    );
    if (box.x1 - box.x0 < width * MIN_SPAN && box.y1 - box.y0 < height * MIN_SPAN) continue;
    flood(
      image,
      seed,
      () => true,
      (i) => {
        data[i] = 255;
        whitened += 1;
      },
    );
  }
  return whitened;
}

// Visits the dark pixels 4-connected to `seed` that `open` allows, each once: `visit` must make
// `open` false (or the pixel light) for a visited pixel. An explicit stack, no recursion.
function flood(image: GreyImage, seed: number, open: (i: number) => boolean, visit: (i: number, x: number, y: number) => void): void {
  const { data, width, height } = image;
  const stack = [seed];
  visit(seed, seed % width, Math.floor(seed / width));
  while (stack.length > 0) {
    const i = stack.pop()!;
    const x = i % width;
    const y = (i - x) / width;
    for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
      if (j >= 0 && data[j] < INK_LEVEL && open(j)) {
        const jx = j % width;
        visit(j, jx, (j - jx) / width);
        stack.push(j);
      }
    }
  }
}
