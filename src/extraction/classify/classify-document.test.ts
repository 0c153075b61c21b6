import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../domain/layout.ts';
import { classifyDocument, classifyText } from './classify-document.ts';
import { readDocument } from '../assemble/extract-document-order.ts';

function textDoc(text: string, isBody = false): LayoutDocument {
  return { name: isBody ? 'body' : 'doc.txt', mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text, monospace: true, isBody };
}

const TABLE = ['Item No    Description          Qty    Unit Price    Amount', 'AB-100     Hex bolt M8          10     1.50          15.00'].join('\n');
const classify = (text: string, isBody = false) => classifyDocument(readDocument(textDoc(text, isBody), { sellerNames: [] }));

describe('classifyText: titles that are not orders', () => {
  it.each([
    ['INVOICE\nInvoice No. 12345', 'invoice'],
    ['Tax Invoice', 'invoice'],
    ['Rechnung Nr. 2026-0012', 'invoice'],
    ['Facture n° F-2026-12', 'invoice'],
    ['Factura 2026/12', 'invoice'],
    ['Credit Note CN-7', 'invoice'],
    ['Statement of Account', 'statement'],
    ['Kontoauszug März', 'statement'],
    ['Request for Quotation', 'quote request'],
    ['RFQ 2026-17', 'quote request'],
    ['Please quote: 200 x AB-1234', 'quote request'],
    ['Angebotsanfrage', 'quote request'],
    ['Out of Office: Re: PO 4500012345', 'out-of-office reply'],
    ['Automatic reply: Your order', 'out-of-office reply'],
    ['Abwesenheitsnotiz', 'out-of-office reply'],
    ['Réponse automatique', 'out-of-office reply'],
    ['Newsletter March 2026', 'newsletter'],
    ['Shipping Notification', 'shipping notice'],
    ['Delivery Note DN-2231', 'delivery note'],
    ['Lieferschein 4711', 'delivery note'],
    ['Order Confirmation 55', 'confirmation'],
  ])('%j is %j', (title, kind) => {
    expect(classifyText(title, '')).toEqual({ negative: kind, poTitle: false });
  });

  it.each([['Purchase Order 4500012345'], ['Bestellung 4711'], ['Bon de commande BC-22'], ['Pedido de compra 4500187276'], ['PO #4711'], ['Order no. 4711']])(
    '%j is a PO title',
    (title) => {
      expect(classifyText(title, '')).toEqual({ negative: null, poTitle: true });
    },
  );

  it.each([['PO# 4711'], ['PO # 4711'], ['Order # 4711']])('%j is a PO title', (title) => {
    expect(classifyText(title, '')).toEqual({ negative: null, poTitle: true });
  });

  it('does not read "30 days from invoice" in a PO as an invoice', () => {
    expect(classifyText('PURCHASE ORDER\nPO Number: 4500012345\nPayment terms: 30 days from invoice', 'Please send the invoice to ap@acme.example.')).toEqual({
      negative: null,
      poTitle: true,
    });
  });

  it('lets a PO title asking for a confirmation stay an order', () => {
    expect(classifyText('Purchase Order\nOrder confirmation required', '')).toEqual({ negative: null, poTitle: true });
  });

  it('reads the body more weakly: an out-of-office text marks the mail, "invoice" in it does not', () => {
    expect(classifyText('Re: your mail', 'I am out of the office until 16 March.').negative).toBe('out-of-office reply');
    expect(classifyText('Order', 'Please send the invoice with the goods.').negative).toBeNull();
  });
});

describe('classifyDocument', () => {
  it('takes a PO with order lines as an order, whatever its payment terms say about invoices', () => {
    expect(classify(`PURCHASE ORDER\nPO Number: 4500012345\nPayment terms: 30 days from invoice\n\n${TABLE}`)).toMatchObject({ isOrder: true, kind: null, poTitle: true });
  });

  it.each([
    ['an invoice', 'INVOICE\nInvoice No. 12345', 'invoice'],
    ['a statement', 'Statement of Account', 'statement'],
    ['a delivery note', 'Delivery Note DN-2231', 'delivery note'],
  ])('does not take %s with item lines as an order', (_, title, kind) => {
    expect(classify(`${title}\n\n${TABLE}`)).toMatchObject({ isOrder: false, verdict: 'not-order', kind, poTitle: false });
  });

  it('without order lines, a PO title and number still make a draft (held for its missing lines); a title alone does not', () => {
    expect(classify('PURCHASE ORDER\nPO Number: 4500012345')).toMatchObject({ isOrder: true, verdict: 'order' });
    expect(classify('Purchase order terms and conditions\nThese terms apply to every order.')).toMatchObject({ isOrder: false, kind: 'no order lines' });
  });

  it('weighs the signs: one cancel word in a header cell does not outweigh a PO title, a PO number and priced rows', () => {
    const c = classify(`PURCHASE ORDER\nPO Number: 4500012345\nCancel if not received by: 2026-04-30\n\n${TABLE}`);
    expect(c).toMatchObject({ isOrder: true, verdict: 'order' });
    expect(c.signs.map((s) => [s.weight, s.kind ?? null])).toEqual(
      expect.arrayContaining([
        [4, null],
        [-1, 'cancellation'],
        [1, null],
      ]),
    );
  });

  it('an invoice that quotes our PO number is still an invoice: its title line decides', () => {
    expect(classify(`INVOICE\nInvoice No. 12345\nYour order no. 4500012345\n\n${TABLE}`)).toMatchObject({ isOrder: false, kind: 'invoice' });
  });

  it('in doubt (priced rows, no title, a quotation word in a cell) gives a draft marked as a possible order', () => {
    expect(classify(`Quote ref: Q-2231\n\n${TABLE}`)).toMatchObject({ isOrder: true, verdict: 'possible-order' });
  });

  it('counts a sentence that places an order', () => {
    const c = classify('Hello,\n\nplease find attached our purchase order.\n\nQty 10  AB-100  Hex bolt M8', true);
    expect(c.signs.some((s) => s.what.startsWith('order wording'))).toBe(true);
  });

  it('takes a mail body with lines written in prose as an order', () => {
    expect(classify('Hi,\n\nplease send 12 x AB-1234.\n\nThanks', true)).toMatchObject({ isOrder: true, kind: null, poTitle: false });
  });
});
