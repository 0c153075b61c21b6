import type { HeaderField } from './compare-field.ts';
import type { FileScore, OrderOutcome } from './score-extraction.ts';

export interface Ratio {
  hits: number;
  total: number;
  /** hits / total, null when nothing was counted. */
  value: number | null;
}

export interface SetSummary {
  files: number;
  errors: number;
  purchaseOrderFiles: number;
  fieldAccuracy: Ratio;
  perField: Partial<Record<HeaderField, Ratio>>;
  lines: { matched: number; truth: number; output: number; precision: number | null; recall: number | null; f1: number | null };
  poDetection: Ratio;
  orderCountMatch: Ratio;
  urgencyAccuracy: Ratio;
  /** Truth orders whose output skipped review. */
  touchlessRate: Ratio;
  /** Orders (truth orders and extra output orders) that skipped review although something is wrong. */
  silentErrorRate: Ratio;
}

export function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total > 0 ? hits / total : null };
}

/** Adds up file scores into the set's figures (micro-averaged over fields, lines and orders). */
export function summarizeScores(files: FileScore[]): SetSummary {
  const orders = files.flatMap((f) => f.orders);
  const truthOrders = orders.filter((o) => o.side !== 'output-only');
  const fields = orders.flatMap((o) => o.fields);
  const urgency = files.flatMap((f) => (f.urgency ? [f.urgency] : []));
  return {
    files: files.length,
    errors: files.filter((f) => f.error !== null).length,
    purchaseOrderFiles: files.filter((f) => f.truthIsPurchaseOrder).length,
    fieldAccuracy: ratio(fields.filter((f) => f.correct).length, fields.length),
    perField: summarizePerField(orders),
    lines: summarizeLines(orders),
    poDetection: ratio(files.filter((f) => f.poDetected).length, files.length),
    orderCountMatch: ratio(files.filter((f) => f.orderCountMatch).length, files.length),
    urgencyAccuracy: ratio(urgency.filter((u) => u.correct).length, urgency.length),
    touchlessRate: ratio(truthOrders.filter((o) => o.needsReview === false).length, truthOrders.length),
    silentErrorRate: ratio(orders.filter((o) => o.needsReview === false && !o.allRight).length, orders.length),
  };
}

function summarizePerField(orders: OrderOutcome[]): SetSummary['perField'] {
  const counts = new Map<HeaderField, [number, number]>();
  for (const { field, correct } of orders.flatMap((o) => o.fields)) {
    const [hits, total] = counts.get(field) ?? [0, 0];
    counts.set(field, [hits + (correct ? 1 : 0), total + 1]);
  }
  return Object.fromEntries([...counts].map(([field, [hits, total]]) => [field, ratio(hits, total)]));
}

function summarizeLines(orders: OrderOutcome[]): SetSummary['lines'] {
  const sum = (key: 'matched' | 'truth' | 'output') => orders.reduce((n, o) => n + o.lines[key], 0);
  const [matched, truth, output] = [sum('matched'), sum('truth'), sum('output')];
  const precision = output > 0 ? matched / output : truth > 0 ? 0 : null;
  const recall = truth > 0 ? matched / truth : output > 0 ? 0 : null;
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, truth, output, precision, recall, f1 };
}
