// A company's legal form is the last word of its name and one of a few dozen spellings, so a scan
// that reads "Kestrel Engineering Lid" or "Thameside Joinery td" can be put right with some
// certainty: the word is one letter from "Ltd" and from no other form. Only for OCR'd names;
// "Pot & Lid" typed in a text layer is as its writer meant it.

import { isOneEdit, onlyNear } from '../reading/is-one-edit.ts';

const FORMS = ['Ltd', 'Limited', 'GmbH', 'SARL', 'Inc', 'LLC', 'Corp', 'Company', 'Group', 'PLC', 'Pty', 'S.L.', 'S.A.', 'S.A.S.', 'B.V.', 'N.V.', 'AG', 'KG', 'SRL', 'S.p.A.'];
/** Forms this short are one letter from too much ("AG" from "AB", "Co" from "Go"). */
const MIN_FORM = 3;

/** `name` with a last word one letter from exactly one legal form written as that form. */
export function mendLegalForm(name: string): string {
  const m = /^(.*\S)\s+(\S+?)([.,]?)$/.exec(name.trim());
  if (!m) return name;
  const [, head, word] = m;
  const plain = (form: string) => form.replace(/\./g, '').toLowerCase();
  const read = plain(word);
  if (read.length < 2 || FORMS.some((form) => plain(form) === read)) return name;
  const form = onlyNear(FORMS, (f) => plain(f).length >= MIN_FORM && isSlipOf(read, plain(f)));
  return form ? `${head} ${form}` : name;
}

// A letter read as another ("lid"), or lost at the start of the word ("td": the L faded into the
// gap before it). A letter added or lost inside is not taken: "Limite" is too near other words.
function isSlipOf(read: string, form: string): boolean {
  if (read.length === form.length) return isOneEdit(read, form);
  return read.length === form.length - 1 && form.slice(1) === read;
}
