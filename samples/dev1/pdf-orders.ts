// The 14 single-PDF purchase orders, each with its own hand-placed layout.
import {
  Rng, at, isoDay, messageId, mkOrder, newPdf, pdfPages, hr, rect, money, qty, fdate, addr, r2,
  type Doc, type Item, type Order, type Pdf, type Sample,
} from './lib.ts';

export const bodyDoc = (mediaType: 'text/plain' | 'text/html' = 'text/plain'): Doc => ({ name: 'body', mediaType, method: 'text', pages: null });
export const pdfDoc = (name: string, buf: Buffer): Doc => ({ name, mediaType: 'application/pdf', method: 'pdf-text', pages: pdfPages(buf) });
const pdfAtt = (filename: string, content: Buffer) => ({ filename, content, contentType: 'application/pdf' });

const NW_BLOCK = ['Northwind Industrial Supply', '880 Commerce Way', 'Reno, NV 89502'];

function block(p: Pdf, x: number, y: number, lines: string[], o: { size?: number; lh?: number; firstBold?: boolean } = {}): void {
  const lh = o.lh ?? 11;
  lines.forEach((s, i) => p.T(s, x, y + i * lh, { size: o.size ?? 9, font: o.firstBold && i === 0 ? 'B' : 'R' }));
}

// ------------------------------------------------------------------ P1: two-column header, right-aligned labels with colon
export async function pdfEn01(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-01');
  const date = at('2026-03-05', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'GSK-150-2', desc: 'Spiral wound gasket 2" class 150, 316/graphite', qty: rng.pick([12, 16, 24]), unit: 'EA', price: 14.6 },
    { sku: 'STD-B7-58', desc: 'Stud bolt B7 5/8-11 x 4-1/4" w/ 2 nuts', qty: rng.pick([48, 64, 96]), unit: 'EA', price: 3.35 },
    { sku: 'PKG-GFO-38', desc: 'Valve stem packing GFO 3/8" sq, 5 lb box', qty: rng.pick([1, 2]), unit: 'BX', price: 142.0 },
    { sku: 'GLV-LTH-L', desc: 'Leather driver gloves, large', qty: rng.pick([12, 24]), unit: 'PR', price: 6.9 },
    { sku: 'SEAL-TPE-DP', desc: 'Thread sealant paste with PTFE, 250 ml', qty: rng.pick([6, 10]), unit: 'EA', price: 11.25 },
  ];
  const buyer = { company: 'Blackwater Valve & Pump Co.', contactName: 'Renee Kowalczyk', email: 'renee.k@blackwater-valve.example', phone: '(412) 555-0143' };
  const o = mkOrder({
    po: 'BVP-260305-7', orderDate: '2026-03-05', requested: '2026-03-27', buyer,
    shipTo: addr('Blackwater Valve & Pump Co.', '2207 Smallman St', 'Pittsburgh', 'PA', '15222', 'US'),
    currency: 'USD', items, taxRate: 0.07, shipping: 35, terms: 'Net 45', method: 'UPS Ground', received, expect: 'normal',
  });
  const p = newPdf('LETTER', 'PO BVP-260305-7', 'Blackwater Valve & Pump Co.');
  const { T } = p;
  T('BLACKWATER', 40, 38, { size: 24, font: 'B', color: '#1d3557' });
  T('VALVE & PUMP CO.', 42, 64, { size: 9, font: 'B', color: '#1d3557' });
  block(p, 42, 82, ['2207 Smallman St', 'Pittsburgh, PA 15222', 'Tel (412) 555-0143']);
  T('Purchase Order', 572, 38, { size: 20, align: 'right' });
  const fields: [string, string][] = [
    ['P.O. No.:', o.poNumber!], ['Date:', fdate('2026-03-05', 'ordinal')], ['Need By:', fdate('2026-03-27', 'ordinal')],
    ['Terms:', 'Net 45'], ['Ship Via:', 'UPS Ground'], ['Buyer:', 'Renee Kowalczyk'],
  ];
  fields.forEach(([k, v], i) => {
    T(k, 468, 70 + i * 12, { font: 'B', align: 'right' });
    T(v, 474, 70 + i * 12);
  });
  T('Vendor', 40, 160, { font: 'B', size: 10 });
  block(p, 40, 175, NW_BLOCK);
  T('Ship To', 320, 160, { font: 'B', size: 10 });
  block(p, 320, 175, ['Blackwater Valve & Pump Co.', '2207 Smallman St', 'Pittsburgh, PA 15222']);
  const y0 = 232;
  rect(p, 40, y0 - 4, 532, 16, { fill: '#e8edf3' });
  const H: [string, number, 'left' | 'right'][] = [['Line', 44, 'left'], ['Part Number', 72, 'left'], ['Description', 160, 'left'], ['Qty', 410, 'right'], ['UOM', 420, 'left'], ['Unit Price', 505, 'right'], ['Extended', 568, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a }));
  hr(p, 40, 572, y0 + 12);
  o.lines.forEach((l, i) => {
    const y = y0 + 22 + i * 16;
    T(String(l.lineNo), 44, y); T(l.sku!, 72, y); T(l.description!, 160, y, { size: 8.5 });
    T(qty(l.quantity, 'us'), 410, y, { align: 'right' }); T(l.unit!, 420, y);
    T(money(l.unitPrice!, 'us'), 505, y, { align: 'right' }); T(money(l.amount!, 'us'), 568, y, { align: 'right' });
  });
  let ty = y0 + 22 + o.lines.length * 16 + 14;
  hr(p, 380, 572, ty - 6);
  ([['Subtotal:', o.subtotal!], ['Sales Tax (7%):', o.tax!], ['Freight:', o.shipping!], ['Total:', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 500, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
    T('$' + money(v, 'us'), 568, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  ty += 70;
  T('Please reference the P.O. number on all packing slips and invoices.', 40, ty, { size: 8, color: '#444444' });
  const pdf = await p.done();
  const name = 'BVP-260305-7.pdf';
  const text = 'Hi,\n\nPlease find our purchase order BVP-260305-7 attached. Kindly confirm receipt and the expected ship date.\n\nRegards,\nRenee Kowalczyk\nPurchasing | Blackwater Valve & Pump Co.\n(412) 555-0143\n';
  return {
    file: 'hx-pdf-en-01.eml',
    mail: { from: { name: 'Renee Kowalczyk', address: 'renee.k@blackwater-valve.example' }, subject: 'Purchase Order BVP-260305-7', date, messageId: messageId(rng, 'blackwater-valve.example', 'outlook'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-US; two-column header (logo text left split over two lines, "Purchase Order" title right)',
      'labels right-aligned ending in a colon, values to their right; dates "March 5th, 2026" (ordinal)',
      'only a ship-to block (no bill-to): billTo null',
      'urgency: normal (22 days out, no words)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P2: UK, table without any rule, 05-Mar-26, ship-to / invoice-to side by side
export async function pdfEn02(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-02');
  const date = at('2026-03-02', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'LAM-G-320', desc: 'Gloss laminating film 320mm x 3000m', qty: rng.pick([4, 6]), unit: 'ROLL', price: 86.4 },
    { sku: 'GUIL-BL-92', desc: 'Guillotine blade 92cm HSS', qty: 1, unit: 'EA', price: 218.0 },
    { sku: 'CUT-STK-92', desc: 'Cutting sticks 92cm (pack of 12)', qty: rng.pick([2, 3]), unit: 'PK', price: 39.5 },
    { sku: 'WIRE-34-SIL', desc: 'Wire-O binding 3/4" silver (box 100)', qty: rng.pick([5, 8, 10]), unit: 'BOX', price: 17.8 },
    { sku: 'SPR-ADH-500', desc: 'Spray adhesive 500ml', qty: rng.pick([6, 12]), unit: 'EA', price: 7.25 },
  ];
  const buyer = { company: 'Harrowgate Print Finishing Ltd', contactName: 'Gareth Pennington', email: 'g.pennington@harrowgate-print.example', phone: '0113 496 0732' };
  const o = mkOrder({
    po: 'HPF/4471', orderDate: '2026-03-02', requested: '2026-03-20', buyer, numbered: false,
    shipTo: addr('Harrowgate Print Finishing Ltd', 'Unit 4 Kirkstall Trading Estate\nKirkstall Road', 'Leeds', null, 'LS5 3BT', 'GB'),
    billTo: addr('Harrowgate Print Finishing Ltd', '12 Park Square East', 'Leeds', null, 'LS1 2NE', 'GB'),
    currency: 'GBP', items, taxRate: 0.2, taxOnShipping: true, shipping: 18.5, terms: '30 days end of month', method: 'Palletforce',
    notes: 'Please expedite if possible - stock of laminating film is low.',
    words: [{ level: 'high', text: 'Please expedite if possible', where: 'PDF remarks' }], received, expect: 'high',
  });
  const p = newPdf('A4', 'Purchase Order HPF/4471', 'Harrowgate Print Finishing Ltd');
  const { T } = p;
  T('Harrowgate Print Finishing Ltd', 40, 40, { size: 16, font: 'B' });
  T('Bookbinding · Laminating · Finishing', 40, 60, { size: 8.5, color: '#555555' });
  T('VAT Reg. GB 294 7731 18', 40, 72, { size: 8, color: '#555555' });
  T('PURCHASE ORDER', 555, 40, { size: 14, font: 'B', align: 'right' });
  const f: [string, string][] = [
    ['Order No', 'HPF/4471'], ['Order Date', fdate('2026-03-02', 'dmy-mon')], ['Delivery Date', fdate('2026-03-20', 'dmy-mon')],
    ['Supplier', 'Northwind Industrial Supply'], ['Terms', '30 days end of month'], ['Delivery Method', 'Palletforce'],
  ];
  f.forEach(([k, v], i) => { T(k, 40, 104 + i * 13, { font: 'B' }); T(v, 140, 104 + i * 13); });
  T('Deliver To', 40, 200, { font: 'B', size: 10 });
  block(p, 40, 215, ['Harrowgate Print Finishing Ltd', 'Unit 4 Kirkstall Trading Estate', 'Kirkstall Road', 'Leeds', 'LS5 3BT', 'United Kingdom']);
  T('Invoice To', 300, 200, { font: 'B', size: 10 });
  block(p, 300, 215, ['Harrowgate Print Finishing Ltd', '12 Park Square East', 'Leeds', 'LS1 2NE', 'United Kingdom']);
  const y0 = 305;
  const H: [string, number, 'left' | 'right'][] = [['Code', 40, 'left'], ['Description', 110, 'left'], ['Qty', 380, 'right'], ['Unit', 390, 'left'], ['Price', 480, 'right'], ['Value', 555, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', align: a }));
  o.lines.forEach((l, i) => {
    const y = y0 + 18 + i * 15;
    T(l.sku!, 40, y); T(l.description!, 110, y); T(qty(l.quantity, 'us'), 380, y, { align: 'right' }); T(l.unit!, 390, y);
    T(money(l.unitPrice!, 'us'), 480, y, { align: 'right' }); T(money(l.amount!, 'us'), 555, y, { align: 'right' });
  });
  const ty = y0 + 18 + o.lines.length * 15 + 16;
  ([['Goods Total', o.subtotal!], ['Carriage', o.shipping!], ['VAT @ 20%', o.tax!], ['Order Total', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 400, ty + i * 14, { font: i === 3 ? 'B' : 'R' }); T('£' + money(v, 'us'), 555, ty + i * 14, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  T('Remarks', 40, ty + 70, { font: 'B' });
  T('Please expedite if possible - stock of laminating film is low.', 40, ty + 83);
  T('Authorised by: Gareth Pennington, Purchasing Manager   Tel 0113 496 0732   g.pennington@harrowgate-print.example', 40, 780, { size: 7.5, color: '#444444' });
  const pdf = await p.done();
  const name = 'PO_HPF-4471.pdf';
  const text = 'Good afternoon,\n\nPlease see attached order HPF/4471.\n\nKind regards\n\nGareth Pennington\nPurchasing Manager\nHarrowgate Print Finishing Ltd\n0113 496 0732\n';
  return {
    file: 'hx-pdf-en-02.eml',
    mail: { from: { name: 'Gareth Pennington', address: 'g.pennington@harrowgate-print.example' }, subject: 'Order HPF/4471', date, messageId: messageId(rng, 'harrowgate-print.example', 'outlook'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-GB, GBP, VAT 20% charged on goods + carriage',
      'item table with bold header and no rule/underline/fill anywhere; no line numbers (lineNo null)',
      'dates "02-Mar-26" style; Deliver To and Invoice To side by side; UK postcodes, country GB from "United Kingdom"',
      'notes = the Remarks line',
      'urgency: high ("Please expedite if possible" in the PDF remarks; date is 18 days out)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P3: Description first, Item # last, 2026/03/09 dates, Notes box
export async function pdfEn03(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-03');
  const date = at('2026-03-09', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'TCG-200-E', desc: 'Tri-clamp gasket 2" EPDM', qty: rng.pick([50, 100]), unit: 'EA', price: 1.85 },
    { sku: 'SBV-150-TC', desc: 'Sanitary butterfly valve 1.5" tri-clamp', qty: rng.pick([4, 6]), unit: 'EA', price: 64.0 },
    { sku: 'HC-20-SS', desc: 'Stainless hose clamp #20 (10/pk)', qty: rng.pick([5, 10]), unit: 'PK', price: 12.4 },
    { sku: 'FGL-11', desc: 'Food-grade lubricant spray 11 oz', qty: rng.pick([12, 24]), unit: 'EA', price: 9.95 },
    { sku: 'PTFE-12-520', desc: 'PTFE thread tape 1/2" x 520"', qty: rng.pick([20, 40]), unit: 'RL', price: 1.2 },
    { sku: 'NG8-XL', desc: 'Nitrile gloves 8 mil, XL (100/bx)', qty: rng.pick([6, 10]), unit: 'BX', price: 18.5 },
  ];
  const buyer = { company: 'Coppermine Brewing Equipment', contactName: 'Marisol Vantreese', email: 'mvantreese@coppermine-brew.example', phone: '970-555-0188' };
  const notes = 'Deliver to the back dock off Willow St. Receiving hours 7:00-14:00 Mon-Fri. Include a packing list with our PO number.';
  const o = mkOrder({
    po: 'CBE-11872', orderDate: '2026-03-09', requested: '2026-03-31', buyer, numbered: false,
    shipTo: addr('Coppermine Brewing Equipment', '1120 N College Ave', 'Fort Collins', 'CO', '80524', 'US'),
    currency: 'USD', items, taxRate: 0, shipping: 60, terms: 'Net 30', method: 'Best Way', notes, received, expect: 'normal',
  });
  const p = newPdf('LETTER', 'CBE-11872', 'Coppermine Brewing Equipment');
  const { T } = p;
  T('COPPERMINE', 40, 40, { size: 18, font: 'B', color: '#b0602c' });
  T('Brewing Equipment', 40, 60, { size: 11, color: '#b0602c' });
  block(p, 40, 78, ['415 Linden St', 'Fort Collins, CO 80524', '970-555-0188 · mvantreese@coppermine-brew.example'], { size: 8 });
  T('PO # CBE-11872', 572, 40, { size: 13, font: 'B', align: 'right' });
  T('Issued 2026/03/09', 572, 58, { align: 'right' });
  T('Deliver by 2026/03/31', 572, 70, { align: 'right' });
  T('Page 1 of 1', 572, 82, { align: 'right', size: 8, color: '#666666' });
  T('Supplier:', 40, 130, { font: 'B' });
  block(p, 40, 143, NW_BLOCK);
  T('Ship to:', 300, 130, { font: 'B' });
  block(p, 300, 143, ['Coppermine Brewing Equipment', '1120 N College Ave', 'Fort Collins, CO 80524']);
  T('Terms  Net 30', 40, 190); T('Ship Via  Best Way', 160, 190); T('Buyer  Marisol Vantreese', 300, 190);
  const y0 = 220;
  const H: [string, number, 'left' | 'right'][] = [['Description', 40, 'left'], ['Qty', 330, 'right'], ['Unit', 340, 'left'], ['Price', 430, 'right'], ['Total', 500, 'right'], ['Item #', 510, 'left']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', align: a }));
  hr(p, 40, 572, y0 + 12, 1, '#b0602c');
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(l.description!, 40, y); T(qty(l.quantity, 'us'), 330, y, { align: 'right' }); T(l.unit!, 340, y);
    T(money(l.unitPrice!, 'us'), 430, y, { align: 'right' }); T(money(l.amount!, 'us'), 500, y, { align: 'right' }); T(l.sku!, 510, y);
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  ([['Subtotal', o.subtotal!], ['Sales Tax (exempt)', o.tax!], ['Shipping', o.shipping!], ['Total USD', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 360, ty + i * 13, { font: i === 3 ? 'B' : 'R' }); T(money(v, 'us'), 500, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  const ny = ty + 70;
  rect(p, 40, ny, 532, 48, { stroke: '#b0602c' });
  T('Notes', 48, ny + 6, { font: 'B' });
  T('Deliver to the back dock off Willow St. Receiving hours 7:00-14:00 Mon-Fri.', 48, ny + 19);
  T('Include a packing list with our PO number.', 48, ny + 31);
  T('Tax exempt - Colorado certificate on file.', 40, ny + 62, { size: 7.5, color: '#666666' });
  const pdf = await p.done();
  const name = 'CBE-11872.pdf';
  const text = 'Hello Northwind,\n\nPO CBE-11872 is attached.\n\nThank you,\nMarisol Vantreese\nCoppermine Brewing Equipment\n970-555-0188\n';
  return {
    file: 'hx-pdf-en-03.eml',
    mail: { from: { name: 'Marisol Vantreese', address: 'mvantreese@coppermine-brew.example' }, subject: 'PO CBE-11872', date, messageId: messageId(rng, 'coppermine-brew.example', 'gmail'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-US; column order Description, Qty, Unit, Price, Total, Item # (item number last); no line numbers',
      'dates "2026/03/09" (year/month/day with slashes)',
      'Notes box -> notes; "Sales Tax (exempt) 0.00" -> tax 0',
      'urgency: normal (22 days)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P4: Disc. column with discounted amounts, date rule -> high
export async function pdfEn04(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-04');
  const date = at('2026-03-02', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'FB-2436-W', desc: 'Fish box 24x36 white HDPE', qty: rng.pick([20, 30]), unit: 'EA', price: 38.5, disc: 10 },
    { sku: 'KNF-FLT-7', desc: 'Fillet knife 7" flexible', qty: rng.pick([12, 18]), unit: 'EA', price: 22.8, disc: 10 },
    { sku: 'APR-PVC-W', desc: 'PVC apron white 36x45', qty: rng.pick([24, 36]), unit: 'EA', price: 6.75, disc: 0 },
    { sku: 'BOOT-W-10', desc: 'White PVC boots size 10', qty: rng.pick([6, 8]), unit: 'PR', price: 19.9, disc: 5 },
    { sku: 'SAN-QT-1G', desc: 'Quat sanitizer concentrate 1 gal', qty: rng.pick([8, 12]), unit: 'EA', price: 27.3, disc: 0 },
    { sku: 'ICE-SCP-64', desc: 'Ice scoop 64 oz polycarbonate', qty: rng.pick([4, 6]), unit: 'EA', price: 11.4, disc: 15 },
  ];
  const buyer = { company: 'Saltmarsh Seafood Processors', contactName: 'Declan Frye', email: 'dfrye@saltmarsh-seafood.example', phone: '(978) 555-0124' };
  const o = mkOrder({
    po: '77120', orderDate: '2026-03-02', requested: '2026-03-09', buyer,
    shipTo: addr('Saltmarsh Seafood Processors', '71 Rogers St', 'Gloucester', 'MA', '01930', 'US'),
    currency: 'USD', items, taxRate: 0.0625, shipping: 95, terms: '2% 10 Net 30', method: 'Old Dominion LTL', received, expect: 'high',
  });
  const p = newPdf('LETTER', 'Purchase Order 77120', 'Saltmarsh Seafood Processors');
  const { T } = p;
  T('SALTMARSH SEAFOOD PROCESSORS', 40, 40, { size: 14, font: 'B', color: '#0b4f6c' });
  block(p, 40, 58, ['71 Rogers St, Gloucester, MA 01930', 'Phone (978) 555-0124'], { size: 8.5 });
  T('PURCHASE ORDER', 572, 40, { size: 16, font: 'B', align: 'right', color: '#0b4f6c' });
  rect(p, 392, 62, 180, 78, { stroke: '#0b4f6c' });
  const f: [string, string][] = [['PO Number', '77120'], ['PO Date', fdate('2026-03-02', 'us')], ['Required', fdate('2026-03-09', 'us')], ['Terms', '2% 10 Net 30'], ['Ship Via', 'Old Dominion LTL']];
  f.forEach(([k, v], i) => { T(k, 398, 68 + i * 14, { size: 8.5, color: '#0b4f6c' }); T(v, 470, 68 + i * 14, { size: 8.5 }); });
  T('VENDOR', 40, 150, { font: 'B', size: 8.5, color: '#0b4f6c' });
  block(p, 40, 162, NW_BLOCK);
  T('SHIP TO', 300, 150, { font: 'B', size: 8.5, color: '#0b4f6c' });
  block(p, 300, 162, ['Saltmarsh Seafood Processors', '71 Rogers St', 'Gloucester, MA 01930']);
  const y0 = 214;
  rect(p, 40, y0 - 4, 532, 16, { fill: '#0b4f6c' });
  const H: [string, number, 'left' | 'right'][] = [['#', 44, 'left'], ['Item', 58, 'left'], ['Description', 130, 'left'], ['Qty', 355, 'right'], ['UM', 362, 'left'], ['Unit Price', 440, 'right'], ['Disc.', 482, 'right'], ['Net Amount', 568, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a, color: '#ffffff' }));
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(String(l.lineNo), 44, y); T(l.sku!, 58, y); T(l.description!, 130, y); T(qty(l.quantity, 'us'), 355, y, { align: 'right' }); T(l.unit!, 362, y);
    T(money(l.unitPrice!, 'us'), 440, y, { align: 'right' }); T(`${items[i].disc}%`, 482, y, { align: 'right' }); T(money(l.amount!, 'us'), 568, y, { align: 'right' });
    hr(p, 40, 572, y + 11, 0.25, '#bbbbbb');
  });
  const ty = y0 + 20 + o.lines.length * 15 + 12;
  ([['Subtotal', o.subtotal!], ['MA Sales Tax 6.25%', o.tax!], ['Shipping & Handling', o.shipping!], ['TOTAL', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 480, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' }); T('$ ' + money(v, 'us'), 568, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  T('Authorized: Declan Frye, Plant Purchasing', 40, ty + 70, { size: 8.5 });
  const pdf = await p.done();
  const name = 'Saltmarsh_PO_77120.pdf';
  const text = 'Hi,\n\nAttached is PO 77120. Please confirm pricing and ship date.\n\nDeclan Frye\nSaltmarsh Seafood Processors\n(978) 555-0124\n';
  return {
    file: 'hx-pdf-en-04.eml',
    mail: { from: { name: 'Declan Frye', address: 'dfrye@saltmarsh-seafood.example' }, subject: 'PO 77120 - Saltmarsh Seafood', date, messageId: messageId(rng, 'saltmarsh-seafood.example', 'plain'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-US; "Disc." column with per-line percent (0/5/10/15%)',
      'unitPrice = printed Unit Price (list, before discount); amount = printed Net Amount (after discount), so amount = qty x price x (1 - disc)',
      'subtotal = sum of net amounts; purely numeric PO number "77120"',
      'urgency: high by date only (Required 03/09/2026 is 7 calendar / 5 business days after Mon 2026-03-02)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P5: two pages, table continues, header repeated
export async function pdfEn05(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-05');
  const date = at('2026-03-10', rng);
  const received = isoDay(date);
  const cat: [string, string, string, number, number[]][] = [
    ['GR-3.5-NEO', 'Guide roller 3-1/2" neoprene', 'EA', 24.1, [8, 12]],
    ['GR-6-PU', 'Guide roller 6" polyurethane', 'EA', 41.75, [4, 6]],
    ['GIB-CAR-14', 'Car gib liner 14" UHMW', 'EA', 8.4, [8, 16]],
    ['GIB-CWT-10', 'Counterweight gib liner 10"', 'EA', 6.15, [8, 16]],
    ['OIL-HYD-32', 'Hydraulic oil ISO 32, 5 gal', 'PL', 96.0, [2, 3]],
    ['FUSE-FRN-30', 'Fuse FRN-R 30A time delay', 'EA', 7.8, [10, 20]],
    ['FUSE-FRN-60', 'Fuse FRN-R 60A time delay', 'EA', 12.35, [6, 10]],
    ['LMP-LED-CAR', 'LED car light retrofit 4 ft', 'EA', 33.9, [6, 8]],
    ['BTN-ILL-25', 'Illuminated push button 25 mm', 'EA', 18.6, [10, 12]],
    ['SW-LIM-RL', 'Limit switch, roller lever', 'EA', 47.25, [2, 4]],
    ['RLY-120-4P', 'Relay 120VAC 4PDT with base', 'EA', 21.4, [4, 6]],
    ['CBL-TRV-24', 'Traveling cable 24 cond. (per ft)', 'FT', 5.1, [100, 150]],
    ['WR-ROPE-12', 'Hoist rope 1/2" 8x19 (per ft)', 'FT', 3.85, [200, 250]],
    ['SHK-SPR-1', 'Door shoe spring', 'EA', 2.9, [20, 30]],
    ['DR-SHOE-AL', 'Hoistway door gib shoe, aluminum', 'EA', 5.6, [16, 24]],
    ['DR-CLS-HD', 'Door closer, heavy duty', 'EA', 129.0, [1, 2]],
    ['SAF-EDGE-84', 'Safety edge photo eye 84"', 'EA', 412.0, [1, 2]],
    ['BAT-12V-7', 'Battery 12V 7Ah (emergency light)', 'EA', 19.95, [6, 10]],
    ['BELT-DR-12', 'Door operator belt 12 mm', 'EA', 27.7, [3, 4]],
    ['BRK-PAD-M', 'Brake pad set, machine brake', 'SET', 88.5, [1, 2]],
    ['BRG-6306-2Z', 'Ball bearing 6306-2Z', 'EA', 14.2, [4, 6]],
    ['SEAL-PKG-3', 'Jack packing seal 3"', 'EA', 64.9, [2, 3]],
    ['FLT-HYD-10', 'Hydraulic filter element 10 micron', 'EA', 31.6, [2, 4]],
    ['GRS-EP2-14', 'EP2 grease cartridge 14 oz', 'EA', 5.45, [12, 24]],
    ['CLN-DEG-1G', 'Degreaser, 1 gal', 'EA', 16.8, [4, 6]],
    ['RAG-25LB', 'Wiping rags, 25 lb box', 'BX', 34.0, [2, 3]],
    ['TAG-LOTO-12', 'Lockout tags (12/pk)', 'PK', 9.75, [4, 6]],
    ['CTY-14-BK', 'Cable ties 14" black (100/bag)', 'BAG', 8.9, [5, 10]],
  ];
  const items: Item[] = cat.map(([sku, desc, unit, price, qs]) => ({ sku, desc, unit, price, qty: rng.pick(qs) }));
  const buyer = { company: 'Ironclad Elevator Service', contactName: 'Tomasz Wielgus', email: 'twielgus@ironclad-elevator.example', phone: '414-555-0167' };
  const o = mkOrder({
    po: 'IC-40913', orderDate: '2026-03-10', requested: '2026-04-03', buyer,
    shipTo: addr('Ironclad Elevator Service', '3300 W Burnham St', 'Milwaukee', 'WI', '53215', 'US'),
    currency: 'USD', items, taxRate: 0.055, shipping: 42, terms: 'Net 30', method: 'UPS Ground', received, expect: 'normal',
  });
  const p = newPdf('LETTER', 'Purchase Order IC-40913', 'Ironclad Elevator Service');
  const { T, doc } = p;
  const header = (page: number): number => {
    T('IRONCLAD ELEVATOR SERVICE', 40, 36, { size: 14, font: 'B' });
    T('3300 W Burnham St · Milwaukee, WI 53215 · 414-555-0167', 40, 54, { size: 8 });
    T('PURCHASE ORDER', 572, 36, { size: 12, font: 'B', align: 'right' });
    T('No. IC-40913' + (page > 1 ? ' (continued)' : ''), 572, 52, { align: 'right' });
    T(`Page ${page} of 2`, 572, 64, { align: 'right', size: 8 });
    hr(p, 40, 572, 78, 1);
    return 0;
  };
  const tableHead = (y: number): void => {
    const H: [string, number, 'left' | 'right'][] = [['Ln', 40, 'left'], ['Part No.', 62, 'left'], ['Description', 150, 'left'], ['Qty', 400, 'right'], ['U/M', 408, 'left'], ['Unit Cost', 500, 'right'], ['Amount', 572, 'right']];
    H.forEach(([s, x, a]) => T(s, x, y, { font: 'B', size: 8.5, align: a }));
    hr(p, 40, 572, y + 11);
  };
  const row = (i: number, y: number): void => {
    const l = o.lines[i];
    T(String(l.lineNo), 40, y, { size: 8.5 }); T(l.sku!, 62, y, { size: 8.5 }); T(l.description!, 150, y, { size: 8.5 });
    T(qty(l.quantity, 'us'), 400, y, { size: 8.5, align: 'right' }); T(l.unit!, 408, y, { size: 8.5 });
    T(money(l.unitPrice!, 'us'), 500, y, { size: 8.5, align: 'right' }); T(money(l.amount!, 'us'), 572, y, { size: 8.5, align: 'right' });
  };
  header(1);
  const f: [string, string][] = [['Date:', fdate('2026-03-10', 'long-us')], ['Required:', fdate('2026-04-03', 'long-us')], ['Terms:', 'Net 30'], ['Ship Via:', 'UPS Ground'], ['Buyer:', 'Tomasz Wielgus'], ['Email:', 'twielgus@ironclad-elevator.example']];
  f.forEach(([k, v], i) => { T(k, 360, 92 + i * 12, { font: 'B', size: 8.5 }); T(v, 410, 92 + i * 12, { size: 8.5 }); });
  T('Vendor:', 40, 92, { font: 'B', size: 8.5 });
  block(p, 40, 104, NW_BLOCK, { size: 8.5 });
  T('Ship To:', 40, 150, { font: 'B', size: 8.5 });
  block(p, 40, 162, ['Ironclad Elevator Service', '3300 W Burnham St', 'Milwaukee, WI 53215'], { size: 8.5 });
  const FIRST = 18;
  tableHead(215);
  for (let i = 0; i < FIRST; i++) row(i, 232 + i * 17);
  T('Continued on page 2', 572, 740, { align: 'right', size: 8, font: 'I' });
  doc.addPage({ size: 'LETTER', margin: 0 });
  header(2);
  tableHead(96);
  for (let i = FIRST; i < o.lines.length; i++) row(i, 113 + (i - FIRST) * 17);
  const ty = 113 + (o.lines.length - FIRST) * 17 + 14;
  hr(p, 400, 572, ty - 5);
  ([['Subtotal', o.subtotal!], ['Sales Tax 5.5%', o.tax!], ['Freight', o.shipping!], ['Total', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 420, ty + i * 13, { font: i === 3 ? 'B' : 'R' }); T(money(v, 'us'), 572, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  const pdf = await p.done();
  const name = 'IC-40913.pdf';
  const text = 'Please see attached PO IC-40913 (2 pages) for the spring maintenance stock.\n\nTomasz Wielgus\nIronclad Elevator Service\n414-555-0167\n';
  return {
    file: 'hx-pdf-en-05.eml',
    mail: { from: { name: 'Tomasz Wielgus', address: 'twielgus@ironclad-elevator.example' }, subject: 'PO IC-40913', date, messageId: messageId(rng, 'ironclad-elevator.example', 'outlook'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-US, 2 pages, 28 lines: 18 on page 1, 10 on page 2',
      'page 2 repeats the company header, "No. IC-40913 (continued)", "Page 2 of 2" and the column header; totals on page 2 only',
      'dates "March 10, 2026"; units EA, PL, FT, SET, BX, PK, BAG',
      'urgency: normal (24 days)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P6: UK, every line has a second line "Your part no.: ..."
export async function pdfEn06(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-06');
  const date = at('2026-03-11', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'SCS-M8-30-129', desc: 'Socket cap screw M8 x 30 grade 12.9 (box 100)', qty: rng.pick([3, 5]), unit: 'BOX', price: 14.2 },
    { sku: 'TLB-2012-25', desc: 'Taper lock bush 2012 x 25mm', qty: rng.pick([4, 6]), unit: 'EA', price: 9.85 },
    { sku: 'HTD-8M-1200', desc: 'Timing belt HTD 8M-1200-30', qty: 2, unit: 'EA', price: 46.3 },
    { sku: 'ASC-500-CU', desc: 'Anti-seize compound, copper, 500g', qty: rng.pick([2, 4]), unit: 'EA', price: 12.6 },
    { sku: 'DGB-6008', desc: 'Deep groove ball bearing 6008-2RS', qty: rng.pick([10, 12]), unit: 'EA', price: 7.95 },
    { sku: 'CLX-30', desc: 'External circlip 30mm (pack of 50)', qty: 2, unit: 'PK', price: 5.4 },
  ];
  const buyer = { company: 'Fenwick & Doyle Engineering Ltd', contactName: 'Alison Threlfall', email: 'a.threlfall@fenwickdoyle.example', phone: '0161 496 0258' };
  const o = mkOrder({
    po: 'FD-PO-26-0193', orderDate: '2026-03-11', requested: '2026-04-06', buyer,
    shipTo: addr('Fenwick & Doyle Engineering Ltd', 'Riverside Works\nCanal Street', 'Stockport', null, 'SK1 3BZ', 'GB'),
    currency: 'GBP', items, taxRate: 0.2, terms: '30 days net', received, expect: 'normal',
  });
  const p = newPdf('A4', 'FD-PO-26-0193', 'Fenwick & Doyle Engineering Ltd');
  const { T } = p;
  T('FENWICK & DOYLE', 40, 40, { size: 17, font: 'B' });
  T('ENGINEERING LTD', 41, 60, { size: 8.5, font: 'B', color: '#666666' });
  ['Riverside Works', 'Canal Street', 'Stockport SK1 3BZ', 'United Kingdom', 'Tel 0161 496 0258'].forEach((s, i) => T(s, 555, 40 + i * 10, { size: 8, align: 'right' }));
  T('Purchase Order', 40, 110, { size: 13, font: 'B' });
  T('Order no.', 40, 132, { size: 8, color: '#666666' }); T('FD-PO-26-0193', 40, 142, { font: 'B' });
  T('Date', 190, 132, { size: 8, color: '#666666' }); T(fdate('2026-03-11', 'uk'), 190, 142);
  T('Delivery required', 300, 132, { size: 8, color: '#666666' }); T(fdate('2026-04-06', 'uk'), 300, 142);
  T('Payment', 430, 132, { size: 8, color: '#666666' }); T('30 days net', 430, 142);
  T('Supplier', 40, 172, { font: 'B' }); block(p, 40, 184, ['Northwind Industrial Supply', '880 Commerce Way', 'Reno, NV 89502', 'USA']);
  T('Deliver to', 300, 172, { font: 'B' }); block(p, 300, 184, ['Fenwick & Doyle Engineering Ltd', 'Riverside Works', 'Canal Street', 'Stockport', 'SK1 3BZ']);
  const y0 = 262;
  const H: [string, number, 'left' | 'right'][] = [['Ln', 40, 'left'], ['Description', 66, 'left'], ['Qty', 380, 'right'], ['Unit', 388, 'left'], ['Unit price', 480, 'right'], ['Total', 555, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', align: a }));
  hr(p, 40, 555, y0 + 12);
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 27;
    T(String(l.lineNo), 40, y); T(l.description!, 66, y); T(qty(l.quantity, 'us'), 380, y, { align: 'right' }); T(l.unit!, 388, y);
    T(money(l.unitPrice!, 'us'), 480, y, { align: 'right' }); T(money(l.amount!, 'us'), 555, y, { align: 'right' });
    T(`Your part no.: ${l.sku}`, 66, y + 11, { size: 7.5, color: '#555555' });
  });
  const ty = y0 + 20 + o.lines.length * 27 + 8;
  hr(p, 380, 555, ty - 4);
  ([['Net total', o.subtotal!], ['VAT 20%', o.tax!], ['Gross total GBP', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 400, ty + i * 13, { font: i === 2 ? 'B' : 'R' }); T(money(v, 'us'), 555, ty + i * 13, { font: i === 2 ? 'B' : 'R', align: 'right' });
  });
  T('Please quote our order number on your delivery note. Goods received 08:00-15:30.', 40, ty + 60, { size: 8 });
  T('Buyer: Alison Threlfall  ·  a.threlfall@fenwickdoyle.example', 40, ty + 72, { size: 8 });
  const pdf = await p.done();
  const name = 'FD-PO-26-0193.pdf';
  const text = 'Hello,\n\nOrder FD-PO-26-0193 attached - your part numbers are shown under each line.\n\nMany thanks,\nAlison\n\nAlison Threlfall | Buyer\nFenwick & Doyle Engineering Ltd\nT: 0161 496 0258\n';
  return {
    file: 'hx-pdf-en-06.eml',
    mail: { from: { name: 'Alison Threlfall', address: 'a.threlfall@fenwickdoyle.example' }, subject: 'New order FD-PO-26-0193', date, messageId: messageId(rng, 'fenwickdoyle.example', 'outlook'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-GB, GBP; each line is two text rows: description on the first, "Your part no.: XXX" under it',
      'sku = the value after "Your part no.:" (the only item number written); the second row is not a separate line',
      'dates DD/MM/YYYY (UK address): 11/03/2026 = 11 March, 06/04/2026 = 6 April',
      'no carriage row: shipping null; ship-to without a country line but the header says United Kingdom -> GB',
      'urgency: normal (26 days)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P7: decimal quantities in M, "MACHINE DOWN" only in the PDF
export async function pdfEn07(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-07');
  const date = at('2026-03-11', rng, 13, 15);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'H07RN-4G2.5', desc: 'Power cable H07RN-F 4G2.5', qty: 12.5, unit: 'M', price: 4.85 },
    { sku: 'CHN-G80-8', desc: 'Lifting chain grade 80, 8 mm', qty: 7.5, unit: 'M', price: 18.2 },
    { sku: 'HOSE-2SN-08', desc: 'Hydraulic hose 2SN 1/2"', qty: 3.25, unit: 'M', price: 9.4 },
    { sku: 'SLG-WB-2', desc: 'Web sling 2" x 6 ft, 2-ply', qty: rng.pick([2, 4]), unit: 'EA', price: 21.6 },
    { sku: 'GRS-MOLY-14', desc: 'Moly EP grease 14 oz', qty: rng.pick([10, 12]), unit: 'EA', price: 7.15 },
  ];
  const buyer = { company: 'Prairie Wind Turbine Services', contactName: 'Cody Rasmussen', email: 'crasmussen@prairiewind-ts.example', phone: '(806) 555-0191' };
  const o = mkOrder({
    po: 'PW-2291', orderDate: '2026-03-11', requested: null, buyer, numbered: false,
    shipTo: addr('Prairie Wind Turbine Services - Field Yard', '4410 Canyon Expy', 'Amarillo', 'TX', '79110', 'US'),
    currency: 'USD', items, taxRate: 0.0825, shipping: 148, terms: 'Net 30', method: 'FedEx Priority Overnight',
    notes: 'MACHINE DOWN - SHIP SAME DAY',
    words: [
      { level: 'urgent', text: 'MACHINE DOWN - SHIP SAME DAY', where: 'PDF banner' },
      { level: 'urgent', text: 'FedEx Priority Overnight', where: 'PDF ship-via field' },
    ],
    received, expect: 'urgent',
  });
  const p = newPdf('LETTER', 'PO PW-2291', 'Prairie Wind Turbine Services');
  const { T } = p;
  T('Prairie Wind Turbine Services', 40, 40, { size: 15, font: 'B' });
  block(p, 40, 60, ['1900 SE 10th Ave', 'Amarillo, TX 79102', '(806) 555-0191'], { size: 8.5 });
  T('PURCHASE ORDER', 572, 40, { size: 13, font: 'B', align: 'right' });
  T('PO: PW-2291', 572, 58, { align: 'right' });
  T('Date: ' + fdate('2026-03-11', 'us'), 572, 70, { align: 'right' });
  rect(p, 40, 104, 532, 24, { stroke: '#c00000', lw: 1.5 });
  T('MACHINE DOWN - SHIP SAME DAY', 306, 111, { size: 12, font: 'B', color: '#c00000', align: 'center' });
  T('Vendor', 40, 142, { font: 'B' }); block(p, 40, 155, NW_BLOCK);
  T('Ship To', 300, 142, { font: 'B' }); block(p, 300, 155, ['Prairie Wind Turbine Services - Field Yard', '4410 Canyon Expy', 'Amarillo, TX 79110']);
  T('Ship Via: FedEx Priority Overnight', 40, 200); T('Terms: Net 30', 300, 200); T('Requested by: Cody Rasmussen', 420, 200);
  const y0 = 228;
  const H: [string, number, 'left' | 'right'][] = [['Item', 40, 'left'], ['Description', 130, 'left'], ['Qty', 380, 'right'], ['U/M', 388, 'left'], ['Rate', 480, 'right'], ['Amount', 572, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', align: a }));
  hr(p, 40, 572, y0 + 12);
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(l.sku!, 40, y); T(l.description!, 130, y); T(qty(l.quantity, 'us'), 380, y, { align: 'right' }); T(l.unit!, 388, y);
    T(money(l.unitPrice!, 'us'), 480, y, { align: 'right' }); T(money(l.amount!, 'us'), 572, y, { align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  ([['Subtotal', o.subtotal!], ['Tax 8.25%', o.tax!], ['Shipping', o.shipping!], ['Total', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 420, ty + i * 13, { font: i === 3 ? 'B' : 'R' }); T('$' + money(v, 'us'), 572, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  const pdf = await p.done();
  const name = 'PW-2291.pdf';
  const text = 'PO attached.\n\nCody\n';
  return {
    file: 'hx-pdf-en-07.eml',
    mail: { from: { name: 'Cody Rasmussen', address: 'crasmussen@prairiewind-ts.example' }, subject: 'PO PW-2291', date, messageId: messageId(rng, 'prairiewind-ts.example', 'gmail'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-US; decimal quantities 12.5 / 7.5 / 3.25 M',
      'urgency: urgent, and ONLY in the PDF (red banner "MACHINE DOWN - SHIP SAME DAY", ship via FedEx Priority Overnight); subject and body are neutral',
      'notes = the banner text (judgement call: the only free-text remark on the PO)',
      'no requested date written; no line numbers',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P8: our (vendor) block first at top-left, buyer name only in the top-right header
export async function pdfEn08(): Promise<Sample> {
  const rng = new Rng('hx-pdf-en-08');
  const date = at('2026-03-12', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'STRP-8-8', desc: 'PVC curtain strip 8" x 8 ft, freezer grade', qty: rng.pick([20, 30]), unit: null, price: 14.6 },
    { sku: 'THM-DIG-F', desc: 'Digital freezer thermometer', qty: rng.pick([6, 10]), unit: null, price: 12.9 },
    { sku: 'GLV-FRZ-L', desc: 'Lined freezer gloves, large', qty: rng.pick([24, 36]), unit: null, price: 14.25 },
    { sku: 'LBL-FRZ-4X6', desc: 'Freezer-grade labels 4x6 (roll of 500)', qty: rng.pick([8, 12]), unit: null, price: 23.4 },
    { sku: 'DFR-HTR-240', desc: 'Door frame heater cable 240V', qty: 2, unit: null, price: 87.0 },
  ];
  const buyer = { company: 'Lindqvist Cold Storage', contactName: 'Karl Ostby', email: 'kostby@lindqvist-cold.example', phone: '218-555-0110' };
  const o = mkOrder({
    po: '26-0412', orderDate: '2026-03-12', requested: null, buyer, numbered: false, totals: 'total-only',
    shipTo: addr('Canal Park Warehouse', '400 Railroad St', 'Duluth', 'MN', '55802', 'US'),
    currency: 'USD', items,
    words: [{ level: 'negated', text: 'Not urgent', where: 'email body' }], received, expect: 'normal',
  });
  const p = newPdf('LETTER', 'Order 26-0412', 'Lindqvist Cold Storage');
  const { T } = p;
  T('Northwind Industrial Supply', 40, 40, { size: 11, font: 'B' });
  block(p, 40, 56, ['880 Commerce Way', 'Reno, NV 89502', 'orders@northwind-supply.example']);
  T('LINDQVIST COLD STORAGE', 572, 40, { size: 14, font: 'B', align: 'right', color: '#2a6f97' });
  T('PURCHASE ORDER', 572, 58, { size: 10, align: 'right' });
  T('Order # 26-0412', 572, 72, { align: 'right' });
  T('Date 3/12/2026', 572, 84, { align: 'right' });
  T('Ship to:', 40, 130, { font: 'B' });
  block(p, 40, 143, ['Canal Park Warehouse', '400 Railroad St', 'Duluth, MN 55802']);
  T('Ordered by: Karl Ostby, 218-555-0110', 300, 143);
  const y0 = 200;
  const H: [string, number, 'left' | 'right'][] = [['Qty', 60, 'right'], ['Item', 75, 'left'], ['Description', 160, 'left'], ['Unit Cost', 480, 'right'], ['Total', 572, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', align: a }));
  hr(p, 40, 572, y0 + 12, 0.75, '#2a6f97');
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(qty(l.quantity, 'us'), 60, y, { align: 'right' }); T(l.sku!, 75, y); T(l.description!, 160, y);
    T(money(l.unitPrice!, 'us'), 480, y, { align: 'right' }); T(money(l.amount!, 'us'), 572, y, { align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 10;
  hr(p, 440, 572, ty - 4);
  T('TOTAL', 440, ty + 2, { font: 'B' }); T('$' + money(o.total!, 'us'), 572, ty + 2, { font: 'B', align: 'right' });
  const pdf = await p.done();
  const name = 'LCS-PO-26-0412.pdf';
  const text = 'Hi - PO 26-0412 attached. Not urgent, standard lead time is fine.\n\nKarl Ostby\nLindqvist Cold Storage\n218-555-0110\n';
  return {
    file: 'hx-pdf-en-08.eml',
    mail: { from: { name: 'Karl Ostby', address: 'kostby@lindqvist-cold.example' }, subject: 'PO 26-0412', date, messageId: messageId(rng, 'lindqvist-cold.example', 'plain'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, en-US; the first block at top-left is OUR name and address (vendor), the buyer name appears only in the top-right header',
      'ship-to is a warehouse with another name ("Canal Park Warehouse"); buyer.company stays Lindqvist Cold Storage',
      'qty is the first column; no unit column (unit null); only TOTAL printed: subtotal = total, tax/shipping null',
      'urgency: normal, negated ("Not urgent, standard lead time is fine" in the body); no requested date',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P9: German, "1.234,50 €", Lieferanschrift / Rechnungsanschrift side by side
export async function pdfDe01(): Promise<Sample> {
  const rng = new Rng('hx-pdf-de-01');
  const date = at('2026-03-04', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'KL-CU-12', desc: 'Kupferrohr 12 x 1 mm, weich', qty: rng.pick([25, 50]), unit: 'M', price: 6.85 },
    { sku: 'BRL-PH-15', desc: 'Hartlot L-Ag15P Stab 2 mm (1 kg)', qty: 1, unit: 'PKG', price: 184.0 },
    { sku: 'ISO-AF-13', desc: 'Kautschuk-Isolierschlauch 13 x 12 mm', qty: rng.pick([40, 60]), unit: 'M', price: 1.92 },
    { sku: 'KM-R32-9', desc: 'Kältemittel R32, 9 kg Flasche', qty: 2, unit: 'STK', price: 139.5 },
    { sku: 'VKL-14', desc: 'Bördelmutter 1/4" SAE', qty: rng.pick([30, 40]), unit: 'STK', price: 1.15 },
  ];
  const unitsShown = ['m', 'Pkg', 'm', 'Stk', 'Stk'];
  const buyer = { company: 'Feldmann Kältetechnik GmbH', contactName: 'Sabine Oltmanns', email: 's.oltmanns@feldmann-kaelte.example', phone: '0521 5580 214' };
  const o = mkOrder({
    po: 'FK-2026-0318', orderDate: '2026-03-04', requested: '2026-03-20', buyer,
    shipTo: addr('Feldmann Kältetechnik GmbH', 'Dunlopstr. 12', 'Bielefeld', null, '33689', 'DE'),
    billTo: addr('Feldmann Kältetechnik GmbH', 'Eckendorfer Str. 91', 'Bielefeld', null, '33609', 'DE'),
    currency: 'EUR', items, taxRate: 0.19, taxOnShipping: true, shipping: 12.9, terms: '14 Tage 2 % Skonto, 30 Tage netto', method: 'Paketdienst (DHL)',
    received, expect: 'normal',
  });
  const eur = (n: number) => `${money(n, 'eu')} €`;
  const p = newPdf('A4', 'Bestellung FK-2026-0318', 'Feldmann Kältetechnik GmbH');
  const { T } = p;
  T('Feldmann Kältetechnik GmbH', 40, 40, { size: 14, font: 'B', color: '#00507a' });
  T('Eckendorfer Str. 91 · 33609 Bielefeld · Tel. 0521 5580 214', 40, 58, { size: 8 });
  T('BESTELLUNG', 555, 40, { size: 16, font: 'B', align: 'right' });
  T('Lieferant', 40, 95, { size: 8, color: '#666666' });
  block(p, 40, 106, ['Northwind Industrial Supply', '880 Commerce Way', 'Reno, NV 89502', 'USA']);
  const f: [string, string][] = [['Bestell-Nr.', 'FK-2026-0318'], ['Bestelldatum', fdate('2026-03-04', 'de')], ['Liefertermin', fdate('2026-03-20', 'de')], ['Ansprechpartner', 'Sabine Oltmanns'], ['Telefon', '0521 5580 214'], ['E-Mail', 's.oltmanns@feldmann-kaelte.example']];
  f.forEach(([k, v], i) => { T(k, 330, 95 + i * 12, { size: 8.5 }); T(v, 405, 95 + i * 12, { size: 8.5 }); });
  T('Lieferanschrift', 40, 182, { font: 'B' });
  block(p, 40, 195, ['Feldmann Kältetechnik GmbH', 'Dunlopstr. 12', '33689 Bielefeld', 'Deutschland']);
  T('Rechnungsanschrift', 300, 182, { font: 'B' });
  block(p, 300, 195, ['Feldmann Kältetechnik GmbH', 'Eckendorfer Str. 91', '33609 Bielefeld', 'Deutschland']);
  const y0 = 262;
  rect(p, 40, y0 - 4, 515, 16, { fill: '#dce9f2' });
  const H: [string, number, 'left' | 'right'][] = [['Pos', 44, 'left'], ['Artikel-Nr.', 70, 'left'], ['Bezeichnung', 140, 'left'], ['Menge', 370, 'right'], ['Einheit', 376, 'left'], ['Einzelpreis', 470, 'right'], ['Gesamtpreis', 552, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a }));
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(String(l.lineNo), 44, y); T(l.sku!, 70, y); T(l.description!, 140, y); T(qty(l.quantity, 'eu'), 370, y, { align: 'right' }); T(unitsShown[i], 376, y);
    T(eur(l.unitPrice!), 470, y, { align: 'right' }); T(eur(l.amount!), 552, y, { align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  hr(p, 360, 555, ty - 6);
  ([['Warenwert netto', o.subtotal!], ['Versandkosten', o.shipping!], ['MwSt. 19 %', o.tax!], ['Gesamtbetrag', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 370, ty + i * 13, { font: i === 3 ? 'B' : 'R' }); T(eur(v), 552, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  T('Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto', 40, ty + 70, { size: 8.5 });
  T('Versandart: Paketdienst (DHL)', 40, ty + 82, { size: 8.5 });
  T('Bitte senden Sie die Auftragsbestätigung an s.oltmanns@feldmann-kaelte.example.', 40, ty + 100, { size: 8.5 });
  const pdf = await p.done();
  const name = 'Bestellung_FK-2026-0318.pdf';
  const text = 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung FK-2026-0318.\n\nMit freundlichen Grüßen\nSabine Oltmanns\nEinkauf\nFeldmann Kältetechnik GmbH\nTel. 0521 5580 214\n';
  return {
    file: 'hx-pdf-de-01.eml',
    mail: { from: { name: 'Sabine Oltmanns', address: 's.oltmanns@feldmann-kaelte.example' }, subject: 'Bestellung FK-2026-0318', date, messageId: messageId(rng, 'feldmann-kaelte.example', 'outlook'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, de; amounts with the currency symbol after the number ("1.234,50 €")',
      'Lieferanschrift and Rechnungsanschrift side by side, both with "Deutschland" -> DE',
      'units printed m / Pkg / Stk -> M / PKG / STK; MwSt. 19 % on goods + Versandkosten',
      'urgency: normal (16 days)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P10: German, total that does not add up, delivery 2 business days over a weekend
export async function pdfDe02(): Promise<Sample> {
  const rng = new Rng('hx-pdf-de-02');
  const date = at('2026-03-06', rng, 8, 11);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'FR-RL-89-500', desc: 'Tragrolle 89 x 500 mm, Achse 20', qty: rng.pick([10, 12]), unit: 'STK', price: 23.4 },
    { sku: 'GT-EP400-3', desc: 'Fördergurt EP400/3, 650 mm breit', qty: 8.5, unit: 'M', price: 61.8 },
    { sku: 'LG-UCP-205', desc: 'Stehlagereinheit UCP 205', qty: rng.pick([4, 6]), unit: 'STK', price: 17.65 },
    { sku: 'KT-16B-5M', desc: 'Rollenkette 16B-1, 5 m', qty: 2, unit: 'STK', price: 72.9 },
    { sku: 'SPR-KS-400', desc: 'Kettenspray 400 ml', qty: 12, unit: 'DOSE', price: 8.35 },
  ];
  const unitsShown = ['Stk', 'm', 'Stk', 'Stk', 'Dose'];
  const lines = items.map((it) => r2(it.qty * it.price!));
  const net = r2(lines.reduce((a, b) => a + b, 0));
  const vat = r2(net * 0.19);
  const correct = r2(net + vat);
  const printed = r2(correct + 90); // a hundreds/tens slip: the printed Gesamtbetrag is 90,00 too high
  const buyer = { company: 'Rheinkamp Fördertechnik GmbH & Co. KG', contactName: 'Jörg Hemmerling', email: 'j.hemmerling@rheinkamp-foerder.example', phone: '0203 7391 55' };
  const o = mkOrder({
    po: 'BE-26-00871', orderDate: '2026-03-06', requested: '2026-03-10', buyer, numbered: 'tens',
    shipTo: addr('Rheinkamp Fördertechnik GmbH & Co. KG', 'Hafenstraße 44', 'Duisburg', null, '47119', null),
    currency: 'EUR', items, taxRate: 0.19, printedTotal: printed, terms: '30 Tage netto', method: 'Spedition',
    received, expect: 'urgent',
    review: [`total does not add up: net ${money(net, 'eu')} + MwSt ${money(vat, 'eu')} = ${money(correct, 'eu')}, but Gesamtbetrag ${money(printed, 'eu')} is printed`],
  });
  const p = newPdf('A4', 'Bestellung BE-26-00871', 'Rheinkamp Fördertechnik');
  const { T } = p;
  T('RHEINKAMP', 40, 36, { size: 22, font: 'B', color: '#7a1f1f' });
  T('Fördertechnik GmbH & Co. KG', 41, 62, { size: 9 });
  T('Hafenstraße 44 · 47119 Duisburg', 41, 74, { size: 8, color: '#555555' });
  T('Bestellung', 555, 36, { size: 20, align: 'right' });
  const f: [string, string][] = [['Bestellnummer', 'BE-26-00871'], ['Datum', fdate('2026-03-06', 'de')], ['Liefertermin', fdate('2026-03-10', 'de')], ['Ihr Ansprechpartner', 'Jörg Hemmerling'], ['Tel.', '0203 7391 55'], ['Währung', 'EUR']];
  f.forEach(([k, v], i) => { T(k, 470, 66 + i * 12, { size: 8.5, align: 'right', color: '#555555' }); T(v, 476, 66 + i * 12, { size: 8.5 }); });
  T('An', 40, 120, { size: 8, color: '#555555' });
  block(p, 40, 131, ['Northwind Industrial Supply', '880 Commerce Way', 'Reno, NV 89502', 'USA']);
  T('Lieferanschrift', 40, 190, { size: 8, color: '#555555' });
  block(p, 40, 201, ['Rheinkamp Fördertechnik GmbH & Co. KG', 'Hafenstraße 44', '47119 Duisburg']);
  const y0 = 260;
  const H: [string, number, 'left' | 'right'][] = [['Pos.', 40, 'left'], ['Menge', 98, 'right'], ['ME', 104, 'left'], ['Artikel-Nr.', 132, 'left'], ['Bezeichnung', 215, 'left'], ['Preis/ME', 480, 'right'], ['Betrag', 555, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a }));
  hr(p, 40, 555, y0 + 12, 1);
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(String(l.lineNo), 40, y); T(qty(l.quantity, 'eu'), 98, y, { align: 'right' }); T(unitsShown[i], 104, y); T(l.sku!, 132, y); T(l.description!, 215, y);
    T(money(l.unitPrice!, 'eu'), 480, y, { align: 'right' }); T(money(l.amount!, 'eu'), 555, y, { align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  hr(p, 380, 555, ty - 6);
  ([['Nettobetrag', o.subtotal!], ['MwSt. 19 %', o.tax!], ['Gesamtbetrag', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 390, ty + i * 13, { font: i === 2 ? 'B' : 'R' }); T(money(v, 'eu'), 555, ty + i * 13, { font: i === 2 ? 'B' : 'R', align: 'right' });
  });
  T('Zahlung: 30 Tage netto   ·   Versand: Spedition', 40, ty + 60, { size: 8.5 });
  T('Bitte Liefertermin unbedingt einhalten, Anlage steht ab 10.03. zur Montage bereit.', 40, ty + 72, { size: 8.5 });
  const pdf = await p.done();
  const name = 'BE-26-00871.pdf';
  const text = 'Guten Tag,\n\nim Anhang unsere Bestellung BE-26-00871. Bitte bestätigen Sie den Liefertermin.\n\nFreundliche Grüße\nJörg Hemmerling\nRheinkamp Fördertechnik GmbH & Co. KG\n';
  return {
    file: 'hx-pdf-de-02.eml',
    mail: { from: { name: 'Jörg Hemmerling', address: 'j.hemmerling@rheinkamp-foerder.example' }, subject: 'Bestellung BE-26-00871', date, messageId: messageId(rng, 'rheinkamp-foerder.example', 'plain'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, de; logo-text header left, "Bestellung" title right, right-aligned grey labels',
      'column order Pos. / Menge / ME / Artikel-Nr. / Bezeichnung; positions 10, 20, 30 -> lineNo 10..50; 8,5 m conveyor belt',
      'DELIBERATELY INCONSISTENT: printed Gesamtbetrag is 90,00 higher than Netto + MwSt; truth keeps the printed total, needsReview true',
      'ship-to has no country line (domestic German address): country null',
      'urgency: urgent by date over a weekend: received Fri 2026-03-06, Liefertermin Tue 10.03.2026 = 2 business days (4 calendar days); "unbedingt einhalten" is not an urgency word',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P11: French, right-aligned labels "N° de commande :", "1 234,50 €", "prioritaire"
export async function pdfFr01(): Promise<Sample> {
  const rng = new Rng('hx-pdf-fr-01');
  const date = at('2026-03-05', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'FTR-38-INOX', desc: 'Foret étagé inox 3-8 mm', qty: rng.pick([4, 5]), unit: 'PCE', price: 24.6 },
    { sku: 'CER-ACIER-50', desc: 'Cercle acier galvanisé 50 x 2 mm', qty: rng.pick([100, 120]), unit: 'M', price: 3.15 },
    { sku: 'COL-BOIS-1K', desc: 'Colle bois vinylique 1 kg', qty: 6, unit: 'PCE', price: 11.9 },
    { sku: 'DSQ-125-40', desc: 'Disque à lamelles 125 mm grain 40 (boîte de 10)', qty: rng.pick([3, 4]), unit: 'BTE', price: 32.5 },
    { sku: 'GNT-CUIR-9', desc: 'Gants cuir fleur taille 9', qty: 12, unit: 'PAIRE', price: 5.8 },
  ];
  const unitsShown = ['pce', 'm', 'pce', 'bte', 'paire'];
  const buyer = { company: 'Tonnellerie Garnier & Fils', contactName: 'Mathilde Roussel', email: 'm.roussel@tonnellerie-garnier.example', phone: '03 80 55 01 42' };
  const o = mkOrder({
    po: 'TG-2603-027', orderDate: '2026-03-05', requested: '2026-03-24', buyer, numbered: false,
    shipTo: addr('Tonnellerie Garnier & Fils - Atelier', '8 route de Savigny', 'Beaune', null, '21200', 'FR'),
    currency: 'EUR', items, taxRate: 0.2, taxOnShipping: true, shipping: 25, terms: '30 jours fin de mois', method: 'Messagerie',
    notes: 'Commande prioritaire : merci de nous confirmer le délai de livraison.',
    words: [{ level: 'high', text: 'Commande prioritaire', where: 'PDF remark' }], received, expect: 'high',
  });
  const eur = (n: number) => `${money(n, 'fr')} €`;
  const p = newPdf('A4', 'Bon de commande TG-2603-027', 'Tonnellerie Garnier & Fils');
  const { T } = p;
  T('Tonnellerie Garnier & Fils', 40, 40, { size: 15, font: 'B', color: '#6b2d0f' });
  block(p, 40, 60, ['12 rue du Faubourg Bretonnière', '21200 Beaune - France', 'Tél. 03 80 55 01 42'], { size: 8.5 });
  T('BON DE COMMANDE', 555, 40, { size: 14, font: 'B', align: 'right' });
  const f: [string, string][] = [['N° de commande :', 'TG-2603-027'], ['Date :', fdate('2026-03-05', 'fr-long')], ['Livraison souhaitée :', fdate('2026-03-24', 'fr-long')], ['Conditions de paiement :', '30 jours fin de mois'], ["Mode d'expédition :", 'Messagerie'], ['Contact :', 'Mathilde Roussel']];
  f.forEach(([k, v], i) => { T(k, 440, 66 + i * 12, { size: 8.5, font: 'B', align: 'right' }); T(v, 446, 66 + i * 12, { size: 8.5 }); });
  T('Fournisseur', 40, 150, { font: 'B' }); block(p, 40, 163, ['Northwind Industrial Supply', '880 Commerce Way', 'Reno, NV 89502', 'États-Unis']);
  T('Adresse de livraison', 300, 150, { font: 'B' }); block(p, 300, 163, ['Tonnellerie Garnier & Fils - Atelier', '8 route de Savigny', '21200 Beaune', 'France']);
  const y0 = 232;
  const H: [string, number, 'left' | 'right'][] = [['Réf.', 40, 'left'], ['Désignation', 118, 'left'], ['Qté', 370, 'right'], ['Unité', 376, 'left'], ['P.U. HT', 470, 'right'], ['Montant HT', 555, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a }));
  hr(p, 40, 555, y0 + 12, 0.75, '#6b2d0f');
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(l.sku!, 40, y, { size: 8.5 }); T(l.description!, 118, y, { size: 8.5 }); T(qty(l.quantity, 'fr'), 370, y, { size: 8.5, align: 'right' }); T(unitsShown[i], 376, y, { size: 8.5 });
    T(eur(l.unitPrice!), 470, y, { size: 8.5, align: 'right' }); T(eur(l.amount!), 555, y, { size: 8.5, align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  ([['Total HT :', o.subtotal!], ['Frais de port :', o.shipping!], ['TVA 20 % :', o.tax!], ['Total TTC :', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 470, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' }); T(eur(v), 555, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  T('Commande prioritaire : merci de nous confirmer le délai de livraison.', 40, ty + 66, { font: 'B', size: 9 });
  const pdf = await p.done();
  const name = 'BC_TG-2603-027.pdf';
  const text = 'Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande TG-2603-027.\n\nBien cordialement,\nMathilde Roussel\nTonnellerie Garnier & Fils\n03 80 55 01 42\n';
  return {
    file: 'hx-pdf-fr-01.eml',
    mail: { from: { name: 'Mathilde Roussel', address: 'm.roussel@tonnellerie-garnier.example' }, subject: 'Bon de commande TG-2603-027', date, messageId: messageId(rng, 'tonnellerie-garnier.example', 'plain'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, fr; labels right-aligned ending in " :" with values to the right; dates "5 mars 2026"',
      'amounts "1 234,50 €" (space thousands, symbol after); TVA 20 % on Total HT + Frais de port',
      'units pce / m / bte / paire -> PCE / M / BTE / PAIRE',
      'urgency: high ("Commande prioritaire" in the PDF; date 19 days out)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P12: French, Désignation first then Réf., no header rule, DD/MM/YYYY
export async function pdfFr02(): Promise<Sample> {
  const rng = new Rng('hx-pdf-fr-02');
  const date = at('2026-03-09', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'JC-DN50-E', desc: 'Joint de cuve EPDM DN50', qty: rng.pick([30, 40]), unit: 'PCE', price: 3.4 },
    { sku: 'TH-SOND-120', desc: 'Thermomètre sonde inox 0-120 °C', qty: 3, unit: 'PCE', price: 38.9 },
    { sku: 'DAC-20', desc: 'Détergent alcalin chloré 20 L', qty: rng.pick([4, 6]), unit: 'BIDON', price: 54.0 },
    { sku: 'GNB-T8', desc: 'Gants nitrile bleus T8 (boîte de 100)', qty: rng.pick([15, 20]), unit: 'BTE', price: 8.75 },
    { sku: 'BRS-ALIM-1', desc: 'Brosse de lavage alimentaire', qty: 10, unit: 'PCE', price: 6.2 },
  ];
  const unitsShown = ['pce', 'pce', 'bidon', 'bte', 'pce'];
  const buyer = { company: "Laiterie du Val d'Ance", contactName: 'Bastien Chaumeil', email: 'b.chaumeil@laiterie-valdance.example', phone: '04 71 55 02 87' };
  const o = mkOrder({
    po: 'CF-26-0142', orderDate: '2026-03-09', requested: '2026-03-20', buyer, numbered: false,
    shipTo: addr("Laiterie du Val d'Ance", 'ZA des Granges', 'Craponne-sur-Arzon', null, '43500', 'FR'),
    currency: 'EUR', items, taxRate: 0.2, terms: '45 jours fin de mois', received, expect: 'normal',
  });
  const p = newPdf('A4', 'Commande CF-26-0142', "Laiterie du Val d'Ance");
  const { T } = p;
  T("LAITERIE DU VAL D'ANCE", 40, 40, { size: 15, font: 'B', color: '#2f6b3a' });
  T('ZA des Granges - 43500 Craponne-sur-Arzon', 40, 58, { size: 8.5 });
  T('Commande fournisseur', 555, 40, { size: 14, align: 'right' });
  T('N° CF-26-0142', 555, 58, { size: 11, font: 'B', align: 'right' });
  const f: [string, string][] = [['Date de commande : ', fdate('2026-03-09', 'fr')], ['Date de livraison : ', fdate('2026-03-20', 'fr')], ['Règlement : ', '45 jours fin de mois'], ['Acheteur : ', 'Bastien Chaumeil - 04 71 55 02 87']];
  f.forEach(([k, v], i) => T(k + v, 40, 92 + i * 12, { size: 8.5 }));
  T('Fournisseur :', 300, 92, { size: 8.5, font: 'B' }); block(p, 300, 104, ['Northwind Industrial Supply', '880 Commerce Way, Reno, NV 89502, USA'], { size: 8.5 });
  T('Livraison :', 300, 134, { size: 8.5, font: 'B' }); block(p, 300, 146, ["Laiterie du Val d'Ance", 'ZA des Granges', '43500 Craponne-sur-Arzon', 'France'], { size: 8.5 });
  T('Montants en EUR', 555, 204, { size: 7.5, align: 'right', color: '#666666' });
  const y0 = 218;
  const H: [string, number, 'left' | 'right'][] = [['Désignation', 40, 'left'], ['Réf.', 250, 'left'], ['Qté', 360, 'right'], ['U.', 368, 'left'], ['PU HT', 450, 'right'], ['Montant HT', 555, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a, color: '#2f6b3a' }));
  o.lines.forEach((l, i) => {
    const y = y0 + 18 + i * 15;
    T(l.description!, 40, y, { size: 8.5 }); T(l.sku!, 250, y, { size: 8.5 }); T(qty(l.quantity, 'fr'), 360, y, { size: 8.5, align: 'right' }); T(unitsShown[i], 368, y, { size: 8.5 });
    T(money(l.unitPrice!, 'fr'), 450, y, { size: 8.5, align: 'right' }); T(money(l.amount!, 'fr'), 555, y, { size: 8.5, align: 'right' });
  });
  const ty = y0 + 18 + o.lines.length * 15 + 16;
  ([['Total HT', o.subtotal!], ['TVA 20 %', o.tax!], ['Total TTC', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 400, ty + i * 13, { font: i === 2 ? 'B' : 'R' }); T(money(v, 'fr'), 555, ty + i * 13, { font: i === 2 ? 'B' : 'R', align: 'right' });
  });
  const pdf = await p.done();
  const name = 'CF-26-0142.pdf';
  const text = "Bonjour,\n\nci-joint notre commande CF-26-0142.\nMerci de nous envoyer l'accusé de réception.\n\nCordialement\nBastien Chaumeil\nLaiterie du Val d'Ance\n";
  return {
    file: 'hx-pdf-fr-02.eml',
    mail: { from: { name: 'Bastien Chaumeil', address: 'b.chaumeil@laiterie-valdance.example' }, subject: 'Commande CF-26-0142', date, messageId: messageId(rng, 'laiterie-valdance.example', 'gmail'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, fr; columns Désignation, Réf., Qté, U., PU HT, Montant HT (description before the item number); coloured header text with no rule',
      'dates DD/MM/YYYY (French address): 09/03/2026 = 9 March; amounts "1 234,50" with "Montants en EUR" above the table',
      'header fields as "Label : value" run together on one text line each',
      'urgency: normal (11 days)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P13: Spanish, side-by-side addresses, "1.234,50 €", URGENTE / línea parada
export async function pdfEs01(): Promise<Sample> {
  const rng = new Rng('hx-pdf-es-01');
  const date = at('2026-03-05', rng, 7, 10);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'RDM-6205', desc: 'Rodamiento 6205-2RS', qty: rng.pick([8, 10]), unit: 'UD', price: 6.4 },
    { sku: 'COR-TR-1200', desc: 'Correa transportadora PVC 1200 mm', qty: 6.5, unit: 'M', price: 48.0 },
    { sku: 'JNT-OR-38', desc: 'Junta tórica NBR 38 x 3', qty: 50, unit: 'UD', price: 0.85 },
    { sku: 'ACE-H1-5', desc: 'Aceite alimentario H1, 5 L', qty: 2, unit: 'UD', price: 42.3 },
    { sku: 'SNS-IND-M18', desc: 'Sensor inductivo M18 PNP', qty: 3, unit: 'UD', price: 29.9 },
  ];
  const unitsShown = ['ud', 'm', 'ud', 'ud', 'ud'];
  const buyer = { company: 'Conservas Arosa S.L.', contactName: 'Lucía Otero Piñeiro', email: 'lotero@conservas-arosa.example', phone: '986 55 01 33' };
  const o = mkOrder({
    po: 'CA-2026-0311', orderDate: '2026-03-05', requested: '2026-03-06', buyer, numbered: false,
    shipTo: addr('Conservas Arosa S.L. - Planta 2', 'Rúa do Porto 5', 'Vilagarcía de Arousa', 'Pontevedra', '36600', 'ES'),
    billTo: addr('Conservas Arosa S.L.', 'Avenida da Mariña 28', 'Vilagarcía de Arousa', 'Pontevedra', '36600', 'ES'),
    currency: 'EUR', items, taxRate: 0.21, shipping: 0, terms: 'Transferencia 30 días', method: 'Agencia urgente',
    notes: 'URGENTE - LÍNEA DE ENVASADO PARADA',
    words: [
      { level: 'urgent', text: 'URGENTE', where: 'subject and PDF banner' },
      { level: 'urgent', text: 'LÍNEA DE ENVASADO PARADA (line down)', where: 'PDF banner' },
    ],
    received, expect: 'urgent',
  });
  const eur = (n: number) => `${money(n, 'eu')} €`;
  const p = newPdf('A4', 'Pedido CA-2026-0311', 'Conservas Arosa S.L.');
  const { T } = p;
  T('Conservas Arosa S.L.', 40, 40, { size: 15, font: 'B', color: '#0a4d68' });
  block(p, 40, 60, ['CIF B-36555012', 'Avenida da Mariña 28 · 36600 Vilagarcía de Arousa (Pontevedra)', 'Tel. 986 55 01 33'], { size: 8 });
  T('PEDIDO DE COMPRA', 555, 40, { size: 14, font: 'B', align: 'right' });
  const f: [string, string][] = [['Nº pedido:', 'CA-2026-0311'], ['Fecha:', fdate('2026-03-05', 'es')], ['Fecha de entrega:', fdate('2026-03-06', 'es')], ['Forma de pago:', 'Transferencia 30 días'], ['Transporte:', 'Agencia urgente'], ['Contacto:', 'Lucía Otero Piñeiro']];
  f.forEach(([k, v], i) => { T(k, 370, 62 + i * 12, { size: 8.5, font: 'B' }); T(v, 450, 62 + i * 12, { size: 8.5 }); });
  rect(p, 40, 142, 515, 22, { fill: '#fde2e2', stroke: '#c00000' });
  T('URGENTE - LÍNEA DE ENVASADO PARADA', 297, 149, { size: 11, font: 'B', color: '#c00000', align: 'center' });
  T('Dirección de entrega', 40, 178, { font: 'B' });
  block(p, 40, 191, ['Conservas Arosa S.L. - Planta 2', 'Rúa do Porto 5', '36600 Vilagarcía de Arousa (Pontevedra)', 'España']);
  T('Dirección de facturación', 300, 178, { font: 'B' });
  block(p, 300, 191, ['Conservas Arosa S.L.', 'Avenida da Mariña 28', '36600 Vilagarcía de Arousa (Pontevedra)', 'España']);
  T('Proveedor: Northwind Industrial Supply, 880 Commerce Way, Reno, NV 89502, EE. UU.', 40, 245, { size: 8 });
  const y0 = 270;
  rect(p, 40, y0 - 4, 515, 16, { fill: '#0a4d68' });
  const H: [string, number, 'left' | 'right'][] = [['Código', 44, 'left'], ['Descripción', 120, 'left'], ['Cant.', 370, 'right'], ['Ud.', 378, 'left'], ['Precio', 465, 'right'], ['Importe', 551, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a, color: '#ffffff' }));
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(l.sku!, 44, y); T(l.description!, 120, y); T(qty(l.quantity, 'eu'), 370, y, { align: 'right' }); T(unitsShown[i], 378, y);
    T(eur(l.unitPrice!), 465, y, { align: 'right' }); T(eur(l.amount!), 551, y, { align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  ([['Base imponible', o.subtotal!], ['IVA 21 %', o.tax!], ['Portes', o.shipping!], ['TOTAL', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 390, ty + i * 13, { font: i === 3 ? 'B' : 'R' }); T(eur(v), 551, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  const pdf = await p.done();
  const name = 'Pedido_CA-2026-0311.pdf';
  const text = 'Buenos días,\n\nadjuntamos el pedido CA-2026-0311. Por favor, confirmen la salida hoy mismo.\n\nUn saludo,\nLucía Otero Piñeiro\nCompras - Conservas Arosa S.L.\nTel. 986 55 01 33\n';
  return {
    file: 'hx-pdf-es-01.eml',
    mail: { from: { name: 'Lucía Otero Piñeiro', address: 'lotero@conservas-arosa.example' }, subject: 'Pedido CA-2026-0311 URGENTE', date, messageId: messageId(rng, 'conservas-arosa.example', 'outlook'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, es; delivery and billing addresses side by side; "1.234,50 €"; dates DD/MM/YYYY (Spanish address)',
      'region "Pontevedra" from "(Pontevedra)" after the city (judgement call); country ES from "España"',
      '"Portes 0,00 €" -> shipping 0; units ud / m -> UD / M; 6,5 m belt',
      'urgency: urgent (URGENTE in the subject and the PDF, "línea de envasado parada" = line down; also delivery next business day)',
    ],
    texts: [...p.drawn, text],
  };
}

// ------------------------------------------------------------------ P14: Spanish, Descripción first / Código last, one line amount wrong, "No es urgente"
export async function pdfEs02(): Promise<Sample> {
  const rng = new Rng('hx-pdf-es-02');
  const date = at('2026-03-12', rng);
  const received = isoDay(date);
  const items: Item[] = [
    { sku: 'VNT-2-120', desc: 'Ventosa doble para vidrio 120 kg', qty: 4, unit: 'UD', price: 34.5 },
    { sku: 'SIL-N-300', desc: 'Silicona neutra transparente 300 ml (caja 25)', qty: rng.pick([4, 5]), unit: 'CAJA', price: 46.8 },
    { sku: 'CLZ-100-3', desc: 'Calzo de acristalamiento 100x24x3 (bolsa 100)', qty: 12, unit: 'BOLSA', price: 9.6, amount: 125.2 },
    { sku: 'GAC-5-10', desc: 'Guantes anticorte nivel 5, talla 10', qty: 20, unit: 'PAR', price: 7.25 },
    { sku: 'RC-CARB-1', desc: 'Rueda de corte de carburo', qty: rng.pick([6, 8]), unit: 'UD', price: 12.9 },
  ];
  const unitsShown = ['ud', 'caja', 'bolsa', 'par', 'ud'];
  const buyer = { company: 'Vidrieras Alhambra S.A.', contactName: 'Álvaro Castillo Ruiz', email: 'acastillo@vidrieras-alhambra.example', phone: '958 55 04 61' };
  const o = mkOrder({
    po: 'VA-P-1208', orderDate: '2026-03-12', requested: '2026-04-03', buyer, numbered: false,
    shipTo: addr('Vidrieras Alhambra S.A.', 'Polígono Juncaril\nCalle Loja 17', 'Albolote', 'Granada', '18220', 'ES'),
    currency: 'EUR', items, taxRate: 0.21, terms: '60 días', received, expect: 'normal',
    words: [{ level: 'negated', text: 'No es urgente', where: 'email body' }],
    review: ['line CLZ-100-3: 12 x 9,60 = 115,20 but 125,20 is printed (subtotal uses the printed 125,20)'],
  });
  const p = newPdf('A4', 'Pedido VA-P-1208', 'Vidrieras Alhambra S.A.');
  const { T } = p;
  T('Vidrieras Alhambra S.A.', 40, 40, { size: 16, font: 'B' });
  T('Pedido nº VA-P-1208', 555, 40, { size: 13, font: 'B', align: 'right' });
  T('Fecha: ' + fdate('2026-03-12', 'es-long'), 555, 58, { align: 'right', size: 8.5 });
  T('Entrega prevista: ' + fdate('2026-04-03', 'es-long'), 555, 70, { align: 'right', size: 8.5 });
  T('Condiciones de pago: 60 días', 555, 82, { align: 'right', size: 8.5 });
  T('Proveedor', 40, 110, { font: 'B', size: 8.5 }); block(p, 40, 122, ['Northwind Industrial Supply', '880 Commerce Way', 'Reno, NV 89502 (EE. UU.)'], { size: 8.5 });
  T('Entregar en', 300, 110, { font: 'B', size: 8.5 }); block(p, 300, 122, ['Vidrieras Alhambra S.A.', 'Polígono Juncaril', 'Calle Loja 17', '18220 Albolote (Granada)', 'España'], { size: 8.5 });
  T('Importes en EUR', 40, 200, { size: 7.5, color: '#666666' });
  const y0 = 214;
  const H: [string, number, 'left' | 'right'][] = [['Descripción', 40, 'left'], ['Cant.', 300, 'right'], ['Ud.', 308, 'left'], ['Precio unit.', 400, 'right'], ['Importe', 470, 'right'], ['Código', 484, 'left']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a }));
  hr(p, 40, 555, y0 + 12);
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(l.description!, 40, y, { size: 8.5 }); T(qty(l.quantity, 'eu'), 300, y, { size: 8.5, align: 'right' }); T(unitsShown[i], 308, y, { size: 8.5 });
    T(money(l.unitPrice!, 'eu'), 400, y, { size: 8.5, align: 'right' }); T(money(l.amount!, 'eu'), 470, y, { size: 8.5, align: 'right' }); T(l.sku!, 484, y, { size: 8.5 });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  hr(p, 300, 555, ty - 6);
  ([['Suma', o.subtotal!], ['IVA 21 %', o.tax!], ['Total pedido', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 320, ty + i * 13, { font: i === 2 ? 'B' : 'R' }); T(money(v, 'eu'), 470, ty + i * 13, { font: i === 2 ? 'B' : 'R', align: 'right' });
  });
  T('Persona de contacto: Álvaro Castillo Ruiz · 958 55 04 61 · acastillo@vidrieras-alhambra.example', 40, ty + 60, { size: 8 });
  const pdf = await p.done();
  const name = 'VA-P-1208.pdf';
  const text = 'Hola,\n\nos enviamos el pedido VA-P-1208. No es urgente; podéis enviarlo con el transporte habitual.\n\nSaludos,\nÁlvaro Castillo Ruiz\nVidrieras Alhambra S.A.\n';
  return {
    file: 'hx-pdf-es-02.eml',
    mail: { from: { name: 'Álvaro Castillo Ruiz', address: 'acastillo@vidrieras-alhambra.example' }, subject: 'Pedido VA-P-1208', date, messageId: messageId(rng, 'vidrieras-alhambra.example', 'gmail'), text, attachments: [pdfAtt(name, pdf)] },
    docs: [bodyDoc(), pdfDoc(name, pdf)], isPO: true, orders: [o],
    notes: [
      'kind: email + PDF, es; Descripción first, Código (item number) in the LAST column; dates "12 de marzo de 2026"',
      'DELIBERATELY INCONSISTENT: line CLZ-100-3 prints 125,20 for 12 x 9,60 (= 115,20); Suma and IVA follow the printed amounts; truth keeps printed values, needsReview true',
      'ship-to street is two lines (Polígono Juncaril / Calle Loja 17); region Granada from "(Granada)"',
      'urgency: normal, negated ("No es urgente" in the body; 22 days out)',
    ],
    texts: [...p.drawn, text],
  };
}

export const pdfScenarios = [pdfEn01, pdfEn02, pdfEn03, pdfEn04, pdfEn05, pdfEn06, pdfEn07, pdfEn08, pdfDe01, pdfDe02, pdfFr01, pdfFr02, pdfEs01, pdfEs02];
export type { Order };
