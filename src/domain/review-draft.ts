import { checkOrder } from './check-order.ts';
import type { DraftOrder } from './draft-order.ts';
import { openFindings, toReview, type Finding } from './findings.ts';

// The draft's review state is made here and only here: from its findings (domain/findings.ts).
// Stages hand in what they found; the order check is run again on the values as they now stand.

/** The findings of a draft; a draft stored before findings existed keeps its reasons as warnings. */
export function findingsOf(order: DraftOrder): Finding[] {
  if (order.findings) return order.findings;
  return order.reviewReasons.map((message) => ({ code: 'reason', field: null, severity: 'warn', message, stage: 'extract', rule: 'stored-reason' }));
}

/** The draft with `added` findings and its review state made from all of them. */
export function withFindings(order: DraftOrder, added: readonly Finding[] = []): DraftOrder {
  const findings = [...findingsOf(order), ...added];
  return { ...order, findings, ...toReview(findings, order.readingConfidence ?? order.confidence) };
}

/**
 * The draft after its values changed (the model filled a gap, a rep edited it): the order check's
 * findings are made again from the values, the other stages' findings stay as they were.
 */
export function recheckDraft(order: DraftOrder, added: readonly Finding[] = []): DraftOrder {
  const kept = findingsOf(order).filter((f) => f.stage !== 'check');
  return withFindings({ ...order, findings: kept }, [...added, ...checkOrder(order)]);
}

/**
 * What holds for the draft as it now stands, for the desk: the other stages' findings still in
 * force and the order check of its current values.
 */
export function currentFindings(order: DraftOrder): Finding[] {
  const others = openFindings(findingsOf(order)).filter((f) => f.stage !== 'check' && f.severity !== 'info');
  return [...others, ...checkOrder(order)];
}
