import type { Rng } from '../random.ts';
import type { Po } from '../model.ts';
import type { MailDate } from '../dates.ts';
import type { Level } from '../urgency.ts';
import { buildPo } from '../po.ts';
import { DE_COMPANIES, ES_COMPANIES, US_COMPANIES } from '../fake.ts';
import { csvOrder, xlsxOrder, type SheetResult } from '../sheets.ts';
import { textHeader } from '../body/text.ts';
import { CLOSINGS, GREETINGS, signature } from '../body/common.ts';
import { laterDelivery, orderDay, sheetPart } from './parts.ts';
import { contactPerson, emailOrderSample, mailDateFor, receivedDay, scenario, style, type Sample } from './kit.ts';

interface SheetEmail {
  name: string; po: Po; date: MailDate; kind: 'xlsx' | 'csv'; sheet: SheetResult; filename: string;
  headerInBody: boolean; subject: string; intro: string[]; expect: Level; notes: string[];
}

/** A mail with the order lines in an .xlsx / .csv attachment; header fields in the body or in the sheet. */
async function sheetEmail(rng: Rng, a: SheetEmail): Promise<Sample> {
  const lang = a.po.style.lang;
  const header = a.headerInBody ? ['', ...textHeader(a.po)] : [];
  const text = [rng.pick(GREETINGS[lang]), '', ...a.intro, ...header, '', ...signature(a.po, rng.pick(CLOSINGS[lang]))].join('\n') + '\n';
  const part = sheetPart(a.filename, a.sheet, a.kind);
  return emailOrderSample(rng, { name: a.name, from: contactPerson(a.po), subject: a.subject, date: a.date, text, parts: [part], orders: [{ po: a.po, expect: a.expect }], notes: a.notes });
}

const US = style('en-US', 'symbol', 'us');

export const SHEET_EMAILS = [
  scenario('email-xlsx-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[6], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 7, taxRate: null, shipToSite: 1, notes: null });
    const sheet = await xlsxOrder(po, { order: 'sku-first', headerRows: false, sheetName: 'Lines' });
    return sheetEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), kind: 'xlsx', sheet, filename: `PO${po.poNumber}_lines.xlsx`, headerInBody: true, subject: `PO ${po.poNumber} (lines attached)`, expect: 'normal',
      intro: [`The line items for PO ${po.poNumber} are in the attached spreadsheet.`],
      notes: ['kind: email-xlsx-attachment', 'header fields (PO number, dates, ship-to) in the body, only the line table (+ total) in the sheet', 'prices are numeric cells; currency in the column headers "Unit Price (USD)"', 'urgency: normal'] });
  }),
  scenario('email-xlsx-en-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[0], style: US, currency: 'USD', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 6, lineNumbers: 'seq', taxRate: 0.0725, shipToSite: 1, billTo: true, freight: { amount: 120, inTable: false } });
    const sheet = await xlsxOrder(po, { order: 'qty-first', headerRows: true, dateCells: true, sheetName: 'PO' });
    return sheetEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), kind: 'xlsx', sheet, filename: `PO-${po.poNumber}.xlsx`, headerInBody: false, subject: `PO ${po.poNumber}`, expect: 'normal',
      intro: ['Our purchase order is attached as an Excel file.'],
      notes: ['kind: email-xlsx-attachment', 'header fields in the top rows of the sheet (label in A, value in B); dates are real Excel date cells', 'quantity-first columns, line numbers', 'urgency: normal'] });
  }),
  scenario('email-xlsx-es-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: ES_COMPANIES[1], style: style('es-ES', 'symbol', 'dmy-slash'), currency: 'EUR', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 5, lineNumbers: 'tens', shipToSite: 1, billTo: true });
    const sheet = await xlsxOrder(po, { order: 'sku-first', headerRows: true, dateCells: false, sheetName: 'Pedido' });
    return sheetEmail(rng, { name, po, date: mailDateFor(rng, day, 'ES'), kind: 'xlsx', sheet, filename: `Pedido_${po.poNumber}.xlsx`, headerInBody: false, subject: `Pedido de compra ${po.poNumber}`, expect: 'normal',
      intro: ['Adjuntamos el pedido en formato Excel.'],
      notes: ['kind: email-xlsx-attachment', 'lang: es; header rows in the sheet, dates as text DD/MM/YYYY, EUR, IVA 21%', 'urgency: normal'] });
  }),
  scenario('email-csv-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[2], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 8, taxRate: 0.0925, shipToSite: 0, notes: null });
    const sheet = csvOrder(po, { order: 'sku-first', headerRows: false, sep: ',' });
    return sheetEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), kind: 'csv', sheet, filename: `order_${po.poNumber}.csv`, headerInBody: true, subject: `Order ${po.poNumber}`, expect: 'normal',
      intro: ['CSV export of our order attached, details below.'],
      notes: ['kind: email-csv-attachment', 'comma-separated, plain decimals, quoted descriptions with commas; header fields in the body', 'urgency: normal'] });
  }),
  scenario('email-csv-de-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: DE_COMPANIES[1], style: style('de-DE', 'symbol', 'dmy-dot'), currency: 'EUR', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 6, lineNumbers: 'seq', shipToSite: 0, freight: { amount: 18.9, inTable: false } });
    const sheet = csvOrder(po, { order: 'sku-first', headerRows: true, sep: ';' });
    return sheetEmail(rng, { name, po, date: mailDateFor(rng, day, 'DE'), kind: 'csv', sheet, filename: `Bestellung_${po.poNumber}.csv`, headerInBody: false, subject: `Bestellung ${po.poNumber}`, expect: 'normal',
      intro: ['anbei unsere Bestellung als CSV-Datei.'],
      notes: ['kind: email-csv-attachment', 'lang: de; semicolon-separated with decimal commas (German Excel export), header rows on top, dates DD.MM.YYYY', 'urgency: normal'] });
  }),
];
