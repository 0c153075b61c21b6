import type { Severity } from '../../domain/findings.ts';

// Where a finding shows on the draft form, on the server and in the browser (bundled with the
// order check): the input named by its field, a whole line by its item cell, an address by its
// name; its words under the field or the line (notesKey), never only in a tooltip.

/** The CSS class of a finding: red for what blocks an approval, yellow for what asks for a look. */
export function flagClass(severity: Severity): 'error' | 'warning' {
  return severity === 'block' ? 'error' : 'warning';
}

/** The form input a finding's field marks: `lines.2` marks the line's item cell, `shipTo` its name. */
export function inputFor(field: string): string {
  if (/^lines\.\d+$/.test(field)) return `${field}.sku`;
  if (field === 'shipTo' || field === 'billTo') return `${field}.name`;
  return field;
}

/** Where a finding's words are shown: `line:2` under line 2, `shipTo` under the address, else the
 * field's own notes (the page shows those without a place in the general list). */
export function notesKey(field: string | null): string {
  if (field === null) return '';
  const line = /^lines\.(\d+)(\.|$)/.exec(field);
  if (line) return `line:${line[1]}`;
  const address = /^(shipTo|billTo)(\.|$)/.exec(field);
  return address ? address[1]! : field;
}

/** How sure the desk is of a header field's value: low with a finding on it, high when a person
 * set it or a second reading agreed or the reading shows where it stands on the page, mid when
 * read without any of these, empty when there is no value. */
export type Sureness = 'low' | 'mid' | 'high' | 'empty';

export function fieldSureness(value: string, flagged: boolean, sure: boolean): Sureness {
  if (flagged) return 'low';
  if (value.trim() === '') return 'empty';
  return sure ? 'high' : 'mid';
}
