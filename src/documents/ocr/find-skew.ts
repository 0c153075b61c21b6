// A page fed in crooked (a fax, a flatbed scan, a phone photo) has its text lines at a slant.
// tesseract copes with a little slant but reads ruled tables worse, and the rules cannot be found
// and taken out (remove-rules.ts) until they are level. The angle is found by projection: at the
// right angle the dark pixels pile up in few rows (text lines and rules), so the sum of squared
// row counts is largest.

import type { GreyImage } from './grey-image.ts';

/** Searched range, in degrees: scanners and fax feeders stay within a few degrees. */
const MAX_DEGREES = 4;
/** Pixels sampled across: enough for a tenth of a degree, cheap on a 300 dpi page. */
const SAMPLE_WIDTH = 900;
const DARK = 128;

/**
 * The clockwise slant of the page's lines in degrees (positive: lines fall to the right), found
 * to about 0.05 degrees; 0 when the page has too little ink to tell.
 */
// The whole range in 0.2 degree steps on a quarter of the sampled pixels (enough to tell which
// step is best), then 0.025 degree steps around the best on all of them: 60 -> 40 ms on a fax
// page, and the same angle as with every pixel throughout on each page of the scans sets.
export function findSkew(image: GreyImage): number {
  const points = samplePoints(image);
  if (points.xs.length < 200) return 0;
  const few = thinOut(points, 4);
  const coarse = search(few, { angle: 0, score: profileScore(few, 0) }, MAX_DEGREES, 0.2);
  const start = { angle: coarse.angle, score: profileScore(points, toSlope(coarse.angle)) };
  const fine = search(points, start, 0.2, 0.025);
  return Math.round(fine.angle * 1000) / 1000;
}

interface Best {
  angle: number;
  score: number;
}

/** The best of `best` and the angles `centre - range .. centre + range` in `step`s. */
function search(points: Points, best: Best, range: number, step: number): Best {
  const centre = best.angle;
  let found = best;
  for (let d = centre - range; d <= centre + range + 1e-9; d += step) {
    const score = profileScore(points, toSlope(d));
    if (score > found.score) found = { angle: d, score };
  }
  return found;
}

function toSlope(degrees: number): number {
  return Math.tan((degrees * Math.PI) / 180);
}

/** Every `n`-th sampled pixel. */
function thinOut(points: Points, n: number): Points {
  const keep = (_: number, i: number) => i % n === 0;
  return { xs: points.xs.filter(keep), ys: points.ys.filter(keep), rows: points.rows };
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
