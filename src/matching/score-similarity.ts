// Fuzzy description matching: the Sørensen–Dice coefficient over character bigrams of the folded
// words, blended with word overlap so that word order ("Bearing 6204" / "6204 bearing") matters
// little while a different size or number ("M8" / "M10") still lowers the score.

import { foldWords } from '../domain/fold-text.ts';

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (const word of s.split(' ')) {
    const w = ` ${word} `;
    for (let i = 0; i < w.length - 1; i++) grams.set(w.slice(i, i + 2), (grams.get(w.slice(i, i + 2)) ?? 0) + 1);
  }
  return grams;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

function wordOverlap(a: string, b: string): number {
  const x = new Set(a.split(' '));
  const y = new Set(b.split(' '));
  const common = [...x].filter((w) => y.has(w)).length;
  return x.size + y.size === 0 ? 0 : (2 * common) / (x.size + y.size);
}

/** 0..1, 1 for the same words. */
export function scoreSimilarity(a: string, b: string): number {
  const x = foldWords(a);
  const y = foldWords(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  return Math.round((0.5 * dice(x, y) + 0.5 * wordOverlap(x, y)) * 1000) / 1000;
}
