import type { Po } from '../model.ts';
import { buildPo } from '../po.ts';
import { DE_COMPANIES, ES_COMPANIES, FR_COMPANIES, GB_COMPANIES, US_COMPANIES } from '../fake.ts';
import { addDays } from '../dates.ts';
import { renderErp } from '../pdf/erp.ts';
import { renderLetter } from '../pdf/letter.ts';
import { renderModern } from '../pdf/modern.ts';
import { renderCompact } from '../pdf/compact.ts';
import { csvOrder, xlsxOrder } from '../sheets.ts';
import { textHeader, textTable } from '../body/text.ts';
import { addressLines } from '../address.ts';
import { MEDIA } from '../email.ts';
import { pdfDoc, sheetDoc, textDoc } from '../truth.ts';
import { fileOrderSample, receivedDay, scenario, style } from './kit.ts';

const US = style('en-US', 'symbol', 'us');
const later = (d: string, n: number) => addDays(d, n);

/** A plain-text purchase order file (fixed-width, as printed by an old system). */
function textPo(po: Po, banner: string[]): string {
  const c = po.contact!;
  const head = [po.company.name, ...addressLines(po.company.sites[0], po.style.lang).slice(1), '', ...banner, ''];
  const tail = ['', `Buyer: ${c.name}`, `Phone: ${c.phone}`, `Email: ${c.email}`];
  return [...head, ...textHeader(po), '', ...textTable(po, 'sku-first'), ...tail].join('\r\n') + '\r\n';
}

export const FILES = [
  scenario('file-pdf-en-01.pdf', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[9], style: US, currency: 'USD', orderDate: day, deliveryDate: later(day, 1), lineCount: 4, lineNumbers: 'seq', taxRate: null, shipToSite: 0, billTo: true, notes: 'Please ship ASAP - sanitation line is waiting on these parts.' });
    const r = await renderErp(po, { order: 'sku-first', repeatHeader: true });
    return fileOrderSample(name, r.bytes, pdfDoc(name, r.pages), r.texts, po, 'urgent', ['kind: file-pdf (bare file, no e-mail)', 'layout: erp', 'urgency: urgent by words ("ASAP" in the Notes); the delivery date 1 day after the order date would also fire, but a bare file has no received date']);
  }),
  scenario('file-pdf-de-01.pdf', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: DE_COMPANIES[1], style: style('de-DE', 'symbol', 'dmy-dot'), currency: 'EUR', orderDate: day, deliveryDate: later(day, 2), lineCount: 5, lineNumbers: 'tens', shipToSite: 0, notes: null });
    const r = await renderCompact(po);
    return fileOrderSample(name, r.bytes, pdfDoc(name, r.pages), r.texts, po, 'normal', ['kind: file-pdf', 'lang: de, compact SAP-style layout', 'urgency: normal: no urgency words; the Liefertermin is 2 days after the order date, but a bare file has no received date so the date rule is not applied']);
  }),
  scenario('file-pdf-en-02.pdf', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: GB_COMPANIES[1], style: style('en-GB', 'symbol', 'en-long'), currency: 'GBP', orderDate: day, deliveryDate: later(day, 21), lineCount: 3, shipToSite: 0 });
    const r = await renderLetter(po, 'qty-first');
    return fileOrderSample(name, r.bytes, pdfDoc(name, r.pages), r.texts, po, 'normal', ['kind: file-pdf', 'layout: letter, en-GB', 'urgency: normal']);
  }),
  scenario('file-pdf-es-01.pdf', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: ES_COMPANIES[1], style: style('es-ES', 'symbol', 'dmy-slash'), currency: 'EUR', orderDate: day, deliveryDate: later(day, 30), lineCount: 10, lineNumbers: 'seq', shipToSite: 1, billTo: true, freight: { amount: 60, inTable: false } });
    const r = await renderModern(po, { order: 'desc-first', repeatHeader: true });
    return fileOrderSample(name, r.bytes, pdfDoc(name, r.pages), r.texts, po, 'normal', ['kind: file-pdf', 'lang: es, modern layout, description first', 'urgency: normal']);
  }),
  scenario('file-xlsx-en-01.xlsx', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[5], style: US, currency: 'USD', orderDate: day, deliveryDate: later(day, 14), lineCount: 6, taxRate: 0.0475, shipToSite: 0 });
    const r = await xlsxOrder(po, { order: 'sku-first', headerRows: true, dateCells: true, sheetName: 'Purchase Order' });
    return fileOrderSample(name, r.bytes, sheetDoc(name, MEDIA.xlsx), r.texts, po, 'normal', ['kind: file-xlsx (header rows + line table, real date cells)', 'urgency: normal']);
  }),
  scenario('file-xlsx-fr-01.xlsx', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: FR_COMPANIES[2], style: style('fr-FR', 'symbol', 'dmy-slash'), currency: 'EUR', orderDate: day, deliveryDate: later(day, 20), lineCount: 4, lineNumbers: 'seq', shipToSite: 0, paymentTerms: '45 jours fin de mois' });
    const r = await xlsxOrder(po, { order: 'desc-first', headerRows: true, dateCells: false, sheetName: 'Commande' });
    return fileOrderSample(name, r.bytes, sheetDoc(name, MEDIA.xlsx), r.texts, po, 'normal', ['kind: file-xlsx', 'lang: fr, dates as text DD/MM/YYYY', 'urgency: normal']);
  }),
  scenario('file-csv-en-01.csv', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[8], style: US, currency: 'USD', orderDate: day, deliveryDate: later(day, 10), lineCount: 5, lineNumbers: 'seq', taxRate: null, shipToSite: 1 });
    const r = csvOrder(po, { order: 'qty-first', headerRows: true, sep: ',' });
    return fileOrderSample(name, r.bytes, sheetDoc(name, MEDIA.csv), r.texts, po, 'normal', ['kind: file-csv (header rows on top, then the line table)', 'only a Total: subtotal = total', 'urgency: normal']);
  }),
  scenario('file-csv-es-01.csv', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: ES_COMPANIES[2], style: style('es-ES', 'symbol', 'dmy-slash'), currency: 'EUR', orderDate: day, deliveryDate: later(day, 15), lineCount: 4, shipToSite: 0, notes: 'Pedido urgente: stock agotado en almacén.' });
    const r = csvOrder(po, { order: 'sku-first', headerRows: true, sep: ';' });
    return fileOrderSample(name, r.bytes, sheetDoc(name, MEDIA.csv), r.texts, po, 'urgent', ['kind: file-csv (semicolons, decimal commas)', 'lang: es', 'urgency: urgent by words ("urgente" in the Observaciones row)']);
  }),
  scenario('file-txt-en-01.txt', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[6], style: US, currency: 'USD', orderDate: day, deliveryDate: later(day, 12), lineCount: 5, lineNumbers: 'seq', taxRate: 0.056, shipToSite: 1, billTo: true, notes: null });
    const text = textPo(po, ['PURCHASE ORDER  *** RUSH ORDER ***']);
    return fileOrderSample(name, Buffer.from(text, 'utf8'), textDoc(name), text.split('\r\n'), po, 'urgent', ['kind: file-txt (fixed-width text PO, CRLF)', 'urgency: urgent by words ("RUSH ORDER" in the banner)']);
  }),
  scenario('file-txt-en-02.txt', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: GB_COMPANIES[2], style: style('en-GB', 'symbol', 'dmy-slash'), currency: 'GBP', orderDate: day, deliveryDate: null, lineCount: 3, shipToSite: 0, notes: 'Priority order - please expedite where possible.' });
    const text = textPo(po, ['PURCHASE ORDER']);
    return fileOrderSample(name, Buffer.from(text, 'utf8'), textDoc(name), text.split('\r\n'), po, 'high', ['kind: file-txt', 'lang: en-GB', 'urgency: high by words ("Priority", "expedite")']);
  }),
];
