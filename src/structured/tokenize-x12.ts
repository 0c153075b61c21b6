// An X12 interchange into its transaction sets, honouring the separators the ISA segment states:
// the ISA is fixed width (106 characters), so its 4th character is the element separator, its
// 105th the sub-element separator and its 106th the segment terminator (5010 adds ISA11, the
// repetition separator). The envelope is checked: ISA/IEA, GS/GE and ST/SE control numbers and
// counts. A broken envelope is refused in one line, since a miscounted message may be cut short.
// Hand-written rather than a library: see read-structured.ts.

import { InputError } from '../domain/errors.ts';

export interface X12Separators {
  element: string;
  component: string;
  segment: string;
  repetition: string | null;
}

export interface X12Transaction {
  /** ST01: 850, 855, 860 ... */
  type: string;
  control: string;
  /** GS08 (004010, 005010 ...), else ST03. */
  version: string;
  /** Every segment ST .. SE, each as its elements (element 0 is the tag). */
  segments: string[][];
}

export interface X12Interchange {
  separators: X12Separators;
  sender: { qualifier: string; id: string };
  receiver: { qualifier: string; id: string };
  control: string;
  transactions: X12Transaction[];
  /** Every segment as written, one per row. */
  rows: string[];
}

/** Where ISA's 16 element separators stand: its fields have fixed widths. */
const ISA_SEPARATORS = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];

const bad = (message: string) => new InputError('corrupt-input', `X12: ${message}`);

export function tokenizeX12(input: string): X12Interchange {
  const text = input.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('ISA')) throw bad('does not start with an ISA segment');
  const element = text[3];
  if (!isSeparator(element)) throw bad(`unknown element separator "${element}" after ISA`);
  const wrong = ISA_SEPARATORS.findIndex((at) => text[at] !== element);
  if (wrong >= 0) throw bad(`ISA segment is not the fixed 106 characters: ISA${String(wrong).padStart(2, '0')} is not ${ISA_WIDTHS[wrong - 1]} characters wide`);
  if (text.length < 106) throw bad('ISA segment is shorter than the fixed 106 characters');
  const component = text[104];
  const segment = text[105];
  const isa11 = text.slice(82, 83);
  const repetition = isa11 !== 'U' && isSeparator(isa11) ? isa11 : null;
  const used = [element, component, segment, ...(repetition ? [repetition] : [])];
  if (!isSeparator(component) || !isSeparator(segment) || new Set(used).size !== used.length) {
    throw bad(`unknown or clashing separators in ISA (element "${element}", sub-element "${component}", segment "${printable(segment)}")`);
  }
  const separators: X12Separators = { element, component, segment, repetition };
  const rows = text
    .split(segment)
    .map((s) => s.replace(/^[\r\n]+|[\r\n]+$/g, '').trim())
    .filter((s) => s !== '');
  const segments = rows.map((s) => s.split(element));
  return { ...checkEnvelope(segments), separators, rows };
}

function checkEnvelope(segments: string[][]): Omit<X12Interchange, 'separators' | 'rows'> {
  const isa = segments[0];
  const iea = segments.at(-1)!;
  if (iea[0] !== 'IEA') throw bad('no IEA segment: the interchange is cut short');
  if ((iea[2] ?? '').trim() !== isa[13].trim()) throw bad(`IEA02 control number ${iea[2]} is not ISA13's ${isa[13]}`);
  const transactions: X12Transaction[] = [];
  let groups = 0;
  let gs: string[] | null = null;
  let inGroup = 0;
  let st: { seg: string[]; start: number } | null = null;
  for (let i = 1; i < segments.length - 1; i++) {
    const s = segments[i];
    if (s[0] === 'GS') {
      gs = s;
      groups++;
      inGroup = 0;
    } else if (s[0] === 'GE') {
      if (!gs) throw bad('GE without GS');
      if (Number(s[1]) !== inGroup) throw bad(`GE01 says ${s[1]} transaction sets, the group has ${inGroup}`);
      if (s[2] !== gs[6]) throw bad(`GE02 control number ${s[2]} is not GS06's ${gs[6]}`);
      gs = null;
    } else if (s[0] === 'ST') st = { seg: s, start: i };
    else if (s[0] === 'SE') {
      if (!st) throw bad('SE without ST');
      const count = i - st.start + 1;
      if (Number(s[1]) !== count) throw bad(`SE01 says ${s[1]} segments, transaction set ${st.seg[2]} has ${count}`);
      if (s[2] !== st.seg[2]) throw bad(`SE02 control number ${s[2]} is not ST02's ${st.seg[2]}`);
      transactions.push({ type: st.seg[1], control: st.seg[2], version: gs?.[8] ?? st.seg[3] ?? '', segments: segments.slice(st.start, i + 1) });
      inGroup++;
      st = null;
    }
  }
  if (st) throw bad(`transaction set ${st.seg[2]} has no SE segment`);
  if (gs) throw bad(`functional group ${gs[6]} has no GE segment`);
  if (Number(iea[1]) !== groups) throw bad(`IEA01 says ${iea[1]} functional groups, the interchange has ${groups}`);
  return { sender: { qualifier: isa[5].trim(), id: isa[6].trim() }, receiver: { qualifier: isa[7].trim(), id: isa[8].trim() }, control: isa[13].trim(), transactions };
}

/** A separator is a character that cannot occur in data: no letter, digit or space. */
function isSeparator(c: string | undefined): c is string {
  return !!c && c.length === 1 && !/[A-Za-z0-9 ]/.test(c);
}

function printable(c: string): string {
  return c === '\n' ? '\\n' : c === '\r' ? '\\r' : c;
}
