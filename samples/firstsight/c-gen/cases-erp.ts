// Printed POs from ERP / accounting systems (text PDFs), alone or attached to mail.
import { addr, mkLines, fmt, q, df, r2, Layout, toPdf, Line } from './lib.ts';
import { renderMono, pad, lpad } from './docs.ts';
import { Case, O, totals, stdPdf, mailCase, bodyDoc, PDF, fileSource, truthOf, VENDOR_US, VENDOR_CA, addrLines } from './common.ts';

const c01: Case = {
  id: 'c01-sap-brightwater', ext: 'eml', kind: 'email + PDF (SAP)', lang: 'en', region: 'US',
  what: 'Short cover mail with an SAP ECC purchase order PDF (item 00010..., Material / Short text / Order qty / Net price / per / Net value, delivery date under each item, one price per 100 EA); buyer Brightwater Pump Works, Dayton OH',
  async build() {
    const lines = mkLines([
      ['HIS-BRG-6205-2RS', 'Deep groove ball bearing 6205-2RS C3', 120, 'EA', 6.85],
      ['HIS-SEAL-3425', 'Shaft seal 34x52x7 NBR', 200, 'EA', 1.92],
      ['HIS-NUT-M10-934Z', 'Hex nut M10 DIN 934 8 zinc plated', 5000, 'EA', 0.0425],
      ['HIS-ORK-2-228-V75', 'O-ring 2-228 Viton 75A', 300, 'EA', 0.58],
      ['HIS-LOC-243-50', 'Threadlocker blue medium strength 50 ml', 24, 'EA', 14.4],
      ['HIS-GLV-NIT-L', 'Nitrile disposable gloves 5 mil large, box/100', 40, 'BX', 11.25],
    ], [10, 20, 30, 40, 50, 60]);
    const t = totals(lines);
    const ship = addr('Brightwater Pump Works Inc.', 'Plant 2 - Receiving Dock 4\n4410 Webster Street', 'Dayton', 'OH', '45414', 'US');
    const bill = addr('Brightwater Pump Works Inc.', 'Accounts Payable\nP.O. Box 1187', 'Dayton', 'OH', '45401', 'US');
    const o = O({
      poNumber: '4500218734', orderDate: '2026-03-06', requestedDeliveryDate: '2026-03-27',
      buyer: { company: 'Brightwater Pump Works Inc.', contactName: 'Denise Kowalczyk', email: 'dkowalczyk@brightwaterpump.com', phone: '(937) 555-0148' },
      shipTo: ship, billTo: bill, currency: 'USD', lines, ...t,
      paymentTerms: 'Within 30 days Due net', shippingMethod: 'FCA Columbus', notes: 'Please state PO number and item number on all delivery notes and invoices.',
    });
    const spec = {
      letterhead: ['Brightwater Pump Works Inc.', '4410 Webster Street', 'Dayton, OH 45414', 'Phone (937) 555-0100'],
      title: 'Purchase Order', titleColor: '#000000', accent: '#d9d9d9', headText: '#000000',
      fields: [['PO Number', o.poNumber!], ['Date', df(o.orderDate!, 'MM/DD/YYYY')], ['Vendor no.', '100482'], ['Contact person', o.buyer.contactName!], ['Telephone', o.buyer.phone!], ['E-mail', o.buyer.email!], ['Currency', 'USD']] as [string, string][],
      fieldsBox: true,
      blocks: [{ h: 'Vendor', lines: VENDOR_US }, { h: 'Deliver to', lines: addrLines(ship) }, { h: 'Invoice to', lines: addrLines(bill) }],
      pre: ['Please deliver the following items subject to our General Terms of Purchase.'],
      cols: [
        { h: 'Item', w: 8, v: (l: Line) => String(l.lineNo).padStart(5, '0') },
        { h: 'Material', w: 20, v: (l: Line) => l.sku! },
        { h: 'Short text', w: 30, v: (l: Line) => [l.description!, 'Deliv. date: ' + df(o.requestedDeliveryDate!, 'MM/DD/YYYY')] },
        { h: 'Order qty', w: 10, a: 'r' as const, v: (l: Line) => q(l.quantity) },
        { h: 'Unit', w: 6, v: (l: Line) => l.unit! },
        { h: 'Net price', w: 10, a: 'r' as const, v: (l: Line) => (l.unitPrice! < 0.1 ? fmt(l.unitPrice! * 100) : fmt(l.unitPrice!)) },
        { h: 'per', w: 5, a: 'r' as const, v: (l: Line) => (l.unitPrice! < 0.1 ? '100' : '1') },
        { h: 'Net value', w: 12, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['Total net value excl. tax USD', fmt(t.total), true]] as [string, string, boolean][],
      notes: [
        { text: 'Terms of payment: Within 30 days Due net      Incoterms: FCA Columbus' },
        { text: o.notes! },
        { text: 'Our General Terms of Purchase (rev. 2024) apply exclusively. Deviating terms of the supplier are not accepted even if we do not expressly object to them. Tax exempt - resale certificate on file.', size: 6.5 },
      ],
      footer: 'Page {p} of 1',
    };
    const pdf = await stdPdf(spec as any, false, { title: 'Purchase Order 4500218734', author: 'SAPUSER', creator: 'SAP NetWeaver 7.50', producer: 'SAP NetWeaver 7.50', date: '2026-03-06' });
    const m = {
      from: 'dkowalczyk@brightwaterpump.com', fromName: 'Kowalczyk, Denise', subject: 'Purchase Order 4500218734', date: '2026-03-09T09:14:22-04:00',
      messageId: '<4500218734.1773061e@brightwaterpump.com>', mailer: 'Microsoft Outlook 16.0',
      text: 'Hello,\n\nPlease find attached purchase order 4500218734.\nKindly send the order acknowledgement to purchasing@brightwaterpump.com.\n\nThanks,\nDenise Kowalczyk\nBuyer | Brightwater Pump Works Inc.\n(937) 555-0148\n',
      attachments: [{ name: 'PO_4500218734.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c01-sap-brightwater.eml', 101, [bodyDoc(), { name: 'PO_4500218734.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c02: Case = {
  id: 'c02-netsuite-cascade', ext: 'pdf', kind: 'PDF (NetSuite)', lang: 'en', region: 'US',
  what: 'NetSuite purchase order PDF on its own: logo block, Vendor / Ship To boxes, Terms/Due Date/Memo strip, Item-Description-Qty-Units-Rate-Amount table, sales tax and shipping lines; Cascade Ridge Outdoor Gear, Bend OR',
  async build() {
    const lines = mkLines([
      ['SHELF-BOLT-48', 'Boltless steel shelving 48"W x 24"D x 72"H, 5 shelves', 12, 'EA', 149.0],
      ['PALLET-JACK-55', 'Manual pallet jack 5500 lb, 27" x 48" forks', 2, 'EA', 389.0],
      ['STRETCH-18-80', 'Stretch film 18" x 1500 ft 80 gauge cast', 16, 'RL', 21.75],
      ['TAPE-CART-2', 'Carton sealing tape 2" x 110 yd clear, case/36', 6, 'CS', 64.8],
      ['KNIFE-SAFE-01', 'Safety box cutter, self-retracting', 25, 'EA', 7.4],
    ], false);
    const t = totals(lines, { taxRate: 0, shipping: 185.0 });
    const ship = addr('Cascade Ridge Outdoor Gear - DC', '61525 American Lane, Suite 100', 'Bend', 'OR', '97702', 'US');
    const o = O({
      poNumber: 'PO10482', orderDate: '2026-03-30', requestedDeliveryDate: '2026-04-15',
      buyer: { company: 'Cascade Ridge Outdoor Gear', contactName: 'Tyler Okafor', email: 'ap@cascaderidgegear.com', phone: '541-555-0172' },
      shipTo: ship, billTo: null, currency: 'USD', lines, ...t, tax: 0,
      paymentTerms: 'Net 30', shippingMethod: 'Best Way Ground', notes: 'Warehouse racking for new DC. Deliver Mon-Fri 7am-3pm, call Tyler 30 min before arrival.',
    });
    const spec = {
      letterhead: ['Cascade Ridge Outdoor Gear', '1020 NW Bond Street', 'Bend OR 97703', 'United States'],
      title: 'Purchase Order', titleSize: 20, accent: '#2e5d34',
      fields: [['Date', '3/30/2026'], ['PO #', 'PO10482']] as [string, string][],
      blocks: [{ h: 'Vendor', lines: VENDOR_US }, { h: 'Ship To', lines: addrLines(ship) }],
      strip: [['Terms', 'Net 30'], ['Due Date', '4/15/2026'], ['Ship Via', 'Best Way Ground'], ['Created By', 'Tyler Okafor'], ['Memo', 'DC racking']] as [string, string][],
      cols: [
        { h: 'Item', w: 16, v: (l: Line) => l.sku! },
        { h: 'Description', w: 40, v: (l: Line) => l.description! },
        { h: 'Qty', w: 7, a: 'r' as const, v: (l: Line) => q(l.quantity) },
        { h: 'Units', w: 7, v: (l: Line) => l.unit! },
        { h: 'Rate', w: 11, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!) },
        { h: 'Amount', w: 12, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines, zebra: '#f1f5f1',
      totals: [['Subtotal', fmt(t.subtotal)], ['Tax Total (0%)', '0.00'], ['Shipping Cost', fmt(185)], ['Total', '$' + fmt(t.total), true]] as [string, string, boolean?][],
      notes: [{ h: 'Memo', text: o.notes! }, { text: 'Questions: ap@cascaderidgegear.com | 541-555-0172', size: 7 }],
      footer: '1 of {p}',
    };
    const pdf = await stdPdf(spec as any, false, { title: 'PO10482', author: 'Cascade Ridge Outdoor Gear', creator: 'NetSuite', producer: 'BFO 1.0', date: '2026-03-30' });
    return { files: [['c02-netsuite-cascade.pdf', pdf.buf]], truth: truthOf(fileSource('c02-netsuite-cascade.pdf', PDF, 'pdf-text', pdf.pages), [o]) };
  },
};

const c03: Case = {
  id: 'c03-bc365-mapleleaf', ext: 'eml', kind: 'email + PDF (Dynamics 365 Business Central)', lang: 'en', region: 'CA (ON)',
  what: 'Business Central "Purchase - Order" report PDF attached to a mail; No./Description/Quantity/Unit of Measure/Direct Unit Cost/Line Discount %/Amount, HST 13 %, CAD; requested receipt date six days after the mail; Maple Leaf Packaging, Mississauga ON',
  async build() {
    const raw: [string, string, number, string, number, number][] = [
      ['70-1140', 'Corrugated box RSC 16x12x10 ECT-32 kraft', 1500, 'EA', 1.18, 0],
      ['70-2210', 'Hot melt glue sticks 7/16" x 10" (25 lb case)', 8, 'CS', 96.5, 5],
      ['71-0045', 'Stretch wrap machine film 20" x 5000 ft 63 ga', 20, 'RL', 58.9, 5],
      ['72-3300', 'Polypropylene strapping 1/2" x 9000 ft', 10, 'RL', 47.25, 0],
    ];
    const lines: Line[] = raw.map((r, i) => ({ lineNo: null, sku: r[0], description: r[1], quantity: r[2], unit: r[3], unitPrice: r[4], amount: r2(r[2] * r[4] * (1 - r[5] / 100)) }));
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const hst = r2(sub * 0.13);
    const ship = addr('Maple Leaf Packaging Ltd.', '6755 Millcreek Drive', 'Mississauga', 'ON', 'L5N 5R5', 'CA');
    const o = O({
      poNumber: '106544', orderDate: '2026-04-14', requestedDeliveryDate: '2026-04-21',
      buyer: { company: 'Maple Leaf Packaging Ltd.', contactName: 'Priya Raman', email: 'praman@mapleleafpack.ca', phone: '905-555-0134' },
      shipTo: ship, billTo: ship, currency: 'CAD', lines, subtotal: sub, tax: hst, shipping: null, total: r2(sub + hst),
      paymentTerms: '2% 10 Net 30', shippingMethod: 'Harborline truck', notes: null,
      urgency: { level: 'high', reasons: ['requested receipt date 2026-04-21 is 6 calendar days after the mail was received (2026-04-15)'] },
    });
    const spec = {
      letterhead: ['Maple Leaf Packaging Ltd.', '6755 Millcreek Drive', 'Mississauga, Ontario L5N 5R5', 'HST Reg. No. 81234 5678 RT0001'],
      title: 'Purchase - Order', titleSize: 15, accent: '#7a1f1f',
      fields: [['No.', '106544'], ['Order Date', 'April 14, 2026'], ['Vendor No.', 'V00871'], ['Purchaser', 'Priya Raman'], ['Expected Receipt Date', '04/21/2026'], ['Payment Terms', '2% 10 Net 30'], ['Shipment Method', 'Harborline truck'], ['Currency Code', 'CAD']] as [string, string][],
      blocks: [{ h: 'Buy-from Vendor', lines: VENDOR_CA }, { h: 'Ship-to Address', lines: addrLines(ship) }],
      cols: [
        { h: 'No.', w: 9, v: (l: Line) => l.sku! },
        { h: 'Description', w: 36, v: (l: Line) => l.description! },
        { h: 'Quantity', w: 9, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 0) },
        { h: 'Unit of\nMeasure', w: 8, v: (l: Line) => ({ EA: 'EACH', CS: 'CASE', RL: 'ROLL' } as any)[l.unit!] },
        { h: 'Direct Unit\nCost', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!) },
        { h: 'Line\nDisc. %', w: 7, a: 'r' as const, v: (_l: Line, i: number) => (raw[i][5] ? String(raw[i][5]) : '') },
        { h: 'Amount', w: 11, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['Total CAD Excl. Tax', fmt(sub)], ['HST 13%', fmt(hst)], ['Total CAD Incl. Tax', fmt(r2(sub + hst)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Please confirm receipt date by return e-mail. Packing slip must show our PO number.', size: 7.5 }],
      footer: 'Page {p}',
    };
    // units as printed in the report
    lines.forEach((l) => (l.unit = ({ EA: 'EACH', CS: 'CASE', RL: 'ROLL' } as any)[l.unit!]));
    spec.cols[3].v = (l: Line) => l.unit!;
    const pdf = await stdPdf(spec as any, false, { title: 'Purchase - Order 106544', author: 'MLP\\praman', creator: 'Microsoft Dynamics 365 Business Central', date: '2026-04-14' });
    const m = {
      from: 'praman@mapleleafpack.ca', fromName: 'Priya Raman', subject: 'Purchase Order 106544 from Maple Leaf Packaging Ltd.', date: '2026-04-15T10:02:51-04:00',
      messageId: '<BC365-106544-20260415@mapleleafpack.ca>',
      text: 'Dear Harborline Industrial Supply (Canada) ULC,\n\nPlease find attached Purchase Order 106544.\n\nThank you for your business.\n\nMaple Leaf Packaging Ltd.\n',
      attachments: [{ name: 'Purchase Order 106544.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c03-bc365-mapleleaf.eml', 103, [bodyDoc(), { name: 'Purchase Order 106544.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c04: Case = {
  id: 'c04-quickbooks-duffy', ext: 'pdf', kind: 'PDF (QuickBooks Desktop)', lang: 'en', region: 'US',
  what: 'QuickBooks Desktop "Purchase Order" print: P.O. NO. / DATE boxes, VENDOR and SHIP TO, Item-Description-Qty-Rate-Amount, "RUSH ORDER" in the memo; small plumbing firm Duffy & Sons, Tulsa OK',
  async build() {
    const lines = mkLines([
      ['PEX-A-3/4-300', '3/4" PEX-A tubing red, 300 ft coil', 4, null, 142.6],
      ['PEX-A-3/4-300B', '3/4" PEX-A tubing blue, 300 ft coil', 4, null, 142.6],
      ['EXP-RING-3/4', 'Expansion rings 3/4" (bag of 50)', 6, null, 18.95],
      ['BV-LF-075', 'Lead-free brass ball valve 3/4" full port', 30, null, 11.7],
      ['WH-EXP-2G', 'Thermal expansion tank 2 gal', 5, null, 39.0],
    ], false);
    const total = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('Duffy & Sons Plumbing', '1847 E Admiral Place', 'Tulsa', 'OK', '74120', 'US');
    const o = O({
      poNumber: '2291', orderDate: '2026-05-26', requestedDeliveryDate: null,
      buyer: { company: 'Duffy & Sons Plumbing', contactName: null, email: null, phone: '(918) 555-0190' },
      shipTo: ship, billTo: ship, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total,
      paymentTerms: null, shippingMethod: null, notes: 'RUSH ORDER - job starts Thursday. Will pick up if easier.',
      urgency: { level: 'urgent', reasons: ['"RUSH ORDER" in the memo'] },
    });
    const spec = {
      family: 'sans', letterhead: ['Duffy & Sons Plumbing', '1847 E Admiral Place', 'Tulsa, OK 74120', '(918) 555-0190'],
      title: 'Purchase Order', accent: '#ffffff', headText: '#000000', grid: true,
      fields: [['DATE', '5/26/2026'], ['P.O. NO.', '2291']] as [string, string][], fieldsBox: true,
      blocks: [{ h: 'VENDOR', lines: VENDOR_US }, { h: 'SHIP TO', lines: addrLines(ship) }],
      cols: [
        { h: 'ITEM', w: 16, v: (l: Line) => l.sku! },
        { h: 'DESCRIPTION', w: 42, v: (l: Line) => l.description! },
        { h: 'QTY', w: 7, a: 'r' as const, v: (l: Line) => q(l.quantity) },
        { h: 'RATE', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!) },
        { h: 'AMOUNT', w: 12, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['TOTAL', '$' + fmt(total), true]] as [string, string, boolean?][],
      notes: [{ h: 'MEMO', text: o.notes!, bold: true }],
    };
    const pdf = await stdPdf(spec as any, false, { title: 'Purchase Order 2291', author: 'Duffy & Sons Plumbing', creator: 'QuickBooks Pro 2024', producer: 'QuickBooks PDF Converter', date: '2026-05-26' });
    return { files: [['c04-quickbooks-duffy.pdf', pdf.buf]], truth: truthOf(fileSource('c04-quickbooks-duffy.pdf', PDF, 'pdf-text', pdf.pages), [o]) };
  },
};

const c05: Case = {
  id: 'c05-sage50-boreal', ext: 'eml', kind: 'email + PDF (Sage 50 Canada, French)', lang: 'fr-CA', region: 'CA (QC)',
  what: 'Courriel en français avec un « Bon de commande » Sage 50 (Quantité / Unité / Description / Prix / Montant), montants 1 234,56 $, TPS 5 % et TVQ 9,975 %, dates JJ/MM/AAAA; Les Industries Boréal, Laval QC',
  async build() {
    const lines = mkLines([
      ['BOR-4471', 'Meule à tronçonner 4-1/2 po x 0,045 po, acier inoxydable', 200, 'UN', 2.35],
      ['BOR-4480', 'Disque à lamelles 4-1/2 po grain 60, zircone', 150, 'UN', 4.1],
      ['BOR-5102', 'Gants de soudeur en cuir, taille L', 48, 'PR', 13.75],
      ['BOR-6020', 'Fil de soudage ER70S-6 0,035 po, bobine 33 lb', 12, 'BOB', 92.4],
      ['BOR-6311', 'Lunettes de sécurité anti-buée, teinte claire', 60, 'UN', 5.8],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const tps = r2(sub * 0.05), tvq = r2(sub * 0.09975);
    const ship = addr('Les Industries Boréal inc.', '3150, boulevard Industriel', 'Laval', 'QC', 'H7L 4R9', 'CA');
    const o = O({
      poNumber: 'BC-26-0417', orderDate: '2026-05-06', requestedDeliveryDate: '2026-05-29',
      buyer: { company: 'Les Industries Boréal inc.', contactName: 'Mathieu Gagnon', email: 'm.gagnon@industriesboreal.qc.ca', phone: '450 555-0127' },
      shipTo: ship, billTo: ship, currency: 'CAD', lines, subtotal: sub, tax: r2(tps + tvq), shipping: null, total: r2(sub + tps + tvq),
      paymentTerms: 'Net 30 jours', shippingMethod: 'Transport Harborline', notes: 'Livraison au quai no 2, de 7 h à 15 h.',
    });
    const fr = (n: number) => fmt(n, 'fr') + ' $';
    const spec = {
      letterhead: ['Les Industries Boréal inc.', '3150, boulevard Industriel', 'Laval (Québec) H7L 4R9', 'Tél. : 450 555-0127'],
      title: 'Bon de commande', accent: '#004c8c',
      fields: [['N° de commande', 'BC-26-0417'], ['Date', '06/05/2026'], ['Date de livraison', '29/05/2026'], ['Conditions', 'Net 30 jours'], ['Expédier par', 'Transport Harborline'], ['Acheteur', 'Mathieu Gagnon']] as [string, string][],
      blocks: [{ h: 'Fournisseur', lines: VENDOR_CA }, { h: 'Expédier à', lines: ['Les Industries Boréal inc.', '3150, boulevard Industriel', 'Laval (Québec) H7L 4R9'] }],
      cols: [
        { h: 'N° article', w: 11, v: (l: Line) => l.sku! },
        { h: 'Quantité', w: 9, a: 'r' as const, v: (l: Line) => q(l.quantity, 'fr') },
        { h: 'Unité', w: 6, v: (l: Line) => l.unit! },
        { h: 'Description', w: 42, v: (l: Line) => l.description! },
        { h: 'Prix', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!, 'fr') },
        { h: 'Montant', w: 12, a: 'r' as const, v: (l: Line) => fmt(l.amount!, 'fr') },
      ],
      rows: lines,
      totals: [['Sous-total', fr(sub)], ['TPS 5 % (123456789 RT0001)', fr(tps)], ['TVQ 9,975 % (1234567890 TQ0001)', fr(tvq)], ['Total', fr(r2(sub + tps + tvq)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Remarques : ' + o.notes! }],
    };
    const pdf = await stdPdf(spec as any, false, { title: 'Bon de commande BC-26-0417', author: 'Boréal', creator: 'Sage 50 Comptabilité — édition canadienne', date: '2026-05-06' });
    const m = {
      from: 'm.gagnon@industriesboreal.qc.ca', fromName: 'Mathieu Gagnon', subject: 'Bon de commande BC-26-0417', date: '2026-05-07T08:31:10-04:00',
      messageId: '<e4b1c0a2-77d3-4a15-9d0e-2f1a0c9b5e11@industriesboreal.qc.ca>',
      text: 'Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande BC-26-0417.\nMerci de nous confirmer la date de livraison.\n\nCordialement,\n\nMathieu Gagnon\nAcheteur\nLes Industries Boréal inc.\n450 555-0127\n',
      attachments: [{ name: 'BC-26-0417.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c05-sage50-boreal.eml', 105, [bodyDoc(), { name: 'BC-26-0417.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c06: Case = {
  id: 'c06-xero-southerncross', ext: 'eml', kind: 'email + PDF (Xero)', lang: 'en', region: 'AU (VIC)',
  what: 'Xero-sent purchase order mail with the Xero PDF: "PURCHASE ORDER", Delivery Date 14 Aug 2026, Item / Description / Quantity / Unit Price / GST / Amount AUD, GST 10 %; Southern Cross Fabrication, Geelong VIC',
  async build() {
    const lines = mkLines([
      ['AN-50-6', 'Angle grinder 125mm 1400W', 4, null, 189.0],
      ['CD-125-1', 'Cutting disc 125 x 1.0mm Inox (box 25)', 10, null, 42.5],
      ['MIG-0.9-15', 'MIG wire ER70S-6 0.9mm 15kg spool', 8, null, 86.0],
      ['WH-AD-9-13', 'Auto-darkening welding helmet 9-13', 3, null, 214.0],
      ['ARG-MIX-G', 'Welding gas regulator argon/mix', 2, null, 138.5],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const gst = r2(sub * 0.1);
    const ship = addr('Southern Cross Fabrication Pty Ltd', '27 Kilgour Street', 'North Geelong', 'VIC', '3215', 'AU');
    const o = O({
      poNumber: 'PO-0318', orderDate: '2026-08-04', requestedDeliveryDate: '2026-08-14',
      buyer: { company: 'Southern Cross Fabrication Pty Ltd', contactName: 'Liam Brennan', email: 'liam@southerncrossfab.com.au', phone: '03 5555 0161' },
      shipTo: ship, billTo: null, currency: 'AUD', lines, subtotal: sub, tax: gst, shipping: null, total: r2(sub + gst),
      paymentTerms: null, shippingMethod: null, notes: 'Attention: Liam Brennan. Delivery to rear roller door, Kilgour St entrance.',
    });
    const spec = {
      letterhead: ['Southern Cross Fabrication Pty Ltd', 'ABN 51 824 753 556', '27 Kilgour Street', 'North Geelong VIC 3215', 'AUSTRALIA'],
      title: 'PURCHASE ORDER', titleSize: 22, accent: '#ffffff', headText: '#000000',
      fields: [['Date', '4 Aug 2026'], ['Delivery Date', '14 Aug 2026'], ['Order Number', 'PO-0318'], ['Reference', 'Job 2611 - Corio'], ['ABN', '51 824 753 556']] as [string, string][],
      blocks: [{ h: 'Supplier', lines: ['Harborline Industrial Supply', 'Attention: Sales Orders', '2250 Dock Street', 'Columbus OH 43215', 'USA'] }, { h: 'Delivery Address', lines: ['Attention: Liam Brennan', '27 Kilgour Street', 'North Geelong', 'VIC 3215', 'AUSTRALIA'] }],
      cols: [
        { h: 'Item', w: 11, v: (l: Line) => l.sku! },
        { h: 'Description', w: 40, v: (l: Line) => l.description! },
        { h: 'Quantity', w: 9, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 2) },
        { h: 'Unit Price', w: 11, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!) },
        { h: 'GST', w: 7, a: 'r' as const, v: () => '10%' },
        { h: 'Amount AUD', w: 12, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['Subtotal', fmt(sub)], ['TOTAL GST 10%', fmt(gst)], ['TOTAL AUD', fmt(r2(sub + gst)), true]] as [string, string, boolean?][],
      notes: [{ h: 'Delivery Details', text: 'Delivery to rear roller door, Kilgour St entrance. Telephone 03 5555 0161' }],
    };
    const pdf = await stdPdf(spec as any, true, { title: 'PO-0318', author: 'Xero', creator: 'Xero', date: '2026-08-04' });
    const m = {
      from: 'messaging-service@post.xero.com', fromName: 'Southern Cross Fabrication Pty Ltd', subject: 'Purchase Order PO-0318 from Southern Cross Fabrication Pty Ltd', date: '2026-08-04T15:47:03+10:00',
      messageId: '<0101019a.po0318.xero@email.amazonses.com>', extraHeaders: [['Reply-To', 'Liam Brennan <liam@southerncrossfab.com.au>']] as [string, string][],
      html: '<html><body style="font-family:Arial"><p>Hi Harborline,</p><p>Here is purchase order PO-0318 for ' + fmt(r2(sub + gst)) + ' AUD.</p><p>Delivery date 14 Aug 2026.</p><p>Please let us know if you have any questions.</p><p>Thanks,<br>Liam Brennan<br>Southern Cross Fabrication Pty Ltd</p><p style="color:#888;font-size:11px">This email was sent using Xero.</p></body></html>',
      attachments: [{ name: 'Purchase Order PO-0318.pdf', type: PDF, data: pdf.buf }],
    };
    o.buyer.email = 'liam@southerncrossfab.com.au';
    return mailCase(m, 'c06-xero-southerncross.eml', 106, [bodyDoc(true), { name: 'Purchase Order PO-0318.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c07: Case = {
  id: 'c07-myob-kauri', ext: 'pdf', kind: 'PDF (MYOB AccountRight)', lang: 'en', region: 'NZ',
  what: 'MYOB AccountRight "Purchase Order" (Professional layout) on its own: Supplier, Ship To, Date 22/09/2026, Promised Date 09/10/2026, Qty/Item No./Description/Price/Disc%/Total, freight and GST 15 % NZD; Kauri Coast Engineering, Whangarei NZ',
  async build() {
    const raw: [string, string, number, number, number][] = [
      ['HYD-HOSE-R2-08', 'Hydraulic hose 1/2" 2-wire R2AT, per metre', 50, 14.2, 10],
      ['HYD-FIT-08-JIC', 'JIC female swivel fitting 1/2" hose x 3/4" JIC', 40, 6.9, 10],
      ['CPL-QR-ISO-A', 'Quick release coupling ISO-A 1/2" pair', 12, 38.5, 0],
      ['OIL-HYD-68-20', 'Hydraulic oil ISO 68, 20 L pail', 6, 119.0, 0],
    ];
    const lines: Line[] = raw.map((r) => ({ lineNo: null, sku: r[0], description: r[1], quantity: r[2], unit: null, unitPrice: r[3], amount: r2(r[2] * r[3] * (1 - r[4] / 100)) }));
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const freight = 45.0;
    const gst = r2((sub + freight) * 0.15);
    const ship = addr('Kauri Coast Engineering Ltd', '14 Port Road', 'Whangarei', null, '0110', 'NZ');
    const o = O({
      poNumber: '00004127', orderDate: '2026-09-22', requestedDeliveryDate: '2026-10-09',
      buyer: { company: 'Kauri Coast Engineering Ltd', contactName: 'Aroha Te Rangi', email: 'accounts@kauricoast.co.nz', phone: '09 555 0147' },
      shipTo: ship, billTo: ship, currency: 'NZD', lines, subtotal: sub, tax: gst, shipping: freight, total: r2(sub + freight + gst),
      paymentTerms: '20th of month following', shippingMethod: 'Mainfreight', notes: null,
    });
    const spec = {
      family: 'serif', letterhead: ['Kauri Coast Engineering Ltd', '14 Port Road', 'Whangarei 0110', 'GST No. 98-765-432'],
      title: 'Purchase Order', accent: '#444444',
      fields: [['Purchase No.', '00004127'], ['Date', '22/09/2026'], ['Promised Date', '09/10/2026'], ['Ship Via', 'Mainfreight'], ['Terms', '20th of month following'], ['Buyer', 'Aroha Te Rangi']] as [string, string][],
      blocks: [{ h: 'Supplier', lines: VENDOR_US }, { h: 'Ship To', lines: ['Kauri Coast Engineering Ltd', '14 Port Road', 'Whangarei 0110', 'New Zealand'] }],
      cols: [
        { h: 'Qty', w: 6, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 2) },
        { h: 'Item No.', w: 15, v: (l: Line) => l.sku! },
        { h: 'Description', w: 40, v: (l: Line) => l.description! },
        { h: 'Price', w: 9, a: 'r' as const, v: (l: Line) => '$' + fmt(l.unitPrice!) },
        { h: 'Disc%', w: 6, a: 'r' as const, v: (_l: Line, i: number) => fmt(raw[i][4], 'us', 2) },
        { h: 'Total', w: 11, a: 'r' as const, v: (l: Line) => '$' + fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['Subtotal', '$' + fmt(sub)], ['Freight', '$' + fmt(freight)], ['GST', '$' + fmt(gst)], ['Total Amount', '$' + fmt(r2(sub + freight + gst)), true]] as [string, string, boolean?][],
      notes: [{ text: 'All amounts in NZD.  Please quote our purchase number on your invoice.', size: 7.5 }],
    };
    const pdf = await stdPdf(spec as any, true, { title: 'Purchase 00004127', author: 'MYOB', creator: 'MYOB AccountRight', date: '2026-09-22' });
    return { files: [['c07-myob-kauri.pdf', pdf.buf]], truth: truthOf(fileSource('c07-myob-kauri.pdf', PDF, 'pdf-text', pdf.pages), [o]) };
  },
};

const c08: Case = {
  id: 'c08-tally-shreeganesh', ext: 'eml', kind: 'email + PDF (Tally Prime)', lang: 'en', region: 'IN (MH)',
  what: 'Tally Prime purchase order voucher PDF (boxed grid, GSTIN, HSN/SAC, Rs. amounts in Indian grouping 1,23,456.00, CGST 9 % + SGST 9 %, amount in words, "for ... Authorised Signatory") attached to an Indian English mail; Shree Ganesh Auto Components, Pune',
  async build() {
    const lines = mkLines([
      ['SKF 6306-2Z', 'Ball Bearing 6306-2Z', 400, 'Nos', 186.0],
      ['SKF 6204-2RS', 'Ball Bearing 6204-2RS', 600, 'Nos', 98.5],
      ['TIMKEN 30208', 'Taper Roller Bearing 30208', 150, 'Nos', 642.0],
      ['LGMT 2/18', 'Bearing Grease LGMT 2, 18 kg pail', 10, 'Pail', 9850.0],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const cg = r2(sub * 0.09), sg = r2(sub * 0.09);
    const total = r2(sub + cg + sg);
    const ship = addr('Shree Ganesh Auto Components Pvt. Ltd.', 'Plot No. D-47, MIDC Bhosari', 'Pune', 'Maharashtra', '411026', 'IN');
    const o = O({
      poNumber: 'SGAC/PO/26-27/0193', orderDate: '2026-07-11', requestedDeliveryDate: '2026-07-25',
      buyer: { company: 'Shree Ganesh Auto Components Pvt. Ltd.', contactName: 'Rajesh Kulkarni', email: 'purchase@shreeganeshauto.in', phone: '+91 20 5555 0139' },
      shipTo: ship, billTo: ship, currency: 'INR', lines, subtotal: sub, tax: r2(cg + sg), shipping: null, total,
      paymentTerms: '45 days from date of invoice', shippingMethod: 'By Road - Transporter', notes: null,
    });
    const L = Layout.A4();
    const M = 36, W = L.W - 2 * M;
    let y = 36;
    L.rect(M, y, W, 770);
    L.text(L.W / 2, y + 6, 'PURCHASE ORDER', { size: 12, font: 'dvB', align: 'center' });
    y += 24; L.line(M, y, M + W, y);
    const left = ['Shree Ganesh Auto Components Pvt. Ltd.', 'Plot No. D-47, MIDC Bhosari', 'Pune - 411026, Maharashtra', 'GSTIN/UIN: 27AAKCS4821M1ZQ', 'State Name : Maharashtra, Code : 27', 'E-Mail : purchase@shreeganeshauto.in'];
    left.forEach((t, i) => L.text(M + 4, y + 4 + i * 11, t, { size: i ? 8 : 9, font: i ? 'dv' : 'dvB' }));
    const rf: [string, string][] = [['Voucher No.', 'SGAC/PO/26-27/0193'], ['Dated', '11-Jul-2026'], ['Mode/Terms of Payment', '45 days from date of invoice'], ['Reference No. & Date', 'RFQ-0611 dt. 02-Jul-2026'], ['Dispatched through', 'By Road - Transporter'], ['Destination', 'Pune'], ['Terms of Delivery', 'Delivery by 25-Jul-2026']];
    L.line(M + W / 2, y, M + W / 2, y + 150);
    rf.forEach(([k, v], i) => { L.text(M + W / 2 + 4, y + 3 + i * 21, k, { size: 7, font: 'dv' }); L.text(M + W / 2 + 4, y + 12 + i * 21, v, { size: 8, font: 'dvB' }); });
    y += 75; L.line(M, y, M + W / 2, y);
    const sup = ['Supplier (Bill from)', 'Harborline Industrial Supply', '2250 Dock Street, Columbus, OH 43215, USA', 'Contact : Rajesh Kulkarni (Buyer) +91 20 5555 0139'];
    sup.forEach((t, i) => L.text(M + 4, y + 4 + i * 11, t, { size: 8, font: i === 1 ? 'dvB' : 'dv' }));
    y += 75; L.line(M, y, M + W, y);
    const cx = [0, 24, 230, 290, 350, 400, 440, 523].map((v) => M + v);
    const heads = ['Sl\nNo.', 'Description of Goods', 'HSN/SAC', 'Quantity', 'Rate', 'per', 'Amount'];
    heads.forEach((h, i) => h.split('\n').forEach((t, j) => L.text(i >= 3 ? cx[i + 1] - 3 : cx[i] + 3, y + 3 + j * 9, t, { size: 7.5, font: 'dvB', align: i >= 3 ? 'right' : 'left' })));
    y += 22; L.line(M, y, M + W, y);
    const y0 = y - 22;
    lines.forEach((l) => {
      L.text(cx[0] + 3, y + 4, String(l.lineNo), { size: 8, font: 'dv' });
      L.text(cx[1] + 3, y + 4, l.description!, { size: 8, font: 'dvB' });
      L.text(cx[1] + 3, y + 14, 'Part No. ' + l.sku, { size: 7, font: 'dv' });
      L.text(cx[2] + 3, y + 4, l.unit === 'Pail' ? '34039900' : '84821011', { size: 8, font: 'dv' });
      L.text(cx[4] - 3, y + 4, q(l.quantity, 'in') + ' ' + l.unit, { size: 8, font: 'dvB', align: 'right' });
      L.text(cx[5] - 3, y + 4, fmt(l.unitPrice!, 'in'), { size: 8, font: 'dv', align: 'right' });
      L.text(cx[6] - 3, y + 4, l.unit!, { size: 8, font: 'dv', align: 'right' });
      L.text(cx[7] - 3, y + 4, fmt(l.amount!, 'in'), { size: 8, font: 'dv', align: 'right' });
      y += 28;
    });
    y += 6;
    for (const [k, v] of [['CGST @ 9%', cg], ['SGST @ 9%', sg]] as [string, number][]) {
      L.text(cx[2] - 3, y, k, { size: 8, font: 'dvB', align: 'right' }); L.text(cx[7] - 3, y, fmt(v, 'in'), { size: 8, font: 'dv', align: 'right' }); y += 13;
    }
    y += 200;
    cx.slice(1, 7).forEach((x) => L.line(x, y0, x, y));
    L.line(M, y, M + W, y);
    L.text(cx[1] + 3, y + 4, 'Total', { size: 8.5, font: 'dvB' });
    L.text(cx[4] - 3, y + 4, q(lines.reduce((s, l) => s + (l.unit === 'Nos' ? l.quantity : 0), 0), 'in') + ' Nos', { size: 8, font: 'dvB', align: 'right' });
    L.text(cx[7] - 3, y + 4, '₹ ' + fmt(total, 'in'), { size: 9, font: 'dvB', align: 'right' });
    y += 18; L.line(M, y, M + W, y);
    L.text(M + 4, y + 4, 'Amount Chargeable (in words)', { size: 7, font: 'dv' });
    L.text(M + 4, y + 14, 'INR ' + inWords(total) + ' Only', { size: 8, font: 'dvB' });
    y += 34;
    L.text(M + 4, y, 'Taxable value ₹ ' + fmt(sub, 'in') + '   |   Total tax amount ₹ ' + fmt(r2(cg + sg), 'in'), { size: 7.5, font: 'dv' });
    y += 40;
    L.text(M + W - 4, y, 'for Shree Ganesh Auto Components Pvt. Ltd.', { size: 8, font: 'dvB', align: 'right' });
    L.text(M + W - 4, y + 40, 'Authorised Signatory', { size: 8, font: 'dv', align: 'right' });
    L.text(L.W / 2, 812, 'This is a Computer Generated Document', { size: 7, font: 'dv', align: 'center' });
    const buf = await toPdf(L, { title: 'Purchase Order', author: 'Tally', creator: 'TallyPrime', date: '2026-07-11' });
    const m = {
      from: 'purchase@shreeganeshauto.in', fromName: 'Purchase Dept - SGAC', subject: 'PO No. SGAC/PO/26-27/0193 - Bearings', date: '2026-07-13T11:26:40+05:30',
      messageId: '<CAF7nq2+po0193@mail.gmail.com>',
      text: 'Dear Sir/Madam,\n\nGreetings from Shree Ganesh Auto Components.\n\nPlease find attached our Purchase Order No. SGAC/PO/26-27/0193 dated 11-Jul-2026 for bearings. Kindly arrange to dispatch the material on or before 25-Jul-2026 and send the order acceptance at the earliest.\n\nKindly mention our PO number and GSTIN on the invoice.\n\nThanks & Regards,\nRajesh Kulkarni\nPurchase Department\nShree Ganesh Auto Components Pvt. Ltd.\n+91 20 5555 0139\n',
      attachments: [{ name: 'PO_0193.pdf', type: PDF, data: buf }],
    };
    return mailCase(m, 'c08-tally-shreeganesh.eml', 108, [bodyDoc(), { name: 'PO_0193.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }], [o]);
  },
};

function inWords(n: number): string {
  const a = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen'];
  const b = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];
  const two = (x: number) => (x < 20 ? a[x] : b[Math.floor(x / 10)] + (x % 10 ? ' ' + a[x % 10] : ''));
  const three = (x: number) => (x >= 100 ? a[Math.floor(x / 100)] + ' Hundred' + (x % 100 ? ' ' + two(x % 100) : '') : two(x));
  let r = Math.floor(n);
  const paise = Math.round((n - r) * 100);
  const parts: string[] = [];
  const cr = Math.floor(r / 1e7); r %= 1e7;
  const lk = Math.floor(r / 1e5); r %= 1e5;
  const th = Math.floor(r / 1e3); r %= 1e3;
  if (cr) parts.push(two(cr) + ' Crore');
  if (lk) parts.push(two(lk) + ' Lakh');
  if (th) parts.push(two(th) + ' Thousand');
  if (r) parts.push(three(r));
  return parts.join(' ') + (paise ? ' and ' + two(paise) + ' paise' : '');
}

const c09: Case = {
  id: 'c09-epicor-ironwood', ext: 'eml', kind: 'email + PDF (Epicor Kinetic), 2 pages', lang: 'en', region: 'US',
  what: 'Epicor Kinetic purchase order, two pages (Line/Rel, Part/Rev, multi-line descriptions, Our Qty/UOM, Unit Cost, Ext Cost, page header repeated), with a LINE DOWN cover mail asking for next-day delivery; Ironwood Machining, Grand Rapids MI',
  async build() {
    const lines = mkLines([
      ['HIS-EM-4FL-0500', 'End mill, solid carbide, 4 flute, 1/2" dia x 1" LOC x 3" OAL, AlTiN coated, square end', 24, 'EA', 38.9],
      ['HIS-EM-3FL-0375', 'End mill, solid carbide, 3 flute for aluminum, 3/8" dia x 7/8" LOC, ZrN coated, 0.015" corner radius', 24, 'EA', 29.75],
      ['HIS-DR-JOB-0250', 'Jobber drill 1/4" HSS-Co 135 deg split point, TiAlN', 60, 'EA', 6.1],
      ['HIS-TAP-M8-SP', 'Spiral point tap M8 x 1.25 6H, HSS-E, bright', 36, 'EA', 12.45],
      ['HIS-INS-CNMG432', 'Turning insert CNMG 432-MM grade 2025, box of 10', 15, 'BX', 84.0],
      ['HIS-INS-DNMG432', 'Turning insert DNMG 432-PM grade 4325, box of 10', 10, 'BX', 91.5],
      ['HIS-COOL-SYN-55', 'Synthetic machining coolant concentrate, 55 gal drum', 2, 'DR', 1185.0],
      ['HIS-VISE-6-LOCK', 'CNC machine vise 6" lock-down, 0-9" opening, with hard jaws', 2, 'EA', 612.0],
      ['HIS-COLLET-ER32-SET', 'ER32 collet set 18 pc 1/8" - 3/4", in wooden box', 3, 'ST', 149.0],
      ['HIS-DEB-BRUSH-12', 'Deburring tool kit with 12 blades, swivel handle', 10, 'EA', 17.6],
      ['HIS-GAUGE-PIN-M1', 'Pin gauge set M1 0.061"-0.250" minus, 190 pcs', 1, 'ST', 268.0],
      ['HIS-WIPE-IND-300', 'Industrial wipers, blue, 300 sheets/box', 12, 'BX', 23.4],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('Ironwood Machining LLC', '3390 Three Mile Rd NW', 'Grand Rapids', 'MI', '49534', 'US');
    const o = O({
      poNumber: 'PO 27815', orderDate: '2026-06-16', requestedDeliveryDate: '2026-06-17',
      buyer: { company: 'Ironwood Machining LLC', contactName: 'Scott Vandermolen', email: 'svandermolen@ironwoodmachining.com', phone: '616-555-0183' },
      shipTo: ship, billTo: addr('Ironwood Machining LLC', 'Attn: Accounts Payable\n3390 Three Mile Rd NW', 'Grand Rapids', 'MI', '49534', 'US'), currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
      paymentTerms: 'Net 45', shippingMethod: 'UPS Next Day Air', notes: 'Cell 4 is down waiting on tooling - ship today for next-day delivery.',
      urgency: { level: 'urgent', reasons: ['"LINE DOWN" in the subject', '"Next Day Air" / need tomorrow in the mail', 'due date 2026-06-17 is 1 business day after receipt'] },
    });
    o.poNumber = '27815';
    const spec = {
      family: 'narrow', letterhead: ['Ironwood Machining LLC', '3390 Three Mile Rd NW', 'Grand Rapids, MI 49534', 'Ph: 616-555-0100  Fax: 616-555-0101'],
      title: 'PURCHASE ORDER', accent: '#333333',
      fields: [['PO Number:', '27815'], ['Order Date:', '6/16/2026'], ['Buyer:', 'Scott Vandermolen'], ['Phone:', '616-555-0183'], ['Terms:', 'Net 45'], ['Ship Via:', 'UPS Next Day Air'], ['FOB:', 'Origin']] as [string, string][], fieldsBox: true,
      blocks: [{ h: 'Supplier: HARBOR01', lines: VENDOR_US }, { h: 'Ship To:', lines: addrLines(ship) }, { h: 'Bill To:', lines: ['Ironwood Machining LLC', 'Attn: Accounts Payable', '3390 Three Mile Rd NW', 'Grand Rapids MI 49534'] }],
      cols: [
        { h: 'Line/\nRel', w: 5, v: (l: Line) => [String(l.lineNo) + '/1'] },
        { h: 'Part / Rev\nDescription', w: 40, v: (l: Line) => [l.sku! + '  Rev: -', l.description!] },
        { h: 'Due Date', w: 9, v: () => '6/17/2026' },
        { h: 'Our Qty', w: 8, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 2) },
        { h: 'UOM', w: 5, v: (l: Line) => l.unit! },
        { h: 'Unit Cost', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!, 'us', 5) },
        { h: 'Ext Cost', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines, maxRowsFirst: 7, contHeader: 'Ironwood Machining LLC  -  Purchase Order 27815  (continued)',
      totals: [['Total:', fmt(sub), true]] as [string, string, boolean?][],
      notes: [
        { text: 'Vendor must reference PO number on all packing lists, boxes and invoices. Certifications required where noted.', size: 7 },
        { text: 'Cell 4 is down waiting on tooling - ship today for next-day delivery.', bold: true },
      ],
      footer: 'Page {p} of 2      PO 27815',
    };
    const pdf = await stdPdf(spec as any, false, { title: 'POForm', author: 'epicor', creator: 'Epicor Kinetic 2023.2 SSRS', producer: 'Microsoft Reporting Services PDF Rendering Extension 14.0.0.0', date: '2026-06-16' });
    if (pdf.pages !== 2) throw new Error('c09 pages ' + pdf.pages);
    const m = {
      from: 'svandermolen@ironwoodmachining.com', fromName: 'Scott Vandermolen', subject: 'LINE DOWN - PO 27815 tooling - need tomorrow', date: '2026-06-16T07:05:18-04:00',
      messageId: '<SN6PR11MB2718.27815@SN6PR11MB2718.namprd11.prod.outlook.com>', mailer: 'Microsoft Outlook 16.0',
      text: 'Harborline team,\n\nWe have a line down on cell 4. PO 27815 attached - please ship everything today UPS Next Day Air so it is here tomorrow (6/17). If anything is not in stock tell me right away and ship what you have.\n\nScott Vandermolen\nPurchasing / Production Control\nIronwood Machining LLC\n616-555-0183\n',
      attachments: [{ name: 'PO27815.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c09-epicor-ironwood.eml', 109, [bodyDoc(), { name: 'PO27815.pdf', mediaType: PDF, method: 'pdf-text', pages: 2 }], [o]);
  },
};

const c10: Case = {
  id: 'c10-infor-prairiegold', ext: 'pdf', kind: 'PDF (Infor CloudSuite / SyteLine)', lang: 'en', region: 'US',
  what: 'Infor SyteLine purchase order PDF on its own, all-caps item text, Ln / Item / Vendor Item / Description / Qty Ordered / U/M / Unit Cost / Extended, "Priority: Standard", freight prepaid & add; Prairie Gold Foods, Lincoln NE',
  async build() {
    const lines = mkLines([
      ['M-10442', 'CONVEYOR BELT LACING KIT #1 STAPLE 24"', 6, 'KT', 84.2],
      ['M-10517', 'FOOD GRADE GREASE NSF H1 14OZ CART', 120, 'EA', 7.95],
      ['M-10630', 'STAINLESS HOSE NOZZLE 3/4" WASHDOWN', 15, 'EA', 48.0],
      ['M-11002', 'DETECTABLE EARPLUGS CORDED BOX/100', 10, 'BX', 62.5],
      ['M-11045', 'HAIRNET 21" WHITE CASE/1000', 8, 'CS', 39.9],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('Prairie Gold Foods Inc. - Plant 1', '7700 NW 27th Street', 'Lincoln', 'NE', '68524', 'US');
    const o = O({
      poNumber: 'P000318872', orderDate: '2026-10-05', requestedDeliveryDate: '2026-10-23',
      buyer: { company: 'Prairie Gold Foods Inc.', contactName: 'KAREN LINDQUIST', email: 'klindquist@prairiegoldfoods.com', phone: '402-555-0115' },
      shipTo: ship, billTo: addr('Prairie Gold Foods Inc.', 'PO Box 80219', 'Lincoln', 'NE', '68501', 'US'), currency: 'USD', lines, subtotal: sub, tax: null, shipping: null, total: sub,
      paymentTerms: 'NET 30', shippingMethod: 'BEST WAY', notes: 'FREIGHT PREPAID & ADD. ALL ITEMS MUST BE FOOD-PLANT SAFE.',
    });
    const spec = {
      letterhead: ['PRAIRIE GOLD FOODS INC.', '7700 NW 27TH STREET', 'LINCOLN NE 68524'],
      title: 'PURCHASE ORDER', accent: '#5a5a5a',
      fields: [['PO NUMBER', 'P000318872'], ['ORDER DATE', '10/05/2026'], ['VENDOR', 'V-004418'], ['BUYER', 'KAREN LINDQUIST'], ['PHONE', '402-555-0115'], ['PRIORITY', 'STANDARD'], ['TERMS', 'NET 30'], ['SHIP VIA', 'BEST WAY'], ['FOB', 'DESTINATION']] as [string, string][],
      blocks: [{ h: 'VENDOR', lines: VENDOR_US.map((s) => s.toUpperCase()) }, { h: 'SHIP TO', lines: addrLines(ship).map((s) => s.toUpperCase()) }, { h: 'BILL TO', lines: ['PRAIRIE GOLD FOODS INC.', 'PO BOX 80219', 'LINCOLN NE 68501'] }],
      cols: [
        { h: 'LN', w: 4, v: (l: Line) => String(l.lineNo) },
        { h: 'ITEM', w: 10, v: (l: Line) => l.sku! },
        { h: 'DESCRIPTION', w: 36, v: (l: Line) => l.description! },
        { h: 'DUE DATE', w: 10, v: () => '10/23/2026' },
        { h: 'QTY ORDERED', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 3) },
        { h: 'U/M', w: 5, v: (l: Line) => l.unit! },
        { h: 'UNIT COST', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!, 'us', 4) },
        { h: 'EXTENDED', w: 11, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['PO TOTAL', fmt(sub), true]] as [string, string, boolean?][],
      notes: [{ text: 'FREIGHT PREPAID & ADD. ALL ITEMS MUST BE FOOD-PLANT SAFE.' }, { text: 'ACKNOWLEDGE THIS ORDER WITHIN 48 HOURS TO PURCHASING@PRAIRIEGOLDFOODS.COM', size: 7 }],
      footer: 'PAGE {p}',
    };
    const pdf = await stdPdf(spec as any, false, { title: 'PO P000318872', author: 'INFOR', creator: 'Infor CloudSuite Industrial', date: '2026-10-05' });
    return { files: [['c10-infor-prairiegold.pdf', pdf.buf]], truth: truthOf(fileSource('c10-infor-prairiegold.pdf', PDF, 'pdf-text', pdf.pages), [o]) };
  },
};

const c11: Case = {
  id: 'c11-odoo-ocana', ext: 'eml', kind: 'email + PDF (Odoo, Spanish)', lang: 'es', region: 'ES',
  what: 'Correo de Odoo «Pedido de compra P00214» con el PDF de Odoo (Descripción / Fecha prevista / Cant. / Precio unitario / Impuestos / Importe, 1.234,56 €, IVA 21 %); Talleres Hermanos Ocaña, Zaragoza',
  async build() {
    const lines = mkLines([
      ['[RODA-22212]', 'Rodamiento de rodillos a rótula 22212 EK', 8, 'Unidades', 118.4],
      ['[CORR-SPZ-1250]', 'Correa trapezoidal SPZ 1250', 24, 'Unidades', 9.65],
      ['[CADENA-08B-5M]', 'Cadena de rodillos 08B-1, tramo 5 m', 6, 'Unidades', 41.2],
      ['[GRASA-EP2-5]', 'Grasa de litio EP2, bote 5 kg', 10, 'Unidades', 27.9],
    ], false);
    lines.forEach((l) => (l.unit = 'UNIDADES'));
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const iva = r2(sub * 0.21);
    const ship = addr('Talleres Hermanos Ocaña S.L.', 'Polígono Industrial Malpica, Calle E, nave 14', 'Zaragoza', 'Zaragoza', '50016', 'ES');
    const o = O({
      poNumber: 'P00214', orderDate: '2026-09-21', requestedDeliveryDate: '2026-10-05',
      buyer: { company: 'Talleres Hermanos Ocaña S.L.', contactName: 'Lucía Ocaña', email: 'compras@talleresocana.es', phone: '+34 976 55 01 42' },
      shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax: iva, shipping: null, total: r2(sub + iva),
      paymentTerms: '60 días', shippingMethod: null, notes: null,
    });
    const eu = (n: number) => fmt(n, 'eu') + ' €';
    const spec = {
      letterhead: ['Talleres Hermanos Ocaña S.L.', 'Polígono Industrial Malpica, Calle E, nave 14', '50016 Zaragoza', 'España', 'CIF B50123456'],
      title: 'Pedido de compra #P00214', titleLeft: true, titleSize: 16, accent: '#714b67',
      fields: [['Representante de compra:', 'Lucía Ocaña'], ['Fecha de pedido:', '21/09/2026'], ['Plazo de pago:', '60 días']] as [string, string][],
      blocks: [{ h: 'Proveedor', lines: ['Harborline Industrial Supply', '2250 Dock Street', 'Columbus OH 43215', 'Estados Unidos'] }, { h: 'Dirección de envío', lines: ['Talleres Hermanos Ocaña S.L.', 'Polígono Industrial Malpica, Calle E, nave 14', '50016 Zaragoza'] }],
      cols: [
        { h: 'Descripción', w: 42, v: (l: Line) => l.sku + ' ' + l.description },
        { h: 'Impuestos', w: 9, v: () => 'IVA 21%' },
        { h: 'Fecha prevista', w: 11, v: () => '05/10/2026' },
        { h: 'Cant.', w: 13, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'eu', 2) + ' Unidades' },
        { h: 'Precio unitario', w: 11, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!, 'eu') },
        { h: 'Importe', w: 11, a: 'r' as const, v: (l: Line) => eu(l.amount!) },
      ],
      rows: lines,
      totals: [['Base imponible', eu(sub)], ['IVA 21%', eu(iva)], ['Total', eu(r2(sub + iva)), true]] as [string, string, boolean?][],
      footer: 'compras@talleresocana.es  ·  +34 976 55 01 42  ·  Página: {p} / 1',
    };
    const pdf = await stdPdf(spec as any, true, { title: 'Pedido de compra - P00214', author: 'Odoo', creator: 'Odoo', producer: 'wkhtmltopdf 0.12.6', date: '2026-09-21' });
    lines.forEach((l) => (l.sku = l.sku!.replace(/[\[\]]/g, '')));
    const m = {
      from: 'compras@talleresocana.es', fromName: 'Talleres Hermanos Ocaña S.L.', subject: 'Talleres Hermanos Ocaña S.L. Pedido (Ref P00214)', date: '2026-09-21T12:40:09+02:00',
      messageId: '<1789123456.208911.4421-purchase.order-214@odoo.talleresocana.es>',
      html: '<div style="margin:0;padding:0"><p>Estimado/a Harborline Industrial Supply,</p><p>Le enviamos adjunto nuestro pedido de compra <strong>P00214</strong> por un importe de <strong>' + eu(r2(sub + iva)) + '</strong> de Talleres Hermanos Ocaña S.L.</p><p>La fecha de recepción prevista es el 05/10/2026.</p><p>Le agradeceríamos que confirmara la recepción de este pedido.</p><p>Saludos cordiales,<br>Lucía Ocaña</p></div>',
      attachments: [{ name: 'Pedido de compra - P00214.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c11-odoo-ocana.eml', 111, [bodyDoc(true), { name: 'Pedido de compra - P00214.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c12: Case = {
  id: 'c12-as400-greatlakes', ext: 'eml', kind: 'email + PDF (AS/400 green-bar print)', lang: 'en', region: 'US',
  what: 'IBM i (AS/400) spool file printed to PDF: fixed-pitch upper-case text on green-bar paper with tractor holes, YY/MM/DD-style dates, item lines with a second description line, page 1 of 2 with totals on page 2; Great Lakes Freight Terminals, Toledo OH',
  async build() {
    const lines = mkLines([
      ['GL440021', 'FORKLIFT TIRE PRESS-ON 18X6X12-1/8', 8, 'EA', 164.0],
      ['GL440107', 'PROPANE CYLINDER 33.5 LB ALUM FORKLIFT', 12, 'EA', 212.5],
      ['GL450330', 'DOCK BUMPER MOLDED 4.5X10X13', 20, 'EA', 58.75],
      ['GL451200', 'LED DOCK LIGHT 40W W/ 40" ARM', 6, 'EA', 289.0],
      ['GL460014', 'WHEEL CHOCK POLYURETHANE W/ CHAIN', 24, 'EA', 36.2],
      ['GL460090', 'HI-VIS SAFETY VEST CLASS 2 XL', 100, 'EA', 4.95],
      ['GL470500', 'PALLET WRAP 20IN 80GA 1500FT', 48, 'RL', 23.1],
      ['GL470612', 'CORNER BOARD 2X2X36 .120 CS/300', 4, 'CS', 118.0],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('GREAT LAKES FREIGHT TERMINALS CO', 'DOCK 7 - 2600 FRONT ST', 'TOLEDO', 'OH', '43605', 'US');
    const o = O({
      poNumber: '0711843', orderDate: '2026-02-17', requestedDeliveryDate: '2026-03-06',
      buyer: { company: 'GREAT LAKES FREIGHT TERMINALS CO', contactName: 'R. DOMBROWSKI', email: 'rdombrowski@glft.com', phone: '419-555-0166' },
      shipTo: ship, billTo: addr('GREAT LAKES FREIGHT TERMINALS CO', 'ACCOUNTS PAYABLE\nPO BOX 3377', 'TOLEDO', 'OH', '43607', 'US'), currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
      paymentTerms: '1% 10 NET 30', shippingMethod: 'VENDOR TRUCK', notes: 'DELIVER TO DOCK 7 ONLY. RECEIVING HOURS 0600-1400.',
    });
    const hdr = (p: number) => [
      pad('GREAT LAKES FREIGHT TERMINALS CO', 60) + lpad('PURCHASE ORDER', 30),
      pad('2600 FRONT ST   TOLEDO OH 43605', 60) + lpad(`PAGE   ${p} OF   2`, 30),
      pad('PROGRAM: POR410   USER: RDOMBROW', 60) + lpad('RUN DATE 02/17/26', 30),
      '',
      `PO NUMBER: 0711843        PO DATE: 02/17/26        BUYER: R. DOMBROWSKI  X4412`,
      `VENDOR: 0031877  HARBORLINE INDUSTRIAL SUPPLY      2250 DOCK STREET  COLUMBUS OH 43215`,
      `SHIP TO: GREAT LAKES FREIGHT TERMINALS CO  DOCK 7 - 2600 FRONT ST  TOLEDO OH 43605`,
      `BILL TO: GREAT LAKES FREIGHT TERMINALS CO  ACCOUNTS PAYABLE  PO BOX 3377  TOLEDO OH 43607`,
      `TERMS: 1% 10 NET 30     SHIP VIA: VENDOR TRUCK     FOB: DEST     REQ DATE: 03/06/26`,
      '-'.repeat(96),
      'LN  ITEM NO    DESCRIPTION                              QTY  UM     UNIT PRICE    EXTENSION',
      '-'.repeat(96),
    ];
    const body: string[] = [...hdr(1)];
    lines.forEach((l, i) => {
      if (i === 5) { body.push('', lpad('*** CONTINUED ON NEXT PAGE ***', 60), '\f', ...hdr(2)); }
      body.push(`${lpad(String(l.lineNo).padStart(3, '0'), 3)} ${pad(l.sku!, 10)} ${pad(l.description!, 38)}${lpad(fmt(l.quantity, 'us', 0), 6)}  ${pad(l.unit!, 4)}${lpad(fmt(l.unitPrice!, 'us', 4), 13)}${lpad(fmt(l.amount!), 13)}`);
      body.push(`               MFG: ${i % 2 ? 'STD' : 'ANY'}   REQ 03/06/26   GL 6110-0${i + 1}`);
    });
    body.push('-'.repeat(96), lpad('PO TOTAL', 70) + lpad(fmt(sub), 26), '', 'DELIVER TO DOCK 7 ONLY. RECEIVING HOURS 0600-1400.', 'CALL 419-555-0166 WITH QUESTIONS. RDOMBROWSKI@GLFT.COM', '', 'AUTHORIZED BY: ____________________');
    const L = new Layout(792, 612);
    renderMono(L, body, { size: 8.2, x: 40, top: 36, greenbar: true, holes: true });
    const buf = await toPdf(L, { title: 'QPRINT POR410', author: 'RDOMBROW', creator: 'IBM i Access Client Solutions', date: '2026-02-17' });
    const m = {
      from: 'rdombrowski@glft.com', fromName: 'Ron Dombrowski', subject: 'PO 0711843', date: '2026-02-18T13:22:45-05:00',
      messageId: '<000001dca0f1$4e2a1b30$ea7e5190$@glft.com>', mailer: 'Microsoft Outlook 14.0',
      text: 'Attached PO 0711843.\n\nRon\n',
      attachments: [{ name: 'QPRINT_0711843.pdf', type: PDF, data: buf }],
    };
    return mailCase(m, 'c12-as400-greatlakes.eml', 112, [bodyDoc(), { name: 'QPRINT_0711843.pdf', mediaType: PDF, method: 'pdf-text', pages: L.pages.length }], [o]);
  },
};

const c13: Case = {
  id: 'c13-word-pennine', ext: 'eml', kind: 'email + PDF (Word-made)', lang: 'en', region: 'UK',
  what: 'Hand-made Word purchase order saved as PDF (serif font, "Order No.", "Date: 1st October 2026", Qty / Description / Unit Price / Total in GBP, VAT 20 %, carriage line, delivery required 16/10/2026); Pennine Joinery, Halifax',
  async build() {
    const lines = mkLines([
      [null, 'Wood screws 5.0 x 60mm pozi countersunk, box of 200', 30, null, 8.45],
      [null, 'Wood screws 4.0 x 40mm pozi countersunk, box of 200', 30, null, 5.2],
      [null, 'PVA wood glue D3 5 litre', 12, null, 18.9],
      [null, 'Abrasive rolls 115mm x 50m P120', 6, null, 24.6],
      [null, 'Dust masks FFP2 valved, box of 10', 10, null, 15.75],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const carriage = 12.5;
    const vat = r2((sub + carriage) * 0.2);
    const ship = addr('Pennine Joinery Ltd', 'Unit 3, Dean Clough Mills', 'Halifax', 'West Yorkshire', 'HX3 5AX', 'GB');
    const o = O({
      poNumber: 'PJ-1187', orderDate: '2026-10-01', requestedDeliveryDate: '2026-10-16',
      buyer: { company: 'Pennine Joinery Ltd', contactName: 'Gareth Holroyd', email: 'gareth@penninejoinery.co.uk', phone: '01422 555 019' },
      shipTo: ship, billTo: ship, currency: 'GBP', lines, subtotal: sub, tax: vat, shipping: carriage, total: r2(sub + carriage + vat),
      paymentTerms: '30 days end of month', shippingMethod: null, notes: 'Please deliver to the yard entrance off Dean Clough Road.',
    });
    const gb = (n: number) => '£' + fmt(n);
    const spec = {
      family: 'serif', letterhead: ['Pennine Joinery Ltd', 'Unit 3, Dean Clough Mills, Halifax, West Yorkshire HX3 5AX', 'Tel 01422 555 019   ·   VAT Reg. GB 123 4567 89'],
      title: 'PURCHASE ORDER', titleLeft: true, accent: '#ffffff', headText: '#000000', grid: true,
      fields: [['Order No.', 'PJ-1187'], ['Date:', '1st October 2026'], ['Delivery required:', '16/10/2026'], ['Ordered by:', 'Gareth Holroyd']] as [string, string][],
      blocks: [{ h: 'To:', lines: VENDOR_US }, { h: 'Deliver to:', lines: addrLines(ship) }],
      cols: [
        { h: 'Qty', w: 8, a: 'c' as const, v: (l: Line) => q(l.quantity) },
        { h: 'Description', w: 50, v: (l: Line) => l.description! },
        { h: 'Unit Price', w: 12, a: 'r' as const, v: (l: Line) => gb(l.unitPrice!) },
        { h: 'Total', w: 12, a: 'r' as const, v: (l: Line) => gb(l.amount!) },
      ],
      rows: lines,
      totals: [['Goods', gb(sub)], ['Carriage', gb(carriage)], ['VAT @ 20%', gb(vat)], ['Order Total', gb(r2(sub + carriage + vat)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Payment: 30 days end of month. ' + o.notes! }, { text: 'Time is of the essence for this order only where a delivery date is stated above. Goods remain at supplier\'s risk until delivered.', size: 7 }],
      signature: ['Gareth Holroyd, Workshop Manager'],
    };
    const pdf = await stdPdf(spec as any, true, { title: 'PO PJ-1187', author: 'Gareth Holroyd', creator: 'Microsoft® Word for Microsoft 365', date: '2026-10-01' });
    const m = {
      from: 'gareth@penninejoinery.co.uk', fromName: 'Gareth Holroyd', subject: 'Order PJ-1187', date: '2026-10-02T09:48:00+01:00',
      messageId: '<LO2P265MB5177C1A2@LO2P265MB5177.GBRP265.PROD.OUTLOOK.COM>',
      text: 'Morning,\n\nOrder attached for screws, glue and abrasives. Delivery by the 16th please.\n\nCheers\nGareth\n\nPennine Joinery Ltd\n01422 555 019\n',
      attachments: [{ name: 'PO PJ-1187.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c13-word-pennine.eml', 113, [bodyDoc(), { name: 'PO PJ-1187.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c14: Case = {
  id: 'c14-excelpdf-sierramadre', ext: 'eml', kind: 'email + PDF (Excel-made, Spanish)', lang: 'es', region: 'MX',
  what: 'Orden de compra hecha en Excel y exportada a PDF (Partida / Código / Descripción / Cantidad / Unidad / P. Unitario / Importe, IVA 16 %, MXN, fecha 18/03/2026), asunto con «URGENTE»; Grupo Industrial Sierra Madre, Monterrey',
  async build() {
    const lines = mkLines([
      ['MTR-3HP-TEFC', 'Motor eléctrico trifásico 3 HP 1800 RPM TEFC armazón 182T', 2, 'PZA', 8950.0],
      ['VFD-3HP-460', 'Variador de frecuencia 3 HP 460 V', 2, 'PZA', 11480.0],
      ['CBL-12-4-THHN', 'Cable THHN cal. 12, 4 conductores', 150, 'M', 38.6],
      ['CONT-25A', 'Contactor 25 A bobina 120 V', 4, 'PZA', 1265.0],
      ['TERM-RING-10', 'Terminal de ojo cal. 10, bolsa con 100', 5, 'BOLSA', 289.0],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const iva = r2(sub * 0.16);
    const ship = addr('Grupo Industrial Sierra Madre S.A. de C.V.', 'Av. Ruiz Cortines 4120 Pte., Col. Industrial', 'Monterrey', 'N.L.', '64440', 'MX');
    const o = O({
      poNumber: 'OC-2026-0389', orderDate: '2026-03-18', requestedDeliveryDate: '2026-03-24',
      buyer: { company: 'Grupo Industrial Sierra Madre S.A. de C.V.', contactName: 'Ing. Alejandro Treviño', email: 'atrevino@gisierramadre.com.mx', phone: '81 5555 0123' },
      shipTo: ship, billTo: ship, currency: 'MXN', lines, subtotal: sub, tax: iva, shipping: null, total: r2(sub + iva),
      paymentTerms: 'Crédito 30 días', shippingMethod: null, notes: 'Favor de incluir la OC en la factura (CFDI 4.0, uso G03).',
      urgency: { level: 'urgent', reasons: ['"URGENTE" in the subject and the body', 'delivery 2026-03-24 is 3 business days / 5 calendar days after receipt (high on its own)'] },
    });
    const mx = (n: number) => '$' + fmt(n);
    const spec = {
      family: 'sans', letterhead: ['GRUPO INDUSTRIAL SIERRA MADRE S.A. DE C.V.', 'RFC: GIS980512AB3', 'Av. Ruiz Cortines 4120 Pte., Col. Industrial, Monterrey, N.L. C.P. 64440', 'Tel. 81 5555 0123'],
      title: 'ORDEN DE COMPRA', accent: '#1e6b3a', grid: true,
      fields: [['No. OC:', 'OC-2026-0389'], ['Fecha:', '18/03/2026'], ['Fecha de entrega:', '24/03/2026'], ['Condiciones:', 'Crédito 30 días'], ['Solicitó:', 'Ing. Alejandro Treviño'], ['Moneda:', 'MXN']] as [string, string][], fieldsBox: true,
      blocks: [{ h: 'PROVEEDOR', lines: ['Harborline Industrial Supply', '2250 Dock Street', 'Columbus, OH 43215, EUA'] }, { h: 'ENTREGAR EN', lines: ['Almacén General - Planta Monterrey', 'Av. Ruiz Cortines 4120 Pte.', 'Col. Industrial, Monterrey, N.L. 64440'] }],
      cols: [
        { h: 'Partida', w: 6, a: 'c' as const, v: (l: Line) => String(l.lineNo) },
        { h: 'Código', w: 14, v: (l: Line) => l.sku! },
        { h: 'Descripción', w: 40, v: (l: Line) => l.description! },
        { h: 'Cantidad', w: 8, a: 'r' as const, v: (l: Line) => q(l.quantity) },
        { h: 'Unidad', w: 7, v: (l: Line) => l.unit! },
        { h: 'P. Unitario', w: 11, a: 'r' as const, v: (l: Line) => mx(l.unitPrice!) },
        { h: 'Importe', w: 12, a: 'r' as const, v: (l: Line) => mx(l.amount!) },
      ],
      rows: lines,
      totals: [['Subtotal', mx(sub)], ['IVA 16%', mx(iva)], ['Total', mx(r2(sub + iva)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Observaciones: ' + o.notes! }, { text: 'Horario de recepción: lunes a viernes de 8:00 a 16:00 h.', size: 7.5 }],
      signature: ['Elaboró: Compras', 'Autorizó: Ing. Alejandro Treviño'],
    };
    const pdf = await stdPdf(spec as any, false, { title: 'OC-2026-0389', author: 'atrevino', creator: 'Microsoft® Excel® for Microsoft 365', date: '2026-03-18' });
    o.shipTo = addr('Almacén General - Planta Monterrey', 'Av. Ruiz Cortines 4120 Pte.\nCol. Industrial', 'Monterrey', 'N.L.', '64440', 'MX');
    o.billTo = null;
    const m = {
      from: 'atrevino@gisierramadre.com.mx', fromName: 'Alejandro Treviño', subject: 'URGENTE - Orden de compra OC-2026-0389', date: '2026-03-19T08:12:30-06:00',
      messageId: '<CAJx9q1vM3p0389@mail.gmail.com>',
      text: 'Buen día,\n\nLes envío la orden de compra OC-2026-0389. Es URGENTE, necesitamos el material a más tardar el martes 24 de marzo para arrancar la línea nueva.\n\nFavor de confirmar existencia y fecha de entrega.\n\nSaludos,\nIng. Alejandro Treviño\nJefe de Mantenimiento\nGrupo Industrial Sierra Madre\nTel. 81 5555 0123\n',
      attachments: [{ name: 'OC-2026-0389.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c14-excelpdf-sierramadre.eml', 114, [bodyDoc(), { name: 'OC-2026-0389.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c15: Case = {
  id: 'c15-sap-hochfeld', ext: 'eml', kind: 'email + PDF (SAP S/4HANA, German)', lang: 'de', region: 'DE',
  what: 'SAP S/4HANA „Bestellung“ auf Deutsch (Pos. / Material / Bezeichnung / Menge / ME / Preis / pro / Wert, Stk, 1.234,56 EUR, MwSt 19 %, Liefertermin 27.11.2026, Zahlungsbedingung), kurze deutsche Begleitmail; Hochfeld Antriebstechnik, Bielefeld',
  async build() {
    const lines = mkLines([
      ['HIS-KUP-R38', 'Klauenkupplung ROTEX 38, Aluminium', 16, 'ST', 74.3],
      ['HIS-ZK-R38-98', 'Zahnkranz 98 Shore A, Gr. 38', 40, 'ST', 9.85],
      ['HIS-PB-UCP208', 'Stehlagereinheit UCP 208', 24, 'ST', 31.4],
      ['HIS-KR-DIN471-40', 'Sicherungsring DIN 471 40x1,75', 500, 'ST', 0.18],
      ['HIS-FETT-LGHP2', 'Hochtemperaturfett LGHP 2, 1 kg Dose', 12, 'KG', 38.6],
    ], [10, 20, 30, 40, 50]);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const mwst = r2(sub * 0.19);
    const ship = addr('Hochfeld Antriebstechnik GmbH', 'Wareneingang Tor 3\nEckendorfer Straße 91', 'Bielefeld', null, '33609', 'DE');
    const o = O({
      poNumber: '4500731096', orderDate: '2026-11-09', requestedDeliveryDate: '2026-11-27',
      buyer: { company: 'Hochfeld Antriebstechnik GmbH', contactName: 'Frau S. Brinkmann', email: 'einkauf@hochfeld-antriebe.de', phone: '+49 521 5550-214' },
      shipTo: ship, billTo: addr('Hochfeld Antriebstechnik GmbH', 'Eckendorfer Straße 91', 'Bielefeld', null, '33609', 'DE'), currency: 'EUR', lines, subtotal: sub, tax: mwst, shipping: null, total: r2(sub + mwst),
      paymentTerms: '14 Tage 2 % Skonto, 30 Tage netto', shippingMethod: 'DAP Bielefeld (Incoterms 2020)', notes: 'Bitte Bestellnummer und Positionsnummer auf Lieferschein und Rechnung angeben.',
    });
    o.buyer.contactName = 'S. Brinkmann';
    const de = (n: number) => fmt(n, 'eu');
    const spec = {
      letterhead: ['Hochfeld Antriebstechnik GmbH', 'Eckendorfer Straße 91 · 33609 Bielefeld', 'Tel. +49 521 5550-0 · USt-IdNr. DE 812 345 678'],
      title: 'Bestellung', accent: '#0a3d62',
      fields: [['Bestellnummer', '4500731096'], ['Datum', '09.11.2026'], ['Lieferantennr.', '70012845'], ['Ansprechpartner', 'Frau S. Brinkmann'], ['Telefon', '+49 521 5550-214'], ['E-Mail', 'einkauf@hochfeld-antriebe.de'], ['Währung', 'EUR']] as [string, string][],
      blocks: [{ h: 'Lieferant', lines: ['Harborline Industrial Supply', '2250 Dock Street', 'Columbus OH 43215', 'USA'] }, { h: 'Lieferanschrift', lines: ['Hochfeld Antriebstechnik GmbH', 'Wareneingang Tor 3', 'Eckendorfer Straße 91', '33609 Bielefeld'] }],
      pre: ['Sehr geehrte Damen und Herren, wir bestellen zu unseren Allgemeinen Einkaufsbedingungen:'],
      cols: [
        { h: 'Pos.', w: 5, v: (l: Line) => String(l.lineNo).padStart(5, '0') },
        { h: 'Material', w: 17, v: (l: Line) => l.sku! },
        { h: 'Bezeichnung', w: 32, v: (l: Line) => [l.description!, 'Liefertermin: 27.11.2026'] },
        { h: 'Menge', w: 8, a: 'r' as const, v: (l: Line) => q(l.quantity, 'eu') },
        { h: 'ME', w: 5, v: (l: Line) => (l.unit === 'ST' ? 'Stk' : 'kg') },
        { h: 'Preis', w: 9, a: 'r' as const, v: (l: Line) => de(l.unitPrice!) },
        { h: 'pro', w: 5, a: 'r' as const, v: (l: Line) => '1 ' + (l.unit === 'ST' ? 'Stk' : 'kg') },
        { h: 'Wert EUR', w: 11, a: 'r' as const, v: (l: Line) => de(l.amount!) },
      ],
      rows: lines,
      totals: [['Gesamtnettowert', de(sub)], ['MwSt 19 %', de(mwst)], ['Gesamtbetrag EUR', de(r2(sub + mwst)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto   ·   Lieferbedingung: DAP Bielefeld (Incoterms 2020)' }, { text: o.notes! }, { text: 'Es gelten ausschließlich unsere Allgemeinen Einkaufsbedingungen. Geschäftsführer: Dr. M. Hochfeld · Amtsgericht Bielefeld HRB 12345', size: 6.5 }],
      footer: 'Seite {p} von 1',
    };
    const pdf = await stdPdf(spec as any, true, { title: 'Bestellung 4500731096', author: 'SAP', creator: 'SAP S/4HANA Output Management', date: '2026-11-09' });
    lines.forEach((l) => (l.unit = l.unit === 'ST' ? 'STK' : 'KG'));
    const m = {
      from: 'einkauf@hochfeld-antriebe.de', fromName: 'Einkauf Hochfeld Antriebstechnik', subject: 'Bestellung 4500731096', date: '2026-11-10T10:05:00+01:00',
      messageId: '<20261110090500.4500731096@sap.hochfeld-antriebe.de>',
      text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4500731096.\nBitte senden Sie uns innerhalb von 3 Tagen eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\n\nSabine Brinkmann\nStrategischer Einkauf\nHochfeld Antriebstechnik GmbH\nTel. +49 521 5550-214\n',
      attachments: [{ name: 'Bestellung_4500731096.pdf', type: PDF, data: pdf.buf }],
    };
    o.buyer.contactName = 'Sabine Brinkmann';
    return mailCase(m, 'c15-sap-hochfeld.eml', 115, [bodyDoc(), { name: 'Bestellung_4500731096.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c16: Case = {
  id: 'c16-nav-vanderlinden', ext: 'pdf', kind: 'PDF (Dynamics NAV, Dutch)', lang: 'nl', region: 'NL',
  what: 'Dynamics NAV „Inkooporder“ op zichzelf (Nr. / Omschrijving / Aantal / Eenheid / Directe kostprijs / Regelbedrag, 1.234,56, BTW 21 %, gewenste ontvangstdatum 12-05-2026); Van der Linden Installatietechniek, Eindhoven',
  async build() {
    const lines = mkLines([
      ['KB-PVC-32', 'Kabelgoot PVC 60x40 mm, lengte 2 m', 80, 'ST', 6.95],
      ['INST-VD-16', 'Installatiedraad VD 2,5 mm² blauw, rol 100 m', 15, 'ROL', 31.4],
      ['WCD-OPB-2V', 'Wandcontactdoos opbouw 2-voudig randaarde wit', 60, 'ST', 7.8],
      ['AARD-LS-40A', 'Aardlekschakelaar 40A 30mA 4P', 10, 'ST', 48.5],
      ['BNDL-200', 'Bundelbandjes 200 x 4,8 mm zwart, zak 100', 40, 'ZAK', 3.25],
      ['LAS-WAGO-221', 'Lasklem WAGO 221-413, doos 50', 20, 'DS', 13.9],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const btw = r2(sub * 0.21);
    const ship = addr('Van der Linden Installatietechniek B.V.', 'Achtseweg Zuid 221', 'Eindhoven', null, '5651 GW', 'NL');
    const o = O({
      poNumber: 'IO-2605-0042', orderDate: '2026-04-28', requestedDeliveryDate: '2026-05-12',
      buyer: { company: 'Van der Linden Installatietechniek B.V.', contactName: 'Bram de Wit', email: 'inkoop@vdlinden-installatie.nl', phone: '040 555 0188' },
      shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax: btw, shipping: null, total: r2(sub + btw),
      paymentTerms: '30 dagen netto', shippingMethod: null, notes: null,
    });
    const nl = (n: number) => fmt(n, 'eu');
    const spec = {
      letterhead: ['Van der Linden Installatietechniek B.V.', 'Achtseweg Zuid 221', '5651 GW Eindhoven', 'KvK 17012345 · BTW NL8012.34.567.B01'],
      title: 'Inkooporder', accent: '#c0c0c0', headText: '#000000',
      fields: [['Nr.', 'IO-2605-0042'], ['Orderdatum', '28-04-2026'], ['Gewenste ontv.datum', '12-05-2026'], ['Leveranciersnr.', 'L10293'], ['Inkoper', 'Bram de Wit'], ['Betalingscondities', '30 dagen netto']] as [string, string][],
      blocks: [{ h: 'Leverancier', lines: VENDOR_US }, { h: 'Afleveradres', lines: addrLines(ship) }],
      cols: [
        { h: 'Nr.', w: 11, v: (l: Line) => l.sku! },
        { h: 'Omschrijving', w: 40, v: (l: Line) => l.description! },
        { h: 'Aantal', w: 8, a: 'r' as const, v: (l: Line) => q(l.quantity, 'eu') },
        { h: 'Eenheid', w: 7, v: (l: Line) => l.unit! },
        { h: 'Directe\nkostprijs', w: 10, a: 'r' as const, v: (l: Line) => nl(l.unitPrice!) },
        { h: 'Regelbedrag\nexcl. BTW', w: 12, a: 'r' as const, v: (l: Line) => nl(l.amount!) },
      ],
      rows: lines,
      totals: [['Totaal EUR excl. BTW', nl(sub)], ['21% BTW', nl(btw)], ['Totaal EUR incl. BTW', nl(r2(sub + btw)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Op al onze inkopen zijn onze algemene inkoopvoorwaarden van toepassing.', size: 7 }],
      footer: 'Pagina {p}',
    };
    const pdf = await stdPdf(spec as any, true, { title: 'Inkooporder IO-2605-0042', author: 'NAV', creator: 'Microsoft Dynamics NAV 2018', date: '2026-04-28' });
    return { files: [['c16-nav-vanderlinden.pdf', pdf.buf]], truth: truthOf(fileSource('c16-nav-vanderlinden.pdf', PDF, 'pdf-text', pdf.pages), [o]) };
  },
};

const c17: Case = {
  id: 'c17-ordine-ferraresi', ext: 'eml', kind: 'email + PDF (Italian ERP)', lang: 'it', region: 'IT',
  what: 'Ordine d\'acquisto italiano (gestionale, Cod. articolo / Descrizione / U.M. / Q.tà / Prezzo / Sconto / Importo, IVA 22 %, consegna 30/06/2026, «Consegna: non urgente»), mail in italiano; Officine Meccaniche Ferraresi, Ferrara',
  async build() {
    const raw: [string, string, number, string, number, number][] = [
      ['OMF-FR-M12-70', 'Vite TE M12x70 8.8 zincata UNI 5737', 400, 'PZ', 0.42, 0],
      ['OMF-RS-M12', 'Rondella piana M12 UNI 6592 zincata', 800, 'PZ', 0.06, 0],
      ['OMF-OL-ISO46', 'Olio idraulico ISO VG 46, fusto 20 l', 6, 'PZ', 78.0, 10],
      ['OMF-GU-NIT-9', 'Guanti nitrile taglia 9, conf. 12 paia', 20, 'CF', 21.5, 10],
    ];
    const lines: Line[] = raw.map((r, i) => ({ lineNo: i + 1, sku: r[0], description: r[1], quantity: r[2], unit: r[3], unitPrice: r[4], amount: r2(r[2] * r[4] * (1 - r[5] / 100)) }));
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const iva = r2(sub * 0.22);
    const ship = addr('Officine Meccaniche Ferraresi S.r.l.', 'Via dell\'Industria 38', 'Ferrara', 'FE', '44122', 'IT');
    const o = O({
      poNumber: '2026/0571', orderDate: '2026-06-02', requestedDeliveryDate: '2026-06-30',
      buyer: { company: 'Officine Meccaniche Ferraresi S.r.l.', contactName: 'Marco Bellini', email: 'acquisti@omferraresi.it', phone: '+39 0532 555 017' },
      shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax: iva, shipping: null, total: r2(sub + iva),
      paymentTerms: 'Bonifico bancario 60 gg d.f.f.m.', shippingMethod: 'Franco destino', notes: 'Consegna: non urgente. Orario ricevimento merci 8:00-12:00.',
      urgency: { level: 'normal', reasons: ['"non urgente" (not urgent) is negated; delivery 2026-06-30 is 27 days out'] },
    });
    const it = (n: number) => fmt(n, 'eu');
    const spec = {
      letterhead: ['OFFICINE MECCANICHE FERRARESI S.r.l.', 'Via dell\'Industria 38 - 44122 Ferrara (FE)', 'P.IVA 01234560389 - Tel. +39 0532 555 017'],
      title: 'ORDINE D\'ACQUISTO', accent: '#8b0000', grid: true,
      fields: [['Numero ordine', '2026/0571'], ['Data ordine', '02/06/2026'], ['Data consegna', '30/06/2026'], ['Pagamento', 'Bonifico bancario 60 gg d.f.f.m.'], ['Resa', 'Franco destino'], ['Referente', 'Marco Bellini']] as [string, string][],
      blocks: [{ h: 'Spett.le Fornitore', lines: ['Harborline Industrial Supply', '2250 Dock Street', 'Columbus OH 43215 (USA)'] }, { h: 'Luogo di consegna', lines: ['Officine Meccaniche Ferraresi S.r.l.', 'Via dell\'Industria 38', '44122 Ferrara (FE)'] }],
      cols: [
        { h: 'Riga', w: 4, v: (l: Line) => String(l.lineNo) },
        { h: 'Cod. articolo', w: 14, v: (l: Line) => l.sku! },
        { h: 'Descrizione', w: 36, v: (l: Line) => l.description! },
        { h: 'U.M.', w: 5, v: (l: Line) => l.unit! },
        { h: 'Q.tà', w: 7, a: 'r' as const, v: (l: Line) => q(l.quantity, 'eu') },
        { h: 'Prezzo', w: 9, a: 'r' as const, v: (l: Line) => it(l.unitPrice!) },
        { h: 'Sconto', w: 6, a: 'r' as const, v: (_l: Line, i: number) => (raw[i][5] ? raw[i][5] + '%' : '') },
        { h: 'Importo', w: 10, a: 'r' as const, v: (l: Line) => it(l.amount!) },
      ],
      rows: lines,
      totals: [['Imponibile', it(sub)], ['IVA 22%', it(iva)], ['Totale ordine €', it(r2(sub + iva)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Consegna: non urgente. Orario ricevimento merci 8:00-12:00.' }, { text: 'Si prega di restituire copia del presente ordine firmata per accettazione. Le fatture devono riportare il numero d\'ordine.', size: 7 }],
    };
    const pdf = await stdPdf(spec as any, true, { title: 'Ordine 2026/0571', author: 'OMF', creator: 'TeamSystem Enterprise', date: '2026-06-02' });
    const m = {
      from: 'acquisti@omferraresi.it', fromName: 'Ufficio Acquisti OMF', subject: 'Ordine n. 2026/0571', date: '2026-06-03T15:20:44+02:00',
      messageId: '<00a201dcf3b8$9c1f0a70$d45d1f50$@omferraresi.it>',
      text: 'Buongiorno,\n\nin allegato il nostro ordine n. 2026/0571 del 02/06/2026.\nVi preghiamo di inviarci conferma d\'ordine.\n\nCordiali saluti\n\nMarco Bellini\nUfficio Acquisti\nOfficine Meccaniche Ferraresi S.r.l.\n',
      attachments: [{ name: 'ORDINE_2026_0571.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c17-ordine-ferraresi.eml', 117, [bodyDoc(), { name: 'ORDINE_2026_0571.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c18: Case = {
  id: 'c18-oracle-sunbelt', ext: 'pdf', kind: 'PDF (Oracle E-Business Suite)', lang: 'en', region: 'US',
  what: 'Oracle EBS "Standard Purchase Order" PDF on its own (PO number with revision, Ship-To/Bill-To, Line / Part Number / Description / Delivery Date / Quantity / UOM / Unit Price / Extended Price, several long lines), a page of terms and conditions in small print that mention rush fees and emergency contacts; Sunbelt Aerospace Structures, Wichita KS',
  async build() {
    const lines = mkLines([
      ['NAS1149F0363P', 'WASHER, FLAT, CRES, .203 ID X .438 OD X .032 THK, PASSIVATED', 2000, 'EA', 0.094],
      ['MS21042L3', 'NUT, SELF-LOCKING, REDUCED HEX, 10-32, CRES, CAD PLATED', 1500, 'EA', 0.61],
      ['AN960C10L', 'WASHER, FLAT, CRES, LIGHT SERIES, NO. 10', 2500, 'EA', 0.052],
      ['HIS-SEAL-PR1422', 'SEALANT, PR-1422 B2, 2.5 OZ SEMKIT, SHELF LIFE MIN 6 MONTHS AT RECEIPT', 40, 'KT', 46.8],
      ['HIS-TAPE-425-2', 'TAPE, ALUMINUM FOIL 425, 2 IN X 60 YD', 24, 'RL', 38.25],
      ['HIS-SOLV-MEK-1', 'SOLVENT, METHYL ETHYL KETONE, 1 GAL CAN', 12, 'GAL', 27.4],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('Sunbelt Aerospace Structures Inc.', 'Receiving Bldg 12\n3801 S Oliver St', 'Wichita', 'KS', '67210', 'US');
    const o = O({
      poNumber: '118204', orderDate: '2026-08-10', requestedDeliveryDate: '2026-09-14',
      buyer: { company: 'Sunbelt Aerospace Structures Inc.', contactName: 'Morgan Ellis', email: 'morgan.ellis@sunbeltaero.com', phone: '316-555-0193' },
      shipTo: ship, billTo: addr('Sunbelt Aerospace Structures Inc.', 'Accounts Payable\nPO Box 2970', 'Wichita', 'KS', '67201', 'US'), currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
      paymentTerms: 'NET 45', shippingMethod: 'FedEx Ground', notes: 'Certificate of conformance required with each shipment. Revision 0.',
      urgency: { level: 'normal', reasons: ['"rush" and "emergency" appear only in the standard terms (no rush fees, emergency contact), not as a request; delivery 2026-09-14'] },
    });
    const spec = {
      family: 'sans', letterhead: ['Sunbelt Aerospace Structures Inc.', '3801 S Oliver St', 'Wichita, KS 67210'],
      title: 'Standard Purchase Order', titleSize: 14, accent: '#3b3b6d',
      fields: [['Purchase Order No.', '118204'], ['Revision', '0'], ['Order Date', '10-AUG-2026'], ['Revision Date', ''], ['Buyer', 'Ellis, Morgan'], ['Buyer Phone', '316-555-0193'], ['Buyer Email', 'morgan.ellis@sunbeltaero.com'], ['Payment Terms', 'NET 45'], ['Freight Terms', 'Prepaid'], ['Ship Via', 'FedEx Ground'], ['Currency', 'USD']] as [string, string][],
      blocks: [{ h: 'Supplier', lines: ['HARBORLINE INDUSTRIAL SUPPLY', '2250 DOCK STREET', 'COLUMBUS, OH 43215', 'Supplier No: 20488'] }, { h: 'Ship To', lines: addrLines(ship) }, { h: 'Bill To', lines: ['Sunbelt Aerospace Structures Inc.', 'Accounts Payable', 'PO Box 2970', 'Wichita KS 67201'] }],
      cols: [
        { h: 'Line', w: 4, v: (l: Line) => String(l.lineNo) },
        { h: 'Part Number / Description', w: 40, v: (l: Line) => [l.sku!, l.description!] },
        { h: 'Delivery Date', w: 11, v: () => '14-SEP-2026' },
        { h: 'Quantity', w: 8, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 0) },
        { h: 'UOM', w: 5, v: (l: Line) => l.unit! },
        { h: 'Unit Price\n(USD)', w: 9, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!, 'us', 3) },
        { h: 'Extended\nPrice (USD)', w: 11, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['Total (USD)', fmt(sub), true]] as [string, string, boolean?][],
      notes: [
        { text: o.notes! },
        { h: 'TERMS AND CONDITIONS OF PURCHASE', text: '1. ACCEPTANCE. This order is Buyer\'s offer and becomes a binding contract on the earlier of Seller\'s written acknowledgement or commencement of performance. 2. DELIVERY. Time is of the essence. Seller shall not ship ahead of schedule by more than five (5) days. Premium transportation, expedite fees or rush charges are not reimbursable unless authorized in writing by Buyer\'s procurement representative. 3. QUALITY. Seller shall maintain a quality system compliant with AS9100 or ISO 9001. Counterfeit parts shall not be delivered. 4. EMERGENCY CONTACT. For urgent quality escapes or emergency shipment issues contact Buyer\'s 24-hour supplier hotline at 316-555-0100; this contact does not change the delivery dates stated on this order. 5. INVOICES. Invoices shall reference the purchase order number and line number. 6. GOVERNING LAW. This order is governed by the laws of the State of Kansas.', size: 6 },
      ],
      footer: 'Page {p} of 2',
      maxRowsFirst: 99,
    };
    const L = new Layout();
    const { renderStd } = await import('./docs.ts');
    let pages = renderStd(L, spec as any);
    // terms page: extra fine print on page 2
    if (pages === 1) {
      L.newPage();
      L.text(306, 40, 'ADDITIONAL TERMS - PURCHASE ORDER 118204', { size: 9, font: 'sansB', align: 'center' });
      const { wrap } = await import('./lib.ts');
      let y = 62;
      const txt = '7. CHANGES. Buyer may make changes within the general scope of this order. 8. WARRANTY. Seller warrants goods are free from defects in material and workmanship for twelve (12) months. 9. SHELF LIFE. Materials with limited shelf life shall be delivered with not less than 80% of shelf life remaining. 10. PACKAGING. Each package shall bear the PO number, part number and quantity. 11. EXPORT CONTROL. Seller shall comply with ITAR and EAR as applicable. 12. TERMINATION. Buyer may terminate for convenience upon written notice. 13. NO RUSH ORDERS SHALL BE ASSUMED. Unless this order is marked PRIORITY by Buyer on its face, Seller shall ship to the stated delivery date by the stated method.';
      for (const w of wrap(txt, 532, 'sans', 6.5)) { L.text(40, y, w, { size: 6.5 }); y += 8.5; }
      L.text(306, 760, 'Page 2 of 2', { size: 7, align: 'center', color: '#444444' });
      pages = 2;
    }
    const buf = await toPdf(L, { title: 'Standard Purchase Order 118204, 0', author: 'Oracle', creator: 'Oracle XML Publisher 5.6.3', producer: 'Oracle BI Publisher', date: '2026-08-10' });
    return { files: [['c18-oracle-sunbelt.pdf', buf]], truth: truthOf(fileSource('c18-oracle-sunbelt.pdf', PDF, 'pdf-text', pages), [o]) };
  },
};

const c19: Case = {
  id: 'c19-gp-blueheron', ext: 'eml', kind: 'email reply chain + PDF (Dynamics GP)', lang: 'en', region: 'US',
  what: 'Reply in an Outlook thread (earlier messages quoted below with "-----Original Message-----" about stock) carrying a Dynamics GP purchase order PDF; the new message asks to "expedite if possible"; Blue Heron Water District, Baton Rouge LA',
  async build() {
    const lines = mkLines([
      ['PVC-SCH80-2', 'PVC Sch 80 pipe 2" x 20 ft', 30, 'EA', 46.2],
      ['PVC-SCH80-2-90', 'PVC Sch 80 90 deg elbow 2" socket', 40, 'EA', 6.85],
      ['CPL-REP-2', 'Repair coupling 2" slip', 25, 'EA', 9.4],
      ['CEM-PVC-QT', 'PVC cement heavy body gray, quart', 12, 'EA', 16.3],
      ['PRM-PUR-QT', 'Primer purple, quart', 12, 'EA', 11.95],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const freight = 95.0;
    const ship = addr('Blue Heron Water District', 'Maintenance Yard\n12250 Airline Hwy', 'Baton Rouge', 'LA', '70817', 'US');
    const o = O({
      poNumber: 'BHWD-PO-004471', orderDate: '2026-08-14', requestedDeliveryDate: '2026-08-28',
      buyer: { company: 'Blue Heron Water District', contactName: 'Angela Thibodeaux', email: 'athibodeaux@blueheronwater.org', phone: '225-555-0131' },
      shipTo: ship, billTo: addr('Blue Heron Water District', 'Finance Dept.\n600 Heron Pkwy', 'Baton Rouge', 'LA', '70810', 'US'), currency: 'USD', lines, subtotal: sub, tax: 0, shipping: freight, total: r2(sub + freight),
      paymentTerms: 'Net 30', shippingMethod: 'Vendor Delivery', notes: 'Tax exempt governmental entity - certificate on file.',
      urgency: { level: 'high', reasons: ['"expedite if possible" in the mail'] },
    });
    const spec = {
      family: 'serif', letterhead: ['BLUE HERON WATER DISTRICT', '600 Heron Pkwy', 'Baton Rouge, LA 70810'],
      title: 'PURCHASE ORDER', accent: '#0f4c81',
      fields: [['Purchase Order', 'BHWD-PO-004471'], ['Date', '08/14/2026'], ['Vendor ID', 'HARBOR0001'], ['Buyer ID', 'ATHIBODEAUX'], ['Required Date', '08/28/2026'], ['Payment Terms', 'Net 30'], ['Shipping Method', 'Vendor Delivery']] as [string, string][],
      blocks: [{ h: 'Vendor', lines: VENDOR_US }, { h: 'Ship To', lines: addrLines(ship) }, { h: 'Bill To', lines: ['Blue Heron Water District', 'Finance Dept.', '600 Heron Pkwy', 'Baton Rouge LA 70810'] }],
      cols: [
        { h: 'Line', w: 4, v: (l: Line) => String(l.lineNo) },
        { h: 'Item Number', w: 14, v: (l: Line) => l.sku! },
        { h: 'Description', w: 34, v: (l: Line) => l.description! },
        { h: 'Ordered', w: 7, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 0) },
        { h: 'U Of M', w: 6, v: (l: Line) => 'Each' },
        { h: 'Unit Cost', w: 9, a: 'r' as const, v: (l: Line) => '$' + fmt(l.unitPrice!, 'us', 5) },
        { h: 'Extended Cost', w: 11, a: 'r' as const, v: (l: Line) => '$' + fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['Subtotal', '$' + fmt(sub)], ['Trade Discount', '$0.00'], ['Freight', '$' + fmt(freight)], ['Tax', '$0.00'], ['Total', '$' + fmt(r2(sub + freight)), true]] as [string, string, boolean?][],
      notes: [{ text: o.notes! }],
    };
    lines.forEach((l) => (l.unit = 'EACH'));
    const pdf = await stdPdf(spec as any, false, { title: 'BHWD-PO-004471', author: 'sa', creator: 'Microsoft Dynamics GP 18.5', producer: 'Microsoft Dynamics GP', date: '2026-08-14' });
    const m = {
      from: 'athibodeaux@blueheronwater.org', fromName: 'Angela Thibodeaux', subject: 'RE: 2" Sch 80 stock', date: '2026-08-17T09:55:12-05:00',
      messageId: '<BN0PR09MB4471A2C3@BN0PR09MB4471.namprd09.prod.outlook.com>', inReplyTo: '<CH2PR11MB7766.harborline.sales@CH2PR11MB7766.namprd11.prod.outlook.com>', mailer: 'Microsoft Outlook 16.0',
      text: 'Hi Carlos,\n\nThanks for checking. PO BHWD-PO-004471 is attached for the pipe and fittings. We have a main repair scheduled, so please expedite if possible - the required date on the PO is 8/28.\n\nAngela Thibodeaux\nPurchasing Agent\nBlue Heron Water District\n225-555-0131\n\n-----Original Message-----\nFrom: Carlos Mendez <cmendez@harborline-supply.com>\nSent: Friday, August 14, 2026 4:12 PM\nTo: Angela Thibodeaux <athibodeaux@blueheronwater.org>\nSubject: RE: 2" Sch 80 stock\n\nAngela,\n\nWe have 34 lengths of 2" Sch 80 in Columbus and the elbows in stock. I can hold them until Tuesday.\n\nCarlos Mendez\nInside Sales | Harborline Industrial Supply\n\n-----Original Message-----\nFrom: Angela Thibodeaux <athibodeaux@blueheronwater.org>\nSent: Friday, August 14, 2026 10:03 AM\nTo: Carlos Mendez <cmendez@harborline-supply.com>\nSubject: 2" Sch 80 stock\n\nCarlos, do you have about 30 lengths of 2" Sch 80 PVC and 40 elbows? Need them for a main repair at the end of the month.\n',
      attachments: [{ name: 'BHWD-PO-004471.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c19-gp-blueheron.eml', 119, [bodyDoc(), { name: 'BHWD-PO-004471.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

const c20: Case = {
  id: 'c20-sage-shannonside', ext: 'eml', kind: 'email + PDF (Sage 50 Accounts, Ireland)', lang: 'en', region: 'IE',
  what: 'Sage 50 Accounts (Ireland) purchase order PDF: Order No. / Order Date 21/01/2026, Product Code / Description / Quantity / Price / Net / VAT columns, VAT 23 %, EUR, delivery 06/02/2026; Shannonside Dairy Co-operative, Limerick',
  async build() {
    const lines = mkLines([
      ['SS-VLV-BF-50', 'Butterfly valve 50mm SS316 tri-clamp', 6, null, 96.4],
      ['GSK-TC-50-EPDM', 'Tri-clamp gasket 50mm EPDM', 100, null, 0.95],
      ['CLP-TC-50', 'Tri-clamp 50mm heavy duty', 30, null, 7.6],
      ['DET-CIP-25', 'CIP alkaline detergent 25 kg', 8, null, 54.0],
    ], false);
    const vatL = lines.map((l) => r2(l.amount! * 0.23));
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const vat = r2(vatL.reduce((s, v) => s + v, 0));
    const ship = addr('Shannonside Dairy Co-operative', 'Dock Road', 'Limerick', 'Co. Limerick', 'V94 X2K7', 'IE');
    const o = O({
      poNumber: '4316', orderDate: '2026-01-21', requestedDeliveryDate: '2026-02-06',
      buyer: { company: 'Shannonside Dairy Co-operative', contactName: 'Niamh O\'Sullivan', email: 'purchasing@shannonsidedairy.ie', phone: '061 555 014' },
      shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax: vat, shipping: null, total: r2(sub + vat),
      paymentTerms: '30 days', shippingMethod: null, notes: null,
    });
    const spec = {
      letterhead: ['Shannonside Dairy Co-operative', 'Dock Road', 'Limerick', 'V94 X2K7', 'VAT No. IE 9876543W'],
      title: 'Purchase Order', accent: '#006241',
      fields: [['Order No.', '4316'], ['Order Date', '21/01/2026'], ['Delivery Date', '06/02/2026'], ['Account Ref', 'HARB001'], ['Contact', 'Niamh O\'Sullivan'], ['Terms', '30 days']] as [string, string][], fieldsBox: true,
      blocks: [{ h: 'Supplier', lines: VENDOR_US }, { h: 'Delivery Address', lines: addrLines(ship) }],
      cols: [
        { h: 'Product Code', w: 14, v: (l: Line) => l.sku! },
        { h: 'Description', w: 34, v: (l: Line) => l.description! },
        { h: 'Quantity', w: 8, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 2) },
        { h: 'Price', w: 9, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!) },
        { h: 'Net', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
        { h: 'VAT %', w: 6, a: 'r' as const, v: () => '23.00' },
        { h: 'VAT', w: 9, a: 'r' as const, v: (_l: Line, i: number) => fmt(vatL[i]) },
      ],
      rows: lines,
      totals: [['Total Net Amount', '€' + fmt(sub)], ['Total VAT Amount', '€' + fmt(vat)], ['TOTAL', '€' + fmt(r2(sub + vat)), true]] as [string, string, boolean?][],
      notes: [{ text: 'Please quote our order number on all delivery dockets and invoices.', size: 7.5 }],
    };
    const pdf = await stdPdf(spec as any, true, { title: 'Purchase Order 4316', author: 'Sage', creator: 'Sage 50 Accounts v30', date: '2026-01-21' });
    const m = {
      from: 'purchasing@shannonsidedairy.ie', fromName: 'Shannonside Dairy Purchasing', subject: 'Purchase Order 4316', date: '2026-01-22T11:15:37+00:00',
      messageId: '<DB9PR02MB4316E1@DB9PR02MB4316.eurprd02.prod.outlook.com>',
      text: 'Hi,\n\nPlease see attached purchase order 4316. Delivery to Dock Road, Limerick by 6 February please.\n\nKind regards,\nNiamh O\'Sullivan\nShannonside Dairy Co-operative\n061 555 014\n',
      attachments: [{ name: 'PO4316.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c20-sage-shannonside.eml', 120, [bodyDoc(), { name: 'PO4316.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], [o]);
  },
};

export const ERP_CASES: Case[] = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20];
