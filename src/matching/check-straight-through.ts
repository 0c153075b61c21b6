import type { DraftOrder } from '../domain/draft-order.ts';
import type { Customer, MatchPolicy } from '../domain/master-data.ts';

// The last gate before a draft may skip review (straight-through processing, per customer). The
// other gates (every line matched, prices, totals, duplicates) add their own reasons elsewhere;
// this one adds the customer's consent and the confidence thresholds: mandatory fields (customer,
// item and quantity of every line) at CONFIDENCE_MANDATORY, the rest of the draft at
// CONFIDENCE_OPTIONAL (Conexiom's 90 % / 60 % by default).

export function checkStraightThrough(order: DraftOrder, customer: Customer | null, customerConfidence: number, policy: MatchPolicy): string[] {
  const reasons: string[] = [];
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  if (customer && !customer.autoApprove) reasons.push(`customer ${customer.customerId} is not set up for automatic approval`);
  if (customer && customerConfidence < policy.confidenceMandatory)
    reasons.push(`customer ${customer.customerId} found with ${pct(customerConfidence)} confidence, below ${pct(policy.confidenceMandatory)}`);
  order.lines.forEach((line, i) => {
    const name = `line ${line.lineNo ?? i + 1}`;
    // Description matches and unmatched lines carry their own reason already.
    if (line.match && !['none', 'description'].includes(line.match.method) && line.match.score < policy.confidenceMandatory)
      reasons.push(`${name}: catalogue match ${pct(line.match.score)}, below ${pct(policy.confidenceMandatory)}`);
    if (line.confidence < policy.confidenceMandatory) reasons.push(`${name}: read with ${pct(line.confidence)} confidence, below ${pct(policy.confidenceMandatory)}`);
  });
  if (order.confidence < policy.confidenceOptional) reasons.push(`draft confidence ${pct(order.confidence)}, below ${pct(policy.confidenceOptional)}`);
  return reasons;
}
