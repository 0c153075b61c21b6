import { describe, expect, it } from 'vitest';
import type { LayoutDocument, ReadInput } from '../../domain/layout.ts';
import { approvalWording, assembleOrders } from './assemble-orders.ts';

function textDoc(name: string, text: string, isBody = false): LayoutDocument {
  return { name, mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text, monospace: true, isBody };
}

function email(subject: string, documents: LayoutDocument[]): ReadInput {
  return {
    kind: 'email',
    messageId: '<m1@cedar-ridge.example>',
    from: 'jane@cedar-ridge.example',
    fromName: 'Jane Doe',
    subject,
    receivedAt: '2026-03-10T09:00:00Z',
    file: null,
    documents,
  };
}

const OPTIONS = { sellerNames: ['Northwind Industrial Supply'] };

const BODY = textDoc(
  'body',
  [
    'Hello,',
    '',
    'please find attached our purchase order 4500012345. Please deliver by 20 March 2026.',
    '',
    'Best regards,',
    'Jane Doe',
    'Purchasing Manager | Cedar Ridge Packaging Co.',
    'Tel: +1 503 555 0100',
  ].join('\n'),
  true,
);

const LINES_ONLY = textDoc(
  'lines.txt',
  [
    'PURCHASE ORDER',
    '',
    'Ship To:',
    'Cedar Ridge Packaging Co.',
    '55 Elm Street',
    'Portland, OR 97201',
    '',
    'Item No    Description          Qty    Unit Price    Amount',
    'AB-100     Hex bolt M8          10     1.50          15.00',
    'CT-200     Cable ties           5      4.00          20.00',
    '',
    'Subtotal                                             35.00',
    'Total                                                35.00 USD',
  ].join('\n'),
);

function po(name: string, poNumber: string, sku: string): LayoutDocument {
  return textDoc(
    name,
    [
      'PURCHASE ORDER',
      `PO Number: ${poNumber}`,
      'Order Date: 2026-03-09',
      '',
      'Item No    Description          Qty    Unit Price    Amount',
      `${sku}     Hex bolt M8          10     1.50          15.00`,
      '',
      'Total                                                15.00 USD',
    ].join('\n'),
  );
}

describe('assembleOrders', () => {
  it('makes one order from a body that names the PO and an attachment that holds the lines', () => {
    const result = assembleOrders(email('New order', [BODY, LINES_ONLY]), OPTIONS);
    expect(result.isPurchaseOrder).toBe(true);
    expect(result.source).toEqual({
      kind: 'email',
      messageId: '<m1@cedar-ridge.example>',
      from: 'jane@cedar-ridge.example',
      subject: 'New order',
      receivedAt: '2026-03-10T09:00:00Z',
      file: null,
      documents: [
        { name: 'body', mediaType: 'text/plain', method: 'text', pages: null },
        { name: 'lines.txt', mediaType: 'text/plain', method: 'text', pages: null },
      ],
    });
    expect(result.orders.length).toBe(1);
    const { urgency, findings, readingConfidence, ...order } = result.orders[0];
    expect(urgency.level).toBe('normal');
    // Each reason is a finding that names its field, its severity and the rule behind it.
    expect(findings?.map((f) => [f.field, f.severity, f.stage, f.rule])).toEqual([
      ['poNumber', 'warn', 'extract', 'po-number-label'],
      ['orderDate', 'warn', 'check', 'order-date-present'],
      ['buyer.company', 'warn', 'extract', 'buyer-block'],
    ]);
    expect(readingConfidence).toBeGreaterThan(order.confidence);
    expect(order).toEqual({
      poNumber: '4500012345',
      orderDate: null,
      requestedDeliveryDate: '2026-03-20',
      buyer: { company: 'Cedar Ridge Packaging Co.', contactName: 'Jane Doe', email: 'jane@cedar-ridge.example', phone: '+1 503 555 0100', customerId: null },
      shipTo: { name: 'Cedar Ridge Packaging Co.', street: '55 Elm Street', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
      billTo: null,
      currency: 'USD',
      lines: [
        { lineNo: null, sku: 'AB-100', catalogSku: null, description: 'Hex bolt M8', quantity: 10, unit: null, unitPrice: 1.5, amount: 15, confidence: 1 },
        { lineNo: null, sku: 'CT-200', catalogSku: null, description: 'Cable ties', quantity: 5, unit: null, unitPrice: 4, amount: 20, confidence: 1 },
      ],
      subtotal: 35,
      tax: null,
      shipping: null,
      total: 35,
      paymentTerms: null,
      shippingMethod: null,
      notes: null,
      confidence: 0.55,
      needsReview: true,
      reviewReasons: ['purchase order number found without a clear label', 'no order date', 'buyer company uncertain'],
    });
  });

  it('makes one order for each order attachment', () => {
    const result = assembleOrders(
      email('Two orders', [textDoc('body', 'Hi, two orders attached.\n\nThanks,\nBob', true), po('a.txt', '4500000001', 'AB-100'), po('b.txt', '4500000002', 'AB-200')]),
      OPTIONS,
    );
    expect(result.isPurchaseOrder).toBe(true);
    expect(result.orders.map((o) => [o.poNumber, o.orderDate, o.lines.map((l) => l.sku), o.buyer.email, o.buyer.contactName])).toEqual([
      ['4500000001', '2026-03-09', ['AB-100'], 'jane@cedar-ridge.example', 'Bob'],
      ['4500000002', '2026-03-09', ['AB-200'], 'jane@cedar-ridge.example', 'Bob'],
    ]);
  });

  it.each([
    ['an out-of-office subject', 'Out of Office: Re: PO 4500012345', 'I am out of the office until 16 March.'],
    ['an automatic reply to a PO', 'Automatic reply: Purchase Order 4500012345', 'I am out of the office until 16 March. For urgent matters contact sales@acme.example.'],
    ['an invoice', 'Invoice 2026-0012', 'Please find our invoice attached.'],
    ['a request for a quote', 'Request for quotation', 'Could you quote 200 x AB-1234?'],
  ])('is no purchase order: %s', (_, subject, body) => {
    const result = assembleOrders(email(subject, [textDoc('body', body, true), po('a.txt', '4500000001', 'AB-100')]), OPTIONS);
    expect([result.isPurchaseOrder, result.orders]).toEqual([false, []]);
  });

  it('makes one order needing review from a bare file it could not read', () => {
    const scan: LayoutDocument = { name: 'scan.png', mediaType: 'image/png', method: 'skipped', pageCount: 1, pages: [], text: '', skippedReason: 'image without a text layer' };
    const input: ReadInput = { kind: 'file', messageId: null, from: null, fromName: null, subject: null, receivedAt: null, file: 'scan.png', documents: [scan] };
    const result = assembleOrders(input, OPTIONS);
    expect(result.isPurchaseOrder).toBe(true);
    expect(result.source.documents).toEqual([{ name: 'scan.png', mediaType: 'image/png', method: 'skipped', pages: 1 }]);
    expect(result.orders.length).toBe(1);
    expect(result.orders[0]).toMatchObject({ poNumber: null, lines: [], needsReview: true });
    expect(result.orders[0].reviewReasons).toEqual([
      'scan.png: image without a text layer',
      'no purchase order number',
      'no order date',
      'buyer company not found',
      'no order lines found',
    ]);
  });

  it('sends an order whose line does not multiply out to review, naming the line', () => {
    const doc = textDoc(
      'po.txt',
      [
        'PURCHASE ORDER',
        'PO Number: 4500012345',
        'Order Date: 2026-03-09',
        '',
        'Line   Item No    Description      Qty    Unit Price    Amount',
        '1      AB-100     Hex bolt M8      10     1.50          15.00',
        '2      CT-200     Cable ties       5      4.00          16.00',
        '',
        'Total                                                   31.00 USD',
      ].join('\n'),
    );
    const [order] = assembleOrders(email('PO 4500012345', [textDoc('body', 'See attached.', true), doc]), OPTIONS).orders;
    expect(order.reviewReasons).toContain('line 2: quantity x price (5 x 4) is not the amount 16');
    expect(order.reviewReasons).toContain('line 2: low confidence (0.50)');
  });

  it('reads an order written in the body alone', () => {
    const body = textDoc('body', 'Hi,\n\nPO: 4500012345\n\nplease send 12 x AB-1234 and 3 boxes of cable ties CT-200.\n\nThanks,\nBob', true);
    const result = assembleOrders(email('Order', [body]), OPTIONS);
    expect(result.isPurchaseOrder).toBe(true);
    expect(result.orders.map((o) => [o.poNumber, o.buyer.contactName, o.lines.map((l) => [l.quantity, l.unit, l.sku])])).toEqual([
      [
        '4500012345',
        'Bob',
        [
          [12, null, 'AB-1234'],
          [3, 'BOX', 'CT-200'],
        ],
      ],
    ]);
  });

  it('takes a PO number like "PO-2026-0504" from the subject or the body', () => {
    const body = textDoc('body', 'Hi,\n\nPlease find attached PO-2026-0504.\n\nThanks,\nBob', true);
    const [order] = assembleOrders(email('PO-2026-0504', [body, LINES_ONLY]), OPTIONS).orders;
    expect(order.poNumber).toBe('PO-2026-0504');
  });
});

describe('assembleOrders with forwarded and quoted mail', () => {
  const staff = (documents: LayoutDocument[], subject = 'FW: order'): ReadInput => ({
    ...email(subject, documents),
    from: 'tom@northwind-supply.example',
    fromName: 'Tom Hale',
    headers: { To: 'orders@northwind-supply.example' },
  });

  it("does not take our own staff for the buyer when they forward a PO without the customer's header", () => {
    const result = assembleOrders(staff([textDoc('body', 'Please book this one.\n\nTom Hale\nInside Sales', true), po('a.txt', '4500000001', 'AB-100')]), OPTIONS);
    expect(result.orders.map((o) => [o.poNumber, o.buyer.email, o.buyer.contactName])).toEqual([['4500000001', null, null]]);
  });

  it('takes the buyer from the forwarded message a document came in', () => {
    const fwd = { from: 'jane@cedar-ridge.example', fromName: 'Jane Doe', subject: 'PO 4500000001', date: null, depth: 1 };
    const result = assembleOrders(
      staff([
        textDoc('body', 'FYI', true),
        { ...textDoc('fwd: body', 'Order attached.\n\nJane Doe\nCedar Ridge Packaging Co.', true), forwardedFrom: fwd },
        { ...po('fwd: a.txt', '4500000001', 'AB-100'), forwardedFrom: fwd },
      ]),
      OPTIONS,
    );
    expect(result.orders.map((o) => [o.buyer.email, o.buyer.contactName])).toEqual([['jane@cedar-ridge.example', 'Jane Doe']]);
  });

  it("reads a PO number from the document's file name when the document names none, and says so", () => {
    const lines = { ...LINES_ONLY, name: 'Bestellung B-22318.txt' };
    const [order] = assembleOrders(email('order', [textDoc('body', 'Attached.', true), lines]), OPTIONS).orders;
    expect(order.poNumber).toBe('B-22318');
    expect(order.reviewReasons).toContain('PO number uncertain (read from the file name "Bestellung B-22318.txt")');
  });
});

describe('approvalWording', () => {
  it.each([
    'Approved, please go ahead.',
    'Quote accepted - please proceed.',
    'Das Angebot ist freigegeben, bitte liefern.',
    'Bon pour accord.',
    'El presupuesto está aprobado, pueden proceder.',
    'Offerte goedgekeurd, graag leveren zoals aangeboden.',
    'Preventivo approvato, procedete pure.',
  ])('reads "%s" as approving a quote', (text) => {
    expect(approvalWording(text)).not.toBeNull();
  });

  it.each([
    'The quote is not approved yet.',
    'Once the quote is approved we will send our PO.',
    'Wenn das Angebot freigegeben ist, melden wir uns.',
    'Thanks for the quote, can you do better on price?',
  ])('does not read "%s" as an approval', (text) => {
    expect(approvalWording(text)).toBeNull();
  });
});

describe('a mail sent by a system', () => {
  const order = textDoc(
    'po.txt',
    [
      'PURCHASE ORDER',
      'PO Number: 4500987',
      'Order Date: 2026-03-09',
      'Buyer: Ciaran Byrne',
      'E-mail: ciaran.byrne@liffey.example',
      '',
      'Item No    Description          Qty    Unit Price    Amount',
      'AB-100     Hex bolt M8          10     1.50          15.00',
    ].join('\n'),
  );
  const sentBy = (from: string) => ({ ...email('PO 4500987', [textDoc('body', 'Purchase order attached.', true), order]), from, fromName: null });

  it('takes the buyer email the document gives over a no-reply sender, and the sender when the document gives none', () => {
    expect(assembleOrders(sentBy('sap-noreply@liffey.example'), OPTIONS).orders[0].buyer.email).toBe('ciaran.byrne@liffey.example');
    expect(assembleOrders(sentBy('do-not-reply@liffey.example'), OPTIONS).orders[0].buyer.email).toBe('ciaran.byrne@liffey.example');
    // A person sending is the buyer's contact, whatever the document prints.
    expect(assembleOrders(sentBy('maeve.kelly@liffey.example'), OPTIONS).orders[0].buyer.email).toBe('maeve.kelly@liffey.example');
    const bare = { ...sentBy('noreply@liffey.example'), documents: [textDoc('body', 'Purchase order attached.', true), textDoc('po.txt', order.text.replace(/E-mail: .*\n/, ''))] };
    expect(assembleOrders(bare, OPTIONS).orders[0].buyer.email).toBe('noreply@liffey.example');
  });

  it('takes the person a portal mail names in Reply-To, and never the relay as the contact', () => {
    const relay = { ...sentBy('do_not_reply@liffey.coupahost.example'), fromName: 'Liffey Foods via Coupa', replyTo: { name: 'Ciaran Byrne', address: 'c.byrne@liffey.example' } };
    const draft = assembleOrders(relay, OPTIONS).orders[0];
    expect(draft.buyer.email).toBe('c.byrne@liffey.example');
    expect(draft.buyer.contactName).not.toMatch(/via/);
  });
});

describe('assembleOrders: in doubt, a draft to review', () => {
  const plain = (doc: LayoutDocument) => email('Dokumentti', [textDoc('body', 'Liitteenä.\n\nTerveisin,\nAino', true), doc]);

  it('drafts an attachment in words it does not know when its rows multiply out, and says it may not be an order', () => {
    const doc = textDoc(
      'doc.txt',
      [
        'Tuote      Kuvaus                    Maara   Hinta      Summa',
        'BW-NG-M    Nitriilikasineet M        10      7,95       79,50',
        'BW-SF-02   Ruiskusuodattimet         2       55,00      110,00',
        'BW-PT10    Pipetinkarjet 10 ul       5       6,40       32,00',
      ].join('\n'),
    );
    const result = assembleOrders(plain(doc), OPTIONS);
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0].needsReview).toBe(true);
    expect(result.orders[0].reviewReasons.join(' ')).toMatch(/may not be an order/);
  });

  it('drafts a mail body that asks for goods under a PO number though no line has a price', () => {
    const body = textDoc(
      'body',
      [
        'Hello,',
        '',
        'Please supply the below at the prices agreed under our framework agreement.',
        '',
        'Order number: RFH/PATH/44721',
        '',
        ' 20 box   BW-NG-S   Nitrile gloves small',
        ' 30 box   BW-NG-M   Nitrile gloves medium',
        '',
        'Many thanks,',
        'Gareth Lowe',
      ].join('\n'),
      true,
    );
    const result = assembleOrders(email('Order RFH/PATH/44721', [body]), OPTIONS);
    expect(result.isPurchaseOrder).toBe(true);
    expect(result.orders[0].poNumber).toBe('RFH/PATH/44721');
    expect(result.orders[0].needsReview).toBe(true);
  });

  it('leaves a mail without a draft when something speaks against it', () => {
    const body = textDoc('body', ['INVOICE 2026-118', 'Invoice date: 01/12/2026', '', 'Amount due: 221.50 EUR', 'Please pay within 30 days.'].join('\n'), true);
    expect(assembleOrders(email('Invoice 2026-118', [body]), OPTIONS).orders).toHaveLength(0);
  });
});

describe('assembleOrders: names and numbers that are something else', () => {
  it('does not take the signer for the company or the PO number for a phone', () => {
    const body = textDoc(
      'body',
      ['Hi,', '', 'Please see attached purchase order 4600-11873.', '', 'Kind regards,', 'Jess Nguyen | Laboratory Coordinator', 'Coastal Waters Authority'].join('\n'),
      true,
    );
    const doc = textDoc(
      'po.txt',
      [
        'Coastal Waters Authority                PURCHASE ORDER',
        'PO No.   4600-11873',
        'Ph   (07) 5555 8210',
        'Contact   Jess Nguyen',
        '',
        'Item No    Description          Qty    Unit Price    Amount',
        'AB-100     Hex bolt M8          10     1.50          15.00',
        'CT-200     Cable ties           5      4.00          20.00',
      ].join('\n'),
    );
    const input = { ...email('PO 4600-11873', [body, doc]), from: 'jess.nguyen@coastalwaters.example', fromName: 'Jess Nguyen' };
    const draft = assembleOrders(input, OPTIONS).orders[0];
    expect(draft.buyer.company).not.toBe('Jess Nguyen');
    expect(draft.buyer.phone).toBe('(07) 5555 8210');
  });
});
