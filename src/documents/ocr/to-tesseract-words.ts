// tesseract.js's block → paragraph → line → word tree, flattened to the layout model's words.
// The shape is typed here, by what is read, so the mapping is testable with plain objects.

import type { Word } from '../../domain/layout.ts';
import type { RecognizedPage } from './ocr-engine.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TesseractWord {
  text: string;
  confidence: number;
  bbox: Box;
}
interface TesseractLine {
  bbox: Box;
  words: TesseractWord[];
}
export interface TesseractPage {
  blocks: Array<{ paragraphs: Array<{ lines: TesseractLine[] }> }> | null;
}

/** Words (image pixels, conf 0..1) and their mean confidence. */
export function toTesseractWords(page: TesseractPage): RecognizedPage {
  const words: Word[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) words.push(...toLineWords(line));
    }
  }
  const meanConf = words.length ? words.reduce((sum, w) => sum + w.conf, 0) / words.length : 0;
  return { words, meanConf: Math.round(meanConf * 1000) / 1000 };
}

/** Table borders and rules read as text: "|", "—", "___". A lone "-" may be a value ("no discount"). */
const RULE_WORD = /^[|¦—–_=~]+$|^-{2,}$/;
/** No letter, digit or currency sign: punctuation, or dirt read as punctuation. */
const MARKS_ONLY = /^[^\p{L}\p{N}\p{Sc}]+$/u;
/** Below this confidence (0..100) a marks-only word is dirt: on the scans set the specks of a fax
 * and the grain of a photo read as ";", "." or "+" at 0..49, real punctuation at 80 and above. */
const MIN_MARKS_CONFIDENCE = 60;

// Words take their line's top and bottom: "a", "Py" and "[Purchase" then share one vertical band,
// so the line and row grouping downstream sees one line where tesseract found one.
function toLineWords(line: TesseractLine): Word[] {
  return line.words
    .map((w) => ({ ...w, text: w.text.trim() }))
    .filter((w) => w.text !== '' && !RULE_WORD.test(w.text) && !(MARKS_ONLY.test(w.text) && w.confidence < MIN_MARKS_CONFIDENCE))
    .map((w) => ({
      text: w.text,
      x0: w.bbox.x0,
      y0: line.bbox.y0,
      x1: w.bbox.x1,
      y1: line.bbox.y1,
      conf: Math.round(Math.min(100, Math.max(0, w.confidence))) / 100,
    }));
}
