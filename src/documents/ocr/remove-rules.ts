// Table rules and box borders read as text: a column rule beside a number becomes "40|", "10)" or
// "11]", and the number is lost to the table reader. Rules are long, thin, straight runs of ink,
// which letters never are, so on a level page (find-skew.ts) they can be found and whitened.
// Thick dark areas (a filled header bar, a logo, the desk around a photographed sheet) are kept:
// white text may sit on them. Every pass is a plain loop over typed arrays: a 300 dpi page is
// 8.7 million pixels, and this runs before every OCR read.

import type { GreyImage } from './find-skew.ts';

export interface RuleLimits {
  /** Shortest horizontal rule, in pixels. */
  minHorizontal: number;
  /** Shortest vertical rule, in pixels. */
  minVertical: number;
  /** Thickest line still a rule, in pixels. */
  maxThickness: number;
  /** How far across a rule may wander along its length, in pixels: a crooked fax steps its rules. */
  slack: number;
}

const DARK = 140;
/** Grey halo of a scanned rule left beside it once the rule is gone. */
const HALO = 200;

/** Limits for a page at `dpi`: rules at least an inch across or half an inch down, at most 1/25 inch thick. */
export function toRuleLimits(dpi: number): RuleLimits {
  return { minHorizontal: Math.round(dpi), minVertical: Math.round(dpi / 2), maxThickness: Math.max(2, Math.round(dpi / 25)), slack: Math.max(1, Math.round(dpi / 100)) };
}

/** One byte of flags per pixel (four page-sized arrays were 35 MB of a 300 dpi page). */
const INK = 1;
const ACROSS = 2; // part of a horizontal rule run
const DOWN = 4; // part of a vertical rule run
const CLEAR = 8; // to be whitened

interface Page {
  flags: Uint8Array;
  width: number;
  height: number;
  /** Ink pixels per row: most rows of a page are blank, and every pass skips them. */
  rowInk: Int32Array;
}

/** Whitens the rules of `image` in place; returns how many pixels it whitened. */
export function removeRules(image: GreyImage, limits: RuleLimits): number {
  // Searched at full resolution: in 2 x 2 blocks (half the time) the gaps between bold letters
  // closed, and "Zahlungsbedingungen:" was cut through as if it were a rule.
  const { width, height, data } = image;
  const page: Page = { flags: new Uint8Array(width * height), width, height, rowInk: new Int32Array(height) };
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let i = y * width; i < (y + 1) * width; i++) {
      const dark = data[i] < DARK ? INK : 0;
      page.flags[i] = dark;
      n += dark;
    }
    page.rowInk[y] = n;
  }
  markRows(page, limits.minHorizontal, limits.slack);
  markColumns(page, limits.minVertical, limits.slack);
  thinAcrossRows(page, limits.maxThickness);
  thinAcrossColumns(page, limits.maxThickness);
  let cleared = 0;
  for (let i = 0; i < page.flags.length; i++) {
    if (!(page.flags[i] & CLEAR) || data[i] >= DARK) continue;
    data[i] = 255;
    cleared += 1;
  }
  if (cleared > 0) whitenHalo(image, page);
  return cleared;
}

// Marks the ink of runs along rows at least `min` long. A run may jump one light pixel (a scanned
// rule has gaps, a fax drops the odd black pixel) and counts ink up to `slack` rows above and
// below, so a rule that steps by a pixel or two is still one run.
function markRows(page: Page, min: number, slack: number): void {
  const { width, height, flags, rowInk } = page;
  const near = new Uint16Array(width); // ink pixels in rows y - slack .. y + slack, per column
  let window = 0; // ink pixels in those rows
  for (let y = 0; y < Math.min(height, slack); y++) {
    for (let x = 0; x < width; x++) near[x] += flags[y * width + x] & INK;
    window += rowInk[y];
  }
  for (let y = 0; y < height; y++) {
    const enter = y + slack;
    const leave = y - slack - 1;
    if (enter < height && rowInk[enter] > 0) for (let x = 0, r = enter * width; x < width; x++) near[x] += flags[r + x] & INK;
    if (leave >= 0 && rowInk[leave] > 0) for (let x = 0, r = leave * width; x < width; x++) near[x] -= flags[r + x] & INK;
    window += (enter < height ? rowInk[enter] : 0) - (leave >= 0 ? rowInk[leave] : 0);
    // Too little ink near the row for a rule: nothing to mark (the usual blank or short row).
    if (window < min / 2 || rowInk[y] === 0) continue; // a run may skip every other pixel
    const row = y * width;
    let start = -1;
    let gap = 0;
    for (let x = 0; x <= width; x++) {
      if (x < width && near[x] > 0) {
        if (start < 0) start = x;
        gap = 0;
        continue;
      }
      if (start >= 0 && x < width && gap === 0) {
        gap = 1;
        continue;
      }
      if (start >= 0 && x - gap - start >= min) for (let k = start; k < x - gap; k++) if (flags[row + k] & INK) flags[row + k] |= ACROSS;
      start = -1;
      gap = 0;
    }
  }
}

// The same down the columns, row by row (columns in memory order would be slow): each column
// keeps its run's start and gap while the rows go by.
function markColumns(page: Page, min: number, slack: number): void {
  const { width, height, flags, rowInk } = page;
  const start = new Int32Array(width).fill(-1);
  const gap = new Uint8Array(width);
  const near = new Uint8Array(width);
  let active = 0; // columns with a run going
  const end = (x: number, stop: number) => {
    if (stop - start[x] >= min) for (let k = start[x]; k < stop; k++) if (flags[k * width + x] & INK) flags[k * width + x] |= DOWN;
    start[x] = -1;
    gap[x] = 0;
    active -= 1;
  };
  for (let y = 0; y <= height; y++) {
    const row = y * width;
    if (y < height && rowInk[y] === 0 && active === 0) continue;
    if (y < height) {
      // Ink within `slack` columns to either side, by a running count along the row.
      let count = 0;
      for (let x = 0; x < Math.min(width, slack); x++) count += flags[row + x] & INK;
      for (let x = 0; x < width; x++) {
        if (x + slack < width) count += flags[row + x + slack] & INK;
        if (x - slack - 1 >= 0) count -= flags[row + x - slack - 1] & INK;
        near[x] = count > 0 ? 1 : 0;
      }
    }
    for (let x = 0; x < width; x++) {
      if (y < height && near[x]) {
        if (start[x] < 0) {
          start[x] = y;
          active += 1;
        }
        gap[x] = 0;
      } else if (start[x] >= 0) {
        if (y < height && gap[x] === 0) gap[x] = 1;
        else end(x, y - gap[x]);
      }
    }
  }
}

// A rule is marked in a few neighbouring pixels across it (its thickness), a filled bar in many.
// Only stacks no thicker than `max` are cleared, and not where a stroke at least as long leaves
// the rule (not a crossing rule): there a letter meets it, and cutting there took the descenders
// of an underlined "Shipped To:", which then read "Shioped To:". Fax specks on a rule are shorter.
// Horizontal rules stack down the columns.
function thinAcrossRows(page: Page, max: number): void {
  const { width, height, flags } = page;
  const start = new Int32Array(width).fill(-1);
  // A stroke of at least `max` pixels leaving the rule: a speck or the rule's own ragged edge is shorter.
  const touches = (y: number, x: number, step: number) => {
    let n = 0;
    for (let k = y; k >= 0 && k < height && n < max && (flags[k * width + x] & (INK | DOWN)) === INK; k += step) n++;
    return n >= max;
  };
  for (let y = 0; y <= height; y++) {
    for (let x = 0; x < width; x++) {
      if (y < height && flags[y * width + x] & ACROSS) {
        if (start[x] < 0) start[x] = y;
        continue;
      }
      const s = start[x];
      if (s < 0) continue;
      if (y - s <= max && !touches(s - 1, x, -1) && !touches(y, x, 1)) for (let k = s; k < y; k++) flags[k * width + x] |= CLEAR;
      start[x] = -1;
    }
  }
}

/** Vertical rules stack along the rows. */
function thinAcrossColumns(page: Page, max: number): void {
  const { width, height, flags } = page;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const touches = (x: number, step: number) => {
      let n = 0;
      for (let k = x; k >= 0 && k < width && n < max && (flags[row + k] & (INK | ACROSS)) === INK; k += step) n++;
      return n >= max;
    };
    let start = -1;
    for (let x = 0; x <= width; x++) {
      if (x < width && flags[row + x] & DOWN) {
        if (start < 0) start = x;
        continue;
      }
      if (start < 0) continue;
      if (x - start <= max && !touches(start - 1, -1) && !touches(x, 1)) for (let k = start; k < x; k++) flags[row + k] |= CLEAR;
      start = -1;
    }
  }
}

// Scans blur a rule into grey edges; left behind they read as "_" or "-". Light-grey pixels on
// a cleared pixel or next to one go too.
function whitenHalo(image: GreyImage, page: Page): void {
  const { data, width, height } = image;
  const { rowInk, flags } = page;
  const clear = (i: number) => flags[i] & CLEAR;
  for (let y = 0; y < height; y++) {
    // A halo pixel is grey, and a row without ink may still hold grey: only rows far from ink skip.
    if (rowInk[y] === 0 && (y === 0 || rowInk[y - 1] === 0) && (y === height - 1 || rowInk[y + 1] === 0)) continue;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (data[i] >= HALO || data[i] < DARK - 40) continue;
      const near = clear(i) || (x > 0 && clear(i - 1)) || (x < width - 1 && clear(i + 1)) || (y > 0 && clear(i - width)) || (y < height - 1 && clear(i + width));
      if (near) data[i] = 255;
    }
  }
}
