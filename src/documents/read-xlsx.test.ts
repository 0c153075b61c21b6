import ExcelJSModule from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors.ts';
import { XLSX_MEDIA_TYPE, readXlsx } from './read-xlsx.ts';

// exceljs is CommonJS; its API is the default export under ESM.
const ExcelJS = (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const order = wb.addWorksheet('Order');
  order.addRow(['PO', 'PO-4711']);
  order.addRow(['Date', new Date(Date.UTC(2024, 2, 22))]);
  order.addRow([]);
  order.addRow(['SKU', 'Description', 'Qty', 'Price']);
  order.addRow(['A-1', 'Widget, blue\nlarge', 5, 1234.5]);
  order.addRow(['B-2', 'Bolt', { formula: 'C5*2', result: 10 }, 0.1]);
  order.mergeCells('A8:B8');
  order.getCell('A8').value = 'Total';
  order.getCell('D8').value = 1244.5;
  wb.addWorksheet('Notes').addRow(['Deliver to dock 3']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads every sheet as a page of displayed cell text', async () => {
    const doc = await readXlsx('po.xlsx', await workbook(), { maxPages: 200 });
    expect(doc).toMatchObject({ name: 'po.xlsx', mediaType: XLSX_MEDIA_TYPE, method: 'spreadsheet', pageCount: null });
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(doc.text).toBe(
      ['PO\tPO-4711', 'Date\t2024-03-22', 'SKU\tDescription\tQty\tPrice', 'A-1\tWidget, blue large\t5\t1234.5', 'B-2\tBolt\t10\t0.1', 'Total\t\t\t1244.5'].join('\n') +
        '\fDeliver to dock 3',
    );
    expect(doc.pages[0].words.find((w) => w.text === '1234.5')).toEqual({ text: '1234.5', x0: 300, y0: 3, x1: 390, y1: 4, conf: 1 });
  });

  it('rejects a broken workbook', async () => {
    const err = await readXlsx('x.xlsx', new Uint8Array(Buffer.from('PK\x03\x04 xl/workbook.xml broken', 'latin1')), { maxPages: 200 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code: 'corrupt-input', message: expect.stringMatching(/^not a readable \.xlsx workbook: /) });
  });

  it('applies the page limit to sheets', async () => {
    const err = await readXlsx('x.xlsx', await workbook(), { maxPages: 1 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'too-many-pages', message: 'workbook has 2 sheets, over the 1-page limit (maxPages)' });
  });
});
