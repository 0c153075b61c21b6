// How each customer's ERP prints a PO: pdfkit pages drawn cell by cell (like samples/gen/pdf), and
// one spreadsheet export. The labels are on purpose not the ones the rules know best ("Our ref.",
// "Count", "Each"), so a first-sight reading gets some fields wrong and a learned layout has
// something to put right.
import ExcelJS from 'exceljs';
import { Pdf } from '../../gen/pdf/doc.ts';
import { FIXED_TIMESTAMP } from '../../gen/dates.ts';
import { fixZipTimestamps } from '../../gen/zipfix.ts';
import type { Address, PairOrder } from './orders.ts';

const money = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const deDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function addressLines(a: Address): string[] {
  return [a.name, ...(a.street ?? '').split('\n'), [a.postalCode, a.city].filter(Boolean).join(' ')].filter((l): l is string => !!l);
}

/** Kestrel's "Order" form: a reference box at the right, Count / Each / Value columns. */
export async function drawReferenceBox(o: PairOrder): Promise<Buffer> {
  const pdf = new Pdf('A4', `Order ${o.poNumber}`);
  let y = 40;
  pdf.text(o.company, 40, y, { bold: true, size: 14 });
  for (const line of addressLines(o.billTo!).slice(1)) pdf.text(line, 40, (y += 16));
  if (o.phone) pdf.text(`Tel ${o.phone}`, 40, (y += 14));
  pdf.text('ORDER', 400, 40, { bold: true, size: 16 });
  const box: Array<[string, string]> = [
    ['Our ref.', o.poNumber],
    ['Dated', ukDate(o.orderDate)],
    ['Wanted by', ukDate(o.requestedDeliveryDate)],
    ['Settlement', o.paymentTerms ?? ''],
    ['Raised by', o.contactName ?? ''],
  ];
  box.forEach(([label, value], i) => {
    pdf.text(label, 360, 70 + i * 15, { size: 9 });
    pdf.text(value, 440, 70 + i * 15, { size: 9 });
  });
  pdf.text('Supplier', 40, 170, { bold: true });
  pdf.text('Northwind Industrial Supply', 40, 184);
  pdf.text('Deliver to', 320, 170, { bold: true });
  addressLines((o.shipTo ?? o.billTo)!).forEach((l, i) => pdf.text(l, 320, 184 + i * 13));
  const cols = { pos: 40, code: 75, text: 175, count: 380, each: 450, value: 525 };
  let ty = 260;
  pdf.hline(40, 535, ty - 4);
  pdf.text('Pos', cols.pos, ty, { bold: true });
  pdf.text('Code', cols.code, ty, { bold: true });
  pdf.text('Article text', cols.text, ty, { bold: true });
  pdf.text('Count', cols.count, ty, { bold: true, align: 'right' });
  pdf.text('Each', cols.each, ty, { bold: true, align: 'right' });
  pdf.text('Value', cols.value, ty, { bold: true, align: 'right' });
  pdf.hline(40, 535, ty + 12);
  ty += 20;
  for (const l of o.lines) {
    pdf.text(String(l.lineNo ?? ''), cols.pos, ty);
    pdf.text(l.sku, cols.code, ty);
    pdf.text(l.description, cols.text, ty);
    pdf.text(String(l.quantity), cols.count, ty, { align: 'right' });
    pdf.text(money(l.unitPrice), cols.each, ty, { align: 'right' });
    pdf.text(money(l.amount), cols.value, ty, { align: 'right' });
    ty += 16;
  }
  pdf.hline(40, 535, ty);
  ty += 10;
  pdf.text('Goods', 420, ty);
  pdf.text(money(o.subtotal), cols.value, ty, { align: 'right' });
  if (o.tax !== null) pdf.text('VAT 20%', 420, (ty += 14));
  if (o.tax !== null) pdf.text(money(o.tax), cols.value, ty, { align: 'right' });
  pdf.text('To pay GBP', 420, (ty += 14), { bold: true });
  pdf.text(money(o.total), cols.value, ty, { align: 'right', bold: true });
  pdf.text('Our ref. must appear on every delivery note and invoice.', 40, 780, { size: 8 });
  return (await pdf.finish()).bytes;
}

/** Kestrel's second form (its web shop's print): labels above values, quantities first. */
export async function drawLabelsAbove(o: PairOrder): Promise<Buffer> {
  const pdf = new Pdf('A4', `Web order ${o.poNumber}`);
  pdf.text(`${o.company} - Web Purchasing`, 40, 40, { bold: true, size: 13 });
  const heads: Array<[string, string, number]> = [
    ['Order no.', o.poNumber, 40],
    ['Placed on', ukDate(o.orderDate), 170],
    ['Needed on', ukDate(o.requestedDeliveryDate), 300],
    ['Buyer', o.contactName ?? '', 430],
  ];
  for (const [label, value, x] of heads) {
    pdf.text(label, x, 80, { size: 8, color: '#444444' });
    pdf.text(value, x, 92, { size: 10 });
  }
  pdf.text('Ship to', 40, 130, { bold: true });
  addressLines((o.shipTo ?? o.billTo)!).forEach((l, i) => pdf.text(l, 40, 144 + i * 13));
  let y = 230;
  pdf.text('Qty', 40, y, { bold: true });
  pdf.text('Product', 80, y, { bold: true });
  pdf.text('Name', 190, y, { bold: true });
  pdf.text('Net', 480, y, { bold: true, align: 'right' });
  pdf.text('Line', 555, y, { bold: true, align: 'right' });
  y += 18;
  for (const l of o.lines) {
    pdf.text(String(l.quantity), 40, y);
    pdf.text(l.sku, 80, y);
    pdf.text(l.description, 190, y);
    pdf.text(money(l.unitPrice), 480, y, { align: 'right' });
    pdf.text(money(l.amount), 555, y, { align: 'right' });
    y += 15;
  }
  y += 12;
  pdf.text('Order value', 400, y, { bold: true });
  pdf.text(money(o.total), 555, y, { align: 'right', bold: true });
  pdf.text(`Invoices to ${addressLines(o.billTo!).join(', ')}`, 40, 760, { size: 8 });
  return (await pdf.finish()).bytes;
}

/** Brora's spreadsheet export: German column names, the order reference beside its label. */
export async function drawSheet(o: PairOrder): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = o.company;
  wb.created = FIXED_TIMESTAMP;
  wb.modified = FIXED_TIMESTAMP;
  const ws = wb.addWorksheet('Bestellung');
  const rows: Array<Array<string | number | null>> = [
    [o.company, null, null, null, null],
    ['Beleg', o.poNumber, null, 'Datum', deDate(o.orderDate)],
    ['Liefertermin', deDate(o.requestedDeliveryDate), null, 'Sachbearbeiter', o.contactName],
    [null, null, null, null, null],
    ['Art.-Nr.', 'Bezeichnung', 'Anz.', 'EP', 'GP'],
    ...o.lines.map((l) => [l.sku, l.description, l.quantity, l.unitPrice, l.amount]),
    [null, null, null, null, null],
    ['Endbetrag', null, null, null, o.total],
  ];
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 36 : 16));
  return fixZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
}
