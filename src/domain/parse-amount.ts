/**
 * Money and quantities as buyers write them, US (`1,234.50`) or European (`1.234,50`), into plain
 * numbers, and the currency next to them into ISO 4217 (contract: `$` alone is USD unless the
 * address says otherwise).
 */
export type NumberStyle = 'eu' | 'us';

// Codes a PO plausibly carries. Not all of ISO 4217: codes such as ALL, TOP or CUP are English words.
const ISO_CODES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'JPY',
  'CNY',
  'CAD',
  'AUD',
  'NZD',
  'MXN',
  'SEK',
  'NOK',
  'DKK',
  'ISK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'INR',
  'BRL',
  'ZAR',
  'SGD',
  'HKD',
  'KRW',
  'TRY',
  'RUB',
  'AED',
  'SAR',
  'ILS',
  'THB',
  'MYR',
  'IDR',
  'PHP',
  'TWD',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'VND',
  'EGP',
  'NGN',
  'UAH',
];
const CODE_ALT = ISO_CODES.join('|');

// Everything that may sit around a number as its currency; stripped before the number is read.
const CURRENCY_AFFIX = new RegExp(
  `(?:\\b(?:US|U|C|CA|CAN|A|AU|NZ|MX|Mex|HK|S|SG|R|NT)\\$|[$€£¥₹₩₽₺₪฿₫₱₦₴¢円元]|\\b(?:${CODE_ALT}|RMB)\\b|` + `\\b(?:euros?|dollars?)\\b|\\bkr\\b\\.?|\\bS?Fr\\.|zł|Kč|\\bFt\\b)`,
  'giu',
);
const GROUP_SPACE = "[ \\u00A0\\u202F\\u2009'’]";

/** A number as written; null for anything that is not one (percentages included). */
/** Two readings of one printed amount: equal to the cent. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

export function parseAmount(text: string, style: NumberStyle | null = null): number | null {
  if (typeof text !== 'string' || text.includes('%')) return null;
  let stripped = text.replace(CURRENCY_AFFIX, ' ').trim();
  // `12,-` (German) and `12.-` (Swiss) mean a whole amount and name the decimal mark; not SAP's trailing minus.
  const whole = /(\d)([.,])-{1,2}$/.exec(stripped);
  if (whole) stripped = stripped.slice(0, whole.index + 1);
  const signed = splitSign(stripped);
  if (!signed) return null;
  const value = parseUnsigned(signed.body, whole ? (whole[2] === ',' ? 'eu' : 'us') : style);
  if (value === null) return null;
  const rounded = Math.round((signed.negative ? -value : value) * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}

/** Accounting parentheses, a leading minus, or SAP's trailing minus; two signs at once are not a number. */
function splitSign(text: string): { negative: boolean; body: string } | null {
  let body = text;
  let signs = 0;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) [signs, body] = [signs + 1, paren[1].trim()];
  const lead = /^([-−+])\s*(.*)$/.exec(body);
  if (lead) [signs, body] = [signs + (lead[1] === '+' ? 0 : 1), lead[2]];
  const trail = /^(.*?)\s*[-−]$/.exec(body);
  if (trail) [signs, body] = [signs + 1, trail[1]];
  return signs > 1 || body === '' ? null : { negative: signs === 1, body };
}

function parseUnsigned(body: string, style: NumberStyle | null): number | null {
  if (new RegExp(GROUP_SPACE).test(body)) return parseSpaceGrouped(body);
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots > 0 && commas > 0) return parseMixed(body);
  if (dots + commas === 0) return Number(body);
  const sep = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return isGrouped(body, sep) ? Number(body.split(sep).join('')) : null;
  const [int, frac] = body.split(sep);
  if (frac === '') return null;
  // One separator and three digits after it: a thousands group unless the style says it is decimal.
  const thousands = frac.length === 3 && /^[1-9]\d{0,2}$/.test(int) && (sep === '.' ? style === 'eu' : style !== 'eu');
  return thousands ? Number(int + frac) : Number(`${int || '0'}.${frac}`);
}

/** `1 234,50`, `1'234.50`: spaces and apostrophes only ever group thousands, so `.`/`,` is decimal. */
function parseSpaceGrouped(body: string): number | null {
  const m = new RegExp(`^(\\d{1,3}(?:${GROUP_SPACE}\\d{3})+)(?:[.,](\\d+))?$`).exec(body);
  if (!m) return null;
  const int = m[1].replace(new RegExp(GROUP_SPACE, 'g'), '');
  return Number(m[2] === undefined ? int : `${int}.${m[2]}`);
}

/** Both separators: the last one is the decimal mark, the other must group by three. */
function parseMixed(body: string): number | null {
  const last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  const decimal = body[last];
  const group = decimal === '.' ? ',' : '.';
  const int = body.slice(0, last);
  const frac = body.slice(last + 1);
  if (!/^\d+$/.test(frac) || int.includes(decimal) || !isGrouped(int, group)) return null;
  return Number(`${int.split(group).join('')}.${frac}`);
}

function isGrouped(text: string, sep: string): boolean {
  const [head, ...groups] = text.split(sep);
  return /^\d{1,3}$/.test(head) && groups.every((g) => /^\d{3}$/.test(g));
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Which style a number alone proves; `1,234` and `1.234` prove nothing. */
function styleOf(token: string): NumberStyle | null {
  const dots = count(token, '.');
  const commas = count(token, ',');
  if (dots > 0 && commas > 0) return token.lastIndexOf(',') > token.lastIndexOf('.') ? 'eu' : 'us';
  const sep = dots > 0 ? '.' : commas > 0 ? ',' : null;
  if (sep === null) return null;
  if (dots + commas > 1) return isGrouped(token, sep) ? (sep === '.' ? 'eu' : 'us') : null;
  const [int, frac] = token.split(sep);
  if (frac.length === 3 && /^[1-9]/.test(int)) return null;
  return sep === ',' ? 'eu' : 'us';
}

/** Votes over a document's numbers; null when nothing decides or the votes tie. */
export function detectNumberStyle(samples: string[]): NumberStyle | null {
  let eu = 0;
  let us = 0;
  for (const sample of samples) {
    for (const token of sample.match(/\d[\d.,]*\d/g) ?? []) {
      const style = styleOf(token);
      if (style === 'eu') eu += 1;
      if (style === 'us') us += 1;
    }
  }
  return eu > us ? 'eu' : us > eu ? 'us' : null;
}

const DOLLAR_BY_COUNTRY: Record<string, string> = {
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  MX: 'MXN',
  SG: 'SGD',
  HK: 'HKD',
  TW: 'TWD',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  BR: 'BRL',
  JM: 'JMD',
  TT: 'TTD',
  BS: 'BSD',
  BB: 'BBD',
  FJ: 'FJD',
  NA: 'NAD',
  LR: 'LRD',
};
const PESO_BY_COUNTRY: Record<string, string> = { MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP', UY: 'UYU', PH: 'PHP', DO: 'DOP', CU: 'CUP' };
const KRONA_BY_COUNTRY: Record<string, string> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' };

type Resolve = (country: string | null, written: string) => string | null;
const is =
  (code: string): Resolve =>
  () =>
    code;
const byCountry =
  (map: Record<string, string>, fallback: string | null): Resolve =>
  (c) =>
    (c && map[c]) || fallback;

// Order matters only for ties at one position; the earliest match in the text wins.
const CURRENCY_RULES: Array<[RegExp, Resolve]> = [
  [/\b(?:US|U)\$/u, is('USD')],
  [/\b(?:C|CA|CAN)\$/u, is('CAD')],
  [/\b(?:A|AU)\$/u, is('AUD')],
  [/\bNZ\$/u, is('NZD')],
  [/\b(?:MX|Mex)\$/u, is('MXN')],
  [/\bHK\$/u, is('HKD')],
  [/\b(?:S|SG)\$/u, is('SGD')],
  [/\bR\$/u, is('BRL')],
  [/\bNT\$/u, is('TWD')],
  [new RegExp(`\\b(?:${CODE_ALT})\\b`, 'iu'), (_, written) => toIsoCode(written)],
  [/\bRMB\b|\byuan\b|\brenminbi\b|元/iu, is('CNY')],
  [/€|\beuros?\b/iu, is('EUR')],
  [/£|\bsterling\b/iu, is('GBP')],
  [/\bS?Fr\.|\bswiss francs?\b|\bfranken\b|\bfrancs? suisses?\b/iu, is('CHF')],
  [/¥/u, byCountry({ CN: 'CNY' }, 'JPY')],
  [/円|\byen\b/iu, is('JPY')],
  [/₹|\brupees?\b/iu, is('INR')],
  [/₩/u, is('KRW')],
  [/₽/u, is('RUB')],
  [/₺/u, is('TRY')],
  [/₪/u, is('ILS')],
  [/฿/u, is('THB')],
  [/₫/u, is('VND')],
  [/₱/u, is('PHP')],
  [/₦/u, is('NGN')],
  [/₴/u, is('UAH')],
  [/zł|\bz[lł]oty\b/iu, is('PLN')],
  [/Kč/u, is('CZK')],
  [/\bFt\b|\bforint\b/iu, is('HUF')],
  [/\breais\b/iu, is('BRL')],
  [/\bkronor\b|\bkrona\b/iu, is('SEK')],
  [/\bkr\b|\bkroner\b|\bkrone\b/iu, byCountry(KRONA_BY_COUNTRY, null)],
  [/\bpesos?\b/iu, byCountry(PESO_BY_COUNTRY, null)],
  [/\$|\bdollars?\b/iu, byCountry(DOLLAR_BY_COUNTRY, 'USD')],
];

/** ISO 4217 for the first currency named in `text`; `countryHint` (ISO alpha-2) settles `$`, `kr`, `¥`. */
export function parseCurrency(text: string, countryHint: string | null = null): string | null {
  const country = normalizeCountry(countryHint);
  const hits: Array<{ index: number; code: string }> = [];
  for (const [pattern, resolve] of CURRENCY_RULES) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const code = resolve(country, m[0]);
      if (code) {
        hits.push({ index: m.index, code });
        break;
      }
    }
  }
  hits.sort((a, b) => a.index - b.index);
  return hits[0]?.code ?? null;
}

// Lower-case `php` or `try` is a word or a file name far more often than a currency.
const LOWER_CASE_CODES = new Set(['eur', 'usd', 'gbp', 'chf', 'cad', 'aud', 'sek', 'nok', 'dkk', 'pln', 'czk']);

function toIsoCode(written: string): string | null {
  if (written === written.toUpperCase() || LOWER_CASE_CODES.has(written.toLowerCase())) return written.toUpperCase();
  return null;
}

function normalizeCountry(country: string | null): string | null {
  const c = country?.trim().toUpperCase() ?? '';
  if (c === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(c) ? c : null;
}
