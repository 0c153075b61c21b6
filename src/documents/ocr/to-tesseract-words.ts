// tesseract's TSV (one row per page, block, paragraph, line and word) → the layout model's words.
// TSV rather than tesseract.js's block tree: building that tree (GetJSONText, with every symbol)
// took about 80 ms a page in the worker, against 50 ms for the TSV, before the tree was parsed
// and copied to the main thread; the words, boxes and confidences are the same.

import type { Word } from '../../domain/layout.ts';
import type { RecognizedPage } from './ocr-engine.ts';

/** TSV columns: level, page, block, paragraph, line, word, left, top, width, height, conf, text. */
const LINE_LEVEL = '4';
const WORD_LEVEL = '5';
const COLUMNS = 12;

/** Words (image pixels, conf 0..1) and their mean confidence, from tesseract's TSV text. */
export function toTesseractWords(tsv: string | null): RecognizedPage {
  const words: Word[] = [];
  let line: { top: number; bottom: number } | null = null;
  for (const row of (tsv ?? '').split('\n')) {
    const cells = row.split('\t');
    if (cells.length < COLUMNS) continue;
    const [left, top, width, height, confidence] = cells.slice(6, 11).map(Number);
    if (cells[0] === LINE_LEVEL) line = { top, bottom: top + height };
    if (cells[0] !== WORD_LEVEL || !line) continue;
    // Whole numbers, as the block tree gave them: the TSV's 96.66 would round to 0.97, not 0.96.
    const word = toLineWord(cells.slice(11).join('\t'), Math.trunc(confidence), left, left + width, line);
    if (word) words.push(word);
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
function toLineWord(raw: string, confidence: number, x0: number, x1: number, line: { top: number; bottom: number }): Word | null {
  const text = raw.trim();
  if (text === '' || RULE_WORD.test(text) || (MARKS_ONLY.test(text) && confidence < MIN_MARKS_CONFIDENCE)) return null;
  return { text, x0, y0: line.top, x1, y1: line.bottom, conf: Math.round(Math.min(100, Math.max(0, confidence))) / 100 };
}
