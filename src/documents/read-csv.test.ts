import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.ts';

describe('readCsv', () => {
  it('reads an EU export: semicolons, BOM, quoted fields, numbers kept as written', () => {
    const doc = readCsv('po.csv', '\ufeffArtikel;Bezeichnung;Menge;Preis\r\n"A-1";"Besen; groß";5;1.234,50\r\n\r\nB-2;Eimer;10;3,10\r\n');
    expect(doc).toMatchObject({ name: 'po.csv', mediaType: 'text/csv', method: 'spreadsheet', pageCount: null });
    expect(doc.text).toBe('Artikel\tBezeichnung\tMenge\tPreis\nA-1\tBesen; groß\t5\t1.234,50\nB-2\tEimer\t10\t3,10');
    expect(doc.pages[0].words.find((w) => w.text === 'Besen; groß')).toEqual({ text: 'Besen; groß', x0: 100, y0: 1, x1: 190, y1: 2, conf: 1 });
    expect(doc.pages[0]).toMatchObject({ number: 1, width: 400, height: 3 });
  });

  it('reads tab- and comma-separated files with ragged rows', () => {
    expect(readCsv('a.tsv', 'sku\tqty\nA\t1\tnote').text).toBe('sku\tqty\nA\t1\tnote');
    expect(readCsv('a.csv', 'sku,desc\n"B","10"" pipe, steel"').text).toBe('sku\tdesc\nB\t10" pipe, steel');
  });

  it('skips rows whose cells are all empty', () => {
    expect(readCsv('a.csv', 'a,b\n,\n1,2').text).toBe('a\tb\n1\t2');
  });
});
