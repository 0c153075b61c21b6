// Per-function and per-locale imports: the date-fns barrels load hundreds of modules (over a second at start).
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isExists } from 'date-fns/isExists';
import { nextDay } from 'date-fns/nextDay';
import { startOfDay } from 'date-fns/startOfDay';
import type { Day, Locale, Month } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { it } from 'date-fns/locale/it';
import { nl } from 'date-fns/locale/nl';
import { pl } from 'date-fns/locale/pl';
import { pt } from 'date-fns/locale/pt';
import { fold } from './fold-text.ts';

/**
 * Dates as buyers write them, into ISO `YYYY-MM-DD`. Contract: an ambiguous numeric date follows the
 * sender's locale where it can be told (`dayFirst`, see guess-day-first.ts), else US month-first.
 */
export interface DateOptions {
  /** true: `03/04/2026` is 3 April. false or null: 4 March (the contract's default). */
  dayFirst?: boolean | null;
  /** Needed for `tomorrow`, `next Monday`, `in 3 days` and dates written without a year. */
  reference?: Date;
}

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  index: number;
  text: string;
}

interface Candidate extends FoundDate {
  /** 3: full date, 2: no year (taken from the reference), 1: relative phrase, 0: bare weekday. */
  rank: number;
}

const LOCALES: Locale[] = [enUS, de, fr, es, it, nl];
/** Locales whose month names are read only written out in full (both cases: "grudzień", "grudnia"):
 * their short forms are words in the other languages ("sie" is Polish August and German "you"). */
const FULL_NAME_LOCALES: Locale[] = [pl, pt];
const WIDE = { width: 'wide' } as const;

const foldWord = (word: string): string => fold(word).replace(/\.$/, '');
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Both the accented and the plain spelling, longest first so `übermorgen` wins over `morgen`. */
const alternation = (words: string[]): string =>
  [...new Set(words.flatMap((w) => [w, foldWord(w)]))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const MONTHS = buildMonths();
const WEEKDAY_NAMES = LOCALES.flatMap((l) => [0, 1, 2, 3, 4, 5, 6].map((d) => [l.localize.day(d as Day, WIDE), d] as const));
const WEEKDAYS = new Map(WEEKDAY_NAMES.map(([name, d]) => [foldWord(name), d]));
const WEEKDAY_ALT = alternation(WEEKDAY_NAMES.map(([name]) => name));
// Without a year these are more often words than months: `1 set of`, `2 mag`, `it may 5`.
const isWordNotMonth = (written: string): boolean => /^(?:set|ago|gen|mag)$/i.test(written) || written === 'may';

/** Month names and abbreviations of the six locales, plus any unambiguous prefix of 3+ letters. */
function buildMonths(): Map<string, number> {
  const seen = new Map<string, number | null>();
  const add = (key: string, month: number): void => {
    const prev = seen.get(key);
    seen.set(key, prev === undefined || prev === month ? month : null);
  };
  for (const locale of LOCALES) {
    for (let m = 0; m < 12; m += 1) {
      const wide = foldWord(locale.localize.month(m as Month, WIDE));
      add(foldWord(locale.localize.month(m as Month, { width: 'abbreviated' })), m);
      for (let n = 3; n <= wide.length; n += 1) add(wide.slice(0, n), m);
    }
  }
  for (const locale of FULL_NAME_LOCALES) {
    for (let m = 0; m < 12; m += 1) {
      for (const context of ['standalone', 'formatting'] as const) add(foldWord(locale.localize.month(m as Month, { width: 'wide', context })), m);
    }
  }
  for (const [alias, m] of [
    ['sept', 8],
    ['mrz', 2],
    ['maerz', 2],
  ] as const)
    add(alias, m);
  return new Map([...seen].filter((e): e is [string, number] => e[1] !== null));
}

const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const SEP_DIGIT = '(?<!\\d|\\d[.,/-])';
const END_DIGIT = '(?!\\d|[.,/-]\\d)';
const ISO_RE = new RegExp(`${SEP_DIGIT}(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})${END_DIGIT}`, 'gu');
// "3/13", "13.3." with no year: read only against a reference date (a mail's receipt).
// Dotted ones need the closing dot ("13.3." not "1.5"); none may be a size ("3/4 in", "1/2\"").
const SHORT_NUMERIC_RE = new RegExp(`${SEP_DIGIT}(\\d{1,2})(?:(\\.)(\\d{1,2})\\.|(\\/)(\\d{1,2}))(?![\\d]|[./-]\\d|\\s*(?:"|''|in\\b|inch|mm\\b|cm\\b|m\\b|ft\\b|x\\b))`, 'gu');
const NUMERIC_RE = new RegExp(`${SEP_DIGIT}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})${END_DIGIT}`, 'gu');
// A 2-digit year only after `-`, `/`, `.` or an apostrophe: `4 March 26` is as likely `26 pieces`.
const YEAR = `(?:(?:\\s+del?\\s+|\\s*,\\s*|\\s*)(\\d{4})|(?:\\s*[-/.]\\s*|,?\\s*')(\\d{2}|\\d{4}))`;
const DAY_MONTH_RE = new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th|er|e|º)?\\.?(?:\\s*(?:de|of)\\s+|\\s*[-/]\\s*|\\s*)(\\p{L}{3,12})\\.?(?:${YEAR}(?!\\d))?${E}`, 'giu');
const MONTH_DAY_RE = new RegExp(`${B}(\\p{L}{3,12})\\.?\\s*[-/]?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:${YEAR}(?!\\d))?${E}`, 'giu');

const DAY_WORDS: Array<[string, number]> = [
  ['day after tomorrow', 2],
  ['übermorgen', 2],
  ['après-demain', 2],
  ['pasado mañana', 2],
  ['dopodomani', 2],
  ['overmorgen', 2],
  ['today', 0],
  ['heute', 0],
  ["aujourd'hui", 0],
  ['aujourd’hui', 0],
  ['hoy', 0],
  ['oggi', 0],
  ['vandaag', 0],
  ['tomorrow', 1],
  ['morgen', 1],
  ['demain', 1],
  ['mañana', 1],
  ['domani', 1],
];
const DAY_WORD_RE = new RegExp(`${B}(${alternation(DAY_WORDS.map((w) => w[0]))})${E}`, 'giu');
// `Guten Morgen`, `heute Morgen`, `por la mañana` name a morning, not tomorrow.
const MORNING_BEFORE = /(?:guten|heute|jeden|gestern|am|morgen|la|esta|cada)\s+$/iu;

const UNITS: Array<[string, 'day' | 'bday' | 'week']> = [
  ['business days', 'bday'],
  ['business day', 'bday'],
  ['working days', 'bday'],
  ['werktagen', 'bday'],
  ['werktage', 'bday'],
  ['arbeitstagen', 'bday'],
  ['jours ouvrés', 'bday'],
  ['jours ouvrables', 'bday'],
  ['días hábiles', 'bday'],
  ['werkdagen', 'bday'],
  ['giorni lavorativi', 'bday'],
  ['days', 'day'],
  ['day', 'day'],
  ['tagen', 'day'],
  ['tage', 'day'],
  ['jours', 'day'],
  ['días', 'day'],
  ['giorni', 'day'],
  ['dagen', 'day'],
  ['weeks', 'week'],
  ['week', 'week'],
  ['wochen', 'week'],
  ['semaines', 'week'],
  ['semanas', 'week'],
  ['settimane', 'week'],
  ['weken', 'week'],
];
const IN_N_RE = new RegExp(`${B}(?:in|within|dans|en|innerhalb von|binnen|entro|tra)\\s+(\\d{1,3})\\s+(${alternation(UNITS.map((u) => u[0]))})${E}`, 'giu');
const WEEKDAY_PREFIX = [
  'next',
  'by',
  'on',
  'this',
  'coming',
  'until',
  'before',
  'nächsten',
  'nächster',
  'kommenden',
  'bis zum',
  'bis',
  'am',
  'el próximo',
  'para el',
  'el',
  "d'ici",
  'avant',
  'entro',
  'volgende',
  'komende',
  'uiterlijk',
];
const WEEKDAY_RE = new RegExp(`${B}(?:(${alternation(WEEKDAY_PREFIX)})\\s+)?(${WEEKDAY_ALT})(?:\\s+(prochain|próximo|prossimo))?${E}`, 'giu');

/** Every date in `text`, left to right; relative phrases only when `reference` is given. */
export function findDates(text: string, opts: DateOptions = {}): FoundDate[] {
  return resolve(candidates(text, opts).filter((c) => c.rank > 0)).map(({ iso, index, text: t }) => ({ iso, index, text: t }));
}

/** `text` as one date (a weekday name, a time or `le`/`am` around it are allowed); else null. */
export function parseDate(text: string, opts: DateOptions = {}): string | null {
  const found = resolve(candidates(text, opts));
  const absolute = found.filter((c) => c.rank >= 2);
  const pick = absolute.length > 0 ? absolute : found;
  if (pick.length !== 1) return null;
  const [c] = pick;
  const rest = text.slice(0, c.index) + ' ' + text.slice(c.index + c.text.length);
  return isFiller(rest) ? c.iso : null;
}

const FILLER = [
  new RegExp(`${B}(?:${WEEKDAY_ALT})${E}`, 'giu'),
  /T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|uhr|h))?/giu,
  /(?<![\p{L}])(?:le|am|den|der|the|el|on|by|of|du|il|op|at|um|à|a)(?![\p{L}])/giu,
];

function isFiller(rest: string): boolean {
  return /^[\s\p{P}]*$/u.test(FILLER.reduce((s, re) => s.replace(re, ' '), rest));
}

/** Best first: full dates, then longer matches; overlapping lesser matches are dropped. */
function resolve(found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => b.rank - a.rank || b.text.length - a.text.length || a.index - b.index);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const overlaps = kept.some((k) => c.index < k.index + k.text.length && k.index < c.index + c.text.length);
    if (!overlaps) kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}

function candidates(text: string, opts: DateOptions): Candidate[] {
  const ref = opts.reference ? startOfDay(opts.reference) : null;
  const out: Candidate[] = [];
  const push = (m: RegExpExecArray, iso: string | null, rank: number): void => {
    if (iso) out.push({ iso, index: m.index, text: m[0], rank });
  };
  for (const m of scan(ISO_RE, text)) push(m, toIso(+m[1], +m[3], +m[4]), 3);
  for (const m of scan(NUMERIC_RE, text)) push(m, numericDate(m, opts.dayFirst ?? null), 3);
  for (const m of scan(DAY_MONTH_RE, text)) push(m, namedDate(m[2], m[1], m[3] ?? m[4], ref), (m[3] ?? m[4]) ? 3 : 2);
  for (const m of scan(MONTH_DAY_RE, text)) push(m, namedDate(m[1], m[2], m[3] ?? m[4], ref), (m[3] ?? m[4]) ? 3 : 2);
  if (ref) {
    out.push(...relativeCandidates(text, ref));
    for (const m of scan(SHORT_NUMERIC_RE, text)) push(m, shortDate(m, opts.dayFirst ?? null, ref), 1);
  }
  return out;
}

function* scan(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    // Retry one character on, so a rejected match does not hide a date that starts inside it.
    re.lastIndex = m.index + 1;
  }
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || !isExists(year, month - 1, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(written: string): number {
  const n = Number(written.replace("'", ''));
  return written.replace("'", '').length > 2 ? n : n < 70 ? 2000 + n : 1900 + n;
}

/** Dots are day-first everywhere; otherwise `dayFirst`. If that order is impossible, the other is unambiguous. */
function numericDate(m: RegExpExecArray, dayFirst: boolean | null): string | null {
  const [a, b, year] = [Number(m[1]), Number(m[3]), fullYear(m[4])];
  const preferDay = m[2] === '.' || dayFirst === true;
  const [day, month] = preferDay ? [a, b] : [b, a];
  return toIso(year, month, day) ?? toIso(year, day, month);
}

function namedDate(monthWord: string, dayText: string, yearText: string | undefined, ref: Date | null): string | null {
  const month = MONTHS.get(foldWord(monthWord));
  if (month === undefined) return null;
  const day = Number(dayText);
  if (yearText !== undefined) return toIso(fullYear(yearText), month + 1, day);
  if (!ref || isWordNotMonth(monthWord)) return null;
  return nearestYear(month, day, ref);
}

function shortDate(m: RegExpExecArray, dayFirst: boolean | null, ref: Date): string | null {
  const [a, b] = [Number(m[1]), Number(m[3] ?? m[5])];
  const preferDay = m[2] === '.' || dayFirst === true;
  const [day, month] = preferDay ? [a, b] : [b, a];
  if (month < 1 || month > 12) return preferDay ? null : nearestYear(a - 1, b, ref);
  return nearestYear(month - 1, day, ref);
}

/** A date written without a year is taken in whichever year puts it nearest the reference. */
function nearestYear(month: number, day: number, ref: Date): string | null {
  const options = [-1, 0, 1]
    .map((k) => ref.getFullYear() + k)
    .filter((y) => isExists(y, month, day))
    .map((y) => new Date(y, month, day));
  options.sort((x, y) => Math.abs(differenceInCalendarDays(x, ref)) - Math.abs(differenceInCalendarDays(y, ref)));
  return options[0] ? format(options[0], 'yyyy-MM-dd') : null;
}

function relativeCandidates(text: string, ref: Date): Candidate[] {
  const out: Candidate[] = [];
  const add = (m: RegExpExecArray, date: Date, rank: number): void => {
    out.push({ iso: format(date, 'yyyy-MM-dd'), index: m.index, text: m[0], rank });
  };
  for (const m of scan(DAY_WORD_RE, text)) {
    const offset = DAY_WORDS.find(([w]) => foldWord(w) === foldWord(m[1]))?.[1] ?? 0;
    const isMorning = offset === 1 && /^(morgen|manana)$/.test(foldWord(m[1])) && MORNING_BEFORE.test(text.slice(0, m.index));
    if (!isMorning) add(m, addDays(ref, offset), 1);
  }
  for (const m of scan(IN_N_RE, text)) {
    const unit = UNITS.find(([u]) => foldWord(u) === foldWord(m[2]))?.[1];
    const n = Number(m[1]);
    add(m, unit === 'bday' ? addBusinessDays(ref, n) : unit === 'week' ? addWeeks(ref, n) : addDays(ref, n), 1);
  }
  for (const m of scan(WEEKDAY_RE, text)) {
    const weekday = WEEKDAYS.get(foldWord(m[2])) as Day;
    add(m, nextDay(ref, weekday), m[1] || m[3] ? 1 : 0);
  }
  return out;
}
