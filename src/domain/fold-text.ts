// Text folding, one module for every comparison of written words: labels against cells, item
// numbers against each other, descriptions against the catalogue, dates' month words, and the
// scorer's truth against output. Two strengths:
// - `fold`: case and accents do not matter ("Désignation" = "designation"), for reading, where a
//   customer or OCR may drop an accent;
// - `foldCase`: case and Unicode compatibility forms do not matter, accents do, for scoring,
//   where "Größe" read as "Grosse" is a wrong reading.

const cache = new Map<string, string>();
const MARKS = /\p{M}/gu;

/** Lower case without accents (NFD, marks removed). ASCII takes the short road; the rest is cached. */
export function fold(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let folded = cache.get(s);
  if (folded === undefined) {
    folded = s.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (cache.size > 20000) cache.clear();
    cache.set(s, folded);
  }
  return folded;
}

/** `fold`, then every run of characters other than letters and digits made one space, trimmed. */
export function foldWords(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `fold` with everything but letters and digits dropped: "P.O. No" and "PO-no" are one key. */
export function foldKey(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower case in NFKC, accents kept. */
export function foldCase(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** The words of `s` (letters and digits), `foldCase`d. */
export function caseWords(s: string): string[] {
  return foldCase(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
