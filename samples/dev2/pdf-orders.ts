// The ten single-PDF purchase orders. Each layout is drawn by hand, cell by cell.
import { addr, amountOf, bodyDoc, eu, fr, type Column, type LineSpec, type MailSpec, type OrderSpec, Pdf, pdfDoc, r2, row, sum, us } from './lib.ts';
import type { Sample } from './model.ts';

const NW_ADDR = ['Northwind Industrial Supply', '1650 Harbor Way', 'Oakland, CA 94607'];

// ============================================================ 01: shaded header band with white text, discount column
export async function pdfEn01(): Promise<Sample> {
  const file = 'h2-pdf-en-01.eml';
  const po = '26-00418';
  const lines: LineSpec[] = [
    { sku: 'HF-2210-08', desc: 'Hydraulic hose fitting, 1/2" JIC female swivel', qty: 24, unit: 'EA', price: 6.4, disc: 10 },
    { sku: 'HF-2210-12', desc: 'Hydraulic hose fitting, 3/4" JIC female swivel', qty: 10, unit: 'EA', price: 9.85, disc: 10 },
    { sku: 'HH-R2-08', desc: 'Hydraulic hose SAE 100R2AT, 1/2" ID', qty: 100, unit: 'FT', price: 3.12, disc: 5 },
    { sku: 'QC-FF-08', desc: 'Flat-face quick coupler set, 1/2"', qty: 6, unit: 'EA', price: 42.75, disc: 0 },
    { sku: 'OR-KIT-382', desc: 'O-ring assortment kit, Buna-N, 382 pcs', qty: 2, unit: 'BX', price: 29.9, disc: 15 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const tax = r2(subtotal * 0.06);
  const total = r2(subtotal + tax);
  const company = 'Van der Berg Fluid Systems Inc.';
  const pdf = new Pdf('LETTER', `PO ${po}`, company);
  pdf.t(40, 40, company, { size: 15, bold: true });
  pdf.lines(40, 62, ['4410 Patterson Ave SE', 'Grand Rapids, MI 49512', 'Tel. (616) 555-0143'], { size: 9 });
  pdf.t(372, 40, 'PURCHASE ORDER', { size: 18, bold: true, align: 'right', w: 200, color: '#1F3A5F' });
  const kv: [string, string][] = [
    ['PO Number', po],
    ['Order Date', '03/02/2026'],
    ['Required Date', '03/20/2026'],
    ['Payment Terms', 'Net 30'],
    ['Ship Via', 'UPS Ground'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(392, 68 + i * 13, k, { size: 8.5, color: '#555555' });
    pdf.t(472, 68 + i * 13, v, { size: 8.5, bold: true, align: 'right', w: 100 });
  });
  const blocks: [string, number, string[]][] = [
    ['Vendor', 40, NW_ADDR],
    ['Ship To', 225, [company, '4410 Patterson Ave SE', 'Grand Rapids, MI 49512']],
    ['Bill To', 410, [company, 'PO Box 8812', 'Grand Rapids, MI 49518']],
  ];
  for (const [title, x, ls] of blocks) {
    pdf.rect(x, 150, 162, 15, '#1F3A5F');
    pdf.t(x + 5, 154, title, { size: 8.5, bold: true, color: 'white' });
    pdf.lines(x + 5, 171, ls, { size: 8.5 });
  }
  const cols: Column[] = [
    { title: 'Pos', x: 40, w: 26 },
    { title: 'Qty', x: 66, w: 34, align: 'right' },
    { title: 'Unit', x: 100, w: 30 },
    { title: 'Article No.', x: 130, w: 70 },
    { title: 'Description', x: 200, w: 196 },
    { title: 'Unit price', x: 396, w: 58, align: 'right' },
    { title: 'Disc. %', x: 454, w: 44, align: 'right' },
    { title: 'Net amount', x: 498, w: 74, align: 'right' },
  ];
  let y = 236;
  pdf.rect(40, y, 532, 17, '#1F3A5F');
  row(pdf, cols, y + 5, cols.map((c) => c.title), { size: 8, bold: true, color: 'white' });
  y += 23;
  lines.forEach((l, i) => {
    row(pdf, cols, y, [String(i + 1), String(l.qty), l.unit!, l.sku!, l.desc, us(l.price!), String(l.disc), us(amountOf(l)!)], { size: 8 });
    pdf.hline(40, 572, y + 12, '#C8CFD8', 0.4);
    y += 17;
  });
  y += 8;
  const tot: [string, string][] = [
    ['Net total', us(subtotal)],
    ['Sales tax 6%', us(tax)],
    ['Total USD', `$${us(total)}`],
  ];
  tot.forEach(([k, v], i) => {
    pdf.t(400, y + i * 14, k, { size: 9, bold: i === 2 });
    pdf.t(498, y + i * 14, v, { size: 9, bold: i === 2, align: 'right', w: 71 });
  });
  y += 60;
  pdf.t(40, y, 'Buyer: Pieter Jansen  |  p.jansen@vdb-fluid.example  |  (616) 555-0143', { size: 8.5 });
  pdf.t(40, y + 14, 'Please quote our PO number on all shipping documents and invoices. Partial shipments accepted.', { size: 8, color: '#555555' });
  const buf = await pdf.end();
  const name = `PO_${po}.pdf`;
  const mail: MailSpec = {
    from: '"Pieter Jansen" <p.jansen@vdb-fluid.example>',
    subject: `Purchase Order ${po} - Van der Berg Fluid Systems`,
    date: 'Tue, 03 Mar 2026 09:14:22 -0500',
    messageId: '<CH2PR11MB4410A7E1@vdb-fluid.example>',
    boundary: 'h2pdfen01',
    text: `Hello,\n\nPlease find attached our purchase order ${po}. Kindly confirm receipt and the expected ship date.\n\nRegards,\nPieter Jansen\nPurchasing | Van der Berg Fluid Systems Inc.\n(616) 555-0143\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  const order: OrderSpec = {
    poNumber: po,
    orderDate: '2026-03-02',
    requestedDeliveryDate: '2026-03-20',
    buyer: { company, contactName: 'Pieter Jansen', email: 'p.jansen@vdb-fluid.example', phone: '(616) 555-0143' },
    shipTo: addr(company, '4410 Patterson Ave SE', 'Grand Rapids', 'MI', '49512', 'US'),
    billTo: addr(company, 'PO Box 8812', 'Grand Rapids', 'MI', '49518', 'US'),
    currency: 'USD',
    lines,
    subtotal,
    tax,
    shipping: null,
    total,
    paymentTerms: 'Net 30',
    shippingMethod: 'UPS Ground',
    notes: null,
    urgency: { delivery: '2026-03-20' },
    level: 'normal',
    reviewReasons: [],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [order],
    notes: [
      'kind: email + PDF, en-US; table header on a dark shaded band with WHITE text; vendor / ship-to / bill-to titles also white on dark bands',
      'columns Pos | Qty | Unit | Article No. | Description | Unit price | Disc. % | Net amount; real discounts 10/10/5/0/15 %',
      'unitPrice = printed list price, amount = printed net amount (qty x price x (1 - d))',
      'dates 03/02/2026 (US, month-first: 2 March) and 03/20/2026',
      'urgency: normal (17 days, no words)',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 02: PO number only in the title, "5 Mar 2026", urgent only in the PDF
export async function pdfEn02(): Promise<Sample> {
  const file = 'h2-pdf-en-02.eml';
  const po = '7781-B';
  const company = 'Castellano Marine Hardware LLC';
  const lines: LineSpec[] = [
    { sku: 'SS-CL-316-4', desc: '316 stainless cleat, 4 in', qty: 20, unit: 'EA', price: 8.75 },
    { sku: 'SS-SH-06', desc: 'Snap shackle, 6 mm, 316 SS', qty: 36, unit: 'EA', price: 5.4 },
    { sku: 'DL-12-NY', desc: 'Double-braid nylon dock line 1/2" x 15 ft', qty: 12, unit: 'EA', price: 18.9 },
    { sku: 'FN-BB-10', desc: 'Boat fender, 10 x 28 in, white', qty: 8, unit: 'EA', price: 24.5 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const tax = r2(subtotal * 0.075);
  const total = r2(subtotal + tax);
  const pdf = new Pdf('LETTER', `Purchase Order No. ${po}`, company);
  pdf.t(0, 36, `Purchase Order No. ${po}`, { size: 20, bold: true, align: 'center', w: 612 });
  pdf.t(0, 62, company, { size: 10, align: 'center', w: 612 });
  pdf.t(0, 75, '2815 Causeway Blvd  ·  Tampa, FL 33619  ·  (813) 555-0177', { size: 8.5, align: 'center', w: 612, color: '#444444' });
  pdf.hline(40, 572, 92, 'black', 1);
  pdf.t(40, 104, 'Issued:', { size: 9, bold: true });
  pdf.t(90, 104, '5 Mar 2026', { size: 9 });
  pdf.t(40, 117, 'Required by:', { size: 9, bold: true });
  pdf.t(105, 117, '20 Mar 2026', { size: 9 });
  pdf.t(320, 104, 'Ordered by:', { size: 9, bold: true });
  pdf.t(385, 104, 'Lucia Castellano', { size: 9 });
  pdf.t(385, 117, 'lucia@castellano-marine.example', { size: 9 });
  pdf.t(40, 145, 'Supplier', { size: 9, bold: true });
  pdf.lines(40, 158, NW_ADDR, { size: 9 });
  pdf.t(230, 145, 'Deliver to', { size: 9, bold: true });
  pdf.lines(230, 158, [company, '3100 Bayshore Dr', 'Tampa, FL 33611'], { size: 9 });
  pdf.t(420, 145, 'Invoice to', { size: 9, bold: true });
  pdf.lines(420, 158, [company, '2815 Causeway Blvd', 'Tampa, FL 33619'], { size: 9 });
  // urgent note box: the only place the urgency is written
  pdf.rect(40, 206, 532, 24, '#FFF1F0', '#C0392B');
  pdf.t(48, 214, 'URGENT - boat launch moved up, please have this ready for pick-up same day.', { size: 9.5, bold: true, color: '#C0392B' });
  const cols: Column[] = [
    { title: 'Item', x: 40, w: 30 },
    { title: 'Part #', x: 70, w: 80 },
    { title: 'Description', x: 150, w: 220 },
    { title: 'Qty', x: 370, w: 40, align: 'right' },
    { title: 'UOM', x: 410, w: 40 },
    { title: 'Each', x: 450, w: 56, align: 'right' },
    { title: 'Ext.', x: 506, w: 66, align: 'right' },
  ];
  let y = 246;
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  pdf.hline(40, 572, y + 13, 'black', 0.8);
  y += 20;
  lines.forEach((l, i) => {
    row(pdf, cols, y, [String(i + 1), l.sku!, l.desc, String(l.qty), l.unit!, us(l.price!), us(amountOf(l)!)], { size: 8.5 });
    y += 16;
  });
  pdf.hline(40, 572, y, 'black', 0.8);
  y += 8;
  [
    ['Subtotal', `$${us(subtotal)}`],
    ['Sales tax (7.5%)', `$${us(tax)}`],
    ['Order total', `$${us(total)}`],
  ].forEach(([k, v], i) => {
    pdf.t(400, y + i * 14, k, { size: 9, bold: i === 2 });
    pdf.t(506, y + i * 14, v, { size: 9, bold: i === 2, align: 'right', w: 63 });
  });
  y += 58;
  pdf.t(40, y, 'Terms: Net 15', { size: 9 });
  pdf.t(40, y + 13, 'Shipping: Customer pick-up', { size: 9 });
  const buf = await pdf.end();
  const name = 'CMH_order_7781B.pdf';
  const mail: MailSpec = {
    from: '"Lucia Castellano" <Lucia@castellano-marine.example>',
    subject: 'Order from Castellano Marine',
    date: 'Thu, 05 Mar 2026 11:02:40 -0500',
    messageId: '<0f3c9a2e-77b1-4c55-9d0e-castellano@castellano-marine.example>',
    boundary: 'h2pdfen02',
    text: 'Hi Northwind team,\n\nOrder attached.\n\nThanks,\nLucia\n\n--\nLucia Castellano\nCastellano Marine Hardware LLC\n(813) 555-0177\n',
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-05',
        requestedDeliveryDate: '2026-03-20',
        buyer: { company, contactName: 'Lucia Castellano', email: 'lucia@castellano-marine.example', phone: '(813) 555-0177' },
        shipTo: addr(company, '3100 Bayshore Dr', 'Tampa', 'FL', '33611', 'US'),
        billTo: addr(company, '2815 Causeway Blvd', 'Tampa', 'FL', '33619', 'US'),
        currency: 'USD',
        lines,
        subtotal,
        tax,
        shipping: null,
        total,
        paymentTerms: 'Net 15',
        shippingMethod: 'Customer pick-up',
        notes: 'URGENT - boat launch moved up, please have this ready for pick-up same day.',
        urgency: { words: { kind: 'urgent', text: 'URGENT ... same day', where: 'PDF note box' }, delivery: '2026-03-20' },
        level: 'urgent',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF, en-US; the PO number is ONLY in the centred title "Purchase Order No. 7781-B" (no "PO Number:" label); subject and body do not name it',
      'dates written "5 Mar 2026" / "20 Mar 2026"; "Deliver to" and "Invoice to" blocks',
      'From header has a capitalised local part (Lucia@...): source.from is lower case',
      'urgency: urgent from the red note box in the PDF only ("URGENT", "same day"); the date (15 days) alone would be normal',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 03: UK, dd/mm/yyyy, "Ship/Bill to" written once, GBP, high by date
export async function pdfEn03(): Promise<Sample> {
  const file = 'h2-pdf-en-03.eml';
  const po = 'MC-02231';
  const company = 'Moretti & Clarke Engineering Ltd';
  const lines: LineSpec[] = [
    { sku: 'BRG-6204-2RS', desc: 'Deep groove ball bearing 6204-2RS', qty: 40, unit: 'EA', price: 3.85 },
    { sku: 'BRG-6305-ZZ', desc: 'Deep groove ball bearing 6305-ZZ', qty: 20, unit: 'EA', price: 6.2 },
    { sku: 'SL-TC-35x52', desc: 'Oil seal TC 35x52x7 NBR', qty: 50, unit: 'EA', price: 1.46 },
    { sku: 'GR-LGMT2-400', desc: 'Bearing grease LGMT 2, 400 g cartridge', qty: 12, unit: 'EA', price: 9.75 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const shipping = 12.5;
  const tax = r2((subtotal + shipping) * 0.2);
  const total = r2(subtotal + shipping + tax);
  const pdf = new Pdf('A4', `Purchase Order ${po}`, company);
  const W = pdf.width; // 595
  pdf.rect(0, 0, W, 70, '#E8EEF2');
  pdf.t(36, 22, company.toUpperCase(), { size: 14, bold: true });
  pdf.t(36, 42, 'Precision Engineering  ·  Registered in England No. 04417720  ·  VAT GB 448 2210 37', { size: 7.5, color: '#555555' });
  pdf.t(W - 236, 24, 'Purchase Order', { size: 18, bold: true, align: 'right', w: 200 });
  const kv: [string, string][] = [
    ['Order No.', po],
    ['Order Date', '05/03/2026'],
    ['Delivery Required', '10/03/2026'],
    ['Our Contact', 'Giulia Moretti'],
    ['Telephone', '0116 496 0321'],
    ['Email', 'g.moretti@moretti-clarke.example'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(330, 90 + i * 13, `${k}:`, { size: 8.5, bold: true });
    pdf.t(420, 90 + i * 13, v, { size: 8.5 });
  });
  pdf.t(36, 90, 'Supplier:', { size: 8.5, bold: true });
  pdf.lines(36, 103, [...NW_ADDR, 'United States'], { size: 8.5 });
  pdf.t(36, 170, 'Ship/Bill to:', { size: 8.5, bold: true });
  pdf.lines(36, 183, [company, 'Unit 7, Meridian Business Park', 'Leicester', 'LE19 1WZ', 'United Kingdom'], { size: 8.5 });
  const cols: Column[] = [
    { title: 'No.', x: 36, w: 26 },
    { title: 'Code', x: 62, w: 80 },
    { title: 'Description', x: 142, w: 200 },
    { title: 'Qty', x: 342, w: 36, align: 'right' },
    { title: 'Unit', x: 378, w: 34 },
    { title: 'Unit Price', x: 412, w: 66, align: 'right' },
    { title: 'Line Total', x: 478, w: 81, align: 'right' },
  ];
  let y = 266;
  pdf.rect(36, y - 4, 523, 16, undefined, '#333333');
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  y += 18;
  lines.forEach((l, i) => {
    row(pdf, cols, y, [String(i + 1), l.sku!, l.desc, String(l.qty), l.unit!, `£${us(l.price!)}`, `£${us(amountOf(l)!)}`], { size: 8.5 });
    y += 15;
  });
  pdf.hline(36, 559, y, '#333333');
  y += 8;
  [
    ['Goods', `£${us(subtotal)}`],
    ['Carriage', `£${us(shipping)}`],
    ['VAT @ 20%', `£${us(tax)}`],
    ['Total (GBP)', `£${us(total)}`],
  ].forEach(([k, v], i) => {
    pdf.t(380, y + i * 14, k, { size: 9, bold: i === 3 });
    pdf.t(478, y + i * 14, v, { size: 9, bold: i === 3, align: 'right', w: 78 });
  });
  y += 72;
  pdf.t(36, y, 'Payment terms: 30 days end of month', { size: 8.5 });
  pdf.t(36, y + 13, 'Delivery via: DPD', { size: 8.5 });
  pdf.t(36, y + 26, 'Goods-in hours Mon-Fri 08:00-15:30. Please quote our order number on the delivery note.', { size: 8, color: '#555555' });
  const buf = await pdf.end();
  const name = `${po}.pdf`;
  const mail: MailSpec = {
    from: '"Giulia Moretti" <g.moretti@moretti-clarke.example>',
    subject: `PO ${po}`,
    date: 'Thu, 05 Mar 2026 10:21:07 +0000',
    messageId: '<LO2P265MB0231C1F9@moretti-clarke.example>',
    boundary: 'h2pdfen03',
    text: `Good morning,\n\nPlease find our order ${po} attached.\n\nKind regards\n\nGiulia Moretti\nBuyer\nMoretti & Clarke Engineering Ltd\nT: 0116 496 0321\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  const a = addr(company, 'Unit 7, Meridian Business Park', 'Leicester', null, 'LE19 1WZ', 'GB');
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-05',
        requestedDeliveryDate: '2026-03-10',
        buyer: { company, contactName: 'Giulia Moretti', email: 'g.moretti@moretti-clarke.example', phone: '0116 496 0321' },
        shipTo: a,
        billTo: { ...a },
        currency: 'GBP',
        lines,
        subtotal,
        tax,
        shipping,
        total,
        paymentTerms: '30 days end of month',
        shippingMethod: 'DPD',
        notes: null,
        urgency: { delivery: '2026-03-10' },
        level: 'high',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF, en-GB; one address block titled "Ship/Bill to:" -> shipTo and billTo are the same address',
      'dates 05/03/2026 and 10/03/2026 are day-first (UK address, GBP): 5 March / 10 March (US reading would be May 3 / Oct 3)',
      'VAT 20% on goods + carriage; "Carriage" -> shipping',
      'urgency: high by date (Thu 5 Mar -> Tue 10 Mar: 5 calendar / 3 business days)',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 04: ISO dates, "USD 1,234.50", line numbers 10/20/30, negated urgency in the body
export async function pdfEn04(): Promise<Sample> {
  const file = 'h2-pdf-en-04.eml';
  const po = '4400-2619';
  const company = 'Pereira Agro Equipment Corp.';
  const lines: LineSpec[] = [
    { no: 10, sku: 'BLT-B52', desc: 'V-belt B52', qty: 12, unit: 'EA', price: 11.4 },
    { no: 20, sku: 'BLT-B60', desc: 'V-belt B60', qty: 12, unit: 'EA', price: 12.95 },
    { no: 30, sku: 'GBX-540-1', desc: 'Gearbox, 540 rpm, 1:1.9 ratio', qty: 2, unit: 'EA', price: 612.75 },
    { no: 40, sku: 'CHN-40-10', desc: 'Roller chain #40, 10 ft box', qty: 4, unit: 'BOX', price: 48.6 },
    { no: 50, sku: 'PTO-SHR-B', desc: 'PTO shear bolt kit, category B', qty: 10, unit: 'KIT', price: 7.85 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const shipping = 45;
  const tax = 0;
  const total = r2(subtotal + shipping + tax);
  const pdf = new Pdf('LETTER', `Purchase Order ${po}`, company);
  pdf.t(40, 36, 'PEREIRA AGRO', { size: 22, bold: true, color: '#2E7D32' });
  pdf.t(40, 62, 'Equipment Corp.', { size: 11, color: '#2E7D32' });
  pdf.lines(40, 80, ['1870 E North Ave, Fresno, CA 93725', 'Phone (559) 555-0112'], { size: 8.5 });
  pdf.rect(360, 34, 212, 78, undefined, '#2E7D32', 1);
  pdf.t(368, 40, 'PURCHASE ORDER', { size: 12, bold: true });
  const kv: [string, string][] = [
    ['PO #', po],
    ['Order date', '2026-03-02'],
    ['Delivery date', '2026-03-27'],
    ['Buyer', 'Rafael Pereira'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(368, 58 + i * 12, k, { size: 8.5 });
    pdf.t(450, 58 + i * 12, v, { size: 8.5, bold: true });
  });
  pdf.t(40, 130, 'SHIP TO', { size: 8, bold: true, color: '#2E7D32' });
  pdf.lines(40, 142, [company, '3390 S Chestnut Ave', 'Fresno, CA 93725'], { size: 8.5 });
  pdf.t(230, 130, 'INVOICE TO', { size: 8, bold: true, color: '#2E7D32' });
  pdf.lines(230, 142, [company, '1870 E North Ave', 'Fresno, CA 93725', 'ap@pereira-agro.example'], { size: 8.5 });
  pdf.t(420, 130, 'SUPPLIER', { size: 8, bold: true, color: '#2E7D32' });
  pdf.lines(420, 142, NW_ADDR, { size: 8.5 });
  const cols: Column[] = [
    { title: 'Line', x: 40, w: 32 },
    { title: 'Item', x: 72, w: 76 },
    { title: 'Description', x: 148, w: 180 },
    { title: 'Qty', x: 328, w: 36, align: 'right' },
    { title: 'UM', x: 364, w: 34 },
    { title: 'Unit Price', x: 398, w: 80, align: 'right' },
    { title: 'Amount', x: 478, w: 94, align: 'right' },
  ];
  let y = 210;
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true, color: '#2E7D32' });
  pdf.hline(40, 572, y + 13, '#2E7D32', 1.2);
  y += 20;
  for (const l of lines) {
    row(pdf, cols, y, [String(l.no), l.sku!, l.desc, String(l.qty), l.unit!, `USD ${us(l.price!)}`, `USD ${us(amountOf(l)!)}`], { size: 8.5 });
    y += 16;
  }
  pdf.hline(40, 572, y, '#2E7D32', 0.6);
  y += 8;
  [
    ['Merchandise', `USD ${us(subtotal)}`],
    ['Freight', `USD ${us(shipping)}`],
    ['Sales tax (resale cert. on file)', `USD ${us(tax)}`],
    ['TOTAL', `USD ${us(total)}`],
  ].forEach(([k, v], i) => {
    pdf.t(330, y + i * 14, k, { size: 9, bold: i === 3 });
    pdf.t(478, y + i * 14, v, { size: 9, bold: i === 3, align: 'right', w: 91 });
  });
  y += 70;
  pdf.t(40, y, 'Terms: Net 45     Ship via: FedEx Freight Economy', { size: 8.5 });
  pdf.t(40, y + 13, 'All line numbers must be referenced on the packing slip.', { size: 8, color: '#555555' });
  const buf = await pdf.end();
  const name = `PAE_PO_${po}.pdf`;
  const mail: MailSpec = {
    from: 'Rafael Pereira <r.pereira@pereira-agro.example>',
    subject: `PO ${po} Northwind`,
    date: 'Mon, 02 Mar 2026 08:45:10 -0800',
    messageId: '<CAK7+pereira.4400-2619@mail.pereira-agro.example>',
    boundary: 'h2pdfen04',
    text: `Morning,\n\nRafael here - PO ${po} attached for the spring service parts. No need to rush, standard lead time is fine.\n\nThanks\nRafael Pereira\nPereira Agro Equipment Corp.\n(559) 555-0112\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-02',
        requestedDeliveryDate: '2026-03-27',
        buyer: { company, contactName: 'Rafael Pereira', email: 'r.pereira@pereira-agro.example', phone: '(559) 555-0112' },
        shipTo: addr(company, '3390 S Chestnut Ave', 'Fresno', 'CA', '93725', 'US'),
        billTo: addr(company, '1870 E North Ave', 'Fresno', 'CA', '93725', 'US'),
        currency: 'USD',
        lines,
        subtotal,
        tax,
        shipping,
        total,
        paymentTerms: 'Net 45',
        shippingMethod: 'FedEx Freight Economy',
        notes: null,
        urgency: { words: { kind: 'negated', text: 'No need to rush', where: 'body' }, delivery: '2026-03-27' },
        level: 'normal',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF, en-US; ISO dates (2026-03-02 / 2026-03-27); every amount printed "USD 1,234.50"',
      'line numbers 10/20/30/40/50 -> lineNo 10..50',
      'sales tax printed as USD 0.00 (resale certificate) -> tax 0; freight USD 45.00 -> shipping',
      'urgency: normal; body says "No need to rush" (negated); 25 days',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 05: three-line description per item, Dutch customer, "€ 1.234,50", dd-mm-yyyy
export async function pdfEn05(): Promise<Sample> {
  const file = 'h2-pdf-en-05.eml';
  const po = 'HLS-PO-2026-0057';
  const company = 'Hoekstra Laboratory Services B.V.';
  const items: { l: LineSpec; d: string[] }[] = [
    { l: { sku: 'NI-GL-M', desc: '', qty: 30, unit: 'BOX', price: 7.95 }, d: ['Nitrile examination gloves, powder-free', 'size M, blue, 4.5 mil, EN 455 / EN 374', 'box of 100'] },
    { l: { sku: 'PP-TIP-200', desc: '', qty: 6, unit: 'CS', price: 48.4 }, d: ['Pipette tips 200 µl, yellow, racked', 'sterile, DNase/RNase free, low retention', '10 racks x 96 tips per case'] },
    { l: { sku: 'CT-50-PP', desc: '', qty: 20, unit: 'BAG', price: 6.85 }, d: ['Centrifuge tube 50 ml, polypropylene', 'conical bottom, graduated, screw cap', 'sterile, bag of 25'] },
    { l: { sku: 'ETH-70-5L', desc: '', qty: 8, unit: 'PCE', price: 14.2 }, d: ['Ethanol 70% v/v, denatured', 'for surface disinfection', '5 litre jerrycan'] },
    { l: { sku: 'CAB-LF-1200', desc: '', qty: 1, unit: 'SET', price: 1180 }, d: ['Laminar flow cabinet pre-filter', 'G4 class, 592 x 592 x 48 mm', 'set of 12 pieces'] },
  ];
  for (const it of items) it.l.desc = it.d.join(' ');
  const lines = items.map((i) => i.l);
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const tax = r2(subtotal * 0.21);
  const total = r2(subtotal + tax);
  const pdf = new Pdf('A4', `Purchase order ${po}`, company);
  pdf.t(36, 30, 'hoekstra', { size: 24, bold: true, color: '#00838F' });
  pdf.t(36, 58, 'laboratory services', { size: 10, color: '#00838F' });
  pdf.lines(380, 30, [company, 'Zernikedreef 11', '2333 CK Leiden', 'The Netherlands', 'KvK 28551930'], { size: 8, color: '#444444' });
  pdf.t(36, 100, 'PURCHASE ORDER', { size: 15, bold: true });
  const kv: [string, string][] = [
    ['Order number', po],
    ['Order date', '04-03-2026'],
    ['Requested delivery', '18-03-2026'],
    ['Contact', 'Femke Hoekstra, +31 71 555 0190'],
    ['E-mail', 'f.hoekstra@hoekstra-lab.example'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(36, 124 + i * 12, k, { size: 8.5, color: '#555555' });
    pdf.t(130, 124 + i * 12, v, { size: 8.5 });
  });
  pdf.t(290, 124, 'Delivery address', { size: 8.5, bold: true });
  pdf.lines(290, 136, [company, 'Zernikedreef 11', '2333 CK Leiden', 'The Netherlands'], { size: 8.5 });
  pdf.t(440, 124, 'Invoice address', { size: 8.5, bold: true });
  pdf.lines(440, 136, [company, 'Postbus 9610', '2300 RP Leiden', 'The Netherlands'], { size: 8.5 });
  const cols: Column[] = [
    { title: '#', x: 36, w: 20 },
    { title: 'Article', x: 56, w: 72 },
    { title: 'Description', x: 128, w: 210 },
    { title: 'Qty', x: 338, w: 34, align: 'right' },
    { title: 'Unit', x: 372, w: 34 },
    { title: 'Price', x: 406, w: 70, align: 'right' },
    { title: 'Amount', x: 476, w: 83, align: 'right' },
  ];
  let y = 210;
  pdf.rect(36, y - 4, 523, 16, '#E0F2F1');
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  y += 20;
  items.forEach(({ l, d }, i) => {
    row(pdf, cols, y, [String(i + 1), l.sku!, d[0], String(l.qty), l.unit!, `€ ${eu(l.price!)}`, `€ ${eu(amountOf(l)!)}`], { size: 8.5 });
    pdf.t(131, y + 11, d[1], { size: 8, color: '#444444' });
    pdf.t(131, y + 21, d[2], { size: 8, color: '#444444' });
    y += 36;
    pdf.hline(36, 559, y - 5, '#CCCCCC', 0.4);
  });
  y += 4;
  [
    ['Subtotal excl. VAT', `€ ${eu(subtotal)}`],
    ['VAT 21%', `€ ${eu(tax)}`],
    ['Total incl. VAT', `€ ${eu(total)}`],
  ].forEach(([k, v], i) => {
    pdf.t(370, y + i * 14, k, { size: 9, bold: i === 2 });
    pdf.t(476, y + i * 14, v, { size: 9, bold: i === 2, align: 'right', w: 80 });
  });
  y += 56;
  pdf.t(36, y, 'Payment: 30 days net. Please state our order number on the invoice and packing list.', { size: 8.5 });
  const buf = await pdf.end();
  const name = `${po}.pdf`;
  const mail: MailSpec = {
    from: '"Hoekstra, Femke" <f.hoekstra@hoekstra-lab.example>',
    subject: `Purchase order ${po}`,
    date: 'Wed, 04 Mar 2026 13:30:00 +0100',
    messageId: '<AM9PR07MB0057E2D4@hoekstra-lab.example>',
    boundary: 'h2pdfen05',
    text: `Dear Northwind team,\n\nAttached you will find purchase order ${po}. Please send the order confirmation to this address.\n\nWith kind regards,\nFemke Hoekstra\nHoekstra Laboratory Services B.V.\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-04',
        requestedDeliveryDate: '2026-03-18',
        buyer: { company, contactName: 'Femke Hoekstra', email: 'f.hoekstra@hoekstra-lab.example', phone: '+31 71 555 0190' },
        shipTo: addr(company, 'Zernikedreef 11', 'Leiden', null, '2333 CK', 'NL'),
        billTo: addr(company, 'Postbus 9610', 'Leiden', null, '2300 RP', 'NL'),
        currency: 'EUR',
        lines,
        subtotal,
        tax,
        shipping: null,
        total,
        paymentTerms: '30 days net',
        shippingMethod: null,
        notes: null,
        urgency: { delivery: '2026-03-18' },
        level: 'normal',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF, English document from a Dutch customer; every item has a THREE-line description (truth joins the lines with one space)',
      'amounts "€ 1.180,00" (symbol first, European separators); dates "04-03-2026" day-first (NL address)',
      'From display name "Hoekstra, Femke" (last, first); contactName as written in the PDF: Femke Hoekstra',
      'urgency: normal (14 days)',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 06: German PO, Menge first, "1.234,50 €", Ship-To below the table
export async function pdfDe06(): Promise<Sample> {
  const file = 'h2-pdf-de-06.eml';
  const po = 'BH-260310-2';
  const company = 'Bianchi Haustechnik GmbH';
  const lines: LineSpec[] = [
    { sku: 'PF-1622', desc: 'Pressfitting Bogen 90°, 22 mm, Kupfer', qty: 25, unit: 'Stk', price: 3.48 },
    { sku: 'PF-1522', desc: 'Pressfitting T-Stück, 22 mm, Kupfer', qty: 25, unit: 'Stk', price: 4.12 },
    { sku: 'CU-22-HA', desc: 'Kupferrohr 22 x 1 mm, hart, 5-m-Stange', qty: 60, unit: 'm', price: 9.85 },
    { sku: 'KH-DN25-P', desc: 'Kugelhahn DN25 Pressanschluss, Flügelgriff', qty: 4, unit: 'Stk', price: 31.6 },
    { sku: 'ISO-22-13', desc: 'Isolierschlauch 22/13 mm, 10 m', qty: 2, unit: 'Rolle', price: 18.9 },
    { sku: 'PM-HE-25-60', desc: 'Umwälzpumpe Hocheffizienz 25-60', qty: 1, unit: 'Stk', price: 1148 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const tax = r2(subtotal * 0.19);
  const total = r2(subtotal + tax);
  const pdf = new Pdf('A4', `Bestellung ${po}`, company);
  pdf.t(36, 34, 'Bianchi', { size: 22, bold: true, color: '#B71C1C' });
  pdf.t(128, 42, 'Haustechnik GmbH', { size: 12, color: '#B71C1C' });
  pdf.t(36, 64, 'Heizung · Sanitär · Lüftung', { size: 8.5, color: '#555555' });
  pdf.t(36, 100, `${company} · Haunstetter Str. 112 · 86161 Augsburg`, { size: 6.5, color: '#777777' });
  pdf.hline(36, 270, 108, '#777777', 0.3);
  pdf.lines(36, 114, [...NW_ADDR, 'USA'], { size: 9 });
  pdf.t(340, 100, 'Rechnungsanschrift', { size: 8, bold: true });
  pdf.lines(340, 111, [company, 'Haunstetter Str. 112', '86161 Augsburg'], { size: 8.5 });
  const kv: [string, string][] = [
    ['Bestell-Nr.', po],
    ['Datum', '10.03.2026'],
    ['Liefertermin', '27.03.2026'],
    ['Ansprechpartner', 'Marco Bianchi'],
    ['Telefon', '0821 555 3318'],
    ['E-Mail', 'm.bianchi@bianchi-haustechnik.example'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(340, 160 + i * 12, k, { size: 8.5, color: '#555555' });
    pdf.t(412, 160 + i * 12, v, { size: 8.5 });
  });
  pdf.t(36, 250, 'Bestellung', { size: 16, bold: true });
  pdf.t(36, 272, 'Sehr geehrte Damen und Herren, wir bestellen zu unseren Einkaufsbedingungen:', { size: 9 });
  const cols: Column[] = [
    { title: 'Menge', x: 36, w: 40, align: 'right' },
    { title: 'Einheit', x: 80, w: 40 },
    { title: 'Artikelnummer', x: 120, w: 74 },
    { title: 'Bezeichnung', x: 194, w: 205 },
    { title: 'Einzelpreis', x: 399, w: 70, align: 'right' },
    { title: 'Gesamt', x: 469, w: 90, align: 'right' },
  ];
  let y = 296;
  pdf.rect(36, y - 4, 523, 16, '#EEEEEE');
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  y += 19;
  for (const l of lines) {
    row(pdf, cols, y, [String(l.qty), l.unit!, l.sku!, l.desc, `${eu(l.price!)} €`, `${eu(amountOf(l)!)} €`], { size: 8.5 });
    y += 15;
  }
  pdf.hline(36, 559, y, 'black', 0.6);
  y += 7;
  [
    ['Nettobetrag', `${eu(subtotal)} €`],
    ['zzgl. 19 % MwSt.', `${eu(tax)} €`],
    ['Gesamtbetrag', `${eu(total)} €`],
  ].forEach(([k, v], i) => {
    pdf.t(360, y + i * 14, k, { size: 9, bold: i === 2 });
    pdf.t(469, y + i * 14, v, { size: 9, bold: i === 2, align: 'right', w: 87 });
  });
  y += 58;
  pdf.t(36, y, 'Lieferanschrift:', { size: 9, bold: true });
  pdf.lines(36, y + 13, [company, 'Lechhauser Str. 40', '86153 Augsburg'], { size: 9 });
  pdf.t(36, y + 60, 'Anlieferung Mo-Fr 7:00-15:00 Uhr, bitte vorher avisieren.', { size: 8.5 });
  pdf.t(36, y + 80, 'Zahlungsbedingungen: 14 Tage 3 % Skonto, 30 Tage netto', { size: 8.5 });
  pdf.t(36, y + 93, 'Versandart: Spedition frei Baustelle', { size: 8.5 });
  const buf = await pdf.end();
  const name = `Bestellung_${po}.pdf`;
  const mail: MailSpec = {
    from: '"Marco Bianchi" <m.bianchi@bianchi-haustechnik.example>',
    subject: `Bestellung Nr. ${po}`,
    date: 'Tue, 10 Mar 2026 07:52:31 +0100',
    messageId: '<20260310075231.4471@bianchi-haustechnik.example>',
    boundary: 'h2pdfde06',
    text: `Guten Morgen,\n\nanbei unsere Bestellung ${po}. Bitte senden Sie uns eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\nMarco Bianchi\nBianchi Haustechnik GmbH\nTel. 0821 555 3318\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-10',
        requestedDeliveryDate: '2026-03-27',
        buyer: { company, contactName: 'Marco Bianchi', email: 'm.bianchi@bianchi-haustechnik.example', phone: '0821 555 3318' },
        shipTo: addr(company, 'Lechhauser Str. 40', 'Augsburg', null, '86153', null),
        billTo: addr(company, 'Haunstetter Str. 112', 'Augsburg', null, '86161', null),
        currency: 'EUR',
        lines,
        subtotal,
        tax,
        shipping: null,
        total,
        paymentTerms: '14 Tage 3 % Skonto, 30 Tage netto',
        shippingMethod: 'Spedition frei Baustelle',
        notes: 'Anlieferung Mo-Fr 7:00-15:00 Uhr, bitte vorher avisieren.',
        urgency: { delivery: '2026-03-27' },
        level: 'normal',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF, de; columns Menge | Einheit | Artikelnummer | Bezeichnung | Einzelpreis | Gesamt (quantity FIRST); "1.148,00 €"',
      'the "Lieferanschrift" (ship-to) is printed BELOW the table and totals; "Rechnungsanschrift" top right; tiny sender line above OUR address in the window',
      'no country written in either address -> country null; units Stk / m / Rolle -> STK / M / ROLLE',
      'urgency: normal (17 days)',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 07: French, Désignation then Quantité, Fri -> Mon urgent by date
export async function pdfFr07(): Promise<Sample> {
  const file = 'h2-pdf-fr-07.eml';
  const po = 'BC-2026-0088';
  const company = 'Ferreira Équipements SARL';
  const lines: LineSpec[] = [
    { sku: 'CL-M8-INOX', desc: 'Cheville à frapper inox M8 x 60', qty: 200, unit: 'pce', price: 0.42 },
    { sku: 'VS-6x40-TX', desc: 'Vis agglomérée 6 x 40 TX30, zinguée', qty: 10, unit: 'boîte', price: 7.9 },
    { sku: 'FOR-SDS-10', desc: 'Foret SDS-plus 10 x 160 mm', qty: 12, unit: 'pce', price: 4.35 },
    { sku: 'DIS-125-MET', desc: 'Disque à tronçonner métal 125 x 1,0 mm', qty: 50, unit: 'pce', price: 1.18 },
    { sku: 'GNT-TRV-9', desc: 'Gants de travail enduits nitrile, taille 9', qty: 24, unit: 'paire', price: 2.65 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const shipping = 15;
  const tax = r2((subtotal + shipping) * 0.2);
  const total = r2(subtotal + shipping + tax);
  const pdf = new Pdf('A4', `Bon de commande ${po}`, company);
  pdf.t(36, 32, company, { size: 14, bold: true });
  pdf.lines(36, 52, ['18 rue du Dauphiné', '69003 Lyon', 'France', 'Tél. 04 78 55 01 62'], { size: 8.5 });
  pdf.t(330, 32, 'BON DE COMMANDE', { size: 16, bold: true, color: '#283593' });
  const kv: [string, string][] = [
    ['N° :', po],
    ['Date :', '06/03/2026'],
    ['Livraison souhaitée :', '09/03/2026'],
    ['Acheteur :', 'Inês Ferreira'],
    ['Courriel :', 'i.ferreira@ferreira-equipements.example'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(310, 56 + i * 12, k, { size: 8.5, color: '#555555' });
    pdf.t(395, 56 + i * 12, v, { size: 8.5 });
  });
  pdf.t(36, 134, 'Fournisseur', { size: 8.5, bold: true, color: '#283593' });
  pdf.lines(36, 146, NW_ADDR, { size: 8.5 });
  pdf.t(330, 134, 'Adresse de livraison', { size: 8.5, bold: true, color: '#283593' });
  pdf.lines(330, 146, [company, '7 avenue de la Division Leclerc', '69200 Vénissieux', 'France'], { size: 8.5 });
  const cols: Column[] = [
    { title: 'Réf.', x: 36, w: 78 },
    { title: 'Désignation', x: 114, w: 210 },
    { title: 'Quantité', x: 324, w: 50, align: 'right' },
    { title: 'Unité', x: 378, w: 40 },
    { title: 'P.U. HT', x: 418, w: 60, align: 'right' },
    { title: 'Total HT', x: 478, w: 81, align: 'right' },
  ];
  let y = 214;
  pdf.hline(36, 559, y - 5, '#283593', 1);
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true, color: '#283593' });
  pdf.hline(36, 559, y + 12, '#283593', 1);
  y += 19;
  for (const l of lines) {
    row(pdf, cols, y, [l.sku!, l.desc, String(l.qty), l.unit!, fr(l.price!), fr(amountOf(l)!)], { size: 8.5 });
    y += 15;
  }
  pdf.hline(36, 559, y, '#283593', 0.6);
  y += 8;
  [
    ['Total HT', `${fr(subtotal)} €`],
    ['Frais de port', `${fr(shipping)} €`],
    ['TVA 20 %', `${fr(tax)} €`],
    ['Total TTC', `${fr(total)} €`],
  ].forEach(([k, v], i) => {
    pdf.t(380, y + i * 14, k, { size: 9, bold: i === 3 });
    pdf.t(478, y + i * 14, v, { size: 9, bold: i === 3, align: 'right', w: 78 });
  });
  y += 70;
  pdf.t(36, y, 'Règlement : 45 jours fin de mois', { size: 8.5 });
  pdf.t(36, y + 13, 'Transporteur : Geodis Messagerie', { size: 8.5 });
  pdf.t(36, y + 26, 'Merci de rappeler notre numéro de commande sur le bon de livraison et la facture.', { size: 8, color: '#555555' });
  const buf = await pdf.end();
  const name = `BC_${po}.pdf`;
  const mail: MailSpec = {
    from: '"Inês Ferreira" <i.ferreira@ferreira-equipements.example>',
    subject: `Bon de commande ${po}`,
    date: 'Fri, 06 Mar 2026 15:40:12 +0100',
    messageId: '<1f9e7c2a.ferreira.0088@ferreira-equipements.example>',
    boundary: 'h2pdffr07',
    text: `Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande ${po}, livraison souhaitée lundi à notre dépôt de Vénissieux.\n\nCordialement,\nInês Ferreira\nFerreira Équipements SARL\n04 78 55 01 62\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-06',
        requestedDeliveryDate: '2026-03-09',
        buyer: { company, contactName: 'Inês Ferreira', email: 'i.ferreira@ferreira-equipements.example', phone: '04 78 55 01 62' },
        shipTo: addr(company, '7 avenue de la Division Leclerc', 'Vénissieux', null, '69200', 'FR'),
        billTo: null,
        currency: 'EUR',
        lines,
        subtotal,
        tax,
        shipping,
        total,
        paymentTerms: '45 jours fin de mois',
        shippingMethod: 'Geodis Messagerie',
        notes: null,
        urgency: { delivery: '2026-03-09' },
        level: 'urgent',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF, fr; columns Réf. | Désignation | Quantité | Unité | P.U. HT | Total HT (Quantité AFTER Désignation); "1 234,50" with a space',
      'dates 06/03/2026 and 09/03/2026 day-first (French); only a delivery address is labelled -> billTo null (letterhead is not labelled as billing address)',
      'units pce / boîte / paire -> PCE / BOÎTE / PAIRE; frais de port -> shipping; TVA 20 % on goods + port',
      'urgency: urgent by date: mail Friday 6 Mar, delivery Monday 9 Mar = 1 business day (no urgency words anywhere)',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 08: Spanish PO with IVA and Portes; printed total wrong (digits swapped)
export async function pdfEs08(): Promise<Sample> {
  const file = 'h2-pdf-es-08.eml';
  const po = 'PC-26/0214';
  const company = 'Suministros Navarro Costa S.L.';
  const lines: LineSpec[] = [
    { sku: 'ELE-CAB-2.5A', desc: 'Cable H07V-K 2,5 mm² azul, rollo 100 m', qty: 6, unit: null, price: 38.9 },
    { sku: 'ELE-CAB-2.5M', desc: 'Cable H07V-K 2,5 mm² marrón, rollo 100 m', qty: 6, unit: null, price: 38.9 },
    { sku: 'ELE-MAG-16', desc: 'Magnetotérmico 2P 16 A curva C', qty: 20, unit: null, price: 9.75 },
    { sku: 'ELE-DIF-40', desc: 'Diferencial 2P 40 A 30 mA tipo AC', qty: 8, unit: null, price: 27.6 },
    { sku: 'ELE-CAJ-100', desc: 'Caja de registro estanca 100 x 100 mm', qty: 40, unit: null, price: 1.85 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const shipping = 18;
  const base = r2(subtotal + shipping);
  const tax = r2(base * 0.21);
  const correct = r2(base + tax);
  const printedTotal = 1197.27; // correct is 1.179,27: digits swapped on purpose
  if (correct !== 1179.27) throw new Error(`es08 arithmetic changed: ${correct}`);
  const pdf = new Pdf('A4', `Pedido ${po}`, company);
  pdf.t(36, 30, 'NAVARRO COSTA', { size: 18, bold: true, color: '#E65100' });
  pdf.t(36, 52, 'Suministros eléctricos', { size: 9, color: '#E65100' });
  pdf.lines(36, 70, [company, 'Calle de Colón 42', '46004 Valencia', 'España', 'CIF B46551027 · Tel. 963 55 01 27'], { size: 8 });
  pdf.rect(330, 30, 229, 20, '#E65100');
  pdf.t(330, 36, 'PEDIDO DE COMPRA', { size: 11, bold: true, color: 'white', align: 'center', w: 229 });
  const kv: [string, string][] = [
    ['Nº pedido', po],
    ['Fecha', '11/03/2026'],
    ['Fecha de entrega', '25/03/2026'],
    ['Contacto', 'Carmen Navarro'],
    ['Email', 'c.navarro@navarro-costa.example'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(336, 58 + i * 12, `${k}:`, { size: 8.5, bold: true });
    pdf.t(420, 58 + i * 12, v, { size: 8.5 });
  });
  pdf.t(36, 140, 'Proveedor:', { size: 8.5, bold: true });
  pdf.lines(36, 152, NW_ADDR, { size: 8.5 });
  pdf.t(200, 140, 'Facturar a:', { size: 8.5, bold: true });
  pdf.lines(200, 152, [company, 'Calle de Colón 42', '46004 Valencia', 'España'], { size: 8.5 });
  pdf.t(380, 140, 'Dirección de entrega:', { size: 8.5, bold: true });
  pdf.lines(380, 152, [company, 'Calle Ciudad de Sevilla 25', '46988 Paterna', 'España'], { size: 8.5 });
  const cols: Column[] = [
    { title: 'Línea', x: 36, w: 34 },
    { title: 'Código', x: 70, w: 78 },
    { title: 'Descripción', x: 148, w: 210 },
    { title: 'Cantidad', x: 358, w: 50, align: 'right' },
    { title: 'Precio unit.', x: 408, w: 70, align: 'right' },
    { title: 'Importe', x: 478, w: 81, align: 'right' },
  ];
  let y = 222;
  pdf.rect(36, y - 4, 523, 16, '#FBE9E7');
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  y += 19;
  lines.forEach((l, i) => {
    row(pdf, cols, y, [String(i + 1), l.sku!, l.desc, String(l.qty), `${eu(l.price!)} €`, `${eu(amountOf(l)!)} €`], { size: 8.5 });
    y += 15;
  });
  pdf.hline(36, 559, y, 'black', 0.6);
  y += 8;
  [
    ['Suma', `${eu(subtotal)} €`],
    ['Portes', `${eu(shipping)} €`],
    ['Base imponible', `${eu(base)} €`],
    ['IVA 21 %', `${eu(tax)} €`],
    ['TOTAL', `${eu(printedTotal)} €`],
  ].forEach(([k, v], i) => {
    pdf.t(380, y + i * 14, k, { size: 9, bold: i === 4 });
    pdf.t(478, y + i * 14, v, { size: 9, bold: i === 4, align: 'right', w: 78 });
  });
  y += 84;
  pdf.t(36, y, 'Forma de pago: transferencia a 60 días', { size: 8.5 });
  pdf.t(36, y + 13, 'Indiquen nuestro número de pedido en el albarán y en la factura.', { size: 8, color: '#555555' });
  const buf = await pdf.end();
  const name = 'Pedido_PC-26-0214.pdf';
  const mail: MailSpec = {
    from: 'Carmen Navarro <c.navarro@navarro-costa.example>',
    subject: `Pedido de compra ${po}`,
    date: 'Wed, 11 Mar 2026 10:05:44 +0100',
    messageId: '<PR3P195MB0214AA10@navarro-costa.example>',
    boundary: 'h2pdfes08',
    text: `Buenos días,\n\nAdjuntamos el pedido de compra ${po}. Les rogamos confirmación del pedido y plazo de entrega.\n\nSaludos cordiales,\nCarmen Navarro\nDpto. de Compras\nSuministros Navarro Costa S.L.\nTel. 963 55 01 27\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-11',
        requestedDeliveryDate: '2026-03-25',
        buyer: { company, contactName: 'Carmen Navarro', email: 'c.navarro@navarro-costa.example', phone: '963 55 01 27' },
        shipTo: addr(company, 'Calle Ciudad de Sevilla 25', 'Paterna', null, '46988', 'ES'),
        billTo: addr(company, 'Calle de Colón 42', 'Valencia', null, '46004', 'ES'),
        currency: 'EUR',
        lines,
        subtotal,
        tax,
        shipping,
        total: printedTotal,
        paymentTerms: 'transferencia a 60 días',
        shippingMethod: null,
        notes: null,
        urgency: { delivery: '2026-03-25' },
        level: 'normal',
        reviewReasons: ['printed TOTAL 1.197,27 € does not match base imponible 974,60 € + IVA 204,67 € = 1.179,27 €'],
        wrongOnPurpose: true,
      },
    ],
    notes: [
      'kind: email + PDF, es; "Portes" (shipping) and IVA 21 % on base imponible = suma + portes; no unit column -> unit null',
      'DELIBERATELY WRONG: printed TOTAL 1.197,27 € (correct 1.179,27 €, digits swapped); truth keeps the printed total, needsReview true',
      'subtotal = "Suma" of the lines (956,60), not "Base imponible" (974,60 = suma + portes), since portes is the separate shipping field',
      'dates 11/03/2026 and 25/03/2026 day-first (Spanish)',
      'urgency: normal (14 days)',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 09: light grey band with black header text; URGENT only in the subject
export async function pdfEn09(): Promise<Sample> {
  const file = 'h2-pdf-en-09.eml';
  const po = '45120';
  const company = 'Rossi & De Jong Packaging Inc.';
  const lines: LineSpec[] = [
    { sku: 'SF-18-80', desc: "Stretch film 18\" x 1500', 80 gauge, cast", qty: 48, unit: 'RL', price: 21.35 },
    { sku: 'SF-HB-20', desc: "Hand stretch film 20\" x 1000', 70 ga", qty: 24, unit: 'RL', price: 18.1 },
    { sku: 'TP-48-CL', desc: 'Carton sealing tape 48 mm x 100 m, clear', qty: 36, unit: 'RL', price: 2.95 },
    { sku: 'CB-1812', desc: 'Corrugated box 18 x 12 x 12, 32 ECT', qty: 500, unit: 'EA', price: 0.88 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const shipping = 85;
  const tax = 0;
  const total = r2(subtotal + shipping + tax);
  const pdf = new Pdf('LETTER', `PO ${po}`, company);
  pdf.t(40, 36, company, { size: 13, bold: true });
  pdf.lines(40, 54, ['955 Industrial Pkwy', 'Elgin, IL 60120', '(847) 555-0168'], { size: 8.5 });
  pdf.t(400, 36, 'Purchase Order', { size: 16, bold: true });
  pdf.rect(400, 58, 172, 44, undefined, '#999999');
  pdf.t(406, 63, 'P.O. No.', { size: 8, color: '#555555' });
  pdf.t(406, 75, po, { size: 12, bold: true });
  pdf.t(490, 63, 'Date', { size: 8, color: '#555555' });
  pdf.t(490, 75, '03/09/2026', { size: 10 });
  pdf.vline(484, 58, 102, '#999999');
  const boxes: [string, number, string[]][] = [
    ['Bill To', 40, [company, '955 Industrial Pkwy', 'Elgin, IL 60120']],
    ['Ship To', 230, [company, 'Warehouse B', '1020 Bluff City Blvd', 'Elgin, IL 60120']],
  ];
  for (const [title, x, ls] of boxes) {
    pdf.rect(x, 120, 180, 14, '#D9D9D9');
    pdf.t(x + 4, 123, title, { size: 8.5, bold: true });
    pdf.rect(x, 120, 180, 66, undefined, '#999999');
    pdf.lines(x + 4, 139, ls, { size: 8.5 });
  }
  const grid: [string, string][] = [
    ['Requested', '03/24/2026'],
    ['Terms', '2% 10, Net 30'],
    ['Ship Via', 'Best Way'],
    ['Buyer', 'Sander de Jong'],
  ];
  let gx = 40;
  for (const [k, v] of grid) {
    pdf.rect(gx, 200, 133, 13, '#D9D9D9');
    pdf.t(gx + 4, 203, k, { size: 8, bold: true });
    pdf.rect(gx, 200, 133, 28, undefined, '#999999');
    pdf.t(gx + 4, 217, v, { size: 8.5 });
    gx += 133;
  }
  const cols: Column[] = [
    { title: 'Item No.', x: 40, w: 70 },
    { title: 'Description', x: 110, w: 230 },
    { title: 'Ordered', x: 340, w: 50, align: 'right' },
    { title: 'U/M', x: 390, w: 36 },
    { title: 'Unit Cost', x: 426, w: 66, align: 'right' },
    { title: 'Extended', x: 492, w: 80, align: 'right' },
  ];
  let y = 246;
  pdf.rect(40, y - 4, 532, 16, '#D9D9D9');
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  y += 20;
  for (const l of lines) {
    row(pdf, cols, y, [l.sku!, l.desc, String(l.qty), l.unit!, us(l.price!), us(amountOf(l)!)], { size: 8.5 });
    y += 16;
  }
  pdf.rect(40, 242, 532, y - 242, undefined, '#999999');
  y += 8;
  [
    ['Subtotal', us(subtotal)],
    ['Freight', us(shipping)],
    ['Tax', us(tax)],
    ['Total', `$${us(total)}`],
  ].forEach(([k, v], i) => {
    pdf.t(420, y + i * 14, k, { size: 9, bold: i === 3 });
    pdf.t(492, y + i * 14, v, { size: 9, bold: i === 3, align: 'right', w: 77 });
  });
  y += 70;
  pdf.t(40, y, 'Questions: Sander de Jong, sdejong@rossidejong.example', { size: 8.5 });
  const buf = await pdf.end();
  const name = `PO${po}.pdf`;
  const mail: MailSpec = {
    from: '"Sander de Jong" <SDeJong@RossiDeJong.example>',
    subject: `URGENT - PO ${po} stretch film`,
    date: 'Mon, 09 Mar 2026 14:12:09 -0600',
    messageId: '<BN8PR04MB45120F3A@rossidejong.example>',
    boundary: 'h2pdfen09',
    text: `Please see attached PO ${po}.\n\nThanks,\nSander de Jong\nRossi & De Jong Packaging Inc.\n(847) 555-0168\n`,
    html: `<div style="font-family:Calibri,sans-serif">Please see attached PO ${po}.<br><br>Thanks,<br>Sander de Jong<br>Rossi &amp; De Jong Packaging Inc.<br>(847) 555-0168</div>`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-09',
        requestedDeliveryDate: '2026-03-24',
        buyer: { company, contactName: 'Sander de Jong', email: 'sdejong@rossidejong.example', phone: '(847) 555-0168' },
        shipTo: addr(company, 'Warehouse B\n1020 Bluff City Blvd', 'Elgin', 'IL', '60120', 'US'),
        billTo: addr(company, '955 Industrial Pkwy', 'Elgin', 'IL', '60120', 'US'),
        currency: 'USD',
        lines,
        subtotal,
        tax,
        shipping,
        total,
        paymentTerms: '2% 10, Net 30',
        shippingMethod: 'Best Way',
        notes: null,
        urgency: { words: { kind: 'urgent', text: 'URGENT', where: 'subject' }, delivery: '2026-03-24' },
        level: 'urgent',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF (multipart/alternative text + html body), en-US; boxed QuickBooks-like form; light grey header band with BLACK bold text',
      'ship-to has two street lines ("Warehouse B" + street) joined with a newline',
      'From address in mixed case -> lower case in source.from and buyer.email',
      'urgency: urgent from the SUBJECT only ("URGENT - PO 45120 ..."); body and PDF have no urgency words, date is 15 days out',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}

// ============================================================ 10: qty-first columns, 3-decimal prices, "by end of week" in the body
export async function pdfEn10(): Promise<Sample> {
  const file = 'h2-pdf-en-10.eml';
  const po = 'LFF-10237';
  const company = 'Lombardi Fine Foods Co.';
  const lines: LineSpec[] = [
    { sku: 'FC-9OZ-CL', desc: '9 oz clear plastic cups, 1000/cs', qty: 40, unit: 'CS', price: 38.25 },
    { sku: 'LD-9OZ', desc: 'Dome lids for 9 oz cups, 1000/cs', qty: 24, unit: 'CS', price: 22.875 },
    { sku: 'NP-1PLY-W', desc: 'Dinner napkins 1-ply white, 250/pk', qty: 120, unit: 'PK', price: 3.125 },
    { sku: 'GL-VN-L', desc: 'Vinyl gloves L, 10 x 100/cs', qty: 15, unit: 'CS', price: 27.6 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const total = subtotal;
  const pdf = new Pdf('LETTER', `PO ${po}`, company);
  pdf.t(40, 36, 'LOMBARDI', { size: 20, bold: true, color: '#6D4C41' });
  pdf.t(40, 58, 'FINE FOODS CO.  ·  EST. 1962', { size: 8, color: '#6D4C41' });
  pdf.lines(40, 74, ['2231 W Fulton St', 'Chicago, IL 60612', '(312) 555-0139'], { size: 8.5 });
  pdf.t(330, 36, 'PURCHASE ORDER', { size: 14, bold: true, align: 'right', w: 242 });
  const kv: [string, string][] = [
    ['PO No:', po],
    ['Date:', '3/3/2026'],
    ['Vendor #:', 'V-00871'],
    ['Buyer:', 'Elena Lombardi'],
    ['Email:', 'elena.lombardi@lombardi-foods.example'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(364, 58 + i * 12, k, { size: 8.5, bold: true, align: 'right', w: 50 });
    pdf.t(420, 58 + i * 12, v, { size: 8.5 });
  });
  pdf.t(40, 136, 'To:', { size: 8.5, bold: true });
  pdf.lines(70, 136, NW_ADDR, { size: 8.5 });
  pdf.t(205, 136, 'Ship To:', { size: 8.5, bold: true });
  pdf.lines(248, 136, [`${company} - Commissary`, '4800 S Kedzie Ave', 'Chicago, IL 60632'], { size: 8.5 });
  pdf.t(420, 136, 'Bill To:', { size: 8.5, bold: true });
  pdf.lines(458, 136, [company, '2231 W Fulton St', 'Chicago, IL 60612'], { size: 8.5 });
  const cols: Column[] = [
    { title: 'Qty', x: 40, w: 36, align: 'right' },
    { title: 'UOM', x: 80, w: 34 },
    { title: 'Item Code', x: 114, w: 76 },
    { title: 'Description', x: 190, w: 220 },
    { title: 'Price', x: 410, w: 70, align: 'right' },
    { title: 'Amount', x: 480, w: 92, align: 'right' },
  ];
  let y = 196;
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  pdf.hline(40, 572, y - 5, 'black', 0.8);
  pdf.hline(40, 572, y + 12, 'black', 0.8);
  y += 19;
  for (const l of lines) {
    row(pdf, cols, y, [String(l.qty), l.unit!, l.sku!, l.desc, us(l.price!, 3), us(amountOf(l)!)], { size: 8.5 });
    y += 16;
  }
  pdf.hline(40, 572, y, 'black', 0.8);
  y += 8;
  pdf.t(400, y, 'TOTAL', { size: 9.5, bold: true });
  pdf.t(480, y, `$${us(total)}`, { size: 9.5, bold: true, align: 'right', w: 89 });
  y += 30;
  pdf.t(40, y, 'Terms: Net 30. Deliveries to the commissary dock 6 am - 1 pm only.', { size: 8.5 });
  const buf = await pdf.end();
  const name = `${po}.pdf`;
  const mail: MailSpec = {
    from: '"Elena Lombardi" <elena.lombardi@lombardi-foods.example>',
    subject: `PO ${po}`,
    date: 'Tue, 03 Mar 2026 16:20:00 -0600',
    messageId: '<7c1e0b5a-lff-10237@lombardi-foods.example>',
    boundary: 'h2pdfen10',
    text: `Hi - attached is PO ${po} for the commissary. We'd like to have it delivered by end of week if you can.\n\nThanks,\nElena\n\nElena Lombardi | Purchasing\nLombardi Fine Foods Co. | (312) 555-0139\n`,
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc(name, pdf.pages)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-03',
        requestedDeliveryDate: null,
        buyer: { company, contactName: 'Elena Lombardi', email: 'elena.lombardi@lombardi-foods.example', phone: '(312) 555-0139' },
        shipTo: addr(`${company} - Commissary`, '4800 S Kedzie Ave', 'Chicago', 'IL', '60632', 'US'),
        billTo: addr(company, '2231 W Fulton St', 'Chicago', 'IL', '60612', 'US'),
        currency: 'USD',
        lines,
        subtotal,
        tax: null,
        shipping: null,
        total,
        paymentTerms: 'Net 30',
        shippingMethod: null,
        notes: 'Deliveries to the commissary dock 6 am - 1 pm only.',
        urgency: { words: { kind: 'high', text: 'by end of week', where: 'body' } },
        level: 'high',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + PDF, en-US; quantity and UOM FIRST, then Item Code; prices with 3 decimals (22.875, 3.125)',
      '"Vendor #: V-00871" is OUR vendor number at the customer, not a PO number; date 3/3/2026 without leading zeros',
      'only TOTAL printed -> subtotal = total, tax and shipping null',
      'urgency: high from "by end of week" in the body; no delivery date written',
    ],
    attachmentText: pdf.drawn,
    pdfs: [{ name, buf, pages: pdf.pages }],
  };
}
