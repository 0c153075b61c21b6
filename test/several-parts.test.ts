import MailComposer from 'nodemailer/lib/mail-composer';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readInput } from '../src/documents/read-input.ts';
import type { ExtractionResult } from '../src/domain/draft-order.ts';
import { assembleOrders } from '../src/extraction/assemble/assemble-orders.ts';
import { makePoPdf, samplePo, type SamplePo } from './fixtures/make-po-pdf.ts';

// Mails with several parts (issue 16 part 3), as real MIME: every PO document its own order; a
// forwarded mail (inline in many clients' and languages' formats, or attached as message/rfc822,
// nested too) read as the customer's mail with its sender as the buyer, also when our own staff
// forwarded it; a reply approving a quote reads the lines from the quoted quote and says so.
// All companies, people and numbers are invented.

type Part = { filename: string; content: Buffer | string; contentType: string; contentDisposition?: 'attachment' | 'inline' };

async function mail(m: { from: string; to?: string; subject: string; text: string; attachments?: Part[]; date?: string }): Promise<Uint8Array> {
  const composer = new MailComposer({
    to: 'orders@kestrel-supply.example',
    date: new Date(m.date ?? '2026-05-04T08:30:00Z'),
    messageId: `<${Math.random().toString(36).slice(2)}@test>`,
    ...m,
  });
  const raw = await new Promise<Buffer>((resolve, reject) => composer.compile().build((err, message) => (err ? reject(err) : resolve(message))));
  return new Uint8Array(raw);
}

const OPTIONS = { sellerNames: ['Kestrel Industrial Supply'] };

async function extract(bytes: Uint8Array): Promise<ExtractionResult> {
  return assembleOrders(await readInput('mail.eml', bytes, { sandbox: false }), OPTIONS);
}

function po(i: number, over: Partial<SamplePo> = {}): SamplePo {
  return {
    ...samplePo(i),
    buyerCompany: 'Larkspur Fabrication Ltd',
    buyerContact: 'Ines Moreau',
    buyerEmail: 'ines.moreau@larkspur-fab.example',
    shipTo: ['Larkspur Fabrication Ltd', '14 Quarry Lane', 'Leeds LS11 5DR'],
    ...over,
  };
}

const pdfPart = async (p: SamplePo): Promise<Part> => ({ filename: `${p.poNumber}.pdf`, content: Buffer.from(await makePoPdf(p)), contentType: 'application/pdf' });

async function textPdf(lines: string[]): Promise<Part> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (const line of lines) doc.text(line);
  doc.end();
  await done;
  return { filename: 'drawing-rev-c.pdf', content: Buffer.concat(chunks), contentType: 'application/pdf' };
}

/** A customer's order written in the mail, as a space-aligned table with a signature. */
const CUSTOMER_ORDER = [
  'Hello,',
  '',
  'please supply the following on our PO LF-20931:',
  '',
  'QTY  PART          DESCRIPTION                    EACH    TOTAL',
  '  6  HX-M10-40     Hex bolt M10 x 40, zinc plated  0.85     5.10',
  '  2  GB-PG16       Cable gland PG16, IP68           2.40     4.80',
  ' 10  WS-M10        Washer M10 DIN 125               0.10     1.00',
  '',
  'Total 10.90 GBP',
  '',
  'Thanks,',
  'Ines Moreau',
  'Purchasing',
  'Larkspur Fabrication Ltd',
  '+44 113 555 0182',
].join('\n');

const skus = (r: ExtractionResult) => r.orders.map((o) => o.lines.map((l) => l.sku));

describe('several PO documents in one mail', () => {
  it('makes one order for each PO PDF, each with its own number and lines', async () => {
    const a = po(1);
    const b = po(2, { poNumber: 'PO-4511877' });
    const r = await extract(
      await mail({
        from: 'Ines Moreau <ines.moreau@larkspur-fab.example>',
        subject: 'Two orders',
        text: 'Hi, two POs attached.\n\nInes',
        attachments: [await pdfPart(a), await pdfPart(b)],
      }),
    );
    expect(r.orders.map((o) => o.poNumber)).toEqual([a.poNumber, b.poNumber]);
    expect(skus(r)).toEqual([a.lines.map((l) => l.sku), b.lines.map((l) => l.sku)]);
    expect(r.orders.every((o) => o.buyer.email === 'ines.moreau@larkspur-fab.example')).toBe(true);
  });

  it('makes one order from a PO PDF beside a document that is none, and lists that one', async () => {
    const a = po(3);
    const drawing = await textPdf(['Bracket, weld assembly', 'Drawing no. 7731-C, sheet 1 of 1', 'Material: S355, tolerances ISO 2768-m']);
    const r = await extract(
      await mail({ from: 'ines.moreau@larkspur-fab.example', subject: `PO ${a.poNumber}`, text: 'PO and drawing attached.', attachments: [await pdfPart(a), drawing] }),
    );
    expect(r.orders.map((o) => o.poNumber)).toEqual([a.poNumber]);
  });

  it('lists a document it cannot call an order as a possible order rather than dropping the mail', async () => {
    const drawing = await textPdf(['Bracket, weld assembly', 'Drawing no. 7731-C, sheet 1 of 1']);
    const r = await extract(await mail({ from: 'ines.moreau@larkspur-fab.example', subject: 'drawing', text: 'See attached.', attachments: [drawing] }));
    expect(r.orders).toEqual([]);
    expect(r.classification?.find((c) => c.document === 'drawing-rev-c.pdf')?.verdict).toBe('possible-order');
  });
});

describe("forwarded mail is read as the customer's mail", () => {
  it('reads an order our inside sales forwarded as message/rfc822, with the customer as the buyer', async () => {
    const inner = await mail({
      from: 'Ines Moreau <ines.moreau@larkspur-fab.example>',
      to: 'Tom Hale <tom.hale@kestrel-supply.example>',
      subject: 'PO LF-20931',
      text: CUSTOMER_ORDER,
      date: '2026-05-01T10:00:00Z',
    });
    const outer = await mail({
      from: 'Tom Hale <tom.hale@kestrel-supply.example>',
      subject: 'FW: PO LF-20931',
      text: 'Please book this in for Larkspur.\n\nTom Hale\nInside Sales | Kestrel Industrial Supply\n+44 161 555 0100',
      attachments: [{ filename: 'PO LF-20931.eml', content: Buffer.from(inner), contentType: 'message/rfc822' }],
    });
    const r = await extract(outer);
    expect(r.orders).toHaveLength(1);
    const [o] = r.orders;
    expect([o.poNumber, o.buyer.email, o.buyer.contactName]).toEqual(['LF-20931', 'ines.moreau@larkspur-fab.example', 'Ines Moreau']);
    expect(o.buyer.company).toBe('Larkspur Fabrication Ltd');
    expect(skus(r)).toEqual([['HX-M10-40', 'GB-PG16', 'WS-M10']]);
  });

  it('takes the customer from the message/rfc822 part whose PDF is the order, not the staff member who forwarded it', async () => {
    const a = po(4, { urgentNote: undefined });
    const inner = await mail({
      from: 'Ines Moreau <ines.moreau@larkspur-fab.example>',
      subject: `Order ${a.poNumber}`,
      text: 'Order attached.\n\nInes Moreau\nLarkspur Fabrication Ltd\n+44 113 555 0182',
      attachments: [await pdfPart(a)],
    });
    const outer = await mail({
      from: 'Tom Hale <tom.hale@kestrel-supply.example>',
      subject: 'Fwd: order',
      text: 'Forwarding.\n\nTom Hale\nKestrel Industrial Supply',
      attachments: [{ filename: 'order.eml', content: Buffer.from(inner), contentType: 'message/rfc822' }],
    });
    const [o] = (await extract(outer)).orders;
    expect([o.poNumber, o.buyer.email]).toEqual([a.poNumber, 'ines.moreau@larkspur-fab.example']);
    expect(o.buyer.contactName).not.toBe('Tom Hale');
  });

  it.each([
    [
      'Gmail',
      'Fwd: PO LF-20931',
      '---------- Forwarded message ---------\nFrom: Ines Moreau <ines.moreau@larkspur-fab.example>\nDate: Fri, May 1, 2026 at 10:00 AM\nSubject: PO LF-20931\nTo: Tom Hale <tom.hale@kestrel-supply.example>',
    ],
    [
      'German Outlook',
      'WG: PO LF-20931',
      '________________________________\nVon: Moreau, Ines <ines.moreau@larkspur-fab.example>\nGesendet: Freitag, 1. Mai 2026 10:00\nAn: Hale, Tom <tom.hale@kestrel-supply.example>\nBetreff: PO LF-20931',
    ],
    [
      'French Outlook classic',
      'TR: PO LF-20931',
      "-----Message d'origine-----\nDe : Ines Moreau [mailto:ines.moreau@larkspur-fab.example]\nEnvoyé : vendredi 1 mai 2026 10:00\nÀ : Tom Hale\nObjet : PO LF-20931",
    ],
    [
      'Apple Mail, Spanish',
      'RV: PO LF-20931',
      'Inicio del mensaje reenviado:\n\nDe: Ines Moreau <ines.moreau@larkspur-fab.example>\nAsunto: PO LF-20931\nFecha: 1 de mayo de 2026, 10:00:00 CEST\nPara: tom.hale@kestrel-supply.example',
    ],
    [
      'Thunderbird, subject edited',
      'Larkspur order',
      '-------- Forwarded Message --------\nSubject: PO LF-20931\nDate: Fri, 1 May 2026 10:00:00 +0100\nFrom: Ines Moreau <ines.moreau@larkspur-fab.example>\nTo: tom.hale@kestrel-supply.example',
    ],
  ])('reads an inline %s forward by our staff with the original sender as the buyer', async (_client, subject, header) => {
    const text = `Please enter this one, they sent it to me.\n\nTom Hale\nInside Sales | Kestrel Industrial Supply\n+44 161 555 0100\n\n${header}\n\n${CUSTOMER_ORDER}`;
    const r = await extract(await mail({ from: 'Tom Hale <tom.hale@kestrel-supply.example>', subject, text }));
    expect(r.orders).toHaveLength(1);
    const [o] = r.orders;
    expect([o.poNumber, o.buyer.email, o.buyer.contactName, o.buyer.company]).toEqual(['LF-20931', 'ines.moreau@larkspur-fab.example', 'Ines Moreau', 'Larkspur Fabrication Ltd']);
    expect(skus(r)).toEqual([['HX-M10-40', 'GB-PG16', 'WS-M10']]);
  });

  it('reads a forward of a forward: the customer is the deepest sender who is not us', async () => {
    const text = [
      'For entry please.',
      '',
      '---------- Forwarded message ---------',
      'From: Sara Pike <sara.pike@kestrel-supply.example>',
      'Date: Fri, May 1, 2026 at 11:00 AM',
      'Subject: Fwd: PO LF-20931',
      '',
      'Tom, this came to me - can you pass it on?',
      '',
      '---------- Forwarded message ---------',
      'From: Ines Moreau <ines.moreau@larkspur-fab.example>',
      'Date: Fri, May 1, 2026 at 10:00 AM',
      'Subject: PO LF-20931',
      '',
      CUSTOMER_ORDER,
    ].join('\n');
    const [o] = (await extract(await mail({ from: 'tom.hale@kestrel-supply.example', subject: 'Fwd: Fwd: PO LF-20931', text }))).orders;
    expect([o.poNumber, o.buyer.email, o.buyer.contactName]).toEqual(['LF-20931', 'ines.moreau@larkspur-fab.example', 'Ines Moreau']);
  });

  it("reads a PDF our staff forwarded with Outlook (attachment on the forward, header in the body) as the customer's", async () => {
    const a = po(5, { urgentNote: undefined });
    const text =
      'Please book.\n\nTom\n\nFrom: Ines Moreau <ines.moreau@larkspur-fab.example>\nSent: Friday, May 1, 2026 10:00 AM\nTo: Tom Hale\nSubject: Order\n\nOrder attached.\n\nInes Moreau\nLarkspur Fabrication Ltd';
    const [o] = (await extract(await mail({ from: 'Tom Hale <tom.hale@kestrel-supply.example>', subject: 'FW: Order', text, attachments: [await pdfPart(a)] }))).orders;
    expect([o.poNumber, o.buyer.email]).toEqual([a.poNumber, 'ines.moreau@larkspur-fab.example']);
  });
});

/** Our quote, as a reply quotes it. */
const QUOTE = [
  'Dear Ines,',
  '',
  'thank you for your enquiry. Our quotation Q-26-0412, valid 30 days:',
  '',
  'Line  Part Number   Description                     Qty  Unit Price  Ext. Price',
  '1     HX-M10-40     Hex bolt M10 x 40, zinc plated    6        0.85        5.10',
  '2     GB-PG16       Cable gland PG16, IP68            2        2.40        4.80',
  '',
  'Quote total: 9.90 GBP',
  '',
  'Kind regards,',
  'Ellen Marsh',
  'Quotations | Kestrel Industrial Supply',
];

describe('a reply that approves a quote', () => {
  it.each([
    [
      'Gmail, English',
      'RE: Quotation Q-26-0412',
      'Approved, please go ahead. Our PO number is LF-20990.',
      `On Wed, Apr 29, 2026 at 9:12 AM Kestrel Quotes <quotes@kestrel-supply.example> wrote:\n${QUOTE.map((l) => `> ${l}`).join('\n')}`,
    ],
    [
      'Outlook, French',
      'RE: Devis Q-26-0412',
      'Bonjour,\n\nbon pour accord, merci de livrer. Notre commande n° LF-20990.',
      `De : Kestrel Devis <quotes@kestrel-supply.example>\nEnvoyé : mercredi 29 avril 2026 09:12\nÀ : Ines Moreau\nObjet : Devis Q-26-0412\n\n${QUOTE.join('\n')}`,
    ],
    [
      'Outlook, German',
      'AW: Angebot Q-26-0412',
      'Guten Tag,\n\ndas Angebot ist freigegeben, bitte wie angeboten liefern.\nBestellnummer: LF-20990',
      `-----Ursprüngliche Nachricht-----\nVon: Kestrel Angebote <quotes@kestrel-supply.example>\nGesendet: Mittwoch, 29. April 2026 09:12\nAn: Ines Moreau\nBetreff: Angebot Q-26-0412\n\n${QUOTE.join('\n')}`,
    ],
  ])('reads the order from the quoted quote (%s) and says so', async (_name, subject, approval, quote) => {
    const text = `${approval}\n\nInes Moreau\nPurchasing | Larkspur Fabrication Ltd\n+44 113 555 0182\n\n${quote}`;
    const r = await extract(await mail({ from: 'Ines Moreau <ines.moreau@larkspur-fab.example>', subject, text }));
    expect(r.isPurchaseOrder).toBe(true);
    expect(r.orders).toHaveLength(1);
    const [o] = r.orders;
    expect(skus(r)).toEqual([['HX-M10-40', 'GB-PG16']]);
    expect(o.lines.map((l) => l.quantity)).toEqual([6, 2]);
    expect(o.buyer.email).toBe('ines.moreau@larkspur-fab.example');
    expect(o.buyer.contactName).toBe('Ines Moreau');
    expect(o.needsReview).toBe(true);
    expect(o.reviewReasons.some((x) => /quoted quote Q-26-0412 that the reply approves/.test(x))).toBe(true);
  });

  it("reads the lines of our quote forwarded below the customer's approval", async () => {
    const text = `Please proceed with the quote below.\n\nInes Moreau\nLarkspur Fabrication Ltd\n\n---------- Forwarded message ---------\nFrom: Kestrel Quotes <quotes@kestrel-supply.example>\nDate: Wed, Apr 29, 2026\nSubject: Quotation Q-26-0412\n\n${QUOTE.join('\n')}`;
    const r = await extract(await mail({ from: 'Ines Moreau <ines.moreau@larkspur-fab.example>', subject: 'Fwd: Quotation Q-26-0412', text }));
    expect(skus(r)).toEqual([['HX-M10-40', 'GB-PG16']]);
    expect(r.orders[0].buyer.email).toBe('ines.moreau@larkspur-fab.example');
  });

  it.each([
    ['not approved yet', 'The quote is not approved yet, I will come back to you.'],
    ['approval pending', 'Once the quote is approved by our manager we will send a PO.'],
    ['a question', 'Thanks for the quote. Can you do a better price on the glands?'],
  ])('is no order when the reply does not approve: %s', async (_name, reply) => {
    const text = `${reply}\n\nInes\n\nOn Wed, Apr 29, 2026 at 9:12 AM Kestrel Quotes <quotes@kestrel-supply.example> wrote:\n${QUOTE.map((l) => `> ${l}`).join('\n')}`;
    const r = await extract(await mail({ from: 'Ines Moreau <ines.moreau@larkspur-fab.example>', subject: 'RE: Quotation Q-26-0412', text }));
    expect(r.orders).toEqual([]);
  });

  it('does not read an order again from the quoted thread of a reply that does not approve a quote', async () => {
    const text = `Thanks, received.\n\nTom\n\nOn Fri, May 1, 2026 at 10:00 AM Ines Moreau <ines.moreau@larkspur-fab.example> wrote:\n${CUSTOMER_ORDER.split('\n')
      .map((l) => `> ${l}`)
      .join('\n')}`;
    const r = await extract(await mail({ from: 'Ines Moreau <ines.moreau@larkspur-fab.example>', subject: 'RE: PO LF-20931', text }));
    expect(r.orders).toEqual([]);
  });
});
