// Findings as data: what each stage noticed about a draft. Stages only append findings; one
// function, toReview, turns them into the contract's needsReview, reviewReasons and confidence.
// A reviewer sees the rule behind each reason, and later stages (the model, the desk) act on a
// finding's code and field instead of parsing its words back.

/**
 * block: the draft is wrong as it stands and cannot be approved until fixed (lines that do not add
 * up, no lines). warn: a person must look before it goes on. info: shown, never sends to review;
 * an info finding of code `confirmed` or `filled` clears earlier `clearable` findings of its field.
 */
export type Severity = 'block' | 'warn' | 'info';

/** read: the documents; extract: the rules; check: the order check; model: the language model;
 * match: customer, catalogue and sender; duplicate: earlier drafts; desk: a person's edit. */
export type Stage = 'read' | 'extract' | 'check' | 'model' | 'match' | 'duplicate' | 'desk';

// Plain types, no zod: the browser bundle of check-order.ts includes this file. The draft's zod
// schema (draft-order.ts) mirrors it, and a type test there keeps the two equal.
export interface Finding {
  /** Stable name of the kind of finding: missing, uncertain, sum-mismatch ... */
  code: string;
  /** Path of the field it is about (poNumber, lines.2.quantity), or null for the whole draft. */
  field: string | null;
  severity: Severity;
  /** The review reason shown to people, in the contract's words. */
  message: string;
  stage: Stage;
  /** The rule or check that raised it. */
  rule: string;
  /** A second independent reading of the field (the model agreeing) clears it. */
  clearable?: boolean;
}

/** An info finding: a learned layout read the field as the rules did. Raises the confidence, clears nothing. */
export const LAYOUT_AGREES = 'layout-agrees';

/** The most the confidence of a draft with a reason to look at can be. */
export const REVIEW_CONFIDENCE_CAP = 0.85;
/** What each reason (up to six) takes off the confidence. */
const PER_REASON = 0.05;
/** What each field the model read the same as the rules adds (up to the cap). */
const PER_AGREEMENT = 0.02;
/** A draft the model confirmed without a single reason left is at least this sure. */
const CONFIRMED_FLOOR = 0.9;

export function finding(stage: Stage, rule: string, code: string, severity: Severity, message: string, field: string | null = null, clearable?: boolean): Finding {
  return clearable ? { code, field, severity, message, stage, rule, clearable } : { code, field, severity, message, stage, rule };
}

/** The findings still in force: clearable ones a later confirmation of the same field took back. */
export function openFindings(findings: readonly Finding[]): Finding[] {
  const cleared = new Set(findings.filter((f) => f.severity === 'info' && (f.code === 'confirmed' || f.code === 'filled') && f.field).map((f) => f.field!));
  return findings.filter((f) => !(f.clearable && f.field !== null && (cleared.has(f.field) || cleared.has(parentField(f.field)))));
}

/** "lines.2.sku" → "lines.2"; a confirmed line clears the findings about its cells. */
function parentField(field: string): string {
  const m = /^(lines\.\d+)\./.exec(field);
  return m ? m[1] : field;
}

export interface Review {
  needsReview: boolean;
  reviewReasons: string[];
  confidence: number;
}

/**
 * The review state of a draft from its findings and the confidence of its reading. The one place
 * that decides: a draft skips review only with no block or warn finding in force.
 */
export function toReview(findings: readonly Finding[], readingConfidence: number): Review {
  const open = openFindings(findings).filter((f) => f.severity !== 'info');
  const reasons = [...new Set(open.map((f) => f.message))];
  // The confidence is the reading's: what the reading itself doubts takes from it; what later
  // stages find (an unknown customer, an earlier draft) is about the order's context, not how
  // well it was read, and only caps it.
  const doubts = new Set(open.filter((f) => READING_STAGES.has(f.stage)).map((f) => f.message)).size;
  // Header fields read the same twice; lines have their own confidence.
  const agreed = new Set(findings.filter((f) => (f.code === 'confirmed' || f.code === LAYOUT_AGREES) && f.field && !f.field.startsWith('lines.')).map((f) => f.field)).size;
  const layoutAgreed = new Set(findings.filter((f) => f.code === LAYOUT_AGREES && f.field).map((f) => f.field)).size;
  const modelRead = findings.some((f) => f.stage === 'model' && f.code === 'read');
  let confidence: number;
  if (reasons.length === 0) confidence = (modelRead ? Math.max(readingConfidence, CONFIRMED_FLOOR) : readingConfidence) + PER_AGREEMENT * layoutAgreed;
  else confidence = Math.min(readingConfidence + PER_AGREEMENT * agreed, REVIEW_CONFIDENCE_CAP) - PER_REASON * Math.min(doubts, 6);
  return { needsReview: reasons.length > 0, reviewReasons: reasons, confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100 };
}

const READING_STAGES = new Set<Stage>(['read', 'extract', 'check']);

/** Findings that stop an approval, as one line each. */
export function blockingMessages(findings: readonly Finding[]): string[] {
  return [
    ...new Set(
      openFindings(findings)
        .filter((f) => f.severity === 'block')
        .map((f) => f.message),
    ),
  ];
}
