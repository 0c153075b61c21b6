import type { DraftOrder } from '../domain/draft-order.ts';
import { foldText } from './compare-field.ts';

export interface OrderPair {
  truth: DraftOrder | null;
  output: DraftOrder | null;
}

/** Pairs the orders of one file by PO number, then the rest by position; leftovers pair with null. */
export function pairOrders(truthOrders: DraftOrder[], outputOrders: DraftOrder[]): OrderPair[] {
  const pairs: OrderPair[] = [];
  const restTruth: DraftOrder[] = [];
  const restOutput = [...outputOrders];
  for (const truth of truthOrders) {
    const key = truth.poNumber === null ? '' : foldText(truth.poNumber);
    const k = key === '' ? -1 : restOutput.findIndex((o) => o.poNumber !== null && foldText(o.poNumber) === key);
    if (k >= 0) pairs.push({ truth, output: restOutput.splice(k, 1)[0] });
    else restTruth.push(truth);
  }
  const longest = Math.max(restTruth.length, restOutput.length);
  for (let i = 0; i < longest; i++) pairs.push({ truth: restTruth[i] ?? null, output: restOutput[i] ?? null });
  return pairs;
}
