import type { Severity } from '../../domain/findings.ts';

// Where a finding shows on the draft form, on the server and in the browser (bundled with the
// order check): the input named by its field, a whole line by its item cell.

/** The CSS class of a finding: red for what blocks an approval, yellow for what asks for a look. */
export function flagClass(severity: Severity): 'error' | 'warning' {
  return severity === 'block' ? 'error' : 'warning';
}

/** The form input a finding's field marks: `lines.2` marks the line's item cell. */
export function inputFor(field: string): string {
  return /^lines\.\d+$/.test(field) ? `${field}.sku` : field;
}
