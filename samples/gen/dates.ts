/** Date-only arithmetic on 'YYYY-MM-DD' strings, in UTC so the host time zone never matters. */

/** The generator's fixed "now": samples are dated in the weeks before it. */
export const NOW = '2026-03-16';
export const FIXED_TIMESTAMP = new Date('2026-03-16T08:00:00Z');

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const DAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_SHORT = MONTHS_EN.map((m) => m.slice(0, 3));

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function toUtc(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

export function weekday(iso: string): number {
  return toUtc(iso).getUTCDay();
}

export function isWeekend(iso: string): boolean {
  const w = weekday(iso);
  return w === 0 || w === 6;
}

export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86400000);
}

/** Weekdays d with from < d <= to (no holidays). */
export function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (!isWeekend(d)) n++;
  return n;
}

export function addBusinessDays(iso: string, n: number): string {
  let d = iso;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}

/** Next weekday on or after iso. */
export function onWeekday(iso: string): string {
  let d = iso;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

export type DateStyle = 'us' | 'us-long' | 'dmy-slash' | 'dmy-dot' | 'iso' | 'en-long' | 'de-long' | 'fr-long' | 'es-long' | 'dmy-dash';

export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = parts(iso);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'us': return `${mm}/${dd}/${y}`;
    case 'us-long': return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
    case 'dmy-slash': return `${dd}/${mm}/${y}`;
    case 'dmy-dot': return `${dd}.${mm}.${y}`;
    case 'dmy-dash': return `${dd}-${mm}-${y}`;
    case 'iso': return iso;
    case 'en-long': return `${d} ${MONTHS_EN[m - 1]} ${y}`;
    case 'de-long': return `${d}. ${MONTHS_DE[m - 1]} ${y}`;
    case 'fr-long': return `${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`;
    case 'es-long': return `${d} de ${MONTHS_ES[m - 1]} de ${y}`;
  }
}

export interface MailDate {
  /** RFC 2822 Date header value. */
  header: string;
  /** The same instant as ISO 8601 UTC, without milliseconds. */
  iso: string;
  /** Local calendar date of the sender (equal to the UTC date by construction). */
  localDate: string;
}

/** A Date header on a given local day; hours are kept so that the UTC day equals the local day. */
export function mailDate(iso: string, offsetHours: number, hour: number, minute: number): MailDate {
  const [y, m, d] = parts(iso);
  const utcMs = Date.UTC(y, m - 1, d, hour, minute, (hour * 7 + minute) % 60) - offsetHours * 3600000;
  const utc = new Date(utcMs);
  if (fromUtc(utc) !== iso) throw new Error(`mail date ${iso} ${hour}:${minute} ${offsetHours} crosses midnight UTC`);
  const sign = offsetHours < 0 ? '-' : '+';
  const off = `${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}00`;
  const hh = String(hour).padStart(2, '0');
  const mi = String(minute).padStart(2, '0');
  const ss = String((hour * 7 + minute) % 60).padStart(2, '0');
  const header = `${DAYS_SHORT[weekday(iso)]}, ${String(d).padStart(2, '0')} ${MONTHS_SHORT[m - 1]} ${y} ${hh}:${mi}:${ss} ${off}`;
  return { header, iso: utc.toISOString().replace('.000Z', 'Z'), localDate: iso };
}
