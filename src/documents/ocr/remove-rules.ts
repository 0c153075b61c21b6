// Table rules and box borders read as text: a column rule beside a number becomes "40|", "10)" or
// "11]", and the number is lost to the table reader. Rules are long, thin, straight runs of ink,
// which letters never are, so on a level page (find-skew.ts) they can be found and whitened.
// Thick dark areas (a filled header bar, a logo, the desk around a photographed sheet) are kept:
// white text may sit on them. Every pass is a plain loop over typed arrays: a 300 dpi page is
// 8.7 million pixels, and this runs before every OCR read.

import { INK_LEVEL, type GreyImage } from './grey-image.ts';

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
  /** First and last ink column of each row: every mark is ink, so the passes look only between them. */
  inkFrom: Int32Array;
  inkTo: Int32Array;
  /** The flags of each row ORed together: a pass skips the rows without the marks it looks for. */
  rowFlags: Uint8Array;
  /** First and last column of each row marked ACROSS or DOWN: what is cleared lies between them. */
  markFrom: Int32Array;
  markTo: Int32Array;
}

/** Whitens the rules of `image` in place; returns how many pixels it whitened. */
export function removeRules(image: GreyImage, limits: RuleLimits): number {
  // Searched at full resolution: in 2 x 2 blocks (half the time) the gaps between bold letters
  // closed, and "Zahlungsbedingungen:" was cut through as if it were a rule.
  const { width, height, data } = image;
  const page: Page = {
    flags: new Uint8Array(width * height),
    width,
    height,
    rowInk: new Int32Array(height),
    inkFrom: new Int32Array(height),
    inkTo: new Int32Array(height),
    rowFlags: new Uint8Array(height),
    markFrom: new Int32Array(height).fill(width),
    markTo: new Int32Array(height).fill(-1),
  };
  const { flags, rowInk, inkFrom, inkTo, rowFlags, markFrom, markTo } = page;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let n = 0;
    let from = width;
    let to = -1;
    // Flags start at zero and ink is sparse: a branch that writes only ink beats a write per pixel.
    for (let x = 0; x < width; x++) {
      if (data[row + x] >= INK_LEVEL) continue;
      flags[row + x] = INK;
      n += 1;
      if (from > x) from = x;
      to = x;
    }
    rowInk[y] = n;
    inkFrom[y] = from;
    inkTo[y] = to;
  }
  markRows(page, limits.minHorizontal, limits.slack);
  markColumns(page, limits.minVertical, limits.slack);
  thinAcrossRows(page, limits.maxThickness);
  thinAcrossColumns(page, limits.maxThickness);
  let cleared = 0;
  for (let y = 0; y < height; y++) {
    if (!(rowFlags[y] & CLEAR)) continue;
    for (let i = y * width + markFrom[y], end = y * width + markTo[y]; i <= end; i++) {
      if (!(flags[i] & CLEAR) || data[i] >= INK_LEVEL) continue;
      data[i] = 255;
      cleared += 1;
    }
  }
  if (cleared > 0) whitenHalo(image, page);
  return cleared;
}

// Marks the ink of runs along rows at least `min` long. A run may jump one light pixel (a scanned
// rule has gaps, a fax drops the odd black pixel) and counts ink up to `slack` rows above and
// below, so a rule that steps by a pixel or two is still one run.
function markRows(page: Page, min: number, slack: number): void {
  const { width, height, flags, rowInk, inkFrom, inkTo, rowFlags, markFrom, markTo } = page;
  const near = new Uint16Array(width); // ink pixels in rows y - slack .. y + slack, per column
  let window = 0; // ink pixels in those rows
  for (let y = 0; y < Math.min(height, slack); y++) window += rowInk[y];
  // Rows counted in `near`. It is brought up to date only for the rows that are searched: most
  // ink rows of a photo are specks far from any line of text, and adding and taking away every
  // ink row was most of this pass.
  let countedFrom = 0;
  let countedTo = -1;
  for (let y = 0; y < height; y++) {
    const enter = y + slack;
    const leave = y - slack - 1;
    window += (enter < height ? rowInk[enter] : 0) - (leave >= 0 ? rowInk[leave] : 0);
    // Too little ink near the row for a rule: nothing to mark (the usual blank or short row).
    if (window < min / 2 || rowInk[y] === 0) continue; // a run may skip every other pixel
    const top = Math.max(0, y - slack);
    const bottom = Math.min(height - 1, y + slack);
    for (let k = countedFrom; k <= Math.min(countedTo, top - 1); k++) {
      for (let x = inkFrom[k], r = k * width; x <= inkTo[k]; x++) near[x] -= flags[r + x] & INK;
    }
    for (let k = Math.max(countedTo + 1, top); k <= bottom; k++) {
      for (let x = inkFrom[k], r = k * width; x <= inkTo[k]; x++) near[x] += flags[r + x] & INK;
    }
    countedFrom = top;
    countedTo = bottom;
    // Columns with ink nearby lie within the ink spans of the rows in the window.
    let from = width;
    let to = -1;
    for (let k = top; k <= bottom; k++) {
      from = Math.min(from, inkFrom[k]);
      to = Math.max(to, inkTo[k]);
    }
    const row = y * width;
    let start = -1;
    let gap = 0;
    for (let x = from; x <= width; x++) {
      if (x > to && start < 0) break;
      if (x < width && near[x] > 0) {
        if (start < 0) start = x;
        gap = 0;
        continue;
      }
      if (start >= 0 && x < width && gap === 0) {
        gap = 1;
        continue;
      }
      if (start >= 0 && x - gap - start >= min) {
        for (let k = start; k < x - gap; k++) {
          if (!(flags[row + k] & INK)) continue;
          flags[row + k] |= ACROSS;
          rowFlags[y] |= ACROSS;
          markFrom[y] = Math.min(markFrom[y], k);
          markTo[y] = Math.max(markTo[y], k);
        }
      }
      start = -1;
      gap = 0;
    }
  }
}

// The same down the columns, row by row (columns in memory order would be slow): each column
// keeps its run's start and gap while the rows go by.
function markColumns(page: Page, min: number, slack: number): void {
  const { width, height, flags, rowInk, inkFrom, inkTo, rowFlags, markFrom, markTo } = page;
  const start = new Int32Array(width).fill(-1);
  const gap = new Uint8Array(width);
  // Columns with a run going lie within openFrom .. openTo (none when openFrom > openTo). A row
  // looks only there and within `slack` of its own ink: elsewhere no run starts, goes on or ends.
  let openFrom = width;
  let openTo = -1;
  const end = (x: number, stop: number) => {
    if (stop - start[x] >= min) {
      for (let k = start[x]; k < stop; k++) {
        if (!(flags[k * width + x] & INK)) continue;
        flags[k * width + x] |= DOWN;
        rowFlags[k] |= DOWN;
        markFrom[k] = Math.min(markFrom[k], x);
        markTo[k] = Math.max(markTo[k], x);
      }
    }
    start[x] = -1;
    gap[x] = 0;
  };
  for (let y = 0; y <= height; y++) {
    const ink = y < height && rowInk[y] > 0;
    if (!ink && openFrom > openTo) continue;
    const row = y * width;
    const from = ink ? Math.min(openFrom, Math.max(0, inkFrom[y] - slack)) : openFrom;
    const to = ink ? Math.max(openTo, Math.min(width - 1, inkTo[y] + slack)) : openTo;
    // Ink within `slack` columns to either side: the last ink up to x + slack is no further left
    // than x - slack (a row without ink has none).
    let last = -slack - 1;
    if (ink) for (let x = Math.max(0, from - slack); x < Math.min(width, from + slack); x++) if (flags[row + x] & INK) last = x;
    openFrom = width;
    openTo = -1;
    for (let x = from; x <= to; x++) {
      if (ink && x + slack < width && flags[row + x + slack] & INK) last = x + slack;
      if (last >= x - slack) {
        if (start[x] < 0) start[x] = y;
        gap[x] = 0;
      } else if (start[x] < 0) {
        continue;
      } else if (y < height && gap[x] === 0) {
        gap[x] = 1;
      } else {
        end(x, y - gap[x]);
        continue;
      }
      if (openFrom > x) openFrom = x;
      openTo = x;
    }
  }
}

// A rule is marked in a few neighbouring pixels across it (its thickness), a filled bar in many.
// Only stacks no thicker than `max` are cleared, and not where a stroke at least as long leaves
// the rule (not a crossing rule): there a letter meets it, and cutting there took the descenders
// of an underlined "Shipped To:", which then read "Shioped To:". Fax specks on a rule are shorter.
// Horizontal rules stack down the columns.
function thinAcrossRows(page: Page, max: number): void {
  const { width, height, flags, rowFlags } = page;
  const start = new Int32Array(width).fill(-1);
  let open = 0; // columns with a stack going
  // A stroke of at least `max` pixels leaving the rule: a speck or the rule's own ragged edge is shorter.
  const touches = (y: number, x: number, step: number) => {
    let n = 0;
    for (let k = y; k >= 0 && k < height && n < max && (flags[k * width + x] & (INK | DOWN)) === INK; k += step) n++;
    return n >= max;
  };
  for (let y = 0; y <= height; y++) {
    // A row without marks and no stack open above it has nothing to start or end: most rows.
    const marked = y < height && (rowFlags[y] & ACROSS) !== 0;
    if (!marked && open === 0) continue;
    for (let x = 0; x < width; x++) {
      if (marked && flags[y * width + x] & ACROSS) {
        if (start[x] < 0) {
          start[x] = y;
          open += 1;
        }
        continue;
      }
      const s = start[x];
      if (s < 0) continue;
      if (y - s <= max && !touches(s - 1, x, -1) && !touches(y, x, 1)) {
        for (let k = s; k < y; k++) {
          flags[k * width + x] |= CLEAR;
          rowFlags[k] |= CLEAR;
        }
      }
      start[x] = -1;
      open -= 1;
    }
  }
}

/** Vertical rules stack along the rows. */
function thinAcrossColumns(page: Page, max: number): void {
  const { width, height, flags, markFrom, markTo, rowFlags } = page;
  const touches = (row: number, x: number, step: number) => {
    let n = 0;
    for (let k = x; k >= 0 && k < width && n < max && (flags[row + k] & (INK | ACROSS)) === INK; k += step) n++;
    return n >= max;
  };
  for (let y = 0; y < height; y++) {
    if (!(rowFlags[y] & DOWN)) continue;
    const row = y * width;
    let start = -1;
    for (let x = markFrom[y]; x <= markTo[y] + 1; x++) {
      if (x < width && flags[row + x] & DOWN) {
        if (start < 0) start = x;
        continue;
      }
      if (start < 0) continue;
      if (x - start <= max && !touches(row, start - 1, -1) && !touches(row, x, 1)) {
        for (let k = start; k < x; k++) flags[row + k] |= CLEAR;
        rowFlags[y] |= CLEAR;
      }
      start = -1;
    }
  }
}

// Scans blur a rule into grey edges; left behind they read as "_" or "-". Light-grey pixels on
// a cleared pixel or next to one go too.
function whitenHalo(image: GreyImage, page: Page): void {
  const { data, width, height } = image;
  const { rowFlags, markFrom, markTo, flags } = page;
  const clear = (i: number) => flags[i] & CLEAR;
  for (let y = 0; y < height; y++) {
    // Only a row with a cleared pixel or beside one can hold a halo pixel, and only beside the
    // marked spans of those rows.
    let from = width;
    let to = -1;
    for (let k = Math.max(0, y - 1); k <= Math.min(height - 1, y + 1); k++) {
      if (!(rowFlags[k] & CLEAR)) continue;
      from = Math.min(from, markFrom[k] - 1);
      to = Math.max(to, markTo[k] + 1);
    }
    for (let x = Math.max(0, from); x <= Math.min(width - 1, to); x++) {
      const i = y * width + x;
      if (data[i] >= HALO || data[i] < INK_LEVEL - 40) continue;
      const near = clear(i) || (x > 0 && clear(i - 1)) || (x < width - 1 && clear(i + 1)) || (y > 0 && clear(i - width)) || (y < height - 1 && clear(i + width));
      if (near) data[i] = 255;
    }
  }
}
