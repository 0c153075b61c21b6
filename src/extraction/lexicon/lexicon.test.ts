import { describe, expect, it } from 'vitest';
import { fold } from '../../domain/fold-text.ts';
import { detectLanguage } from '../classify/detect-language.ts';
import { COLUMN_WORDS, documentKindSources, LEXICONS, mergeWords, ORDER_TITLES, urgencyWords, type Lexicon } from './index.ts';

const lists = (lexicon: Lexicon): Array<[string, string[]]> => [
  ...Object.entries(lexicon.columns).map(([k, v]) => [`columns.${k}`, v] as [string, string[]]),
  ...Object.entries(lexicon.fields).map(([k, v]) => [`fields.${k}`, v] as [string, string[]]),
  ...Object.entries(lexicon.totals).map(([k, v]) => [`totals.${k}`, v] as [string, string[]]),
  ...Object.entries(lexicon.parties).map(([k, v]) => [`parties.${k}`, v] as [string, string[]]),
  ['tableEnd', lexicon.tableEnd ?? []],
  ['chargeRows', lexicon.chargeRows ?? []],
];

describe.each(LEXICONS.map((l) => [l.lang, l] as const))('lexicon %s', (lang, lexicon) => {
  it('has the words every reader needs: an order title, PO-number labels, quantity and price columns, function words', () => {
    expect(lexicon.orderTitles?.length, 'orderTitles').toBeGreaterThan(0);
    expect(lexicon.fields.poNumber?.length, 'fields.poNumber').toBeGreaterThan(0);
    expect(lexicon.columns.quantity?.length, 'columns.quantity').toBeGreaterThan(0);
    expect(lexicon.columns.unitPrice?.length, 'columns.unitPrice').toBeGreaterThan(0);
    expect(lexicon.functionWords.length).toBeGreaterThanOrEqual(10);
  });

  it('writes words in lower case, each once per list; units in upper case', () => {
    for (const [name, words] of lists(lexicon)) {
      expect(
        words.filter((w) => w !== w.toLowerCase()),
        name,
      ).toEqual([]);
      expect(words.length, `${name} repeats a word`).toBe(new Set(words).size);
    }
    expect((lexicon.units ?? []).filter((u) => u !== u.toUpperCase())).toEqual([]);
  });

  it('gives regular expressions that compile', () => {
    const sources = [
      ...(lexicon.orderTitles ?? []),
      ...(lexicon.orderNouns ?? []),
      ...(lexicon.closings ?? []),
      ...(lexicon.jobTitles ?? []),
      ...Object.values(lexicon.documentKinds ?? {}).flat(),
      ...Object.values(lexicon.urgency ?? {}).flat(),
    ];
    for (const source of sources) expect(() => new RegExp(source, 'iu'), source).not.toThrow();
  });

  it('is the language detected for a sentence of its own function words', () => {
    expect(detectLanguage(lexicon.functionWords.join(' '))).toBe(lang);
  });
});

describe('merged lists', () => {
  it('take every language, each word once', () => {
    for (const lexicon of LEXICONS) for (const word of lexicon.columns.quantity ?? []) expect(COLUMN_WORDS.quantity).toContain(word);
    expect(COLUMN_WORDS.quantity.length).toBe(new Set(COLUMN_WORDS.quantity).size);
    expect(ORDER_TITLES.length).toBe(LEXICONS.reduce((n, l) => n + (l.orderTitles?.length ?? 0), 0));
  });

  it('a new language is one more lexicon: its words join the merged lists', () => {
    const sv: Lexicon = {
      lang: 'sv',
      functionWords: ['och', 'att', 'det', 'som', 'för', 'med', 'beställning', 'antal', 'pris'],
      columns: { quantity: ['antal', 'kvantitet'] },
      fields: { poNumber: ['inköpsorder'] },
      totals: {},
      parties: {},
      orderTitles: ['inkopsorder\\b'],
    };
    expect(mergeWords((l) => l.columns.quantity, [...LEXICONS, sv])).toEqual([...COLUMN_WORDS.quantity, 'antal', 'kvantitet']);
  });

  it('knows Portuguese as its seventh language: a nota de encomenda is an order title, quantidade a quantity', () => {
    expect(LEXICONS.map((l) => l.lang)).toContain('pt');
    expect(COLUMN_WORDS.quantity).toContain('quantidade');
    expect(ORDER_TITLES.some((s) => new RegExp(s, 'iu').test('nota de encomenda'))).toBe(true);
  });

  it('knows Polish as its eighth language: a zamówienie is an order title, ilość a quantity, "do zapłaty" a total', () => {
    expect(LEXICONS.map((l) => l.lang)).toContain('pl');
    expect(COLUMN_WORDS.quantity).toContain('ilość');
    expect(ORDER_TITLES.some((s) => new RegExp(s, 'iu').test(fold('Zamówienie zakupu nr ZAM/2026/12/044')))).toBe(true);
    expect(detectLanguage('W załączeniu przesyłamy zamówienie, prosimy o potwierdzenie terminu dostawy. Pozdrawiam')).toBe('pl');
  });

  it('keep the document kinds in one order, the invoice first, and urgency phrases of several languages', () => {
    expect(documentKindSources()[0][0]).toBe('invoice');
    expect(urgencyWords('urgent').some((s) => new RegExp(s, 'iu').test('Bandstillstand'))).toBe(true);
    expect(urgencyWords('negation').some((s) => new RegExp(s, 'iu').test('sin prisa'))).toBe(true);
  });
});
