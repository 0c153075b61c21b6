// Pages arrive sideways or upside down (a fax fed the wrong way, a phone photo without EXIF).
// tesseract's own orientation detection needs the legacy engine and the osd traineddata, a second
// and slower engine; instead a page that reads badly is tried at 180, 90 and 270 degrees, and
// the reading with the most confident text wins. Upright pages, the usual case, cost nothing extra.

import type { RecognizedPage } from './ocr-engine.ts';
import { rotatePrepared, type PreparedPage } from './preprocess-page.ts';

/** A reading at least this confident, with a few words, is taken as upright. */
const UPRIGHT_CONF = 0.6;
const UPRIGHT_WORDS = 3;
const TURNS = [180, 90, 270];

export interface UprightReading {
  page: PreparedPage;
  result: RecognizedPage;
  /** Clockwise turn applied to the page, in degrees. */
  rotation: number;
}

/** Reads the page, turning it when the first reading suggests it is not upright. */
export async function recognizeUpright(page: PreparedPage, read: (page: PreparedPage) => Promise<RecognizedPage>): Promise<UprightReading> {
  let best: UprightReading = { page, result: await read(page), rotation: 0 };
  if (isUpright(best.result)) return best;
  for (const rotation of TURNS) {
    const turned = await rotatePrepared(page, rotation);
    const reading = { page: turned, result: await read(turned), rotation };
    if (toTextScore(reading.result) > toTextScore(best.result)) best = reading;
    if (isUpright(reading.result)) break;
  }
  return best;
}

function isUpright(result: RecognizedPage): boolean {
  return result.meanConf >= UPRIGHT_CONF && result.words.length >= UPRIGHT_WORDS;
}

// Confident letters and digits, so a page of noise read as many short junk words does not win.
function toTextScore(result: RecognizedPage): number {
  return result.words.reduce((sum, w) => sum + w.conf * w.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
}
