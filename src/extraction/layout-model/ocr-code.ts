import { foldKey } from '../../domain/fold-text.ts';
import { shapeOf } from './field-values.ts';

// OCR confuses letters and digits of the same outline (O and 0, I and 1, S and 5, B and 8, Z and
// 2): a PO number "OS731940" on a scan reads "0S731940". A layout learned from a scan still finds
// the approved number's place, and a number read at that place on the next scan is put back into
// the approved number's shape ("A9": letters, then digits) where one such letter is the change.

const TO_DIGIT: Record<string, string> = { o: '0', i: '1', l: '1', s: '5', b: '8', z: '2' };
const TO_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z' };

/** foldKey with the look-alike letters as digits: "0S731940" and "OS731940" are one key. */
export function ocrKey(s: string): string {
  return [...foldKey(s)].map((c) => TO_DIGIT[c] ?? c).join('');
}

/** `value` as it is when it has `shape`, else with one look-alike character swapped so it has; null when no such swap gives it. */
export function fitShape(value: string, shape: string): string | null {
  if (shapeOf(value) === shape) return value;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i]!;
    const swap = TO_LETTER[c] ?? TO_DIGIT[c.toLowerCase()];
    if (!swap) continue;
    const candidate = `${value.slice(0, i)}${swap}${value.slice(i + 1)}`;
    if (shapeOf(candidate) === shape) return candidate;
  }
  return null;
}
