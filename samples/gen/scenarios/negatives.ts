import type { Rng } from '../random.ts';
import { addDays } from '../dates.ts';
import { formatDate } from '../dates.ts';
import { renderInvoice } from '../pdf/negdocs.ts';
import { pdfPart } from './parts.ts';
import { emailNegativeSample, mailDateFor, person, receivedDay, scenario } from './kit.ts';
import { moneyPairs, NORTHWIND_BILL_TO, NORTHWIND_EU, pricedRows, SENDERS } from './negkit.ts';
import type { Column } from '../pdf/table.ts';

const INV_COLS_EN: Column[] = [
  { key: 'line', header: '#', width: 24, align: 'right' }, { key: 'sku', header: 'Item', width: 80 },
  { key: 'description', header: 'Description', width: 230, wrap: true }, { key: 'qty', header: 'Qty', width: 40, align: 'right' },
  { key: 'unitPrice', header: 'Price', width: 60, align: 'right' }, { key: 'amount', header: 'Amount', width: 78, align: 'right' },
];

function invoiceEn(rng: Rng, day: string) {
  const { rows, net } = pricedRows(rng, 'en', 4, 'en-US');
  const s = SENDERS.cascade;
  const no = `INV-${rng.digits(6)}`;
  const ourPo = `NW-PO-${rng.digits(5)}`;
  return { no, ourPo, doc: {
    title: 'INVOICE', issuer: [s.name, ...s.lines, `ar@${s.domain}`], billTo: ['Bill To', NORTHWIND_BILL_TO] as [string, string[]],
    fields: [['Invoice No.', no], ['Invoice Date', formatDate(day, 'us')], ['Due Date', formatDate(addDays(day, 30), 'us')], ['Your PO', ourPo], ['Terms', 'Net 30']] as [string, string][],
    columns: INV_COLS_EN, rows, totals: moneyPairs(['Subtotal', 'Sales Tax (10.1%)', 'Amount Due'], net, 0.101, 'en-US', 'USD'),
    footer: ['Please remit payment to: Cascade Corrugated Containers Inc., account 4471-220-981.', 'Thank you for your business!'], size: 'LETTER' as const,
  } };
}

export const NEGATIVE_DOCS = [
  scenario('email-pdf-en-18.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const inv = invoiceEn(rng, day);
    const part = pdfPart(`${inv.no}.pdf`, await renderInvoice(inv.doc));
    const text = ['Hello,', '', `Please find attached invoice ${inv.no} for your PO ${inv.ourPo}.`, 'Payment is due within 30 days.', '', 'Accounts Receivable', SENDERS.cascade.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person('Cascade Accounts Receivable', `ar@${SENDERS.cascade.domain}`), subject: `Invoice ${inv.no} from Cascade Corrugated`, date: mailDateFor(rng, day, 'US'), text, parts: [part],
      notes: ['kind: negative-invoice: a supplier invoices US (we are the buyer); it names "Your PO" and has an item table, but it is not a purchase order'] });
  }),
  scenario('email-pdf-de-04.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const { rows, net } = pricedRows(rng, 'de', 3, 'de-DE');
    const s = SENDERS.kessler;
    const no = `RE-2026-${rng.digits(4)}`;
    const cols: Column[] = INV_COLS_EN.map((c) => ({ ...c, header: { line: 'Pos.', sku: 'Artikel', description: 'Bezeichnung', qty: 'Menge', unitPrice: 'Einzelpreis', amount: 'Betrag' }[c.key]! }));
    const doc = { title: 'RECHNUNG', issuer: [s.name, ...s.lines], billTo: ['Rechnungsempfänger', NORTHWIND_EU] as [string, string[]], size: 'A4' as const,
      fields: [['Rechnungsnr.', no], ['Datum', formatDate(day, 'dmy-dot')], ['Ihre Bestellung', `NW-EU-${rng.digits(4)}`], ['Zahlbar bis', formatDate(addDays(day, 14), 'dmy-dot')]] as [string, string][],
      columns: cols, rows, totals: moneyPairs(['Nettobetrag', 'USt. 19 %', 'Rechnungsbetrag'], net, 0.19, 'de-DE', 'EUR'), footer: ['Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.'] };
    const part = pdfPart(`Rechnung_${no}.pdf`, await renderInvoice(doc));
    const text = ['Sehr geehrte Damen und Herren,', '', `anbei erhalten Sie unsere Rechnung ${no}.`, '', 'Mit freundlichen Grüßen', 'Buchhaltung', s.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person('Kessler Buchhaltung', `buchhaltung@${s.domain}`), subject: `Rechnung ${no}`, date: mailDateFor(rng, day, 'DE'), text, parts: [part],
      notes: ['kind: negative-invoice (German Rechnung to us, with "Ihre Bestellung" and an item table)', 'lang: de'] });
  }),
  scenario('email-pdf-en-19.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const s = SENDERS.pacfast;
    const cols: Column[] = [{ key: 'date', header: 'Date', width: 70 }, { key: 'ref', header: 'Reference', width: 90 }, { key: 'description', header: 'Description', width: 170 }, { key: 'debit', header: 'Charges', width: 70, align: 'right' }, { key: 'credit', header: 'Payments', width: 70, align: 'right' }, { key: 'balance', header: 'Balance', width: 62, align: 'right' }];
    const rows = statementRows(rng, day);
    const doc = { title: 'STATEMENT', issuer: [s.name, ...s.lines], billTo: ['Account', [...NORTHWIND_BILL_TO.slice(0, 1), `Account No. C-${rng.digits(5)}`, ...NORTHWIND_BILL_TO.slice(2)]] as [string, string[]], size: 'LETTER' as const,
      fields: [['Statement Date', formatDate(day, 'us')], ['Period', 'February 2026']] as [string, string][], columns: cols, rows: rows.rows, totals: [['Amount Due', `$${rows.balance}`]] as [string, string][],
      footer: ['Current: ' + rows.balance + '   30 days: 0.00   60 days: 0.00   90+ days: 0.00', 'Please pay the amount due by the 15th.'] };
    const part = pdfPart('Statement_Feb2026.pdf', await renderInvoice(doc));
    const text = ['Hi,', '', 'Attached is your statement of account for February. Let us know if anything does not match your records.', '', 'Credit Department', s.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person('Pacific Fastener Credit Dept', `credit@${s.domain}`), subject: 'Statement of account - February 2026', date: mailDateFor(rng, day, 'US'), text, parts: [part],
      notes: ['kind: negative-statement (statement of account PDF: invoices, payments, balance)'] });
  }),
];

function statementRows(rng: Rng, day: string): { rows: Record<string, string>[]; balance: string } {
  let bal = rng.int(800, 2400) + rng.int(0, 99) / 100;
  const rows = [{ date: formatDate(addDays(day, -40), 'us'), ref: '', description: 'Balance forward', debit: '', credit: '', balance: bal.toFixed(2) }];
  for (let i = 0; i < 4; i++) {
    const inv = i % 2 === 0;
    const amt = inv ? rng.int(150, 1900) + rng.int(0, 99) / 100 : Math.round(bal * 60) / 100;
    bal = Math.round((inv ? bal + amt : bal - amt) * 100) / 100;
    rows.push({ date: formatDate(addDays(day, -35 + i * 8), 'us'), ref: inv ? `INV-${rng.digits(6)}` : `PMT-${rng.digits(5)}`, description: inv ? 'Invoice' : 'Payment - thank you', debit: inv ? amt.toFixed(2) : '', credit: inv ? '' : amt.toFixed(2), balance: bal.toFixed(2) });
  }
  return { rows, balance: bal.toFixed(2) };
}
