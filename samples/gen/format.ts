/** Number and money formatting per locale, written out by hand so the separators are exactly controlled. */

export type Locale = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'es-ES';
export type MoneyStyle = 'symbol' | 'code' | 'none';

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  'en-US': { group: ',', decimal: '.' },
  'en-GB': { group: ',', decimal: '.' },
  'de-DE': { group: '.', decimal: ',' },
  'fr-FR': { group: ' ', decimal: ',' },
  'es-ES': { group: '.', decimal: ',' },
};

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** Cents-exact rounding to 2 decimals. */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

export function round3(n: number): number {
  return Math.round((n + Number.EPSILON) * 1000) / 1000;
}

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Fixed decimals, with grouping. */
export function formatNumber(n: number, locale: Locale, decimals = 2, grouping = true): string {
  const { group: g, decimal } = SEPARATORS[locale];
  const neg = n < 0;
  const [i, f] = Math.abs(n).toFixed(decimals).split('.');
  const body = (grouping ? group(i, g) : i) + (f ? decimal + f : '');
  return neg ? `-${body}` : body;
}

/** Quantities: integers without decimals, fractions with as many decimals as needed (max 3). */
export function formatQty(n: number, locale: Locale, grouping = true): string {
  if (Number.isInteger(n)) return formatNumber(n, locale, 0, grouping);
  const decimals = Number.isInteger(n * 10) ? 1 : Number.isInteger(n * 100) ? 2 : 3;
  return formatNumber(n, locale, decimals, grouping);
}

/** Unit prices: 2 decimals unless the price needs 3 or 4. */
export function formatPrice(n: number, locale: Locale): string {
  const fits = (d: number) => Math.abs(n * 10 ** d - Math.round(n * 10 ** d)) < 1e-7;
  return formatNumber(n, locale, fits(2) ? 2 : fits(3) ? 3 : 4);
}

export function formatMoney(n: number, locale: Locale, currency: string, style: MoneyStyle): string {
  const num = formatNumber(Math.abs(n), locale);
  const sign = n < 0 ? '-' : '';
  if (style === 'none') return sign + num;
  const symbol = SYMBOLS[currency] ?? currency;
  if (style === 'code') return locale.startsWith('en') ? `${sign}${currency} ${num}` : `${sign}${num} ${currency}`;
  return locale.startsWith('en') ? `${sign}${symbol}${num}` : `${sign}${num} ${symbol}`;
}

export function padRight(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

export function padLeft(s: string, w: number): string {
  return s.length >= w ? s : ' '.repeat(w - s.length) + s;
}
