import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isExists } from 'date-fns/isExists';
import type { Urgency, UrgencyLevel } from '../../domain/draft-order.ts';
import { urgencyWords } from '../lexicon/index.ts';

/**
 * The contract's urgency rules (shared/contract/README.md): emergency words or a delivery date at most
 * 2 business days out → urgent; softer priority words or 3–7 calendar days → high; negated phrases
 * and everything else → normal. Levels combine by max; every decision, including what was ignored,
 * is written to `reasons` so a reviewer can correct a rule rather than a symptom.
 */
export interface UrgencyInput {
  subject: string | null;
  body: string | null;
  documentTexts: string[];
  /** ISO datetime; its own calendar date (as written, not converted to this machine's zone) is the receipt day. */
  receivedAt: string | null;
  /** ISO date. */
  requestedDeliveryDate: string | null;
}

type Signal = 'urgent' | 'high';
interface Phrase {
  level: Signal;
  pattern: RegExp;
  /** An adverb of time, which in "please confirm ASAP" is about the reply, not the goods. */
  timing?: boolean;
}
interface Note {
  level: UrgencyLevel;
  fired: boolean;
  reason: string;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string): RegExp => new RegExp(`${B}(?:${source})${E}`, 'giu');
const phrase = (level: Signal, source: string, timing = false): Phrase => ({ level, pattern: re(source), timing });

// Each lexicon's phrases (lexicon/*.ts), one pattern per phrase source.
const PHRASES: Phrase[] = [
  ...urgencyWords('urgent').map((source) => phrase('urgent', source)),
  ...urgencyWords('urgentTiming').map((source) => phrase('urgent', source, true)),
  ...urgencyWords('high').map((source) => phrase('high', source)),
  ...urgencyWords('highTiming').map((source) => phrase('high', source, true)),
];

// Not the buyer asking: service hours, payment terms, shipping service names, quality vocabulary.
const BOILERPLATE: RegExp[] = urgencyWords('boilerplate').map(re);

const NEGATION_ONLY = re(urgencyWords('negation').join('|'));
const words = (list: string[]): RegExp => new RegExp(`^(?:${list.join('|')})$`, 'iu');
const NEGATORS = new RegExp(`^(?:${urgencyWords('negators').join('|')}|.*n['’]t)$`, 'iu');
const NOT_NEGATING_NEXT = /^(?:delay|forget|hesitate|wait|miss|ignore|overlook|later|longer|vergessen|zögern|oubliez|hésitez|olvide|dude)/iu;
const CONTRAST = words(urgencyWords('contrast'));
const WEAKENERS = /^(?:low|normal|standard|medium|routine|niedrige?|normale?|basse|baja|bassa)$/iu;
const NEGATIVE_VALUE =
  /^\s*[:=?\-–]\s*(no|n|none|nein|non|false|0|keine?|ninguna?|aucune?|low|normal|standard|routine|niedrig|normale?|basse|baja|☐|□|\[\s*\])(?=[ \t]*(?:$|[,;.|\t\n]|\s{2,}))/iu;
const POSITIVE_MARK = /^(?:x|yes|y|ja|j|sí|si|oui|true|1|✓|✔|☒|☑|\[x\])$/iu;
const CONFIRM_WORDS = /confirm|acknowledg|bestätig|réponse|répond|respuesta|respond|reply|answer|antwort|rückmeldung|feedback/iu;
const SHIP_VERBS = /\b(?:ship|dispatch|deliver(?!y)|send\s+(?:the\s+)?(?:goods|parts|material)|liefern|versenden|livrer|exp[ée]dier|enviar|entregar)/iu;

const RANK: Record<UrgencyLevel, number> = { normal: 0, high: 1, urgent: 2 };
const SCORE: Record<UrgencyLevel, number> = { normal: 0, high: 0.5, urgent: 1 };

export function detectUrgency(input: UrgencyInput): Urgency {
  const notes: Note[] = [];
  for (const [where, text] of sources(input)) notes.push(...scanText(text, where));
  notes.push(...dateNotes(input.receivedAt, input.requestedDeliveryDate));
  const level = notes.filter((n) => n.fired).reduce<UrgencyLevel>((max, n) => (RANK[n.level] > RANK[max] ? n.level : max), 'normal');
  const ordered = [...notes].sort((a, b) => Number(b.fired) - Number(a.fired) || RANK[b.level] - RANK[a.level]);
  return { level, score: SCORE[level], reasons: [...new Set(ordered.map((n) => n.reason))] };
}

function sources(input: UrgencyInput): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (input.subject) out.push(['subject', input.subject]);
  if (input.body) out.push(['body', input.body]);
  input.documentTexts.forEach((text, i) => out.push([`document ${i + 1}`, text]));
  return out;
}

function scanText(text: string, where: string): Note[] {
  const notes: Note[] = [];
  const boilerplate = [...BOILERPLATE].flatMap((pattern) => [...text.matchAll(pattern)]);
  for (const m of text.matchAll(NEGATION_ONLY)) notes.push(info(`"${clean(m[0])}" in ${where} negates urgency`));
  // Every phrase's matches, in the order they stand in the text.
  const hits = PHRASES.flatMap((p) => [...text.matchAll(p.pattern)].map((m) => ({ p, m })));
  hits.sort((a, b) => a.m.index - b.m.index);
  for (const { p, m } of hits) notes.push(judge(text, m, p, where, boilerplate));
  return notes;
}

/** One trigger word in context: fired, negated, or ignored as not the buyer's request. */
function judge(text: string, m: RegExpExecArray, p: Phrase, where: string, boilerplate: RegExpExecArray[]): Note {
  const start = m.index;
  const end = start + m[0].length;
  const word = `"${clean(m[0])}" in ${where}`;
  const boiler = boilerplate.find((b) => b.index < end && start < b.index + b[0].length);
  if (boiler) return info(`${word} ignored: "${clean(boiler[0])}" is boilerplate`);
  if (p.timing && isAboutReply(text, start, end)) return info(`${word} ignored: asks for a reply, not for the goods`);
  const before = negationBefore(text, start);
  if (before !== null) return info(`"${clean(text.slice(before, end))}" in ${where} negates urgency`);
  // German puts the negation after the verb: "es eilt nicht", "ist nicht dringend" is caught before.
  const negatedAfter = /^\s+(?:nicht|not|pas|no)\b(?!\s+(?:only|just|nur|seulement|solo))/iu.exec(text.slice(end));
  if (negatedAfter) return info(`"${clean(m[0] + negatedAfter[0])}" in ${where} negates urgency`);
  const after = NEGATIVE_VALUE.exec(text.slice(end));
  if (after) return info(`"${clean(m[0] + after[0])}" in ${where} negates urgency`);
  if (isEmptyField(text, end)) return info(`${word} ignored: a form label with no value`);
  const column = columnHeader(text, start, end);
  if (column === 'unmarked') return info(`${word} ignored: a column header with no mark below`);
  if (column === 'marked') return { level: p.level, fired: true, reason: `${word}: column marked below` };
  return { level: p.level, fired: true, reason: word };
}

/** Start of a negator in the four words before, within the same clause; null if none. */
function negationBefore(text: string, start: number): number | null {
  const clause =
    text
      .slice(Math.max(0, start - 60), start)
      .split(/[.!?;:,\n()[\]|\t—–]/u)
      .pop() ?? '';
  const offset = start - clause.length;
  const tokens = [...clause.matchAll(/[^\s-]+/gu)];
  // "not urgent but critical": a contrast ends the negation's reach.
  const contrast = tokens.map((t) => CONTRAST.test(t[0])).lastIndexOf(true);
  const last = tokens.slice(contrast + 1).slice(-4);
  for (const [i, t] of last.entries()) {
    const word = t[0].replace(/^[dl]['’]/iu, '');
    const next = last[i + 1]?.[0] ?? '';
    // `PO No 4711 urgent`: "No" followed by a number is an abbreviation, not a negation.
    const isNumberAbbrev = /^no$/i.test(word) && /^[#\d]/.test(next);
    const negates = NEGATORS.test(word) && !isNumberAbbrev && !NOT_NEGATING_NEXT.test(next);
    if (negates || (i === last.length - 1 && WEAKENERS.test(word))) return offset + t.index;
  }
  return null;
}

/** "Please confirm ASAP": the clause asks for a confirmation or reply and not for shipping. */
function isAboutReply(text: string, start: number, end: number): boolean {
  const clauseStart = Math.max(...['.', '!', '?', ';', ':', ',', '\n'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const rest = text.slice(end).search(/[.!?;:,\n]/u);
  const clause = text.slice(clauseStart, rest === -1 ? text.length : end + rest);
  return CONFIRM_WORDS.test(clause) && !SHIP_VERBS.test(clause);
}

/** `Urgent:` then nothing: end of text, another `Label:`, or an empty cell. */
function isEmptyField(text: string, end: number): boolean {
  return /^[ \t]*:[ \t]*(?:$|(?:\t|\s{2,}|\|)\s*(?:$|\n)|\n\s*[\p{L}][^\n:]{0,30}:)/u.test(text.slice(end));
}

/**
 * A trigger that is a whole cell of a row of 3+ cells with no digits is a column header; it counts
 * only if a cell below it carries a mark (X, yes, ✓).
 */
function columnHeader(text: string, start: number, end: number): 'marked' | 'unmarked' | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd);
  const cells = line.split(/\t|\||\s{2,}/u).filter((c) => c.trim() !== '');
  const [col, colEnd] = [start - lineStart, end - lineStart];
  const isWholeCell = new RegExp(`(?:^|\\t|\\||\\s{2})\\s*$`, 'u').test(line.slice(0, col)) && /^\s*(?:$|\t|\||\s{2})/u.test(line.slice(colEnd));
  if (cells.length < 3 || /\d/.test(line) || !isWholeCell) return null;
  const rows = text.slice(lineEnd + 1).split('\n');
  const blank = rows.findIndex((r) => r.trim() === '');
  for (const row of rows.slice(0, blank === -1 ? 50 : Math.min(blank, 50))) {
    if (POSITIVE_MARK.test(row.slice(Math.max(0, col - 2), colEnd + 2).trim())) return 'marked';
  }
  return 'unmarked';
}

function dateNotes(receivedAt: string | null, requested: string | null): Note[] {
  if (!requested) return [];
  const delivery = toDay(requested);
  if (!delivery) return [info(`requested delivery "${requested}" is not a date; date rule not applied`)];
  const receipt = receivedAt ? toDay(receivedAt.slice(0, 10)) : null;
  if (!receipt) return [info(`requested delivery ${requested}: receipt time unknown, date rule not applied`)];
  const received = receivedAt!.slice(0, 10);
  const business = differenceInBusinessDays(delivery, receipt);
  const calendar = differenceInCalendarDays(delivery, receipt);
  const subject = `requested delivery ${requested}`;
  if (calendar <= 0) {
    return [{ level: 'urgent', fired: true, reason: `${subject} is ${calendar === 0 ? 'on the day of' : 'before'} receipt ${received}` }];
  }
  if (business <= 2) {
    return [{ level: 'urgent', fired: true, reason: `${subject} is ${plural(business, 'business day')} after receipt ${received}` }];
  }
  const reason = `${subject} is ${plural(calendar, 'calendar day')} after receipt ${received}`;
  return [calendar <= 7 ? { level: 'high', fired: true, reason } : info(reason)];
}

/** A calendar date as local midnight, so business-day counts do not depend on the machine's zone. */
function toDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isExists(+m[1], +m[2] - 1, +m[3])) return null;
  return new Date(+m[1], +m[2] - 1, +m[3]);
}

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
const clean = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const info = (reason: string): Note => ({ level: 'normal', fired: false, reason });
