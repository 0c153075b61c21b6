// A page fed in crooked (a fax, a flatbed scan, a phone photo) has its text lines at a slant.
// tesseract copes with a little slant but reads ruled tables worse, and the rules cannot be found
// and taken out (remove-rules.ts) until they are level. The angle is found by projection: at the
// right angle the dark pixels pile up in few rows (text lines and rules), so the sum of squared
// row counts is largest.

export interface GreyImage {
  /** One byte per pixel, 0 black .. 255 white, row by row. */
  data: Uint8Array;
  width: number;
  height: number;
}

/** Searched range and steps, in degrees: scanners and fax feeders stay within a few degrees. */
const MAX_DEGREES = 4;
const COARSE_STEP = 0.2;
const FINE_STEP = 0.025;
/** Pixels sampled across: enough for a tenth of a degree, cheap on a 300 dpi page. */
const SAMPLE_WIDTH = 900;
const DARK = 128;

/**
 * The clockwise slant of the page's lines in degrees (positive: lines fall to the right), found
 * to about 0.05 degrees; 0 when the page has too little ink to tell.
 */
export function findSkew(image: GreyImage): number {
  const points = samplePoints(image);
  if (points.xs.length < 200) return 0;
  const score = (degrees: number) => profileScore(points, Math.tan((degrees * Math.PI) / 180));
  let best = 0;
  let bestScore = score(0);
  for (let d = -MAX_DEGREES; d <= MAX_DEGREES + 1e-9; d += COARSE_STEP) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const centre = best;
  for (let d = centre - COARSE_STEP; d <= centre + COARSE_STEP + 1e-9; d += FINE_STEP) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.round(best * 1000) / 1000;
}

interface Points {
  xs: Float64Array;
  ys: Float64Array;
  rows: number;
}

// Dark pixels of a downsampled copy (every `step`-th pixel each way), centred on the page middle.
function samplePoints(image: GreyImage): Points {
  const step = Math.max(1, Math.floor(image.width / SAMPLE_WIDTH));
  const xs: number[] = [];
  const ys: number[] = [];
  const cx = image.width / 2;
  const cy = image.height / 2;
  for (let y = 0; y < image.height; y += step) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x += step) {
      if (image.data[row + x] < DARK) {
        xs.push((x - cx) / step);
        ys.push((y - cy) / step);
      }
    }
  }
  // A page mostly dark (a photo's desk, a black border) says nothing about its lines.
  const total = Math.ceil(image.width / step) * Math.ceil(image.height / step);
  if (xs.length > total * 0.35) return { xs: new Float64Array(0), ys: new Float64Array(0), rows: 0 };
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), rows: Math.ceil(image.height / step) * 2 };
}

function profileScore(points: Points, slope: number): number {
  const bins = new Float64Array(points.rows * 2 + 1);
  const offset = points.rows;
  for (let i = 0; i < points.xs.length; i++) {
    // The row the point would be in with the page turned level.
    const row = Math.round(points.ys[i] - points.xs[i] * slope) + offset;
    if (row >= 0 && row < bins.length) bins[row] += 1;
  }
  let sum = 0;
  for (const b of bins) sum += b * b;
  return sum;
}
