// An EDIFACT interchange into its messages, honouring the service string advice: UNA followed by
// six characters (component, element, decimal mark, release, repetition or reserved, segment
// terminator), or ISO 9735's defaults ":+.? '" without one. The release character escapes the
// next one ("?+" is a plus in data). The envelope is checked: UNB/UNZ reference and message
// count, UNH/UNT reference and segment count; a broken one is refused in one line.

import { InputError } from '../domain/errors.ts';

export interface EdifactSeparators {
  component: string;
  element: string;
  decimal: string;
  release: string;
  segment: string;
}

/** A segment: its tag, then its elements, each a list of components (unescaped). */
export type EdifactSegment = { tag: string; elements: string[][] };

export interface EdifactMessage {
  reference: string;
  /** UNH02: type, version, release, agency, association ("ORDERS", "D", "96A", "UN", "EAN008"). */
  identifier: string[];
  segments: EdifactSegment[];
}

export interface EdifactInterchange {
  separators: EdifactSeparators;
  sender: { id: string; qualifier: string };
  recipient: { id: string; qualifier: string };
  reference: string;
  messages: EdifactMessage[];
  rows: string[];
}

const DEFAULT: EdifactSeparators = { component: ':', element: '+', decimal: '.', release: '?', segment: "'" };
const bad = (message: string) => new InputError('corrupt-input', `EDIFACT: ${message}`);

export function tokenizeEdifact(input: string): EdifactInterchange {
  let text = input.replace(/^\uFEFF/, '').trimStart();
  let separators = DEFAULT;
  if (text.startsWith('UNA')) {
    const [component, element, decimal, release, , segment] = text.slice(3, 9);
    separators = { component, element, decimal, release, segment };
    const chars = [component, element, release, segment];
    if (text.length < 9 || chars.some((c) => !c || /[A-Za-z0-9]/.test(c)) || new Set(chars).size !== 4 || (decimal !== '.' && decimal !== ',')) {
      throw bad(`unknown or clashing separators in UNA "${text.slice(0, 9).replace(/[\r\n]/g, ' ')}"`);
    }
    text = text.slice(9);
  }
  const raw = splitSegments(text, separators);
  const segments = raw.map((s) => toSegment(s, separators));
  if (segments[0]?.tag !== 'UNB') throw bad('does not start with UNA or UNB');
  return { ...checkEnvelope(segments), separators, rows: raw.map((r) => r.trim()) };
}

/** Splits at unescaped segment terminators, dropping the line breaks put between segments. */
function splitSegments(text: string, s: EdifactSeparators): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === s.release) i++;
    else if (text[i] === s.segment) {
      out.push(text.slice(start, i).replace(/^[\r\n\s]+/, ''));
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((x) => x !== '');
}

function toSegment(raw: string, s: EdifactSeparators): EdifactSegment {
  const elements: string[][] = [[]];
  let value = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === s.release && i + 1 < raw.length) value += raw[++i];
    else if (c === s.element) {
      elements.at(-1)!.push(value);
      elements.push([]);
      value = '';
    } else if (c === s.component) {
      elements.at(-1)!.push(value);
      value = '';
    } else value += c;
  }
  elements.at(-1)!.push(value);
  const [tag, ...rest] = elements;
  return { tag: (tag[0] ?? '').trim(), elements: rest };
}

function checkEnvelope(segments: EdifactSegment[]): Omit<EdifactInterchange, 'separators' | 'rows'> {
  const unb = segments[0];
  const unz = segments.at(-1)!;
  const reference = unb.elements[4]?.[0] ?? '';
  if (unz.tag !== 'UNZ') throw bad('no UNZ segment: the interchange is cut short');
  if ((unz.elements[1]?.[0] ?? '') !== reference) throw bad(`UNZ reference ${unz.elements[1]?.[0] ?? '(none)'} is not UNB's ${reference}`);
  const messages: EdifactMessage[] = [];
  let groups = 0;
  let open: { unh: EdifactSegment; start: number } | null = null;
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i];
    if (seg.tag === 'UNG') groups++;
    if (seg.tag === 'UNH') {
      if (open) throw bad(`message ${open.unh.elements[0]?.[0]} has no UNT segment`);
      open = { unh: seg, start: i };
    } else if (seg.tag === 'UNT') {
      if (!open) throw bad('UNT without UNH');
      const count = i - open.start + 1;
      const ref = open.unh.elements[0]?.[0] ?? '';
      if (Number(seg.elements[0]?.[0]) !== count) throw bad(`UNT says ${seg.elements[0]?.[0]} segments, message ${ref} has ${count}`);
      if ((seg.elements[1]?.[0] ?? '') !== ref) throw bad(`UNT reference ${seg.elements[1]?.[0]} is not UNH's ${ref}`);
      messages.push({ reference: ref, identifier: open.unh.elements[1] ?? [], segments: segments.slice(open.start, i + 1) });
      open = null;
    }
  }
  if (open) throw bad(`message ${open.unh.elements[0]?.[0]} has no UNT segment`);
  const stated = Number(unz.elements[0]?.[0]);
  if (stated !== (groups || messages.length)) throw bad(`UNZ says ${unz.elements[0]?.[0]} messages, the interchange has ${groups || messages.length}`);
  const party = (e: string[] | undefined) => ({ id: e?.[0] ?? '', qualifier: e?.[1] ?? '' });
  return { sender: party(unb.elements[1]), recipient: party(unb.elements[2]), reference, messages };
}
