import type { DraftOrder, ExtractionResult, UrgencyLevel } from '../domain/draft-order.ts';
import { compareField, HEADER_FIELDS, readField, type HeaderField } from './compare-field.ts';
import { matchLines, type LineCounts } from './match-lines.ts';
import { pairOrders } from './pair-orders.ts';

// Pure: one file's truth and what extraction made of it (or the error it threw) in, outcomes out.

export interface FieldOutcome {
  field: HeaderField;
  truth: unknown;
  output: unknown;
  correct: boolean;
}

export interface OrderOutcome {
  poNumber: string | null;
  /** Which side the order exists on: both, only in the truth (missed), only in the output (extra). */
  side: 'both' | 'truth-only' | 'output-only';
  fields: FieldOutcome[];
  lines: LineCounts;
  /** The output's needsReview, null when the output has no such order. */
  needsReview: boolean | null;
  /** Every counted field right and every line matched, none extra. */
  allRight: boolean;
}

export interface FileScore {
  name: string;
  scan: boolean;
  error: string | null;
  ms: number | null;
  truthIsPurchaseOrder: boolean;
  outputIsPurchaseOrder: boolean | null;
  poDetected: boolean;
  orderCountMatch: boolean;
  /** Level of the first order; null for files whose truth is not a PO. */
  urgency: { truth: UrgencyLevel; output: UrgencyLevel | null; correct: boolean } | null;
  orders: OrderOutcome[];
}

export interface ScoreInput {
  name: string;
  scan: boolean;
  truth: ExtractionResult;
  /** The extraction result, or the one-line message of what it threw. */
  output: ExtractionResult | { error: string };
  ms?: number | null;
}

export function scoreExtraction(input: ScoreInput): FileScore {
  const { truth } = input;
  const output = 'error' in input.output ? null : input.output;
  const outputOrders = output?.orders ?? [];
  const orders = pairOrders(truth.orders, outputOrders).map(({ truth: t, output: o }) => scoreOrder(t, o));
  return {
    name: input.name,
    scan: input.scan,
    error: 'error' in input.output ? input.output.error : null,
    ms: input.ms ?? null,
    truthIsPurchaseOrder: truth.isPurchaseOrder,
    outputIsPurchaseOrder: output?.isPurchaseOrder ?? null,
    poDetected: output !== null && output.isPurchaseOrder === truth.isPurchaseOrder,
    orderCountMatch: output !== null && outputOrders.length === truth.orders.length,
    urgency: scoreUrgency(truth, outputOrders),
    orders,
  };
}

function scoreOrder(truth: DraftOrder | null, output: DraftOrder | null): OrderOutcome {
  const fields: FieldOutcome[] = [];
  for (const field of HEADER_FIELDS) {
    const [t, o] = [readField(truth, field), readField(output, field)];
    const correct = compareField(field, t, o);
    if (correct !== null) fields.push({ field, truth: t, output: o, correct });
  }
  const lines = matchLines(truth?.lines ?? [], output?.lines ?? []);
  const linesRight = lines.matched === lines.truth && lines.matched === lines.output;
  return {
    poNumber: truth?.poNumber ?? output?.poNumber ?? null,
    side: truth && output ? 'both' : truth ? 'truth-only' : 'output-only',
    fields,
    lines,
    needsReview: output?.needsReview ?? null,
    allRight: truth !== null && output !== null && linesRight && fields.every((f) => f.correct),
  };
}

function scoreUrgency(truth: ExtractionResult, outputOrders: DraftOrder[]): FileScore['urgency'] {
  const first = truth.orders[0];
  if (!truth.isPurchaseOrder || !first) return null;
  const output = outputOrders[0]?.urgency.level ?? null;
  return { truth: first.urgency.level, output, correct: output === first.urgency.level };
}
