// The independent axes a fuzzed document is composed from, and how each value is drawn.
import type { Rng } from '../gen/random.ts';
import { FAMILIES, familiesFor, type Family } from './lexicon.ts';
import { DATE_STYLES_FOR, LOCALE_INFO, LOCALES, NUMBER_STYLES_FOR, type DateStyle, type LocaleId, type MoneyMark, type NumberStyle } from './locale.ts';

export const KINDS = ['po', 'invoice', 'quote-request', 'shipping-notice', 'auto-reply'] as const;
export const WRAPPERS = ['file-pdf', 'mail-pdf', 'mail-text', 'mail-html', 'file-xlsx', 'file-csv', 'mail-xlsx', 'mail-csv', 'mail-multi', 'fwd-inline', 'fwd-rfc822', 'reply-quoted'] as const;
export const IMAGES = ['none', 'scan-pdf', 'fax-tiff', 'png'] as const;
export const COLUMN_ORDERS = ['std', 'qty-first', 'desc-first', 'price-before-qty', 'due-mid'] as const;
export const PRESENCES = ['all', 'no-line', 'no-unit', 'no-sku', 'with-due', 'minimal', 'no-prices'] as const;
export const TABLE_STYLES = ['ruled', 'borderless', 'zebra', 'header-rule'] as const;
export const BLOCKS = ['boxes-row', 'left', 'right'] as const;
export const FIELDS = ['kv', 'row'] as const;
export const FONTS = ['helvetica', 'times', 'courier'] as const;
export const LENGTHS = ['short', 'medium', 'long'] as const;
export const NOISES = ['none', 'signature', 'disclaimer', 'letterhead', 'all'] as const;
export const URGENCIES = ['normal', 'urgent-word', 'high-word', 'negated', 'date-urgent', 'date-high'] as const;
export const HEADER_CASES = ['as-is', 'upper'] as const;
export const LINE_NUMBERS = ['seq', 'tens', 'sap'] as const;

export type Kind = (typeof KINDS)[number];
export type Wrapper = (typeof WRAPPERS)[number];
export type ImageKind = (typeof IMAGES)[number];
export type ColumnOrder = (typeof COLUMN_ORDERS)[number];
export type Presence = (typeof PRESENCES)[number];
export type TableStyle = (typeof TABLE_STYLES)[number];
export type Blocks = (typeof BLOCKS)[number];
export type Fields = (typeof FIELDS)[number];
export type Font = (typeof FONTS)[number];
export type Length = (typeof LENGTHS)[number];
export type Noise = (typeof NOISES)[number];
export type UrgencyAxis = (typeof URGENCIES)[number];

export interface Axes {
  kind: Kind;
  wrapper: Wrapper;
  image: ImageKind;
  locale: LocaleId;
  headers: Family;
  headerCase: (typeof HEADER_CASES)[number];
  columns: ColumnOrder;
  presence: Presence;
  lineNumbers: (typeof LINE_NUMBERS)[number];
  tableStyle: TableStyle;
  blocks: Blocks;
  fields: Fields;
  font: Font;
  numbers: NumberStyle;
  dates: DateStyle;
  money: MoneyMark;
  length: Length;
  longDesc: boolean;
  noise: Noise;
  urgency: UrgencyAxis;
  /** Long tables: the header repeated on every page or printed once. */
  pageHeader: 'repeat' | 'once';
}

/** Every axis value the generator can print, for the coverage test and the breakdown. */
export const AXIS_VALUES: Record<string, readonly string[]> = {
  kind: KINDS, wrapper: WRAPPERS, image: IMAGES, locale: LOCALES, headers: FAMILIES, headerCase: HEADER_CASES,
  columns: COLUMN_ORDERS, presence: PRESENCES, lineNumbers: LINE_NUMBERS, tableStyle: TABLE_STYLES, blocks: BLOCKS, fields: FIELDS, font: FONTS,
  numbers: ['en', 'eu-dot', 'eu-space', 'plain-dot', 'plain-comma', 'ch'], dates: ['us', 'dmy-slash', 'dmy-dot', 'dmy-dash', 'iso', 'long', 'dd-mmm-yyyy'],
  money: ['symbol', 'code', 'none'], length: LENGTHS, descWrap: ['wrapped', 'single'], noise: NOISES, urgency: URGENCIES, pageHeader: ['repeat', 'once'],
};

export interface MixOptions {
  /** Share of documents rendered as degraded images (OCR); 0 leaves them out. */
  scansShare: number;
  /** Share of documents that are not orders. */
  negativeShare: number;
}

export const DEFAULT_MIX: MixOptions = { scansShare: 0.03, negativeShare: 0.1 };

function weighted<T>(rng: Rng, items: Array<[T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

const WRAPPER_WEIGHTS: Array<[Wrapper, number]> = [
  ['file-pdf', 14], ['mail-pdf', 20], ['mail-text', 8], ['mail-html', 8], ['file-xlsx', 4], ['file-csv', 3], ['mail-xlsx', 5], ['mail-csv', 3],
  ['mail-multi', 8], ['fwd-inline', 8], ['fwd-rfc822', 6], ['reply-quoted', 6],
];

export function drawAxes(rng: Rng, mix: MixOptions): Axes {
  const kind: Kind = rng.chance(mix.negativeShare) ? rng.pick(KINDS.slice(1)) : 'po';
  const image: ImageKind = kind === 'po' && rng.chance(mix.scansShare) ? rng.pick(IMAGES.slice(1)) : 'none';
  const wrapper: Wrapper = image !== 'none' ? 'file-pdf' : weighted(rng, WRAPPER_WEIGHTS);
  const locale = weighted<LocaleId>(rng, [['en-US', 24], ['en-GB', 10], ['de-DE', 18], ['fr-FR', 13], ['es-ES', 12], ['nl-NL', 11], ['it-IT', 12]]);
  const lang = LOCALE_INFO[locale].lang;
  const family = rng.pick(familiesFor(lang));
  const fileOnly = wrapper.startsWith('file-');
  const urgency = weighted<UrgencyAxis>(rng, [['normal', 80], ['urgent-word', 5], ['high-word', 5], ['negated', 4], ['date-urgent', fileOnly ? 0 : 3], ['date-high', fileOnly ? 0 : 3]]);
  return {
    kind,
    wrapper,
    image,
    locale,
    headers: family,
    headerCase: family === 'as400' ? 'upper' : rng.chance(0.15) ? 'upper' : 'as-is',
    columns: rng.pick(COLUMN_ORDERS),
    presence: weighted<Presence>(rng, [['all', 30], ['no-line', 12], ['no-unit', 12], ['no-sku', 8], ['with-due', 16], ['minimal', 8], ['no-prices', 6]]),
    lineNumbers: rng.pick(LINE_NUMBERS),
    tableStyle: rng.pick(TABLE_STYLES),
    blocks: rng.pick(BLOCKS),
    fields: rng.pick(FIELDS),
    font: weighted<Font>(rng, [['helvetica', 50], ['times', 25], ['courier', 25]]),
    numbers: rng.pick(NUMBER_STYLES_FOR[locale]),
    dates: rng.pick(DATE_STYLES_FOR[locale]),
    money: weighted<MoneyMark>(rng, [['symbol', 45], ['code', 35], ['none', 20]]),
    // Images are one short page (a photo or fax of one sheet); long tables break across pages.
    length: image !== 'none' ? 'short' : weighted<Length>(rng, [['short', 55], ['medium', 30], ['long', 15]]),
    longDesc: rng.chance(0.35),
    noise: rng.pick(NOISES),
    urgency,
    pageHeader: rng.chance(0.5) ? 'repeat' : 'once',
  };
}
