import { finding, type Finding } from '../../domain/findings.ts';

// A rules finding about a field the learned layout read where the rules read nothing or something
// else is about a value the draft no longer holds ("purchase order number found without a clear
// label" over a number the layout read at its label): the layout's finding for that field stands
// in its place. Only the rules' own doubts go (read and extract stages); the order check, the
// model and matching judge the draft as it now is and stay. A doubt that would have kept the draft
// in review keeps it there, worded as the layout's: a learned layout never lets a draft skip
// review by itself.

const RULE = 'learned-layout';
const READ_CODES = new Set(['layout-read', 'layout-disagrees']);
const RULE_STAGES = new Set(['read', 'extract']);

function coveredBy(field: string, fields: ReadonlySet<string>): string | null {
  if (fields.has(field)) return field;
  const line = /^lines(\.|$)/.test(field);
  return line && fields.has('lines') ? 'lines' : null;
}

export function supersedeRuleFindings(findings: readonly Finding[]): Finding[] {
  const fields = new Set(findings.filter((f) => f.rule === RULE && READ_CODES.has(f.code) && f.field).map((f) => f.field!));
  if (fields.size === 0) return [...findings];
  const doubted = new Set<string>();
  const kept = findings.filter((f) => {
    const field = f.field && f.rule !== RULE && RULE_STAGES.has(f.stage) ? coveredBy(f.field, fields) : null;
    if (!field) return true;
    if (f.severity !== 'info') doubted.add(field);
    return false;
  });
  return kept.map((f) => {
    // Only layout-read is info: the rules had no value there, so their doubt was about nothing.
    const escalate = f.rule === RULE && f.field && f.severity === 'info' && f.code === 'layout-read' && doubted.has(f.field);
    return escalate ? finding(f.stage, RULE, f.code, 'warn', `${f.message}; the rules read none: check it`, f.field) : f;
  });
}
