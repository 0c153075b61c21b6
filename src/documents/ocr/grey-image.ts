// The page as the cleaning steps see it: one byte of grey per pixel, row by row.

export interface GreyImage {
  /** One byte per pixel, 0 black .. 255 white, row by row. */
  data: Uint8Array;
  width: number;
  height: number;
}

/** Darker than this is ink to the rule and border steps: a scanned stroke's grey edge included, paper's grain not. */
export const INK_LEVEL = 140;
