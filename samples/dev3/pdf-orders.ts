// The 11 PDF purchase orders (6 English, 2 German, 2 French, 1 Spanish).
import {
  NW_ADDR, type Case, type Col, type PDF, type Row, addr, at, block, buyer, de, esc, fr, hline, makePdf, mkLines, mso, order, outlookHtml,
  pdfDoc, bodyDoc, round2, row, sumLines, urgency, us,
} from './lib.ts';

// ------------------------------------------------------------------ P1: US ERP, 2 pages, Outlook HTML mail
async function p1(): Promise<Case> {
  const date = 'Tue, 14 Apr 2026 08:41:17 -0500';
  const rows: Row[] = [
    ['HCS-0516-2Z', 'Hex cap screw 5/16-18 x 2" Gr5 zinc', 1000, 'EA', 0.184],
    ['HN-0516-Z', 'Hex nut 5/16-18 Gr5 zinc', 1000, 'EA', 0.085],
    ['FW-0516-Z', 'Flat washer 5/16 SAE zinc', 2000, 'EA', 0.0325],
    ['LW-0516-Z', 'Lock washer 5/16 split zinc', 2000, 'EA', 0.029],
    ['SHCS-M8-30', 'Socket head cap screw M8 x 30 12.9 black oxide', 500, 'EA', 0.216],
    ['AB-FLP-45-60', 'Flap disc 4-1/2" x 7/8" 60 grit zirconia T29', 100, 'EA', 3.45],
    ['AB-CUT-45-045', 'Cut-off wheel 4-1/2" x .045" x 7/8" T1', 200, 'EA', 1.89],
    ['WW-ER70S6-035', 'MIG wire ER70S-6 .035" 33 lb spool', 12, 'SP', 58.9],
    ['WG-TIP-035', 'Contact tip .035" 15H35 (Tweco style)', 250, 'EA', 0.98],
    ['WG-NZL-62', 'Gas nozzle 1/2" bore 24A-62', 20, 'EA', 6.75],
    ['WL-ANTI-16', 'Anti-spatter spray 16 oz aerosol', 24, 'CN', 5.6],
    ['PPE-GLV-WLD-L', 'Welding gloves, cowhide, size L', 36, 'PR', 9.25],
    ['PPE-GLS-CLR', 'Safety glasses, clear lens, anti-fog', 60, 'EA', 2.15],
    ['PPE-EAR-200', 'Foam ear plugs, corded, box of 200', 4, 'BX', 38.5],
    ['DR-HSS-516', 'Jobber drill bit HSS 5/16"', 48, 'EA', 2.78],
    ['DR-HSS-1764', 'Jobber drill bit HSS 17/64" (tap drill)', 48, 'EA', 2.35],
    ['TAP-516-18', 'Hand tap 5/16-18 NC plug HSS', 12, 'EA', 7.4],
    ['CF-TAP-16', 'Tapping fluid 16 oz', 12, 'EA', 8.95],
    ['TP-MSK-2', 'Masking tape 2" x 60 yd', 48, 'RL', 3.1],
    ['MK-PNT-WHT', 'Paint marker, white, medium tip', 36, 'EA', 2.4],
    ['BRG-6205-2RS', 'Ball bearing 6205-2RS C3', 10, 'EA', 6.85],
    ['BLT-A42', 'V-belt A42 (4L440)', 6, 'EA', 11.2],
  ];
  const lines = mkLines(rows, { start: 10, step: 10 });
  const subtotal = sumLines(lines);
  const po = '4500018231';
  const cols: Col[] = [
    { header: 'Line', w: 32, align: 'right' }, { header: 'Item Number', w: 92 }, { header: 'Description', w: 196 },
    { header: 'Order Qty', w: 52, align: 'right' }, { header: 'UOM', w: 34, align: 'center' }, { header: 'Unit Price', w: 60, align: 'right' },
    { header: 'Ext. Price', w: 66, align: 'right' },
  ];
  const cells = (i: number) => [String(lines[i].lineNo), rows[i][0]!, rows[i][1], us(rows[i][2], 0), rows[i][3]!, us(rows[i][4]!, 4), us(lines[i].amount!, 2)];
  const pdf = await makePdf({ title: `Purchase Order ${po}`, author: 'Redstone Fabrication & Machine, Inc.' }, (doc) => {
    const L = 40;
    // page 1 header
    at(doc, 'REDSTONE FABRICATION & MACHINE, INC.', L, 40, { size: 14, bold: true });
    block(doc, ['8120 E 46th St', 'Tulsa, OK 74145', 'Phone (918) 555-0100   Fax (918) 555-0101'], L, 60, { size: 8.5 });
    doc.lineWidth(1).rect(392, 36, 180, 78).stroke();
    at(doc, 'PURCHASE ORDER', 392, 42, { size: 14, bold: true, width: 180, align: 'center' });
    const kv = [['PO Number', po], ['PO Date', '04/14/2026'], ['Revision', '0'], ['Page', '1 of 2']];
    kv.forEach(([k, v], i) => { at(doc, k, 400, 64 + i * 11, { size: 8.5 }); at(doc, v, 470, 64 + i * 11, { size: 8.5, bold: true }); });
    const y0 = 128;
    at(doc, 'VENDOR   V-10482', L, y0, { size: 8, bold: true });
    block(doc, [...NW_ADDR, 'Phone (614) 555-0190'], L, y0 + 12, { size: 8.5 });
    at(doc, 'SHIP TO', 220, y0, { size: 8, bold: true });
    block(doc, ['Redstone Fabrication & Machine, Inc.', '8120 E 46th St', 'Tulsa, OK 74145'], 220, y0 + 12, { size: 8.5 });
    at(doc, 'BILL TO', 400, y0, { size: 8, bold: true });
    block(doc, ['Redstone Fabrication & Machine, Inc.', 'PO Box 470112', 'Tulsa, OK 74147', 'ap@redstonefab.example'], 400, y0 + 12, { size: 8.5 });
    const strip: Col[] = [{ header: 'Buyer', w: 92 }, { header: 'Buyer Phone', w: 80 }, { header: 'Terms', w: 60 }, { header: 'Ship Via', w: 80 }, { header: 'FOB', w: 60 }, { header: 'Delivery Date', w: 80 }, { header: 'Currency', w: 80 }];
    let y = row(doc, L, 196, strip, strip.map((c) => c.header), { size: 7.5, bold: true, rule: 'box', fill: '#e6e6e6' });
    y = row(doc, L, y, strip, ['Marcus Delgado', '(918) 555-0143', 'Net 45', 'UPS Ground', 'Origin', '05/08/2026', 'USD'], { size: 8, rule: 'box' });
    y += 12;
    y = row(doc, L, y, cols, cols.map((c) => c.header), { size: 8, bold: true, rule: 'box', fill: '#e6e6e6' });
    for (let i = 0; i < 13; i++) y = row(doc, L, y, cols, cells(i), { rule: 'under' });
    at(doc, '*** Continued on next page ***', L, y + 10, { size: 8, width: 532, align: 'center' });
    // page 2: repeated header
    doc.addPage();
    at(doc, 'REDSTONE FABRICATION & MACHINE, INC.', L, 40, { size: 11, bold: true });
    at(doc, 'PURCHASE ORDER', 392, 40, { size: 11, bold: true, width: 180, align: 'right' });
    at(doc, `PO Number ${po}     PO Date 04/14/2026     Revision 0`, 272, 56, { size: 8.5, width: 300, align: 'right' });
    y = 78;
    y = row(doc, L, y, cols, cols.map((c) => c.header), { size: 8, bold: true, rule: 'box', fill: '#e6e6e6' });
    for (let i = 13; i < rows.length; i++) y = row(doc, L, y, cols, cells(i), { rule: 'under' });
    y += 12;
    const tot: [string, string][] = [['Subtotal', us(subtotal)], ['Freight', 'TBD'], ['Sales Tax', '0.00'], ['Total USD', us(subtotal)]];
    tot.forEach(([k, v], i) => {
      at(doc, k, 380, y + i * 13, { size: 9, bold: i === 3 });
      at(doc, v, 480, y + i * 13, { size: 9, bold: i === 3, width: 92, align: 'right' });
    });
    hline(doc, 380, 572, y + 3 * 13 - 3);
    y += 4 * 13 + 14;
    at(doc, 'Notes:', L, y, { size: 8.5, bold: true });
    block(doc, [
      'Tax exempt - resale certificate on file.',
      'Reference PO number on all packing slips, bills of lading and invoices. Partial shipments accepted.',
      'Receiving hours Mon-Fri 7:00 AM - 3:00 PM.',
    ], L, y + 12, { size: 8.5 });
    y += 62;
    at(doc, 'TERMS AND CONDITIONS', L, y, { size: 7.5, bold: true });
    at(doc, 'This purchase order is subject to the Standard Terms and Conditions of Purchase of Redstone Fabrication & Machine, Inc. Acceptance of this order, '
      + 'by acknowledgement or shipment, constitutes agreement to these terms. Seller warrants that all goods conform to specifications, are free from defects '
      + 'in material and workmanship and are merchantable. Buyer may reject nonconforming goods at Seller\'s expense. Prices shall not be increased without '
      + 'Buyer\'s written consent. Certificates of conformance are required for all fasteners.', L, y + 10, { size: 7, width: 532 });
    at(doc, 'Authorized by: ______________________   M. Delgado, Purchasing Agent', L, y + 80, { size: 8.5 });
    // footers on both pages
    for (let p = 0; p < 2; p++) {
      doc.switchToPage(p);
      hline(doc, L, 572, 748, 0.4);
      at(doc, `PO ${po}  Rev 0  Printed 04/14/2026 08:32 CDT`, L, 754, { size: 7.5 });
      at(doc, `Page ${p + 1} of 2`, 472, 754, { size: 7.5, width: 100, align: 'right' });
    }
  });
  const sigText = [
    'Marcus Delgado',
    'Purchasing Agent',
    'Redstone Fabrication & Machine, Inc.',
    'Office: (918) 555-0143 | Mobile: (918) 555-0198',
    'www.redstonefab.example',
    '',
    'CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s) and may contain confidential and privileged',
    'information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender',
    'by reply email and destroy all copies of the original message. Redstone Fabrication & Machine, Inc. accepts no liability for any damage caused by any',
    'virus transmitted by this email.',
  ];
  const text = ['Hello Northwind team,', '', `Please find attached our Purchase Order ${po}. Kindly confirm receipt and expected ship date.`, '',
    'Thank you,', '', ...sigText, ''].join('\n');
  const html = outlookHtml([
    mso('Hello Northwind team,'), mso(''),
    mso(`Please find attached our Purchase Order ${po}. Kindly confirm receipt and expected ship date.`), mso(''),
    mso('Thank you,'), mso(''),
    mso('<b><span style="font-size:10.0pt;color:#1F3864">Marcus Delgado</span></b>'),
    mso('<span style="font-size:9.0pt;color:#595959">Purchasing Agent</span>'),
    mso('<b><span style="font-size:9.0pt;color:#C00000">Redstone Fabrication &amp; Machine, Inc.</span></b>'),
    mso('<span style="font-size:9.0pt">Office: (918) 555-0143 | Mobile: (918) 555-0198</span>'),
    mso('<a href="https://www.redstonefab.example"><span style="font-size:9.0pt">www.redstonefab.example</span></a>'), mso(''),
    `<p class="MsoNormal"><span style="font-size:7.0pt;color:gray">${esc(sigText.slice(6).join(' '))}</span><o:p></o:p></p>`,
  ].join('\n'));
  const shipTo = addr('Redstone Fabrication & Machine, Inc.', '8120 E 46th St', 'Tulsa', 'OK', '74145', 'US');
  return {
    file: 'h3-pdf-erp-en-01.eml',
    mail: {
      from: '"Delgado, Marcus" <Marcus.Delgado@redstonefab.example>', subject: `Purchase Order ${po}`, date,
      messageId: '<BN8PR11MB36524F0A1C2D7E9B8@BN8PR11MB3652.namprd11.prod.outlook.example>', text, html,
      headers: { 'X-MS-Has-Attach': 'yes', 'Thread-Topic': `Purchase Order ${po}`, 'Content-Language': 'en-US' },
      attachments: [{ filename: `PO_${po}.pdf`, content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc(`PO_${po}.pdf`, pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: po, orderDate: '2026-04-14', requestedDeliveryDate: '2026-05-08',
      buyer: buyer('Redstone Fabrication & Machine, Inc.', 'Marcus Delgado', 'marcus.delgado@redstonefab.example', '(918) 555-0143'),
      shipTo, billTo: addr('Redstone Fabrication & Machine, Inc.', 'PO Box 470112', 'Tulsa', 'OK', '74147', 'US'),
      currency: 'USD', lines, subtotal, tax: 0, shipping: null, total: subtotal, paymentTerms: 'Net 45', shippingMethod: 'UPS Ground',
      notes: 'Tax exempt - resale certificate on file. Partial shipments accepted.',
      urgency: urgency(date, { requested: '2026-05-08', expect: 'normal' }),
    })],
    labelNotes: [
      'kind: Outlook HTML mail (text/plain + text/html alternatives) with signature and legal disclaimer; ERP PO PDF of 2 pages',
      'page 2 repeats the company/PO header and the column header; footers "Page 1 of 2" / "Page 2 of 2" and "Printed ..." are not content',
      'line numbers printed as 10, 20, ... 220 (ERP style) -> lineNo as printed; 22 lines, 13 on page 1 and 9 on page 2',
      'quantities "1,000" / "2,000" are US thousands; unit prices printed with 4 decimals (0.0850, 0.0325 ...)',
      'Freight "TBD" -> shipping null; "Sales Tax 0.00" -> tax 0; sender address is mixed case in From -> lower-cased',
      'urgency normal: no words, Delivery Date 05/08/2026 is 24 days out',
    ],
  };
}

// ------------------------------------------------------------------ P2: UK small shop, unruled table, iPhone mail
async function p2(): Promise<Case> {
  const date = 'Wed, 22 Apr 2026 07:05:44 +0100';
  const rows: Row[] = [
    ['SCR-4X40-200', 'Wood screws 4.0 x 40 pozi, box of 200', 20, 'box', 4.85],
    ['SCR-5X70-100', 'Wood screws 5.0 x 70 pozi, box of 100', 12, 'box', 6.2],
    ['ABR-P120-50', 'Sanding discs 125mm P120 (pack 50)', 10, 'pk', 11.4],
    ['ABR-P180-50', 'Sanding discs 125mm P180 (pack 50)', 10, 'pk', 11.4],
    ['WG-PVA-5L', 'PVA wood glue D3, 5 litre', 4, 'ea', 18.75],
    ['HNG-35-SC', 'Concealed hinge 35mm soft close, full overlay', 100, 'ea', 1.62],
  ];
  const lines = mkLines(rows, { numbered: false });
  const subtotal = sumLines(lines);
  const tax = round2(subtotal * 0.2);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: 'Code', w: 88 }, { header: 'Description', w: 215 }, { header: 'Qty', w: 40, align: 'right' }, { header: 'Unit', w: 40 }, { header: 'Price (£)', w: 62, align: 'right' }, { header: 'Total (£)', w: 70, align: 'right' }];
  const pdf = await makePdf({ size: 'A4', title: 'HF-2291' }, (doc) => {
    at(doc, 'Harrow & Finch Joinery Ltd', 40, 42, { size: 17, bold: true });
    block(doc, ['Unit 4, Brookfield Trading Estate', 'Kettering, Northamptonshire NN16 8QP', 'Tel 01536 555 214  ·  VAT Reg GB 284 5512 09'], 40, 66, { size: 9 });
    at(doc, 'PURCHASE ORDER', 380, 42, { size: 14, bold: true, width: 175, align: 'right' });
    const kv = [['Order No:', 'HF-2291'], ['Date:', '22/04/2026'], ['Required by:', '06/05/2026'], ['Our ref:', 'T. Finch']];
    kv.forEach(([k, v], i) => { at(doc, k, 395, 66 + i * 12, { size: 9 }); at(doc, v, 470, 66 + i * 12, { size: 9, width: 85, align: 'right' }); });
    at(doc, 'Supplier:', 40, 136, { size: 9, bold: true });
    block(doc, [...NW_ADDR, 'USA'], 40, 149, { size: 9 });
    at(doc, 'Deliver to:', 300, 136, { size: 9, bold: true });
    block(doc, ['Harrow & Finch Joinery Ltd', 'Unit 4, Brookfield Trading Estate', 'Kettering, Northamptonshire', 'NN16 8QP'], 300, 149, { size: 9 });
    at(doc, 'Invoice to: as above (FAO Accounts)', 300, 203, { size: 9 });
    let y = 240;
    y = row(doc, 40, y, cols, cols.map((c) => c.header), { bold: true, size: 9, rule: 'none' });
    y += 4;
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [r[0]!, r[1], String(r[2]), r[3]!, us(r[4]!), us(lines[i].amount!)], { size: 9, rule: 'none', pad: 4 }); });
    y += 16;
    const tot: [string, string][] = [['Goods', us(subtotal)], ['VAT @ 20%', us(tax)], ['Total', `£${us(total)}`]];
    tot.forEach(([k, v], i) => { at(doc, k, 390, y + i * 14, { size: 9, bold: i === 2 }); at(doc, v, 465, y + i * 14, { size: 9, bold: i === 2, width: 90, align: 'right' }); });
    at(doc, 'Please quote our order number on all delivery notes and invoices. Deliveries accepted 8am - 4pm.', 40, y + 70, { size: 8.5 });
    at(doc, 'Signed: T Finch', 40, y + 90, { size: 9 });
  });
  const addrHF = addr('Harrow & Finch Joinery Ltd', 'Unit 4, Brookfield Trading Estate', 'Kettering', 'Northamptonshire', 'NN16 8QP', 'GB');
  return {
    file: 'h3-pdf-noruling-en-02.eml',
    mail: {
      from: 'Tom Finch <tom@harrowfinch.example>', subject: 'PO HF-2291', date, messageId: '<6F1C2A0B-77D4-4E0B-9C3A-2B8E1F40A1D2@harrowfinch.example>',
      text: 'Hi, PO attached. Delivery w/c 4th May please.\n\nCheers\nTom\n\nSent from my iPhone\n',
      headers: { 'X-Mailer': 'iPhone Mail (21E236)' },
      attachments: [{ filename: 'HF-2291.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('HF-2291.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'HF-2291', orderDate: '2026-04-22', requestedDeliveryDate: '2026-05-06',
      buyer: buyer('Harrow & Finch Joinery Ltd', 'Tom Finch', 'tom@harrowfinch.example', '01536 555 214'),
      shipTo: addrHF, billTo: addrHF, currency: 'GBP', lines, subtotal, tax, total,
      urgency: urgency(date, { requested: '2026-05-06', expect: 'normal' }),
    })],
    labelNotes: [
      'kind: short iPhone mail ("Sent from my iPhone") + small-shop PDF; table has NO ruling at all, numbers right-aligned; no line numbers -> lineNo null',
      'UK sender (GB address, £, VAT): "Required by: 06/05/2026" is day-first -> 2026-05-06 (not June 5); body "w/c 4th May" agrees',
      'units as printed box/pk/ea -> BOX/PK/EA; "Invoice to: as above" -> billTo = deliver-to address',
      'urgency normal: 14 calendar days, no words',
    ],
  };
}

// ------------------------------------------------------------------ P3: Canada, scan0001.pdf, discount row, expedite
async function p3(): Promise<Case> {
  const date = 'Thu, 16 Apr 2026 11:20:03 -0300';
  const rows: Row[] = [
    ['MR-SS316-38', 'Bow shackle, stainless 316, 3/8"', 24, 'EA', 12.4],
    ['MR-ZN-ANODE-4', 'Zinc hull anode, 4 lb, bolt-on', 10, 'EA', 38.9],
    ['LUB-MG-400', 'Marine grease, 400 g cartridge', 40, 'EA', 9.85],
    ['HC-SS-2-10', 'Hose clamp SS 2" (bag of 10)', 15, 'BAG', 21.6],
    ['RP-NYL-12-600', 'Nylon rope 1/2" x 600 ft, white', 2, 'RL', 188.5],
    ['PPE-PFD-T3', 'Work vest PFD, Type III, universal', 8, 'EA', 87.3],
  ];
  const lines = mkLines(rows);
  const gross = sumLines(lines);
  const disc = round2(gross * 0.05);
  const subtotal = round2(gross - disc);
  const tax = round2(subtotal * 0.15);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: 'Item', w: 32, align: 'center' }, { header: 'Part No.', w: 90 }, { header: 'Description', w: 200 }, { header: 'Qty', w: 40, align: 'right' }, { header: 'Unit', w: 36, align: 'center' }, { header: 'Unit Price', w: 62, align: 'right' }, { header: 'Amount', w: 72, align: 'right' }];
  const pdf = await makePdf({ title: 'scan0001' }, (doc) => {
    at(doc, 'BLUEWATER MARINE SERVICES INC.', 40, 40, { size: 15, bold: true, color: '#0b3d6b' });
    block(doc, ['1869 Upper Water St, Halifax, NS B3J 1S9', 'Tel 902-555-0100  ·  GST/HST # 81234 5678 RT0001'], 40, 60, { size: 8.5 });
    at(doc, 'PURCHASE ORDER', 372, 40, { size: 15, bold: true, width: 200, align: 'right' });
    const kv = [['PO No.', 'BWM-26-0417'], ['Date', '2026-04-16'], ['Required', '2026-04-24'], ['Currency', 'CAD']];
    kv.forEach(([k, v], i) => { at(doc, k, 430, 62 + i * 11, { size: 8.5 }); at(doc, v, 490, 62 + i * 11, { size: 8.5, bold: true, width: 82, align: 'right' }); });
    at(doc, 'VENDOR', 40, 120, { size: 8, bold: true });
    block(doc, NW_ADDR, 40, 132, { size: 8.5 });
    at(doc, 'SHIP TO', 220, 120, { size: 8, bold: true });
    block(doc, ['Bluewater Marine Services Inc. - Pier 21 Shed B', '1055 Marginal Rd', 'Halifax, NS B3H 4P7'], 220, 132, { size: 8.5 });
    at(doc, 'BILL TO', 420, 120, { size: 8, bold: true });
    block(doc, ['Bluewater Marine Services Inc.', '1869 Upper Water St', 'Halifax, NS B3J 1S9'], 420, 132, { size: 8.5 });
    const strip: Col[] = [{ header: 'Buyer', w: 133 }, { header: 'Phone', w: 133 }, { header: 'Ship Via', w: 133 }, { header: 'Terms', w: 133 }];
    let y = row(doc, 40, 180, strip, strip.map((c) => c.header), { size: 7.5, bold: true, rule: 'box', fill: '#dde6ef' });
    y = row(doc, 40, y, strip, ['Priya Raman', '902-555-0176', 'Day & Ross LTL', 'Net 30'], { size: 8.5, rule: 'box' });
    y = row(doc, 40, y + 12, cols, cols.map((c) => c.header), { size: 8, bold: true, rule: 'box', fill: '#dde6ef' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [String(i + 1), r[0]!, r[1], String(r[2]), r[3]!, us(r[4]!), us(lines[i].amount!)], { rule: 'box' }); });
    y = row(doc, 40, y, cols, ['', '', 'Discount 5%', '', '', '', `-${us(disc)}`], { rule: 'box', bold: true });
    y += 10;
    const tot: [string, string][] = [['Subtotal', us(subtotal)], ['HST (15%)', us(tax)], ['TOTAL CAD', us(total)]];
    tot.forEach(([k, v], i) => { at(doc, k, 400, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 490, y + i * 13, { size: 9, bold: i === 2, width: 82, align: 'right' }); });
    at(doc, 'Notes: Please expedite if possible - vessel maintenance window starts April 27. Discount as per quote Q-3381.', 40, y + 56, { size: 8.5, width: 532 });
    at(doc, 'Approved: P. Raman', 40, y + 84, { size: 8.5 });
  });
  return {
    file: 'h3-pdf-scan-en-03.eml',
    mail: {
      from: 'Priya Raman <priya.raman@bluewatermarine.example>', subject: 'Scanned document from BWM-MFP-02', date,
      messageId: '<20260416142003.5b1f@bluewatermarine.example>',
      text: 'Hi,\n\nSee attached.\n\nPriya\n\n--\nPriya Raman | Purchasing | Bluewater Marine Services Inc. | 902-555-0176\n',
      attachments: [{ filename: 'scan0001.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('scan0001.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'BWM-26-0417', orderDate: '2026-04-16', requestedDeliveryDate: '2026-04-24',
      buyer: buyer('Bluewater Marine Services Inc.', 'Priya Raman', 'priya.raman@bluewatermarine.example', '902-555-0176'),
      shipTo: addr('Bluewater Marine Services Inc. - Pier 21 Shed B', '1055 Marginal Rd', 'Halifax', 'NS', 'B3H 4P7', 'CA'),
      billTo: addr('Bluewater Marine Services Inc.', '1869 Upper Water St', 'Halifax', 'NS', 'B3J 1S9', 'CA'),
      currency: 'CAD', lines, subtotal, tax, total, paymentTerms: 'Net 30', shippingMethod: 'Day & Ross LTL',
      notes: 'Please expedite if possible - vessel maintenance window starts April 27. Discount 5% as per quote Q-3381.',
      urgency: urgency(date, { words: [{ level: 'high', reason: 'priority wording "Please expedite if possible" in the PDF notes' }], requested: '2026-04-24', expect: 'high' }),
    })],
    labelNotes: [
      'kind: body just "See attached."; subject is a scanner subject; attachment named scan0001.pdf but it is a text PDF',
      `"Discount 5%" is a separate table row (-${us(disc)}), NOT an item: 6 lines only; printed Subtotal ${us(subtotal)} is after the discount (items sum ${us(gross)})`,
      'Canadian: currency CAD (written), ISO dates, HST 15% -> tax',
      'urgency high: "Please expedite if possible" (soft wording); date 8 calendar days would be normal',
    ],
  };
}

// ------------------------------------------------------------------ P4: octet-stream PDF, ship-to left / vendor right, RUSH only in PDF
async function p4(): Promise<Case> {
  const date = 'Mon, 20 Apr 2026 06:48:00 -0700';
  const rows: Row[] = [
    ['BRG-UCP208-24', 'Pillow block bearing UCP208-24, 1-1/2" bore', 2, 'EA', 46.8],
    ['BLT-B75', 'V-belt B75 (5L780)', 4, 'EA', 18.45],
    ['CAP-88-108', 'Motor start capacitor 88-108 uF 250 VAC', 3, 'EA', 14.9],
    ['CONT-40A-3P', 'Contactor 3-pole 40 A, 120 V coil', 1, 'EA', 62],
  ];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines);
  const shipping = 85;
  const total = round2(subtotal + shipping);
  const cols: Col[] = [{ header: 'Ln', w: 26, align: 'center' }, { header: 'Qty', w: 38, align: 'right' }, { header: 'Unit', w: 36, align: 'center' }, { header: 'Part Number', w: 100 }, { header: 'Description', w: 196 }, { header: 'Unit Price', w: 66, align: 'right' }, { header: 'Total', w: 70, align: 'right' }];
  const pdf = await makePdf({ title: 'PO 60217' }, (doc) => {
    at(doc, 'CASCADE COLD STORAGE CO.', 40, 40, { size: 16, bold: true });
    at(doc, 'Refrigerated warehousing  ·  Yakima, Washington', 40, 60, { size: 8.5 });
    at(doc, 'PURCHASE ORDER', 372, 38, { size: 13, bold: true, width: 200, align: 'right' });
    at(doc, 'No. 60217', 372, 55, { size: 13, bold: true, width: 200, align: 'right' });
    at(doc, 'Date: 04/20/2026', 372, 72, { size: 9, width: 200, align: 'right' });
    doc.save().rect(40, 92, 532, 20).fill('#c00000').restore();
    at(doc, '*** RUSH - LINE DOWN - SHIP OVERNIGHT ***', 40, 97, { size: 11, bold: true, color: 'white', width: 532, align: 'center' });
    doc.lineWidth(0.8).rect(40, 124, 250, 74).stroke().rect(322, 124, 250, 74).stroke();
    at(doc, 'SHIP TO:', 46, 129, { size: 8, bold: true });
    block(doc, ['Cascade Cold Storage Co. - Plant 2', '1400 W Washington Ave', 'Yakima, WA 98903'], 46, 141, { size: 9 });
    at(doc, 'VENDOR:', 328, 129, { size: 8, bold: true });
    block(doc, [...NW_ADDR, 'Our acct # CCS-4471'], 328, 141, { size: 9 });
    const strip: Col[] = [{ header: 'Requisitioner', w: 133 }, { header: 'Ship Via', w: 133 }, { header: 'Need Date', w: 133 }, { header: 'Terms', w: 133 }];
    let y = row(doc, 40, 210, strip, strip.map((c) => c.header), { size: 7.5, bold: true, rule: 'box', fill: '#eeeeee' });
    y = row(doc, 40, y, strip, ['Dale Whitcomb  (509) 555-0122', 'FedEx Priority Overnight', '04/21/2026', 'Net 30'], { size: 8.5, rule: 'box' });
    y = row(doc, 40, y + 14, cols, cols.map((c) => c.header), { size: 8, bold: true, rule: 'box', fill: '#eeeeee' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [String(i + 1), String(r[2]), r[3]!, r[0]!, r[1], us(r[4]!), us(lines[i].amount!)], { rule: 'box', minH: 18 }); });
    y += 10;
    const tot: [string, string][] = [['Subtotal', us(subtotal)], ['Freight (est.)', us(shipping)], ['TOTAL', `$${us(total)}`]];
    tot.forEach(([k, v], i) => { at(doc, k, 400, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 490, y + i * 13, { size: 9, bold: i === 2, width: 82, align: 'right' }); });
    hline(doc, 40, 572, 700, 0.4);
    at(doc, 'Send invoices to: Cascade Cold Storage Co., Accounts Payable, PO Box 9021, Yakima, WA 98909  ·  ap@cascadecold.example', 40, 706, { size: 8, width: 532 });
    at(doc, 'Please call receiving at (509) 555-0120 before delivery. Packing slip must show PO number.', 40, 720, { size: 8, width: 532 });
  });
  return {
    file: 'h3-pdf-octet-en-04.eml',
    mail: {
      from: 'Dale Whitcomb <dwhitcomb@cascadecold.example>', subject: 'PO 60217', date, messageId: '<c4a1d9e2-60217@mail.cascadecold.example>',
      text: 'Dale Whitcomb here - PO 60217 attached. Thanks.\n\nDale Whitcomb\nMaintenance Planner\nCascade Cold Storage Co.\n(509) 555-0122\n',
      attachments: [{ filename: 'PO60217.pdf', content: pdf.buf, contentType: 'application/octet-stream' }],
    },
    documents: [bodyDoc(), pdfDoc('PO60217.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: '60217', orderDate: '2026-04-20', requestedDeliveryDate: '2026-04-21',
      buyer: buyer('Cascade Cold Storage Co.', 'Dale Whitcomb', 'dwhitcomb@cascadecold.example', '(509) 555-0122'),
      shipTo: addr('Cascade Cold Storage Co. - Plant 2', '1400 W Washington Ave', 'Yakima', 'WA', '98903', 'US'),
      billTo: addr('Cascade Cold Storage Co., Accounts Payable', 'PO Box 9021', 'Yakima', 'WA', '98909', 'US'),
      currency: 'USD', lines, subtotal, shipping, total, paymentTerms: 'Net 30', shippingMethod: 'FedEx Priority Overnight',
      urgency: urgency(date, {
        words: [{ level: 'urgent', reason: 'urgent words "RUSH - LINE DOWN - SHIP OVERNIGHT" in the PDF banner (body and subject are neutral)' }],
        requested: '2026-04-21', expect: 'urgent',
      }),
    })],
    labelNotes: [
      'kind: PDF attached with Content-Type application/octet-stream (filename .pdf) -> still read as PDF',
      'layout: SHIP TO block on the LEFT, VENDOR (us) on the RIGHT - vendor address must not become ship-to; Qty column comes before the part number',
      'bill-to only in the footer "Send invoices to: ..."',
      '"Freight (est.) 85.00" -> shipping 85; "$" with US address -> USD',
      'urgency urgent: banner words in the PDF only; Need Date 04/21/2026 is also 1 business day',
    ],
  };
}

// ------------------------------------------------------------------ P5: per-line Requested Ship Date
async function p5(): Promise<Case> {
  const date = 'Mon, 13 Apr 2026 15:02:10 -0400';
  const rows: Row[] = [
    ['GSK-TC-2-EPDM', 'Tri-clamp gasket 2" EPDM', 50, null, 1.35],
    ['CLMP-TC-2', 'Tri-clamp 2" single pin, SS304', 20, null, 7.9],
    ['VLV-BFLY-2-TC', 'Butterfly valve 2" tri-clamp, EPDM seat', 4, null, 64],
    ['HOSE-BEV-15-25', 'Beverage hose 1-1/2" ID x 25 ft w/ TC ends', 2, null, 289],
    ['CHEM-PAA-5', 'Peracetic acid sanitizer, 5 gal', 3, null, 112.5],
  ];
  const ship = ['04/17/2026', '04/17/2026', '04/24/2026', '05/01/2026', '04/24/2026'];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines);
  const tax = round2(subtotal * 0.06);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: '#', w: 24, align: 'center' }, { header: 'Item', w: 96 }, { header: 'Description', w: 196 }, { header: 'Qty', w: 40, align: 'right' }, { header: 'Price', w: 56, align: 'right' }, { header: 'Amount', w: 62, align: 'right' }, { header: 'Requested Ship Date', w: 58, align: 'center' }];
  const pdf = await makePdf({ title: 'FB-1187' }, (doc) => {
    at(doc, 'Ferris Brothers Brewing Company', 40, 40, { size: 16, bold: true, color: '#7a4b12' });
    block(doc, ['1420 Monroe Ave NW', 'Grand Rapids, MI 49505', '(616) 555-0139  ·  ops@ferrisbrewing.example'], 40, 62, { size: 8.5 });
    at(doc, 'Purchase Order', 372, 40, { size: 14, bold: true, width: 200, align: 'right' });
    block(doc, ['PO #: FB-1187', 'Order Date: 04/13/2026', 'Terms: Net 30', 'Ship Via: Best Way'], 452, 62, { size: 8.5 });
    at(doc, 'To:', 40, 122, { size: 8.5, bold: true });
    block(doc, NW_ADDR, 40, 134, { size: 8.5 });
    at(doc, 'Ship To:', 230, 122, { size: 8.5, bold: true });
    block(doc, ['Ferris Brothers Brewing Co. - Production', '1420 Monroe Ave NW', 'Grand Rapids, MI 49505'], 230, 134, { size: 8.5 });
    at(doc, 'Bill To:', 420, 122, { size: 8.5, bold: true });
    block(doc, ['Ferris Brothers Brewing Company', '1420 Monroe Ave NW', 'Grand Rapids, MI 49505'], 420, 134, { size: 8.5 });
    let y = row(doc, 40, 190, cols, cols.map((c) => c.header), { size: 8, bold: true, rule: 'box', fill: '#f1e4d0' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [String(i + 1), r[0]!, r[1], String(r[2]), us(r[4]!), us(lines[i].amount!), ship[i]], { rule: 'box' }); });
    y += 10;
    const tot: [string, string][] = [['Subtotal', us(subtotal)], ['Sales Tax (6%)', us(tax)], ['Total', us(total)]];
    tot.forEach(([k, v], i) => { at(doc, k, 400, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 490, y + i * 13, { size: 9, bold: i === 2, width: 82, align: 'right' }); });
    at(doc, 'Please ship each line by its requested ship date. Partial shipments OK. Questions: Ana Ferris, (616) 555-0139.', 40, y + 56, { size: 8.5, width: 532 });
  });
  return {
    file: 'h3-pdf-shipdates-en-05.eml',
    mail: {
      from: 'Ana Ferris <ana@ferrisbrewing.example>', subject: 'Ferris Bros PO FB-1187', date, messageId: '<CAF3rr1s+FB1187-x9@mail.ferrisbrewing.example>',
      text: 'Hi there,\n\nAttached is PO FB-1187. Ship dates are per line - the gaskets and clamps are needed first.\n\nThanks!\nAna\n\nAna Ferris | Operations Manager\nFerris Brothers Brewing Company\n(616) 555-0139\n',
      attachments: [{ filename: 'FB-1187.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('FB-1187.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'FB-1187', orderDate: '2026-04-13', requestedDeliveryDate: '2026-04-17',
      buyer: buyer('Ferris Brothers Brewing Company', 'Ana Ferris', 'ana@ferrisbrewing.example', '(616) 555-0139'),
      shipTo: addr('Ferris Brothers Brewing Co. - Production', '1420 Monroe Ave NW', 'Grand Rapids', 'MI', '49505', 'US'),
      billTo: addr('Ferris Brothers Brewing Company', '1420 Monroe Ave NW', 'Grand Rapids', 'MI', '49505', 'US'),
      currency: 'USD', lines, subtotal, tax, total, paymentTerms: 'Net 30', shippingMethod: 'Best Way',
      notes: 'Requested ship dates per line: lines 1-2 04/17/2026, lines 3 and 5 04/24/2026, line 4 05/01/2026. Partial shipments OK.',
      urgency: urgency(date, { requested: '2026-04-17', expect: 'high' }),
    })],
    labelNotes: [
      'each line has its own "Requested Ship Date" (04/17, 04/17, 04/24, 05/01, 04/24); the order-level requestedDeliveryDate is the EARLIEST, 2026-04-17',
      'no unit column -> unit null; "$" not printed, US address -> USD',
      'urgency high: earliest date 04/17 (Fri) is 4 calendar / 4 business days after Mon 04/13',
    ],
  };
}

// ------------------------------------------------------------------ P6: school district, wrong total
async function p6(): Promise<Case> {
  const date = 'Wed, 15 Apr 2026 10:15:00 -0700';
  const rows: Row[] = [
    ['JAN-LNR-4046', 'Can liner 40x46, 1.5 mil, black (case/100)', 30, 'CS', 27.8],
    ['JAN-TWL-MF', 'Multifold paper towels, white (case/4000)', 25, 'CS', 31.25],
    ['JAN-TP-2PLY', 'Toilet tissue 2-ply 500 sheets (case/96)', 20, 'CS', 48.6],
    ['JAN-SOAP-FOAM', 'Foam hand soap refill 1000 ml (case/6)', 12, 'CS', 42.9],
    ['JAN-MOP-24', 'Wet mop head 24 oz, cotton blend', 24, 'EA', 6.35],
  ];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines); // 3254.45
  if (subtotal !== 3254.45) throw new Error(`p6 subtotal ${subtotal}`);
  const printedTotal = 3524.45; // transposed digits, deliberately wrong
  const cols: Col[] = [{ header: 'Line', w: 30, align: 'center' }, { header: 'Qty', w: 36, align: 'right' }, { header: 'Unit', w: 32, align: 'center' }, { header: 'Item No.', w: 96 }, { header: 'Description', w: 206 }, { header: 'Unit Price', w: 62, align: 'right' }, { header: 'Extended', w: 70, align: 'right' }];
  const pdf = await makePdf({ title: 'PO 26-00841' }, (doc) => {
    at(doc, 'SIERRA VISTA UNIFIED SCHOOL DISTRICT', 40, 40, { size: 14, bold: true });
    at(doc, 'Purchasing Department  ·  3405 E Fry Blvd  ·  Sierra Vista, AZ 85635  ·  (520) 555-0150', 40, 58, { size: 8.5 });
    hline(doc, 40, 572, 72, 1);
    at(doc, 'PURCHASE ORDER No. 26-00841', 40, 82, { size: 13, bold: true });
    block(doc, ['Date: 04/15/2026', 'Fiscal Year: 2025-26', 'Requisition: R-26-03312', 'Buyer: Lorraine Tso  (520) 555-0160'], 372, 82, { size: 8.5 });
    at(doc, 'VENDOR', 40, 134, { size: 8, bold: true });
    block(doc, [...NW_ADDR, 'Vendor # 004417'], 40, 146, { size: 8.5 });
    at(doc, 'SHIP TO', 220, 134, { size: 8, bold: true });
    block(doc, ['SVUSD Central Warehouse', '3555 E Fry Blvd', 'Sierra Vista, AZ 85635'], 220, 146, { size: 8.5 });
    at(doc, 'BILL TO', 400, 134, { size: 8, bold: true });
    block(doc, ['SVUSD Accounts Payable', '3405 E Fry Blvd', 'Sierra Vista, AZ 85635'], 400, 146, { size: 8.5 });
    const strip: Col[] = [{ header: 'Deliver By', w: 133 }, { header: 'F.O.B.', w: 133 }, { header: 'Terms', w: 133 }, { header: 'Ship Via', w: 133 }];
    let y = row(doc, 40, 200, strip, strip.map((c) => c.header), { size: 7.5, bold: true, rule: 'box', fill: '#e9e9e9' });
    y = row(doc, 40, y, strip, ['05/29/2026', 'Destination', 'Net 30', 'Vendor truck'], { size: 8.5, rule: 'box' });
    y = row(doc, 40, y + 12, cols, cols.map((c) => c.header), { size: 8, bold: true, rule: 'box', fill: '#e9e9e9' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [String(i + 1), String(r[2]), r[3]!, r[0]!, r[1], us(r[4]!), us(lines[i].amount!)], { rule: 'box' }); });
    y += 10;
    const tot: [string, string][] = [['Subtotal', us(subtotal)], ['Tax', '0.00'], ['Shipping', '0.00'], ['TOTAL', us(printedTotal)]];
    tot.forEach(([k, v], i) => { at(doc, k, 400, y + i * 13, { size: 9, bold: i === 3 }); at(doc, v, 490, y + i * 13, { size: 9, bold: i === 3, width: 82, align: 'right' }); });
    block(doc, ['District is tax exempt (A.R.S. 42-5061).  Account code 10-0000-2620-4300-000.', 'Deliveries to Central Warehouse only, Mon-Thu 6:30 AM - 2:30 PM.'], 40, y + 66, { size: 8.5 });
    at(doc, 'Authorized Signature: ______________________   Director of Purchasing', 40, y + 100, { size: 8.5 });
  });
  return {
    file: 'h3-pdf-badtotal-en-06.eml',
    mail: {
      from: 'Lorraine Tso <ltso@svusd.example>', subject: 'SVUSD PO 26-00841', date, messageId: '<SVUSD.26-00841.20260415101500@svusd.example>',
      text: 'Good morning,\n\nAttached is PO 26-00841 for custodial supplies. Please reference the PO number on your invoice.\n\nLorraine Tso\nBuyer II, Purchasing\nSierra Vista Unified School District\n(520) 555-0160\n',
      attachments: [{ filename: 'PO 26-00841.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('PO 26-00841.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: '26-00841', orderDate: '2026-04-15', requestedDeliveryDate: '2026-05-29',
      buyer: buyer('Sierra Vista Unified School District', 'Lorraine Tso', 'ltso@svusd.example', '(520) 555-0160'),
      shipTo: addr('SVUSD Central Warehouse', '3555 E Fry Blvd', 'Sierra Vista', 'AZ', '85635', 'US'),
      billTo: addr('SVUSD Accounts Payable', '3405 E Fry Blvd', 'Sierra Vista', 'AZ', '85635', 'US'),
      currency: 'USD', lines, subtotal, tax: 0, shipping: 0, total: printedTotal, paymentTerms: 'Net 30', shippingMethod: 'Vendor truck',
      notes: 'District is tax exempt. Deliveries to Central Warehouse only, Mon-Thu 6:30 AM - 2:30 PM.',
      urgency: urgency(date, { requested: '2026-05-29', expect: 'normal' }),
      needsReview: true,
      reviewReasons: ['printed TOTAL 3,524.45 does not equal Subtotal 3,254.45 + Tax 0.00 + Shipping 0.00 (digits look transposed)'],
    })],
    labelNotes: [
      'DELIBERATELY WRONG TOTAL: lines and Subtotal agree (3,254.45) but TOTAL is printed 3,524.45 -> total as printed, needsReview true',
      'attachment file name contains a space ("PO 26-00841.pdf"); Qty/Unit columns come before the item number',
      'Date header -0700 (Arizona) -> receivedAt 17:15Z',
    ],
  };
}

// ------------------------------------------------------------------ P7: German ERP, 2.500 quantities, 4-decimal prices
async function p7(): Promise<Case> {
  const date = 'Thu, 16 Apr 2026 09:30:00 +0200';
  const rows: Row[] = [
    ['DIN912-M6x20-8.8', 'Zylinderschraube DIN 912 M6x20 8.8 verzinkt', 2500, 'Stk', 0.062],
    ['DIN934-M6-8', 'Sechskantmutter DIN 934 M6 Kl. 8 verzinkt', 2500, 'Stk', 0.024],
    ['DIN125-A6.4', 'Scheibe DIN 125 A 6,4 verzinkt', 5000, 'Stk', 0.0085],
    ['6204-2RS-C3', 'Rillenkugellager 6204-2RS C3', 40, 'Stk', 3.95],
    ['SPZ-1250', 'Keilriemen SPZ 1250 Lw', 12, 'Stk', 7.8],
    ['OEL-CLP220-20', 'Getriebeöl CLP 220, 20-l-Kanister', 3, 'Kan', 96.4],
  ];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines);
  const tax = round2(subtotal * 0.19);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: 'Pos.', w: 30, align: 'center' }, { header: 'Artikel-Nr.', w: 92 }, { header: 'Bezeichnung', w: 190 }, { header: 'Menge', w: 46, align: 'right' }, { header: 'ME', w: 30, align: 'center' }, { header: 'Preis/ME', w: 58, align: 'right' }, { header: 'Betrag EUR', w: 69, align: 'right' }];
  const pdf = await makePdf({ size: 'A4', title: 'Bestellung 4711-2026-0193', margin: 50 }, (doc) => {
    at(doc, 'HAGEDORN', 50, 40, { size: 20, bold: true, color: '#1d4e89' });
    at(doc, 'Antriebstechnik GmbH', 50, 62, { size: 10, color: '#1d4e89' });
    at(doc, 'Hagedorn Antriebstechnik GmbH · Industriestraße 14 · 33334 Gütersloh', 50, 110, { size: 6.5 });
    block(doc, [...NW_ADDR, 'USA'], 50, 122, { size: 9.5 });
    const kv = [['Bestell-Nr.:', '4711-2026-0193'], ['Datum:', '16.04.2026'], ['Lieferanten-Nr.:', '70412'], ['Ansprechpartner:', 'Sabine Krüger'], ['Telefon:', '+49 5241 555-318'], ['E-Mail:', 's.krueger@hagedorn-antrieb.example']];
    kv.forEach(([k, v], i) => { at(doc, k, 330, 110 + i * 12, { size: 8.5 }); at(doc, v, 410, 110 + i * 12, { size: 8.5 }); });
    at(doc, 'Bestellung', 50, 200, { size: 16, bold: true });
    at(doc, 'Lieferadresse:', 50, 226, { size: 8.5, bold: true });
    block(doc, ['Hagedorn Antriebstechnik GmbH - Werk 2', 'Industriestraße 14', '33334 Gütersloh'], 50, 238, { size: 8.5 });
    at(doc, 'Rechnungsadresse:', 300, 226, { size: 8.5, bold: true });
    block(doc, ['Hagedorn Antriebstechnik GmbH', 'Postfach 1207', '33332 Gütersloh'], 300, 238, { size: 8.5 });
    block(doc, ['Liefertermin: 08.05.2026', 'Versandart: Spedition, frei Haus', 'Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto'], 50, 284, { size: 8.5 });
    let y = row(doc, 50, 326, cols, cols.map((c) => c.header), { size: 8, bold: true, rule: 'under' });
    rows.forEach((r, i) => { y = row(doc, 50, y, cols, [String(i + 1), r[0]!, r[1], de(r[2], 0), r[3]!, de(r[4]!, r[4]! < 1 ? 4 : 2), de(lines[i].amount!)], { rule: 'under' }); });
    y += 8;
    const tot: [string, string][] = [['Nettobetrag', de(subtotal)], ['zzgl. 19 % MwSt.', de(tax)], ['Gesamtbetrag EUR', de(total)]];
    tot.forEach(([k, v], i) => { at(doc, k, 360, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 465, y + i * 13, { size: 9, bold: i === 2, width: 80, align: 'right' }); });
    block(doc, ['Bitte geben Sie unsere Bestellnummer auf allen Lieferpapieren und Rechnungen an.', 'Es gelten unsere Allgemeinen Einkaufsbedingungen (www.hagedorn-antrieb.example/aeb).', 'Bitte senden Sie uns umgehend eine Auftragsbestätigung.'], 50, y + 60, { size: 8.5 });
    hline(doc, 50, 545, 770, 0.4);
    at(doc, 'Hagedorn Antriebstechnik GmbH · Sitz Gütersloh · Amtsgericht Gütersloh HRB 5521 · Geschäftsführer: Jörg Hagedorn · USt-IdNr. DE 812 345 678', 50, 776, { size: 6.5, width: 495, align: 'center' });
    at(doc, 'Sparkasse Gütersloh-Rietberg · IBAN DE12 4785 0065 0000 1234 56 · BIC WELADED1GTL   ·   Seite 1 von 1', 50, 786, { size: 6.5, width: 495, align: 'center' });
  });
  return {
    file: 'h3-pdf-bestellung-de-07.eml',
    mail: {
      from: '"Krüger, Sabine" <s.krueger@hagedorn-antrieb.example>', subject: 'Bestellung 4711-2026-0193', date,
      messageId: '<0193.4711.20260416093000@hagedorn-antrieb.example>',
      text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4711-2026-0193. Bitte senden Sie uns eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\n\nSabine Krüger\nEinkauf\n\nHagedorn Antriebstechnik GmbH\nIndustriestraße 14, 33334 Gütersloh\nTel. +49 5241 555-318\n',
      attachments: [{ filename: 'Bestellung_4711-2026-0193.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('Bestellung_4711-2026-0193.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: '4711-2026-0193', orderDate: '2026-04-16', requestedDeliveryDate: '2026-05-08',
      buyer: buyer('Hagedorn Antriebstechnik GmbH', 'Sabine Krüger', 's.krueger@hagedorn-antrieb.example', '+49 5241 555-318'),
      shipTo: addr('Hagedorn Antriebstechnik GmbH - Werk 2', 'Industriestraße 14', 'Gütersloh', null, '33334', 'DE'),
      billTo: addr('Hagedorn Antriebstechnik GmbH', 'Postfach 1207', 'Gütersloh', null, '33332', 'DE'),
      currency: 'EUR', lines, subtotal, tax, total, paymentTerms: '14 Tage 2 % Skonto, 30 Tage netto', shippingMethod: 'Spedition, frei Haus',
      urgency: urgency(date, { requested: '2026-05-08', expect: 'normal' }),
    })],
    labelNotes: [
      'German ERP PO (DIN letter layout: sender line above the address window, bank/HRB footer)',
      'quantities "2.500" / "5.000" are German thousands -> 2500 / 5000; prices under 1 EUR printed with 4 decimals ("0,0085")',
      'units Stk / Kan -> STK / KAN (upper case as written)',
      '"umgehend" (promptly) refers to the order confirmation, not the delivery -> no urgency word; Liefertermin 22 days -> normal',
    ],
  };
}

// ------------------------------------------------------------------ P8: Austrian, EILT / Maschinenstillstand
async function p8(): Promise<Case> {
  const date = 'Fri, 24 Apr 2026 13:10:00 +0200';
  const rows: Row[] = [
    ['HZB-230-400', 'Heizband 230 V / 400 W, Ø 60 mm, B 50 mm', 2, 'Stk', 84.5],
    ['TF-J-1.5', 'Thermoelement Typ J, Bajonett, 1,5 m', 4, 'Stk', 22.9],
    ['SSR-40A', 'Halbleiterrelais 40 A, 24-480 VAC', 2, 'Stk', 31.75],
  ];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines);
  const tax = round2(subtotal * 0.2);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: 'Pos', w: 28, align: 'center' }, { header: 'Menge', w: 40, align: 'right' }, { header: 'Einh.', w: 34, align: 'center' }, { header: 'Artikel-Nr.', w: 86 }, { header: 'Bezeichnung', w: 190 }, { header: 'EP €', w: 55, align: 'right' }, { header: 'GP €', w: 62, align: 'right' }];
  const pdf = await makePdf({ size: 'A4', title: 'Bestellung BK-26-0412' }, (doc) => {
    at(doc, 'Brenner Kunststofftechnik GmbH', 40, 40, { size: 14, bold: true });
    at(doc, 'Gewerbepark 7 · 4614 Marchtrenk · Österreich · Tel. +43 7242 555 71 · UID ATU 6123 4567', 40, 58, { size: 8 });
    at(doc, 'BESTELLUNG', 40, 90, { size: 18, bold: true });
    at(doc, 'EILT! - Maschinenstillstand SGM 4', 300, 94, { size: 12, bold: true, color: '#c00000', width: 255, align: 'right' });
    block(doc, ['An:', ...NW_ADDR, 'USA'], 40, 124, { size: 9 });
    const kv = [['Bestellnummer', 'BK-26-0412'], ['Datum', '24.04.2026'], ['Liefertermin', '27.04.2026'], ['Versand', 'Express (GLS)'], ['Zahlung', '14 Tage netto'], ['Besteller', 'Ing. Lukas Hofer']];
    kv.forEach(([k, v], i) => { at(doc, k, 330, 124 + i * 12, { size: 9 }); at(doc, v, 420, 124 + i * 12, { size: 9, bold: i === 0 }); });
    at(doc, 'Lieferadresse:', 40, 206, { size: 9, bold: true });
    block(doc, ['Brenner Kunststofftechnik GmbH', 'Gewerbepark 7', '4614 Marchtrenk', 'Österreich'], 40, 218, { size: 9 });
    let y = row(doc, 40, 276, cols, cols.map((c) => c.header), { size: 8.5, bold: true, rule: 'box', fill: '#eeeeee' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [String(i + 1), String(r[2]), r[3]!, r[0]!, r[1], de(r[4]!), de(lines[i].amount!)], { rule: 'box', size: 8.5 }); });
    y += 8;
    const tot: [string, string][] = [['Netto', de(subtotal)], ['USt. 20 %', de(tax)], ['Gesamt EUR', de(total)]];
    tot.forEach(([k, v], i) => { at(doc, k, 380, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 475, y + i * 13, { size: 9, bold: i === 2, width: 80, align: 'right' }); });
    at(doc, 'Bitte Versand heute noch per Express - Spritzgussmaschine 4 steht. Danke!', 40, y + 56, { size: 9, bold: true });
  });
  return {
    file: 'h3-pdf-eilt-de-08.eml',
    mail: {
      from: 'Lukas Hofer <l.hofer@brenner-kunststoff.example>', subject: 'DRINGEND: Bestellung BK-26-0412', date,
      messageId: '<1a2b3c4d.BK260412@brenner-kunststoff.example>',
      text: 'Hallo,\n\nanbei Bestellung BK-26-0412 - dringend, bei uns steht die Spritzgussmaschine 4 (Maschinenstillstand). Bitte heute noch per Express versenden und kurz bestätigen.\n\nLG\nLukas Hofer\nInstandhaltung\nBrenner Kunststofftechnik GmbH\nTel. +43 7242 555 71\n',
      attachments: [{ filename: 'Bestellung_BK-26-0412.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('Bestellung_BK-26-0412.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'BK-26-0412', orderDate: '2026-04-24', requestedDeliveryDate: '2026-04-27',
      buyer: buyer('Brenner Kunststofftechnik GmbH', 'Lukas Hofer', 'l.hofer@brenner-kunststoff.example', '+43 7242 555 71'),
      shipTo: addr('Brenner Kunststofftechnik GmbH', 'Gewerbepark 7', 'Marchtrenk', null, '4614', 'AT'),
      currency: 'EUR', lines, subtotal, tax, total, paymentTerms: '14 Tage netto', shippingMethod: 'Express (GLS)',
      notes: 'Bitte Versand heute noch per Express - Spritzgussmaschine 4 steht.',
      urgency: urgency(date, {
        words: [{ level: 'urgent', reason: 'urgent words "DRINGEND" (subject, body), "EILT! - Maschinenstillstand" (PDF) = urgent / machine down' }],
        requested: '2026-04-27', expect: 'urgent',
      }),
    })],
    labelNotes: [
      'Austrian German PO (4-digit postal code, USt 20 %, country AT); contact written "Ing. Lukas Hofer" in the PDF -> contactName without the title',
      'urgency urgent: German urgency words (dringend, eilt, Maschinenstillstand = machine down) AND Liefertermin Mon 27.04. is 1 business day after Fri 24.04.',
      'no separate billing address -> billTo null',
    ],
  };
}

// ------------------------------------------------------------------ P9: French, "1 200", pas urgent
async function p9(): Promise<Case> {
  const date = 'Tue, 21 Apr 2026 16:44:00 +0200';
  const rows: Row[] = [
    ['DISQ-125-P80', 'Disque à lamelles Ø 125 mm grain 80', 1200, 'U', 1.12],
    ['FORET-HSS-8', 'Foret HSS Ø 8 mm, queue cylindrique', 50, 'U', 1.95],
    ['GANT-NIT-9', 'Gants nitrile taille 9 (boîte de 100)', 20, 'BTE', 7.4],
    ['GRAISSE-EP2-400', 'Graisse EP2, cartouche 400 g', 24, 'U', 4.35],
  ];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines);
  const tax = round2(subtotal * 0.2);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: 'Réf.', w: 92 }, { header: 'Désignation', w: 205 }, { header: 'Qté', w: 46, align: 'right' }, { header: 'Unité', w: 36, align: 'center' }, { header: 'P.U. HT', w: 55, align: 'right' }, { header: 'Montant HT', w: 66, align: 'right' }];
  const pdf = await makePdf({ size: 'A4', title: 'BC-2026-0318' }, (doc) => {
    at(doc, 'ATELIERS MORVAN SARL', 40, 40, { size: 15, bold: true });
    block(doc, ['Chaudronnerie - Mécanique générale', '18 rue des Forges - 21000 Dijon', 'Tél. 03 80 55 51 20 - SIRET 512 345 678 00021'], 40, 60, { size: 8.5 });
    at(doc, 'BON DE COMMANDE', 330, 40, { size: 15, bold: true, width: 225, align: 'right' });
    at(doc, 'N° BC-2026-0318', 330, 60, { size: 11, bold: true, width: 225, align: 'right' });
    at(doc, 'Dijon, le 21/04/2026', 330, 76, { size: 9, width: 225, align: 'right' });
    at(doc, 'Fournisseur :', 330, 110, { size: 8.5, bold: true });
    block(doc, [...NW_ADDR, 'États-Unis'], 330, 122, { size: 9 });
    at(doc, 'Adresse de livraison :', 40, 110, { size: 8.5, bold: true });
    block(doc, ['Ateliers Morvan SARL - Atelier 2', '4 impasse des Tanneurs', '21000 Dijon'], 40, 122, { size: 9 });
    at(doc, 'Adresse de facturation :', 40, 166, { size: 8.5, bold: true });
    block(doc, ['Ateliers Morvan SARL', '18 rue des Forges', '21000 Dijon'], 40, 178, { size: 9 });
    let y = row(doc, 40, 232, cols, cols.map((c) => c.header), { size: 8.5, bold: true, rule: 'box', fill: '#e8e8e8' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [r[0]!, r[1], fr(r[2], 0), r[3]!, fr(r[4]!), fr(lines[i].amount!)], { rule: 'box', size: 8.5 }); });
    y += 8;
    const tot: [string, string][] = [['Total HT', `${fr(subtotal)} €`], ['TVA 20 %', `${fr(tax)} €`], ['Total TTC', `${fr(total)} €`]];
    tot.forEach(([k, v], i) => { at(doc, k, 380, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 460, y + i * 13, { size: 9, bold: i === 2, width: 95, align: 'right' }); });
    block(doc, ['Date de livraison souhaitée : 12/05/2026', 'Conditions de paiement : 45 jours fin de mois', 'Transport : messagerie', 'Merci de rappeler la référence de la commande sur le bon de livraison et la facture.'], 40, y + 56, { size: 8.5 });
    at(doc, 'Le responsable achats : C. Bonnard', 330, y + 120, { size: 9 });
  });
  return {
    file: 'h3-pdf-bdc-fr-09.eml',
    mail: {
      from: 'Claire Bonnard <c.bonnard@ateliers-morvan.example>', subject: 'Commande BC-2026-0318', date, messageId: '<BC-2026-0318.1745246640@ateliers-morvan.example>',
      text: 'Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande n° BC-2026-0318. Livraison souhaitée le 12/05/2026 - ce n\'est pas urgent.\n\nCordialement,\n\nClaire Bonnard\nResponsable achats\nAteliers Morvan SARL\n03 80 55 51 20\n',
      attachments: [{ filename: 'BC-2026-0318.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('BC-2026-0318.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'BC-2026-0318', orderDate: '2026-04-21', requestedDeliveryDate: '2026-05-12',
      buyer: buyer('Ateliers Morvan SARL', 'Claire Bonnard', 'c.bonnard@ateliers-morvan.example', '03 80 55 51 20'),
      shipTo: addr('Ateliers Morvan SARL - Atelier 2', '4 impasse des Tanneurs', 'Dijon', null, '21000', 'FR'),
      billTo: addr('Ateliers Morvan SARL', '18 rue des Forges', 'Dijon', null, '21000', 'FR'),
      currency: 'EUR', lines, subtotal, tax, total, paymentTerms: '45 jours fin de mois', shippingMethod: 'messagerie',
      urgency: urgency(date, { words: [{ level: 'normal', reason: 'negated phrase "ce n\'est pas urgent" in the body: no urgency from words' }], requested: '2026-05-12', expect: 'normal' }),
    })],
    labelNotes: [
      'French PO: quantity "1 200" uses a space as thousands separator -> 1200; amounts "1 344,00" -> 1344',
      'date "12/05/2026" is French day-first -> 2026-05-12 (not Dec 5); order date from "Dijon, le 21/04/2026"',
      'units U / BTE as printed; urgency normal: negated "pas urgent", 21 days',
    ],
  };
}

// ------------------------------------------------------------------ P10: Belgian French, PRIORITAIRE
async function p10(): Promise<Case> {
  const date = 'Mon, 20 Apr 2026 10:05:00 +0200';
  const rows: Row[] = [
    ['ROUL-6305-ZZ', 'Roulement à billes 6305 ZZ', 10, 'pc', 5.8],
    ['COUR-XPA-1000', 'Courroie trapézoïdale crantée XPA 1000', 6, 'pc', 14.25],
    ['ESS-IND-500', 'Essuyage industriel, rouleau 500 feuilles', 12, 'rlx', 16.9],
    ['SOLV-NET-5L', 'Solvant de nettoyage pour rouleaux, bidon 5 L', 8, 'bid', 27.6],
  ];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines);
  const tax = round2(subtotal * 0.21);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: 'Article', w: 90 }, { header: 'Description', w: 200 }, { header: 'Quantité', w: 50, align: 'right' }, { header: 'Unité', w: 38, align: 'center' }, { header: 'Prix unitaire', w: 62, align: 'right' }, { header: 'Total', w: 62, align: 'right' }];
  const pdf = await makePdf({ size: 'A4', title: 'Commande 26/0457' }, (doc) => {
    at(doc, 'Imprimerie Lemaire & Fils SPRL', 40, 40, { size: 14, bold: true });
    block(doc, ["Rue de l'Industrie 42 - 4020 Liège", 'TVA BE 0456.789.123 - Tél. +32 4 555 21 08'], 40, 58, { size: 8.5 });
    doc.save().lineWidth(2).strokeColor('#c00000').rect(400, 36, 155, 26).stroke().restore();
    at(doc, 'PRIORITAIRE', 400, 43, { size: 13, bold: true, color: '#c00000', width: 155, align: 'center' });
    at(doc, 'COMMANDE N° 26/0457', 40, 96, { size: 13, bold: true });
    block(doc, ['Date : 20.04.2026', 'Livraison souhaitée : 30/04/2026', 'Contact : Julien Lemaire', 'Paiement : 30 jours date de facture'], 40, 116, { size: 9 });
    at(doc, 'Fournisseur', 330, 96, { size: 8.5, bold: true });
    block(doc, NW_ADDR, 330, 108, { size: 9 });
    at(doc, 'Livrer à', 330, 150, { size: 8.5, bold: true });
    block(doc, ['Imprimerie Lemaire & Fils - Atelier', "Rue de l'Industrie 42", '4020 Liège', 'Belgique'], 330, 162, { size: 9 });
    let y = row(doc, 40, 226, cols, cols.map((c) => c.header), { size: 8.5, bold: true, rule: 'under' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [r[0]!, r[1], String(r[2]), r[3]!, fr(r[4]!).replace(' ', '.'), de(lines[i].amount!)], { rule: 'under', size: 8.5 }); });
    y += 8;
    const tot: [string, string][] = [['Total HTVA', de(subtotal)], ['TVA 21 %', de(tax)], ['Total TVAC EUR', de(total)]];
    tot.forEach(([k, v], i) => { at(doc, k, 380, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 475, y + i * 13, { size: 9, bold: i === 2, width: 80, align: 'right' }); });
    at(doc, 'Merci de confirmer la date de livraison par retour de mail.', 40, y + 56, { size: 8.5 });
  });
  return {
    file: 'h3-pdf-prio-fr-10.eml',
    mail: {
      from: 'Julien Lemaire <j.lemaire@imprimerie-lemaire.example>', subject: 'Bon de commande 26/0457', date, messageId: '<260457.lemaire@imprimerie-lemaire.example>',
      text: 'Bonjour,\n\nCi-joint notre commande 26/0457.\n\nBien à vous,\nJulien Lemaire\nImprimerie Lemaire & Fils SPRL\n+32 4 555 21 08\n',
      attachments: [{ filename: 'Commande_26-0457.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('Commande_26-0457.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: '26/0457', orderDate: '2026-04-20', requestedDeliveryDate: '2026-04-30',
      buyer: buyer('Imprimerie Lemaire & Fils SPRL', 'Julien Lemaire', 'j.lemaire@imprimerie-lemaire.example', '+32 4 555 21 08'),
      shipTo: addr('Imprimerie Lemaire & Fils - Atelier', "Rue de l'Industrie 42", 'Liège', null, '4020', 'BE'),
      currency: 'EUR', lines, subtotal, tax, total, paymentTerms: '30 jours date de facture',
      urgency: urgency(date, { words: [{ level: 'high', reason: 'priority word "PRIORITAIRE" stamped on the PDF' }], requested: '2026-04-30', expect: 'high' }),
    })],
    labelNotes: [
      'Belgian French PO: PO number contains a slash "26/0457" (attachment name uses a dash); order date "20.04.2026" with dots, delivery "30/04/2026" with slashes',
      'amounts with dot thousands / comma decimals (de style) -> numbers; units pc / rlx / bid -> PC / RLX / BID',
      'urgency high: "PRIORITAIRE" stamp in the PDF only; date 10 days would be normal',
    ],
  };
}

// ------------------------------------------------------------------ P11: Spanish PO, 7 days
async function p11(): Promise<Case> {
  const date = 'Wed, 22 Apr 2026 12:30:00 +0200';
  const rows: Row[] = [
    ['JUNT-NBR-80', 'Junta tórica NBR 80 x 3 mm', 200, 'ud', 0.42],
    ['RASC-INOX-300', 'Rascador inox 300 mm, mango PP azul', 10, 'ud', 12.6],
    ['LUB-H1-400', 'Grasa alimentaria NSF H1, cartucho 400 g', 48, 'ud', 8.15],
    ['CINTA-PTFE-12', 'Cinta PTFE 12 mm x 12 m', 100, 'ud', 0.68],
    ['BOTA-S3-42', 'Bota de seguridad S3 blanca, talla 42', 6, 'par', 39.9],
  ];
  const lines = mkLines(rows);
  const subtotal = sumLines(lines);
  const tax = round2(subtotal * 0.21);
  const total = round2(subtotal + tax);
  const cols: Col[] = [{ header: 'Lín.', w: 28, align: 'center' }, { header: 'Código', w: 86 }, { header: 'Descripción', w: 200 }, { header: 'Cant.', w: 44, align: 'right' }, { header: 'Ud.', w: 30, align: 'center' }, { header: 'Precio', w: 55, align: 'right' }, { header: 'Importe', w: 72, align: 'right' }];
  const pdf = await makePdf({ size: 'A4', title: 'OC-26/1142' }, (doc) => {
    at(doc, 'CONSERVAS GALAICAS, S.L.', 40, 40, { size: 15, bold: true, color: '#08507a' });
    block(doc, ['Polígono Industrial A Granxa, Parcela 112', '36400 O Porriño (Pontevedra) - España', 'CIF B-36123456 · Tel. +34 986 555 400'], 40, 60, { size: 8.5 });
    at(doc, 'ORDEN DE COMPRA', 330, 40, { size: 14, bold: true, width: 225, align: 'right' });
    block(doc, ['Nº: OC-26/1142', 'Fecha: 22/04/2026', 'Fecha de entrega: 29/04/2026', 'Solicitado por: Marta Iglesias (Compras)'], 375, 62, { size: 8.5 });
    at(doc, 'Proveedor:', 40, 118, { size: 8.5, bold: true });
    block(doc, [...NW_ADDR, 'EE. UU.'], 40, 130, { size: 9 });
    at(doc, 'Lugar de entrega:', 300, 118, { size: 8.5, bold: true });
    block(doc, ['Conservas Galaicas, S.L. - Muelle de carga 3', 'Polígono Industrial A Granxa, Parcela 112', '36400 O Porriño (Pontevedra)'], 300, 130, { size: 9 });
    let y = row(doc, 40, 196, cols, cols.map((c) => c.header), { size: 8.5, bold: true, rule: 'box', fill: '#dcebf5' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [String(i + 1), r[0]!, r[1], de(r[2], 0), r[3]!, de(r[4]!), de(lines[i].amount!)], { rule: 'box', size: 8.5 }); });
    y += 8;
    const tot: [string, string][] = [['Base imponible', de(subtotal)], ['IVA 21 %', de(tax)], ['TOTAL (EUR)', de(total)]];
    tot.forEach(([k, v], i) => { at(doc, k, 370, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 475, y + i * 13, { size: 9, bold: i === 2, width: 80, align: 'right' }); });
    block(doc, ['Forma de pago: Transferencia a 60 días', 'Transporte: a cargo del proveedor (portes pagados)', 'Indiquen el número de pedido en albarán y factura. Horario de descarga: 8:00-14:00.'], 40, y + 56, { size: 8.5 });
  });
  return {
    file: 'h3-pdf-oc-es-11.eml',
    mail: {
      from: 'Marta Iglesias <m.iglesias@conservasgalaicas.example>', subject: 'Pedido OC-26/1142', date, messageId: '<OC261142-20260422@conservasgalaicas.example>',
      text: 'Buenos días:\n\nAdjuntamos pedido de compra OC-26/1142. Rogamos confirmen plazo de entrega.\n\nUn saludo,\n\nMarta Iglesias\nDepartamento de Compras\nConservas Galaicas, S.L.\nTel. +34 986 555 402\n',
      attachments: [{ filename: 'OC-26-1142.pdf', content: pdf.buf, contentType: 'application/pdf' }],
    },
    documents: [bodyDoc(), pdfDoc('OC-26-1142.pdf', pdf.pages)],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'OC-26/1142', orderDate: '2026-04-22', requestedDeliveryDate: '2026-04-29',
      buyer: buyer('Conservas Galaicas, S.L.', 'Marta Iglesias', 'm.iglesias@conservasgalaicas.example', '+34 986 555 402'),
      shipTo: addr('Conservas Galaicas, S.L. - Muelle de carga 3', 'Polígono Industrial A Granxa, Parcela 112', 'O Porriño', 'Pontevedra', '36400', 'ES'),
      currency: 'EUR', lines, subtotal, tax, total, paymentTerms: 'Transferencia a 60 días', shippingMethod: 'a cargo del proveedor (portes pagados)',
      urgency: urgency(date, { requested: '2026-04-29', expect: 'high' }),
    })],
    labelNotes: [
      'Spanish PO: amounts "1.099,41" -> 1099.41; units ud / par -> UD / PAR; province in parentheses -> region "Pontevedra"',
      'no separate invoice address -> billTo null; phone: contact line in the mail signature (+34 986 555 402), the PDF header has the switchboard 400',
      'urgency high: Fecha de entrega 29/04/2026 is exactly 7 calendar days after 22/04/2026',
    ],
  };
}

export const pdfCases = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11];
