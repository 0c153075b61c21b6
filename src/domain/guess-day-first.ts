/**
 * Whether the sender writes `03/04/2026` as 3 April. Contract: ambiguous numeric dates follow the
 * sender's locale where it can be told (country, language, currency), else US month-first; null here
 * means "cannot be told", and callers then read month-first.
 */
export interface DayFirstHints {
  /** ISO 3166-1 alpha-2 (`UK` is taken as GB). */
  country?: string | null;
  /** BCP 47 tag or plain code: `de`, `en-GB`, `pt_BR`. */
  language?: string | null;
  /** ISO 4217. */
  currency?: string | null;
  /** Dates as written elsewhere in the same message or document. */
  sampleDates?: string[];
}

// Month-first in everyday numeric dates. Canada writes both, so it decides nothing.
const MONTH_FIRST_COUNTRIES = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'PH', 'FM', 'MH', 'PW']);
const UNDECIDED_COUNTRIES = new Set(['CA']);
const DAY_FIRST_COUNTRIES = new Set([
  // Europe
  'GB',
  'IE',
  'DE',
  'AT',
  'CH',
  'LI',
  'FR',
  'BE',
  'LU',
  'MC',
  'NL',
  'ES',
  'PT',
  'IT',
  'SM',
  'VA',
  'MT',
  'AD',
  'DK',
  'NO',
  'SE',
  'FI',
  'IS',
  'PL',
  'CZ',
  'SK',
  'SI',
  'HR',
  'BA',
  'RS',
  'ME',
  'MK',
  'AL',
  'GR',
  'CY',
  'BG',
  'RO',
  'MD',
  'UA',
  'BY',
  'RU',
  'EE',
  'LV',
  'LT',
  'TR',
  // Latin America
  'MX',
  'GT',
  'BZ',
  'HN',
  'SV',
  'NI',
  'CR',
  'PA',
  'CU',
  'DO',
  'CO',
  'VE',
  'EC',
  'PE',
  'BO',
  'CL',
  'AR',
  'UY',
  'PY',
  'BR',
  // elsewhere, where day-first is the everyday form
  'AU',
  'NZ',
  'IN',
  'PK',
  'BD',
  'LK',
  'ZA',
  'NG',
  'KE',
  'EG',
  'MA',
  'TN',
  'DZ',
  'IL',
  'AE',
  'SA',
  'QA',
  'SG',
  'MY',
  'ID',
  'VN',
  'TH',
]);
const DAY_FIRST_LANGUAGES = new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'cs', 'sk', 'da', 'sv', 'no', 'nb', 'nn', 'fi', 'ru', 'tr', 'el', 'ro']);
// USD is also the currency of Ecuador, Panama and others, but for a PO it mostly means a US sender.
const DAY_FIRST_CURRENCIES = new Set(['EUR', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'AUD', 'NZD', 'INR', 'ZAR']);

/** Evidence first (a date that can only be read one way), then country, language, currency. */
export function guessDayFirst(hints: DayFirstHints): boolean | null {
  return fromSamples(hints.sampleDates ?? []) ?? fromCountry(hints.country) ?? fromLanguage(hints.language) ?? fromCurrency(hints.currency);
}

/** `25/03/2026` or a dotted date says day-first; `03/25/2026` says month-first; both at once say nothing. */
function fromSamples(samples: string[]): boolean | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const sample of samples) {
    for (const m of sample.matchAll(/(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/g)) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      if ((a > 12 && b <= 12) || (m[2] === '.' && a <= 31 && b <= 12)) dayFirst = true;
      else if (b > 12 && a <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? null : dayFirst;
}

function fromCountry(country: string | null | undefined): boolean | null {
  const c = country?.trim().toUpperCase();
  if (!c) return null;
  const code = c === 'UK' ? 'GB' : c;
  if (MONTH_FIRST_COUNTRIES.has(code)) return false;
  if (UNDECIDED_COUNTRIES.has(code)) return null;
  return DAY_FIRST_COUNTRIES.has(code) ? true : null;
}

/** `en` alone says nothing (US or UK); `en-GB` and `en-US` say it through their region. */
function fromLanguage(language: string | null | undefined): boolean | null {
  const [lang, region] = (language ?? '').trim().toLowerCase().split(/[-_]/);
  if (!lang) return null;
  if (region && /^[a-z]{2}$/.test(region)) {
    const byRegion = fromCountry(region);
    if (byRegion !== null) return byRegion;
  }
  return DAY_FIRST_LANGUAGES.has(lang) ? true : null;
}

function fromCurrency(currency: string | null | undefined): boolean | null {
  const c = currency?.trim().toUpperCase();
  if (!c) return null;
  if (c === 'USD') return false;
  return DAY_FIRST_CURRENCIES.has(c) ? true : null;
}
