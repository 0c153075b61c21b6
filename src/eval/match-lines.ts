import type { OrderLine } from '../domain/draft-order.ts';
import { foldText, isSameNumber } from './compare-field.ts';
import { caseWords } from '../domain/fold-text.ts';

export interface LineCounts {
  matched: number;
  truth: number;
  output: number;
}

export const DESCRIPTION_SIMILARITY = 0.5;

/**
 * Pairs output lines with truth lines greedily, in truth order, each output line used once. A pair
 * matches when the quantity is equal, the unit price too where the truth has one, and the item
 * number is equal (folded) or the descriptions share enough words (token Jaccard).
 */
export function matchLines(truthLines: OrderLine[], outputLines: OrderLine[]): LineCounts {
  const used = new Set<number>();
  let matched = 0;
  for (const truth of truthLines) {
    let best = -1;
    let bestScore = 0;
    outputLines.forEach((output, k) => {
      const score = used.has(k) ? 0 : lineMatchScore(truth, output);
      if (score > bestScore) [best, bestScore] = [k, score];
    });
    if (best >= 0) {
      used.add(best);
      matched += 1;
    }
  }
  return { matched, truth: truthLines.length, output: outputLines.length };
}

/** 0 for no match; otherwise higher is closer (same SKU counts more than similar words). */
export function lineMatchScore(truth: OrderLine, output: OrderLine): number {
  if (!isSameNumber(truth.quantity, output.quantity)) return 0;
  if (truth.unitPrice !== null && !isSameNumber(truth.unitPrice, output.unitPrice)) return 0;
  const sameSku = truth.sku !== null && output.sku !== null && foldText(truth.sku) !== '' && foldText(truth.sku) === foldText(output.sku);
  const similarity = jaccard(tokensOf(truth.description), tokensOf(output.description));
  if (!sameSku && similarity < DESCRIPTION_SIMILARITY) return 0;
  return (sameSku ? 1 : 0) + similarity + 0.001;
}

function tokensOf(text: string | null): Set<string> {
  return new Set(caseWords(text ?? ''));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}
