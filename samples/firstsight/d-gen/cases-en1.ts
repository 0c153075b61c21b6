// English-language orders, part 1 (d01-d10)
import { MailDate, addr, buildEml, dfmt, draftOrder, emailSource, num, r2, sumLines, urgency, COUR, HELV, TIMES, qty } from './lib.ts';
import { C, Case, LX, PDF, SELLER, TO_ORDERS, stdPO, textTable, htmlTable, htmlWrap, P } from './tpl.ts';

const us = (d: string) => dfmt(d, 'MM/DD/YYYY');

export const casesEn1: Case[] = [
  // ------------------------------------------------------------------ d01
  {
    name: 'd01_cobalt_ridge_body',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'en (US)',
    what: 'Small biotech types its order into the mail body: PO number and date, stacked ship-to, "Bill to: same as above", three dash-bulleted lines "qty x code description @ price = amount", a total, shipping and terms in a sentence, need-by date.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-PT200-1K', description: 'Pipette tips 200 µl, bulk bag 1000', quantity: 10, unitPrice: 18.5 },
        { sku: 'BW-CT50-500', description: 'Centrifuge tubes 50 ml, sterile, case of 500', quantity: 4, unitPrice: 142.0 },
        { sku: 'BW-NG-M', description: 'Nitrile gloves, M, box of 100', quantity: 6, unitPrice: 9.8 },
      ];
      const total = sumLines(lines);
      const ship = addr('Cobalt Ridge Biosciences', '210 Innovation Drive, Suite 140', 'Durham', 'NC', '27703', 'US');
      const date = new MailDate('2026-11-30', '08:47:10', '-0500');
      const text = `Hi Brightwater team,

Please enter the following order.

PO #: 2026-0412
Date: 11/30/2026

Ship to:
Cobalt Ridge Biosciences
210 Innovation Drive, Suite 140
Durham, NC 27703

Bill to: same as above

${lines.map((l) => `- ${l.quantity} x ${l.sku}  ${l.description} @ $${num(l.unitPrice!)} = $${num(r2(l.quantity * l.unitPrice!))}`).join('\n')}

Total: $${num(total)}

Please ship UPS Ground. Terms Net 30 as usual.
Need by 12/11/2026.

Thanks,
Priya Raman
Lab Operations Manager
Cobalt Ridge Biosciences
(919) 555-0148
`;
      const mail = { id: 'd01', from: 'Priya Raman <priya.raman@cobaltridgebio.com>', to: TO_ORDERS, subject: 'PO 2026-0412 - tips and tubes', date, messageId: 'CAF3x9q2_d01.7712@mail.cobaltridgebio.com', text, mailer: 'Microsoft Outlook 16.0' };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }]),
          isPurchaseOrder: true,
          orders: [
            draftOrder({
              poNumber: '2026-0412', orderDate: '2026-11-30', requestedDeliveryDate: '2026-12-11',
              buyer: { company: 'Cobalt Ridge Biosciences', contactName: 'Priya Raman', email: 'priya.raman@cobaltridgebio.com', phone: '(919) 555-0148' },
              shipTo: ship, billTo: ship, currency: 'USD', lines,
              subtotal: null, tax: null, shipping: null, total,
              paymentTerms: 'Net 30', shippingMethod: 'UPS Ground', notes: null,
              urgency: urgency({ received: date.date, requested: '2026-12-11' }),
            }),
          ],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d02
  {
    name: 'd02_lakemont_univ_word',
    ext: 'eml',
    kind: 'email + PDF (Word template)',
    lang: 'en (US)',
    what: 'University chemistry department: short cover mail, PO on a Word template exported to PDF with Ship To and Bill To side by side, numbered lines with catalog numbers, shipping, tax-exempt line, delivery date two business days after the mail.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-BK250', description: 'Beaker, borosilicate glass, low form, 250 mL', quantity: 24, unit: 'EA', unitPrice: 4.65 },
        { lineNo: 2, sku: 'BW-GC50', description: 'Graduated cylinder 50 mL, class B, hex base', quantity: 12, unit: 'EA', unitPrice: 7.9 },
        { lineNo: 3, sku: 'BW-FP125', description: 'Filter paper Ø 125 mm, grade 1, pack of 100', quantity: 10, unit: 'PK', unitPrice: 6.25 },
        { lineNo: 4, sku: 'BW-SG-01', description: 'Safety glasses, clear, anti-fog', quantity: 30, unit: 'EA', unitPrice: 3.4 },
        { lineNo: 5, sku: 'BW-NaCl-1K', description: 'Sodium chloride, ACS reagent, 1 kg', quantity: 6, unit: 'EA', unitPrice: 21.8 },
      ];
      const sub = sumLines(lines), shipping = 45, tax = 0, total = r2(sub + shipping);
      const shipTo = addr('Lakemont State University - Department of Chemistry', ['Science Hall, Room 214', '1500 College Avenue'], 'Lakemont', 'MN', '56601', 'US');
      const billTo = addr('Lakemont State University - Business Office', ['Northrop Hall 110', '1500 College Avenue'], 'Lakemont', 'MN', '56601', 'US');
      const pdf = await stdPO({
        meta: { title: 'PO UCM-77815', author: 'hokafor', date: '2026-12-02', creator: 'Microsoft® Word for Microsoft 365' },
        fonts: TIMES, fs: 10,
        letterhead: { name: 'Lakemont State University', lines: ['Department of Chemistry', '1500 College Avenue, Lakemont, MN 56601', 'Phone 218-555-0192'] },
        title: 'PURCHASE ORDER',
        metaPairs: [['PO Number:', 'UCM-77815'], ['Date:', '12/02/2026'], ['Requested by:', 'Dr. Helen Okafor'], ['Deliver by:', '12/04/2026'], ['Ship via:', 'FedEx Ground'], ['Terms:', 'Net 30']],
        addresses: { layout: 'side', blocks: [
          { h: 'SHIP TO', lines: ['Lakemont State University - Department of Chemistry', 'Science Hall, Room 214', '1500 College Avenue', 'Lakemont, MN 56601'] },
          { h: 'BILL TO', lines: ['Lakemont State University - Business Office', 'Northrop Hall 110', '1500 College Avenue', 'Lakemont, MN 56601'] },
        ] },
        before: ['Vendor: Brightwater Lab Supply Inc., 4100 Commerce Parkway, Columbus, OH 43219'],
        cols: [C.no('Item', 34), C.qty('Qty', 40), C.unit('Unit', 38), C.sku('Catalog #', 80), C.desc('Description', 0), C.price('Unit Price', 70), C.amount('Total', 74)],
        lines, grid: true,
        totals: [['Subtotal', num(sub)], ['Shipping', num(shipping)], ['Sales Tax (exempt - certificate on file)', '0.00'], ['TOTAL', '$' + num(total)]],
        totalsLabelW: 200,
        after: ['Please reference the PO number on all invoices and packing slips.', 'Questions: Dr. Helen Okafor, h.okafor@lakemont.edu, 218-555-0192'],
        sign: ['Authorized by: ______________________   Date: ____________'],
      });
      const date = new MailDate('2026-12-02', '10:05:31', '-0600');
      const mail = {
        id: 'd02', from: 'Helen Okafor <h.okafor@lakemont.edu>', to: TO_ORDERS, subject: 'Purchase Order UCM-77815', date,
        messageId: 'SN7PR04MB8821.d02@SN7PR04MB8821.namprd04.prod.outlook.com',
        text: 'Hello,\n\nPlease find attached PO UCM-77815. These are for the first-year teaching lab that starts on Friday.\n\nBest regards,\nHelen Okafor, Ph.D.\nLab Coordinator, Department of Chemistry\nLakemont State University\n',
        attachments: [{ filename: 'PO UCM-77815.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'PO UCM-77815.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'UCM-77815', orderDate: '2026-12-02', requestedDeliveryDate: '2026-12-04',
            buyer: { company: 'Lakemont State University', contactName: 'Helen Okafor', email: 'h.okafor@lakemont.edu', phone: '218-555-0192' },
            shipTo, billTo, currency: 'USD', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: 'Net 30', shippingMethod: 'FedEx Ground', notes: 'Please reference the PO number on all invoices and packing slips.',
            urgency: urgency({ received: date.date, requested: '2026-12-04' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d03
  {
    name: 'd03_veridian_sap',
    ext: 'eml',
    kind: 'email + PDF (SAP print, 2 pages)',
    lang: 'en (US)',
    what: 'Large pharma SAP purchase order, 12 items over two pages with the header repeated on page 2; item numbers 00010..00120, the buyer\'s material number in the table and "Your material no." plus delivery date printed under each item; PO-box bill-to; total net value only.',
    async build(ctx) {
      const items: [string, string, string, number, string, number][] = [
        ['40012877', 'BW-PT10-960', 'TIPS,PIPETTE,10UL,RACKED,96/RK', 40, 'RK', 6.95],
        ['40012878', 'BW-PT200-1K', 'TIPS,PIPETTE,200UL,BULK,1000/BG', 25, 'BG', 18.2],
        ['40012880', 'BW-PT1000-R', 'TIPS,PIPETTE,1000UL,RACKED,100/RK', 40, 'RK', 7.45],
        ['40013302', 'BW-CT15-500', 'TUBE,CENTRIFUGE,15ML,PP,STERILE,500/CS', 6, 'CS', 118.0],
        ['40013303', 'BW-CT50-500', 'TUBE,CENTRIFUGE,50ML,PP,STERILE,500/CS', 6, 'CS', 139.5],
        ['40013410', 'BW-MT15-500', 'TUBE,MICRO,1.5ML,GRADUATED,500/BG', 20, 'BG', 23.4],
        ['40020114', 'BW-SF-0.22', 'FILTER,SYRINGE,0.22UM,PES,25MM,100/PK', 12, 'PK', 61.0],
        ['40020560', 'BW-PW-96', 'PLATE,96-WELL,FLAT BOTTOM,PS,50/CS', 8, 'CS', 96.75],
        ['40031002', 'BW-NG-M', 'GLOVE,NITRILE,PF,MEDIUM,100/BX', 60, 'BX', 9.35],
        ['40031003', 'BW-NG-L', 'GLOVE,NITRILE,PF,LARGE,100/BX', 40, 'BX', 9.35],
        ['40040220', 'BW-TPW', 'WIPE,LAB,LOW-LINT,280/BX', 30, 'BX', 5.9],
        ['40040318', 'BW-SHARPS-5', 'CONTAINER,SHARPS,5L,RED', 12, 'EA', 8.6],
      ];
      const lines: LX[] = items.map(([mat, our, d, q, u, p], i) => ({ lineNo: (i + 1) * 10, sku: our, cust: mat, description: d, quantity: q, unit: u, unitPrice: p, note: `Your material no. ${our}    Delivery date: 12/14/2026` }));
      const total = sumLines(lines);
      const shipTo = addr('Veridian Therapeutics Inc.', ['QC Laboratory, Building 3', '800 Riverside Boulevard'], 'Norristown', 'PA', '19401', 'US');
      const billTo = addr('Veridian Therapeutics Inc.', ['Accounts Payable', 'P.O. Box 61520'], 'King of Prussia', 'PA', '19406-0520', 'US');
      const head = ['Purchase Order 4500387214 dated 11/27/2026', 'Veridian Therapeutics Inc.'];
      const pdf = await stdPO({
        meta: { title: 'Purchase Order 4500387214', author: 'SAP', creator: 'SAP NetWeaver', producer: 'SAP NetWeaver Application Server ABAP', date: '2026-11-27' },
        fonts: HELV, fs: 8.5,
        letterhead: { name: 'Veridian Therapeutics Inc.', lines: ['1100 First Avenue', 'King of Prussia, PA 19406', 'USA'] },
        title: 'Purchase Order',
        metaPairs: [['PO number', '4500387214'], ['Date', '11/27/2026'], ['Vendor', '100482'], ['Purch. group', 'P12 / Lisa Chen'], ['Telephone', '610-555-0177'], ['E-mail', 'lisa.chen@veridianrx.com'], ['Currency', 'USD']],
        addresses: { layout: 'side', blocks: [
          { h: 'Vendor', lines: SELLER.us },
          { h: 'Please deliver to', lines: ['Veridian Therapeutics Inc.', 'QC Laboratory, Building 3', '800 Riverside Boulevard', 'Norristown PA 19401'] },
          { h: 'Invoice address', lines: ['Veridian Therapeutics Inc.', 'Accounts Payable', 'P.O. Box 61520', 'King of Prussia PA 19406-0520'] },
        ] },
        before: ['Terms of payment: 60 days net', 'Incoterms: FCA Columbus', 'Header text: Please deliver to goods receipt, dock 2. PO number must appear on the packing list.'],
        cols: [C.no('Item', 38, (n) => String(n).padStart(5, '0')), C.cust('Material', 58), C.desc('Short text', 0), C.qty('Order qty.', 56), C.unit('Unit', 34), C.price('Net price', 62), C.amount('Net value', 70)],
        lines, rowsFirstPage: 7,
        repeatHead: () => head,
        totals: [['Total net value excl. tax USD', num(total)]],
        totalsLabelW: 180,
        after: ['This order is subject to Veridian Therapeutics General Terms and Conditions of Purchase.'],
        footer: (p, n) => `Page ${p} of ${n}    PO 4500387214`,
      });
      const date = new MailDate('2026-11-30', '13:22:05', '-0500');
      const mail = {
        id: 'd03', from: 'Lisa Chen <lisa.chen@veridianrx.com>', to: TO_ORDERS, subject: 'Veridian Therapeutics Purchase Order 4500387214', date,
        messageId: '20261130182205.4500387214.d03@sapmail.veridianrx.com',
        text: 'Dear Supplier,\n\nplease find attached our purchase order 4500387214.\nPlease send your order confirmation to lisa.chen@veridianrx.com within 48 hours.\n\nKind regards\nLisa Chen\nProcurement - Lab Consumables\nVeridian Therapeutics Inc.\n\nThis message was generated automatically.\n',
        attachments: [{ filename: 'PO_4500387214.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'PO_4500387214.pdf', mediaType: PDF, method: 'pdf-text', pages: 2 }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '4500387214', orderDate: '2026-11-27', requestedDeliveryDate: '2026-12-14',
            buyer: { company: 'Veridian Therapeutics Inc.', contactName: 'Lisa Chen', email: 'lisa.chen@veridianrx.com', phone: '610-555-0177' },
            shipTo, billTo, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total,
            paymentTerms: '60 days net', shippingMethod: null, notes: 'Please deliver to goods receipt, dock 2. PO number must appear on the packing list.',
            urgency: urgency({ received: date.date, requested: '2026-12-14' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d04
  {
    name: 'd04_lakeshore_coupa',
    ext: 'eml',
    kind: 'email (Coupa notification) + PDF',
    lang: 'en (US)',
    what: 'Hospital system sends its PO through Coupa: no-reply notification mail with a summary, Coupa PO print attached with boxed Ship-To and PO-box Bill-To, line table with supplier part number, UOM, need-by date and requester.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-MSL-10', description: 'Microscope slides 25 x 75 mm, ground edges, frosted end, 72/box', quantity: 20, unit: 'BX', unitPrice: 6.6 },
        { lineNo: 2, sku: 'BW-CS-22', description: 'Cover glass 22 x 22 mm, No. 1.5, 100/box', quantity: 20, unit: 'BX', unitPrice: 4.95 },
        { lineNo: 3, sku: 'BW-SHARPS-5', description: 'Sharps container 5 L, red', quantity: 48, unit: 'EA', unitPrice: 8.6 },
        { lineNo: 4, sku: 'BW-AUTO-BAG', description: 'Autoclave bag 24 x 36 in, biohazard print, 200/case', quantity: 6, unit: 'CS', unitPrice: 88.0 },
        { lineNo: 5, sku: 'BW-NG-S', description: 'Nitrile exam gloves, powder free, small, 100/box', quantity: 80, unit: 'BX', unitPrice: 9.35 },
      ];
      const total = sumLines(lines);
      const shipTo = addr('Lakeshore Health - Central Laboratory', ['2900 W. Lakeshore Parkway', 'Receiving Dock B'], 'Milwaukee', 'WI', '53215', 'US');
      const billTo = addr('Lakeshore Health Accounts Payable', 'PO Box 4410', 'Milwaukee', 'WI', '53201-4410', 'US');
      const pdf = await stdPO({
        meta: { title: 'PO-88213', creator: 'Coupa', producer: 'Coupa Software', date: '2026-12-01' },
        fonts: HELV, fs: 8.5, accent: '#dbe7f3',
        letterhead: { name: 'Lakeshore Health', lines: ['2900 W. Lakeshore Parkway', 'Milwaukee, WI 53215'] },
        title: 'Purchase Order #PO-88213',
        metaPairs: [['Status', 'Issued'], ['Order Date', '12/01/2026'], ['Revision', '0'], ['Requester', 'Marcus Webb'], ['Email', 'm.webb@lakeshorehealth.org'], ['Payment Term', 'Net 45'], ['Shipping', 'Best Way'], ['Currency', 'USD']],
        addresses: { layout: 'boxed', blocks: [
          { h: 'Supplier', lines: [...SELLER.us, SELLER.mail] },
          { h: 'Ship To', lines: ['Lakeshore Health - Central Laboratory', '2900 W. Lakeshore Parkway', 'Receiving Dock B', 'Milwaukee, WI 53215', 'United States'] },
          { h: 'Bill To', lines: ['Lakeshore Health Accounts Payable', 'PO Box 4410', 'Milwaukee, WI 53201-4410', 'United States'] },
        ] },
        cols: [C.no('Line', 30), C.desc('Item', 0), C.sku('Supplier Part Num', 78), C.qty('Qty', 34), C.unit('UOM', 32), C.price('Price', 50), C.date('Need By', 60, us), C.amount('Total', 60)],
        lines: lines.map((l) => ({ ...l, date: '2026-12-15' })), zebra: '#f4f4f4',
        totals: [['Total USD', num(total)]],
        after: ['Invoices must reference PO-88213 and be submitted through the Coupa Supplier Portal.'],
        footer: (p, n) => `PO-88213  |  Page ${p} of ${n}`,
      });
      const date = new MailDate('2026-12-01', '07:31:44', '-0600');
      const mail = {
        id: 'd04', from: 'Lakeshore Health via Coupa <do_not_reply@lakeshorehealth.coupahost.com>', to: TO_ORDERS, subject: 'Purchase Order PO-88213 from Lakeshore Health', date,
        messageId: '6a1f0c2e-88213-d04@lakeshorehealth.coupahost.com',
        replyTo: 'Marcus Webb <m.webb@lakeshorehealth.org>',
        text: `Lakeshore Health has sent you a purchase order.

PO Number: PO-88213
Supplier: Brightwater Lab Supply Inc.
Total: $${num(total)} USD
Requester: Marcus Webb

The purchase order is attached as a PDF. You can also view it and create an invoice in the Coupa Supplier Portal.

Please do not reply to this email. Questions about this order: m.webb@lakeshorehealth.org

Powered by Coupa | Business Spend Management
`,
        attachments: [{ filename: 'PO-88213.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'PO-88213.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'PO-88213', orderDate: '2026-12-01', requestedDeliveryDate: '2026-12-15',
            buyer: { company: 'Lakeshore Health', contactName: 'Marcus Webb', email: 'm.webb@lakeshorehealth.org', phone: null },
            shipTo, billTo, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total,
            paymentTerms: 'Net 45', shippingMethod: 'Best Way', notes: 'Invoices must reference PO-88213 and be submitted through the Coupa Supplier Portal.',
            urgency: urgency({ received: date.date, requested: '2026-12-15' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d05 (xlsx) lives in cases-sheets.ts
  // ------------------------------------------------------------------ d06
  {
    name: 'd06_glenmore_dairy_ie',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'en (IE)',
    what: 'Irish dairy co-op quality lab orders in the mail body: Eircode address with county, text table Qty/Code/Description/Price/Value in euro, VAT 23 %, delivery date day-first, invoice address a PO box at head office.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-PD90-500', description: 'Petri dishes 90mm, vented, sterile (500)', quantity: 4, unit: 'CS', unitPrice: 52.0 },
        { sku: 'BW-SW-100', description: 'Sample bags 100ml sterile (500)', quantity: 3, unit: 'BOX', unitPrice: 61.5 },
        { sku: 'BW-PIP-P1000', description: 'Pipette single channel 100-1000ul', quantity: 2, unit: 'EA', unitPrice: 179.0 },
        { sku: 'BW-THERM', description: 'Digital probe thermometer -50/+300C', quantity: 5, unit: 'EA', unitPrice: 22.4 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.23), total = r2(sub + tax);
      const rows = lines.map((l) => [`${l.quantity} ${l.unit}`, l.sku!, l.description!, num(l.unitPrice!), num(r2(l.quantity * l.unitPrice!))]);
      const date = new MailDate('2026-12-01', '11:12:09', '+0000');
      const text = `Good morning,

Please supply the following against our order no. GDC-QL-5530 (dated 01/12/2026).

${textTable(['Qty', 'Code', 'Description', 'Price EUR', 'Value EUR'], rows, ['l', 'l', 'l', 'r', 'r'])}

                                              Goods:  ${num(sub)}
                                            VAT 23%:  ${num(tax)}
                                              Total:  ${num(total)}

Delivery required: 14/12/2026

Deliver to:
Glenmore Dairy Co-operative Society Ltd
Quality Laboratory
Ballyhooly Road
Fermoy, Co. Cork
P61 YK20

Invoices to:
Glenmore Dairy Co-operative Society Ltd
Accounts Payable
PO Box 118
Fermoy, Co. Cork
P61 AX04

Payment 30 days end of month. Goods in hours 8:00 to 15:30, Monday to Friday.

Regards,
Niamh Buckley
Laboratory Manager
Tel: +353 25 55 3190
`;
      const mail = { id: 'd06', from: 'Niamh Buckley <nbuckley@glenmoredairy.ie>', to: TO_ORDERS, subject: 'Order GDC-QL-5530', date, messageId: 'AM9PR07MB7310.d06@AM9PR07MB7310.eurprd07.prod.outlook.com', text };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'GDC-QL-5530', orderDate: '2026-12-01', requestedDeliveryDate: '2026-12-14',
            buyer: { company: 'Glenmore Dairy Co-operative Society Ltd', contactName: 'Niamh Buckley', email: 'nbuckley@glenmoredairy.ie', phone: '+353 25 55 3190' },
            shipTo: addr('Glenmore Dairy Co-operative Society Ltd', ['Quality Laboratory', 'Ballyhooly Road'], 'Fermoy', 'Co. Cork', 'P61 YK20', 'IE'),
            billTo: addr('Glenmore Dairy Co-operative Society Ltd', ['Accounts Payable', 'PO Box 118'], 'Fermoy', 'Co. Cork', 'P61 AX04', 'IE'),
            currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: '30 days end of month', shippingMethod: null, notes: 'Goods in hours 8:00 to 15:30, Monday to Friday.',
            urgency: urgency({ received: date.date, requested: '2026-12-14' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d07
  {
    name: 'd07_northshore_oracle_ca',
    ext: 'eml',
    kind: 'email + PDF (Oracle print)',
    lang: 'en (CA)',
    what: 'Canadian contract research organisation, Oracle purchase order print in Courier: part number on the first line of a multi-line description cell, need-by dates as DD-MON-YYYY, CAD prices, HST 13 %, Ontario addresses.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-SF-0.22', description: 'Syringe filter PES 0.22 um, 25 mm, sterile, individually packed, 100/pk', quantity: 10, unit: 'PK', unitPrice: 84.0 },
        { lineNo: 2, sku: 'BW-CV-100', description: 'Cuvette PS semi-micro 1.5 ml, 10 mm path, 100/pk', quantity: 15, unit: 'PK', unitPrice: 16.2 },
        { lineNo: 3, sku: 'BW-RB500', description: 'Reagent bottle 500 ml amber glass with GL45 cap and pouring ring', quantity: 36, unit: 'EA', unitPrice: 7.15 },
        { lineNo: 4, sku: 'BW-HP-550', description: 'Hotplate stirrer, ceramic top 180 x 180 mm, 550 C, 1500 rpm, 120 V', quantity: 2, unit: 'EA', unitPrice: 645.0 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.13), total = r2(sub + tax);
      const descCell = (l: LX) => `${l.sku}\n${l.description!.replace(/^(.{30,44}?) /, '$1\n')}`;
      const shipTo = addr('NORTHSHORE CLINICAL RESEARCH INC.', ['BIOANALYTICAL LABORATORY', '6750 CENTURY AVENUE, UNIT 300'], 'MISSISSAUGA', 'ON', 'L5N 8G4', 'CA');
      const billTo = addr('NORTHSHORE CLINICAL RESEARCH INC.', ['ATTN: ACCOUNTS PAYABLE', '6750 CENTURY AVENUE, UNIT 100'], 'MISSISSAUGA', 'ON', 'L5N 8G4', 'CA');
      const pdf = await stdPO({
        meta: { title: 'Standard Purchase Order 1204877', creator: 'Oracle Reports', producer: 'Oracle XML Publisher 5.6.3', date: '2026-12-02' },
        fonts: COUR, fs: 8,
        letterhead: { name: 'NORTHSHORE CLINICAL RESEARCH INC.', lines: ['6750 CENTURY AVENUE, UNIT 100', 'MISSISSAUGA ON L5N 8G4', 'CANADA'], size: 12 },
        title: 'PURCHASE ORDER',
        metaPairs: [['Order:', '1204877'], ['Revision:', '0'], ['Order Date:', '02-DEC-2026'], ['Buyer:', 'SINGH, ARJUN'], ['Phone:', '905-555-0163'], ['Currency:', 'CAD'], ['Pay Terms:', 'NET 30'], ['Ship Via:', 'PUROLATOR GROUND'], ['FOB:', 'DESTINATION']],
        addresses: { layout: 'boxed', blocks: [
          { h: 'SUPPLIER:', lines: ['BRIGHTWATER LAB SUPPLY INC.', '4100 COMMERCE PARKWAY', 'COLUMBUS OH 43219', 'UNITED STATES'] },
          { h: 'SHIP TO:', lines: ['NORTHSHORE CLINICAL RESEARCH INC.', 'BIOANALYTICAL LABORATORY', '6750 CENTURY AVENUE, UNIT 300', 'MISSISSAUGA ON L5N 8G4', 'CANADA'] },
          { h: 'BILL TO:', lines: ['NORTHSHORE CLINICAL RESEARCH INC.', 'ATTN: ACCOUNTS PAYABLE', '6750 CENTURY AVENUE, UNIT 100', 'MISSISSAUGA ON L5N 8G4', 'CANADA'] },
        ] },
        cols: [C.no('Line', 30), C.fn('Part Number/Description', 0, (l) => descCell(l)), C.date('Need By', 68, (d) => dfmt(d, 'DD-MMM-YYYY').toUpperCase()), C.qty('Quantity', 50), C.unit('UOM', 30), C.price('Unit Price', 58), C.fn('Tax', 28, () => 'HST', 'center'), C.amount('Extended', 66)],
        lines: lines.map((l) => ({ ...l, date: '2026-12-18' })),
        totals: [['Subtotal:', num(sub)], ['HST 13%:', num(tax)], ['Total (CAD):', num(total)]],
        after: ['ALL SHIPMENTS MUST INCLUDE A PACKING SLIP REFERENCING THE PO NUMBER. CUSTOMS BROKER: LIVINGSTON, ACCT 55-2093.'],
        footer: (p, n) => `Standard Purchase Order 1204877, 0        Page ${p} of ${n}`,
      });
      const date = new MailDate('2026-12-02', '15:40:18', '-0500');
      const mail = {
        id: 'd07', from: 'Arjun Singh <asingh@northshorecr.ca>', to: TO_ORDERS, subject: 'Standard Purchase Order 1204877, 0', date,
        messageId: 'oracle.wf.1204877.d07@ebs.northshorecr.ca',
        text: 'Please find attached Standard Purchase Order 1204877, 0.\n\nArjun Singh\nSenior Buyer | Northshore Clinical Research Inc.\nT 905-555-0163\n',
        attachments: [{ filename: 'PO_1204877_0.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'PO_1204877_0.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '1204877', orderDate: '2026-12-02', requestedDeliveryDate: '2026-12-18',
            buyer: { company: 'NORTHSHORE CLINICAL RESEARCH INC.', contactName: 'Arjun Singh', email: 'asingh@northshorecr.ca', phone: '905-555-0163' },
            shipTo, billTo, currency: 'CAD', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'NET 30', shippingMethod: 'PUROLATOR GROUND', notes: 'ALL SHIPMENTS MUST INCLUDE A PACKING SLIP REFERENCING THE PO NUMBER. CUSTOMS BROKER: LIVINGSTON, ACCT 55-2093.',
            urgency: urgency({ received: date.date, requested: '2026-12-18' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d08
  {
    name: 'd08_coastal_waters_au',
    ext: 'eml',
    kind: 'email + PDF (Excel template)',
    lang: 'en (AU)',
    what: 'Australian water authority laboratory: one-line "Deliver to:" address, PO-box bill-to, day-first dates, AUD prices ex GST, freight line, GST 10 %, required-by date seven days after the mail.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-SW-100', description: 'Sample bags 100 mL sterile w/ sodium thiosulfate, 500/box', quantity: 6, unit: 'BOX', unitPrice: 64.0 },
        { lineNo: 2, sku: 'BW-RB500', description: 'Reagent bottle amber 500 mL GL45', quantity: 24, unit: 'EA', unitPrice: 5.1 },
        { lineNo: 3, sku: 'BW-DI-20', description: 'Deionised water Type II, 20 L cube', quantity: 4, unit: 'EA', unitPrice: 18.9 },
        { lineNo: 4, sku: 'BW-CV-100', description: 'Cuvettes PS semi-micro, 100/pk', quantity: 5, unit: 'PK', unitPrice: 12.4 },
      ];
      const sub = sumLines(lines), shipping = 35, tax = r2((sub + shipping) * 0.1), total = r2(sub + shipping + tax);
      const au = (d: string) => dfmt(d, 'DD/MM/YYYY');
      const pdf = await stdPO({
        meta: { title: 'PO 4600-11873', author: 'Jess Nguyen', creator: 'Microsoft® Excel® for Microsoft 365', date: '2026-12-03' },
        size: 'A4', fonts: HELV, fs: 9, accent: '#cfe3d4',
        letterhead: { name: 'Coastal Waters Authority', lines: ['Laboratory Services', 'ABN 41 998 220 516', '27 Wharf Street, Maryborough QLD 4650', 'Ph (07) 5555 8210'] },
        title: 'PURCHASE ORDER',
        metaPairs: [['PO No.', '4600-11873'], ['Date', au('2026-12-03')], ['Required by', au('2026-12-10')], ['Contact', 'Jess Nguyen'], ['Email', 'jess.nguyen@coastalwaters.qld.gov.au']],
        addresses: { layout: 'oneline', blocks: [
          { h: 'Deliver to:', lines: ['Coastal Waters Laboratory', '27 Wharf St', 'Maryborough QLD 4650'] },
          { h: 'Invoice to:', lines: ['Accounts Payable, Coastal Waters Authority', 'PO Box 512', 'Maryborough QLD 4650'] },
        ] },
        cols: [C.no('#', 24), C.sku('Supplier code', 76), C.desc('Description', 0), C.qty('Qty', 36), C.unit('UOM', 36), C.price('Unit $ ex GST', 68), C.amount('Total $ ex GST', 72)],
        lines, grid: true,
        totals: [['Subtotal', num(sub)], ['Freight', num(shipping)], ['GST 10%', num(tax)], ['Total AUD inc GST', num(total)]],
        totalsLabelW: 150,
        after: ['Please quote the PO number on your tax invoice. Deliveries Mon-Fri 7:30am-3:00pm only, site induction not required for couriers.', 'Payment terms: 30 days from end of month.'],
      });
      const date = new MailDate('2026-12-03', '09:15:40', '+1000');
      const mail = {
        id: 'd08', from: 'Jess Nguyen <jess.nguyen@coastalwaters.qld.gov.au>', to: TO_ORDERS, subject: 'PO 4600-11873 Coastal Waters Laboratory', date,
        messageId: 'ME3PR01MB6402.d08@ME3PR01MB6402.ausprd01.prod.outlook.com',
        text: 'Hi,\n\nPlease see attached purchase order 4600-11873.\n\nKind regards,\nJess Nguyen | Laboratory Coordinator\nCoastal Waters Authority\n',
        attachments: [{ filename: 'PO 4600-11873.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'PO 4600-11873.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '4600-11873', orderDate: '2026-12-03', requestedDeliveryDate: '2026-12-10',
            buyer: { company: 'Coastal Waters Authority', contactName: 'Jess Nguyen', email: 'jess.nguyen@coastalwaters.qld.gov.au', phone: '(07) 5555 8210' },
            shipTo: addr('Coastal Waters Laboratory', '27 Wharf St', 'Maryborough', 'QLD', '4650', 'AU'),
            billTo: addr('Accounts Payable, Coastal Waters Authority', 'PO Box 512', 'Maryborough', 'QLD', '4650', 'AU'),
            currency: 'AUD', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: '30 days from end of month', shippingMethod: null, notes: 'Please quote the PO number on your tax invoice. Deliveries Mon-Fri 7:30am-3:00pm only, site induction not required for couriers.',
            urgency: urgency({ received: date.date, requested: '2026-12-10' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d09
  {
    name: 'd09_pinecrest_rush_html',
    ext: 'eml',
    kind: 'email, HTML body with table (multipart/alternative)',
    lang: 'en (US)',
    what: 'Small clinical lab writes "RUSH" in the subject and asks for overnight shipping because its analyzer run is stopped; order table in an HTML body (with a plain-text alternative), no delivery date, ship-to in the signature block.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-MT15-500', description: 'Microcentrifuge tubes 1.5 ml, 500/bag', quantity: 5, unit: 'BAG', unitPrice: 24.0 },
        { sku: 'BW-PT1000-R', description: 'Tips 1000 ul racked', quantity: 8, unit: 'RK', unitPrice: 7.6 },
        { sku: 'BW-PT200-1K', description: 'Tips 200 ul bulk 1000/bag', quantity: 4, unit: 'BAG', unitPrice: 18.5 },
      ];
      const sub = sumLines(lines);
      const head = ['Item #', 'Description', 'Qty', 'Unit', 'Price', 'Ext'];
      const rows = lines.map((l) => [l.sku!, l.description!, String(l.quantity), l.unit!, '$' + num(l.unitPrice!), '$' + num(r2(l.quantity * l.unitPrice!))]);
      const intro = 'Hi,\n\nOur analyzer run is stopped - we are completely out of 1.5 ml tubes and tips. Please ship ASAP via FedEx Priority Overnight, our FedEx account 2204-7781-3.\n\nPO 55190:';
      const outro = `Order total: $${num(sub)}\n\nShip to:\nPinecrest Diagnostics LLC\n1475 W. Main Street, Suite B\nBoise, ID 83702\n\nThank you!\nDana Whitfield\nPinecrest Diagnostics LLC | 208-555-0107`;
      const text = `${intro}\n\n${textTable(head, rows, ['l', 'l', 'r', 'l', 'r', 'r'])}\n\n${outro}\n`;
      const html = htmlWrap(`${P(intro)}\n${htmlTable(head, rows, ['l', 'l', 'r', 'l', 'r', 'r'])}\n${P(outro)}`);
      const date = new MailDate('2026-12-03', '14:02:57', '-0700');
      const mail = { id: 'd09', from: 'Dana Whitfield <dana@pinecrestdx.com>', to: TO_ORDERS, subject: 'RUSH order - PO 55190 - please ship overnight', date, messageId: 'CAJ8kL2m_d09_q@mail.gmail.com', text, html };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/html', method: 'text', pages: null }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '55190', orderDate: null, requestedDeliveryDate: null,
            buyer: { company: 'Pinecrest Diagnostics LLC', contactName: 'Dana Whitfield', email: 'dana@pinecrestdx.com', phone: '208-555-0107' },
            shipTo: addr('Pinecrest Diagnostics LLC', '1475 W. Main Street, Suite B', 'Boise', 'ID', '83702', 'US'),
            billTo: null, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
            paymentTerms: null, shippingMethod: 'FedEx Priority Overnight', notes: 'Ship on FedEx account 2204-7781-3.',
            urgency: urgency({ word: { level: 'urgent', reason: 'subject says "RUSH" and asks to ship overnight; body: "Please ship ASAP via FedEx Priority Overnight" (analyzer run stopped)' } }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d10
  {
    name: 'd10_prairie_vet_dropship',
    ext: 'eml',
    kind: 'email + PDF (Excel template)',
    lang: 'en (US)',
    what: 'Veterinary distributor orders for drop-shipment to its own customer, an animal hospital: ship-to is the third party, bill-to the distributor, "DROP SHIP" instruction, table with the distributor\'s item number and our item number side by side.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, cust: 'PV-22810', sku: 'BW-NG-M', description: 'Nitrile gloves PF medium 100/bx', quantity: 20, unit: 'BX', unitPrice: 8.9 },
        { lineNo: 2, cust: 'PV-22811', sku: 'BW-NG-L', description: 'Nitrile gloves PF large 100/bx', quantity: 10, unit: 'BX', unitPrice: 8.9 },
        { lineNo: 3, cust: 'PV-30415', sku: 'BW-MSL-10', description: 'Microscope slides frosted 72/bx', quantity: 6, unit: 'BX', unitPrice: 6.2 },
        { lineNo: 4, cust: 'PV-30990', sku: 'BW-SHARPS-5', description: 'Sharps container 5 L', quantity: 12, unit: 'EA', unitPrice: 8.1 },
      ];
      const sub = sumLines(lines);
      const shipTo = addr('Willow Creek Animal Hospital', '88 Mill Road', 'Ames', 'IA', '50010', 'US');
      const billTo = addr('Prairie Vet Distributors Inc.', '1200 Industrial Blvd', 'Salina', 'KS', '67401', 'US');
      const pdf = await stdPO({
        meta: { title: 'PVD PO 118-4471', author: 'kbrandt', creator: 'Microsoft® Excel® 2019', date: '2026-12-01' },
        fonts: HELV, fs: 9,
        letterhead: { name: 'Prairie Vet Distributors Inc.', lines: ['1200 Industrial Blvd', 'Salina, KS 67401', '785-555-0140  |  purchasing@prairievet.com'] },
        title: 'PURCHASE ORDER',
        metaPairs: [['PO #', '118-4471'], ['Date', '12/1/2026'], ['Buyer', 'Kurt Brandt'], ['Required Date', '12/10/2026'], ['Terms', '2% 10 Net 30'], ['Ship Via', 'UPS Ground']],
        addresses: { layout: 'side', blocks: [
          { h: 'VENDOR', lines: SELLER.us },
          { h: 'SHIP TO (DROP SHIP)', lines: ['Willow Creek Animal Hospital', '88 Mill Road', 'Ames, IA 50010'] },
          { h: 'BILL TO', lines: ['Prairie Vet Distributors Inc.', '1200 Industrial Blvd', 'Salina, KS 67401'] },
        ] },
        before: ['*** DROP SHIP - do not include pricing or invoices in the box. Packing slip must show Prairie Vet Distributors, not Brightwater. ***'],
        cols: [C.no('Ln', 24), C.cust('Our Item', 64), C.sku('Your Item', 72), C.desc('Description', 0), C.qty('Qty', 36), C.unit('UM', 30), C.price('Cost', 56), C.amount('Extended', 66)],
        lines, grid: true,
        totals: [['Total', num(sub)]],
        after: ['Send invoice to ap@prairievet.com referencing PO 118-4471.'],
      });
      const date = new MailDate('2026-12-01', '16:48:12', '-0600');
      const mail = {
        id: 'd10', from: 'Kurt Brandt <kbrandt@prairievet.com>', to: TO_ORDERS, subject: 'Drop ship PO 118-4471 - Willow Creek Animal Hospital', date,
        messageId: '000001db43c2$8a2f1e70$9e8d5b50$@prairievet.com',
        text: 'Please drop ship the attached order to our customer. Thanks\n\nKurt Brandt\nPurchasing, Prairie Vet Distributors Inc.\n785-555-0140\n',
        attachments: [{ filename: 'PO118-4471.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'PO118-4471.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '118-4471', orderDate: '2026-12-01', requestedDeliveryDate: '2026-12-10',
            buyer: { company: 'Prairie Vet Distributors Inc.', contactName: 'Kurt Brandt', email: 'kbrandt@prairievet.com', phone: '785-555-0140' },
            shipTo, billTo, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
            paymentTerms: '2% 10 Net 30', shippingMethod: 'UPS Ground', notes: 'DROP SHIP - do not include pricing or invoices in the box. Packing slip must show Prairie Vet Distributors, not Brightwater.',
            urgency: urgency({ received: date.date, requested: '2026-12-10' }),
            reviewReasons: ['drop shipment to a third party (ship-to differs from the buyer)'],
          })],
        },
      };
    },
  },
];
void qty;
