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

const RULE_WORD = /^[|—–_=~¦]+$|^-{2,}$/;
function toLineWords(line: TesseractLine): Word[] {
  return line.words
    .filter((w) => w.text.trim() !== '')
    .filter((w) => !process.env.EXP_DROPRULES || !RULE_WORD.test(w.text.trim()))
    .map((w) => ({
      text: w.text.trim(),
      x0: w.bbox.x0,
      y0: process.env.EXP_LINEBOX ? line.bbox.y0 : w.bbox.y0,
      x1: w.bbox.x1,
      y1: process.env.EXP_LINEBOX ? line.bbox.y1 : w.bbox.y1,
      conf: Math.round(Math.min(100, Math.max(0, w.confidence))) / 100,
    }));
}
