// English-language orders, part 2 (d11-d19)
import { MailDate, addr, buildEml, dfmt, draftOrder, emailSource, fileSource, num, r2, sumLines, urgency, COUR, HELV, TIMES, amt } from './lib.ts';
import { C, Case, LX, PDF, SELLER, TO_ORDERS, stdPO, textTable } from './tpl.ts';

const us = (d: string) => dfmt(d, 'MM/DD/YYYY');
const pdfDocs = (name: string, pages = 1) => [{ name: 'body', mediaType: 'text/plain', method: 'text' as const, pages: null }, { name, mediaType: PDF, method: 'pdf-text' as const, pages }];

export const casesEn2: Case[] = [
  // ------------------------------------------------------------------ d11
  {
    name: 'd11_harvest_valley_jde',
    ext: 'eml',
    kind: 'email + PDF (JD Edwards print)',
    lang: 'en (US)',
    what: 'Food manufacturer JD Edwards purchase order in Courier caps: order number with type "OP", branch/plant, line numbers 1.000/2.000, the buyer\'s own item numbers only, two-line descriptions, request date MM/DD/YY, freight terms.',
    async build(ctx) {
      const raw: [string, string, number, string, number][] = [
        ['LAB0412', 'GLOVES NITRILE PF LARGE\n100 PER BOX', 30, 'BX', 8.75],
        ['LAB0415', 'PETRI DISH 90MM STERILE\n500 PER CASE', 3, 'CS', 55.0],
        ['LAB0520', 'SAMPLE BAG 100ML STERILE\n500 PER BOX', 4, 'BX', 62.4],
        ['LAB0611', 'SWAB ENVIRONMENTAL W/ NEUTRALIZING\nBUFFER 100 PER PK', 10, 'PK', 48.5],
        ['LAB0702', 'ISOPROPYL ALCOHOL 70%\n5 LITER', 6, 'EA', 21.9],
      ];
      const lines: LX[] = raw.map(([sku, d, q, u, p], i) => ({ lineNo: i + 1, sku, description: d.replace('\n', ' '), extra: { d }, quantity: q, unit: u, unitPrice: p, date: '2026-12-21' }));
      const total = sumLines(lines);
      const pdf = await stdPO({
        meta: { title: 'R43500 Print Purchase Order', creator: 'JD Edwards EnterpriseOne', producer: 'BI Publisher', date: '2026-12-02' },
        fonts: COUR, fs: 8,
        letterhead: { name: 'HARVEST VALLEY FOODS INC', lines: ['2250 CANNERY ROAD', 'MODESTO CA 95354'], size: 12 },
        title: 'PURCHASE ORDER',
        metaPairs: [['Order Number', '4418207 OP'], ['Order Date', '12/02/26'], ['Branch/Plant', 'PLT20'], ['Supplier No', '880134'], ['Buyer', 'R. ALVAREZ 209-555-0121'], ['Payment Terms', 'NET 30'], ['Freight Terms', 'FOB DESTINATION']],
        metaLabelW: 100,
        addresses: { layout: 'side', blocks: [
          { h: 'SUPPLIER', lines: ['BRIGHTWATER LAB SUPPLY INC', '4100 COMMERCE PARKWAY', 'COLUMBUS OH 43219'] },
          { h: 'SHIP TO', lines: ['HARVEST VALLEY FOODS INC', 'PLANT 20 - QA LABORATORY', '2250 CANNERY ROAD', 'MODESTO CA 95354'] },
          { h: 'INVOICE TO', lines: ['HARVEST VALLEY FOODS INC', 'ACCOUNTS PAYABLE', 'PO BOX 3310', 'MODESTO CA 95353'] },
        ] },
        cols: [C.fn('Line', 36, (l) => `${l.lineNo}.000`), C.sku('Item Number', 62), C.fn('Description', 0, (l) => l.extra!.d), C.date('Request', 54, (d) => dfmt(d, 'MM/DD/YY')), C.qty('Quantity', 48), C.unit('UM', 24), C.price('Unit Cost', 58, 'us', 4), C.amount('Extended Cost', 70)],
        lines,
        totals: [['Order Total', num(total)]],
        after: ['RECEIVING HOURS 6:00 AM - 2:00 PM. ALL LOTS MUST SHOW EXPIRATION DATE.'],
        footer: (p, n) => `R43500   PAGE ${p} OF ${n}`,
      });
      const date = new MailDate('2026-12-02', '09:12:00', '-0800');
      const mail = {
        id: 'd11', from: 'JDE Purchasing <jde-noreply@harvestvalleyfoods.com>', to: TO_ORDERS, subject: 'Purchase Order 4418207 OP', date,
        messageId: 'R43500.4418207.d11@e1.harvestvalleyfoods.com', replyTo: 'Rosa Alvarez <ralvarez@harvestvalleyfoods.com>',
        text: 'Attached is Purchase Order 4418207 OP from Harvest Valley Foods Inc.\nContact the buyer shown on the order with any questions.\n',
        attachments: [{ filename: 'R43500_4418207.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, pdfDocs('R43500_4418207.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '4418207', orderDate: '2026-12-02', requestedDeliveryDate: '2026-12-21',
            buyer: { company: 'HARVEST VALLEY FOODS INC', contactName: 'R. ALVAREZ', email: 'ralvarez@harvestvalleyfoods.com', phone: '209-555-0121' },
            shipTo: addr('HARVEST VALLEY FOODS INC', ['PLANT 20 - QA LABORATORY', '2250 CANNERY ROAD'], 'MODESTO', 'CA', '95354', 'US'),
            billTo: addr('HARVEST VALLEY FOODS INC', ['ACCOUNTS PAYABLE', 'PO BOX 3310'], 'MODESTO', 'CA', '95353', 'US'),
            currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total,
            paymentTerms: 'NET 30', shippingMethod: null, notes: 'RECEIVING HOURS 6:00 AM - 2:00 PM. ALL LOTS MUST SHOW EXPIRATION DATE. Freight terms FOB DESTINATION.',
            urgency: urgency({ received: date.date, requested: '2026-12-21' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d12
  {
    name: 'd12_maple_grove_school',
    ext: 'eml',
    kind: 'email + PDF (Excel export)',
    lang: 'en (US)',
    what: 'School district science department order from an Excel sheet: list price with a discount-percent column and net amount, one free-of-charge sample line, free shipping, tax-exempt, delivery after the winter break.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-BK1000', description: 'Beaker 1000 mL borosilicate', quantity: 12, unit: 'EA', unitPrice: 9.8, disc: 10 },
        { lineNo: 2, sku: 'BW-GC50', description: 'Graduated cylinder 50 mL', quantity: 24, unit: 'EA', unitPrice: 7.9, disc: 10 },
        { lineNo: 3, sku: 'BW-SG-01', description: 'Safety glasses, anti-fog (student)', quantity: 60, unit: 'EA', unitPrice: 3.4, disc: 15 },
        { lineNo: 4, sku: 'BW-LC-L', description: 'Lab coat, white, size L', quantity: 10, unit: 'EA', unitPrice: 18.5 },
        { lineNo: 5, sku: 'BW-MAG-STIR', description: 'Stir bar assortment, PTFE, 10 pc', quantity: 4, unit: 'SET', unitPrice: 14.25, disc: 10 },
        { lineNo: 6, sku: 'BW-PARA', description: 'Parafilm sample roll - no charge per rep (J. Ortiz)', quantity: 1, unit: 'EA', unitPrice: 0, amount: 0 },
      ];
      const sub = sumLines(lines);
      const pdf = await stdPO({
        meta: { title: 'MGSD Science PO 27-0318', author: 'tparsons', creator: 'Microsoft® Excel® for Microsoft 365', date: '2026-11-30' },
        fonts: HELV, fs: 8.5, accent: '#fde9c4',
        letterhead: { name: 'Maple Grove School District #279', lines: ['Science Department - Maple Grove Senior High', '9800 Fernbrook Lane N, Maple Grove, MN 55369'] },
        title: 'PURCHASE ORDER',
        metaPairs: [['PO #', '27-0318'], ['Date', '11/30/2026'], ['Requested by', 'Tom Parsons'], ['Phone', '763-555-0188'], ['Delivery date', '01/08/2027']],
        addresses: { layout: 'boxed', blocks: [
          { h: 'Ship To', lines: ['Maple Grove Senior High - Science Dept.', 'Attn: Room C-112', '9800 Fernbrook Lane N', 'Maple Grove, MN 55369'] },
          { h: 'Bill To', lines: ['Maple Grove School District #279', 'Business Services', '11200 93rd Avenue N', 'Maple Grove, MN 55369'] },
        ] },
        cols: [C.no('#', 22), C.sku('Item #', 74), C.desc('Description', 0), C.qty('Qty', 34), C.unit('UOM', 34), C.price('List Price', 58), C.disc('Disc %', 42), C.fn('Net Amount', 66, (l) => (l.unitPrice === 0 ? 'N/C' : num(amt(l))), 'right')],
        lines, grid: true,
        totals: [['Subtotal', num(sub)], ['Shipping', 'FREE'], ['Tax', 'Exempt'], ['Total', num(sub)]],
        after: ['School is closed Dec 21 - Jan 4. Deliver after Jan 5 to the main office loading door.', 'Tax exempt ID ES-7711023. Terms: Net 30.'],
      });
      const date = new MailDate('2026-11-30', '15:27:44', '-0600');
      const mail = {
        id: 'd12', from: 'Tom Parsons <tparsons@district279.org>', to: TO_ORDERS, subject: 'PO 27-0318 science supplies', date,
        messageId: 'CAHx8_d12_mgsd@mail.gmail.com',
        text: 'Hi - attached is our PO for second semester lab supplies. Discounts per your education pricing.\n\nTom Parsons\nScience Dept Chair, Maple Grove Senior High\n',
        attachments: [{ filename: 'PO 27-0318.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, pdfDocs('PO 27-0318.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '27-0318', orderDate: '2026-11-30', requestedDeliveryDate: '2027-01-08',
            buyer: { company: 'Maple Grove School District #279', contactName: 'Tom Parsons', email: 'tparsons@district279.org', phone: '763-555-0188' },
            shipTo: addr('Maple Grove Senior High - Science Dept.', ['Attn: Room C-112', '9800 Fernbrook Lane N'], 'Maple Grove', 'MN', '55369', 'US'),
            billTo: addr('Maple Grove School District #279', ['Business Services', '11200 93rd Avenue N'], 'Maple Grove', 'MN', '55369', 'US'),
            currency: 'USD', lines, subtotal: sub, tax: 0, shipping: 0, total: sub,
            paymentTerms: 'Net 30', shippingMethod: null, notes: 'School is closed Dec 21 - Jan 4. Deliver after Jan 5 to the main office loading door. Tax exempt ID ES-7711023.',
            urgency: urgency({ received: date.date, requested: '2027-01-08' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d13
  {
    name: 'd13_summit_env_acumatica',
    ext: 'eml',
    kind: 'email + PDF (Acumatica print)',
    lang: 'en (US)',
    what: 'Environmental testing lab Acumatica purchase order: promised date, vendor reference column, freight and tax lines; standard terms in small print at the foot mention urgent/rush/expedite deliveries in general.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-RB500', description: 'Amber bottle 500 mL GL45', quantity: 48, unit: 'EA', unitPrice: 4.95, extra: { inv: 'BOTTLE-AMB-500' } },
        { lineNo: 2, sku: 'BW-SF-0.22', description: 'Syringe filter 0.22um PES 25mm 100/pk', quantity: 6, unit: 'PACK', unitPrice: 62.0, extra: { inv: 'FILTER-SYR-22' } },
        { lineNo: 3, sku: 'BW-PH7-500', description: 'pH 7.00 buffer 500 mL', quantity: 10, unit: 'EA', unitPrice: 8.4, extra: { inv: 'BUFFER-PH7' } },
        { lineNo: 4, sku: 'BW-DI-20', description: 'DI water 20 L', quantity: 8, unit: 'EA', unitPrice: 17.5, extra: { inv: 'WATER-DI-20' } },
      ];
      const sub = sumLines(lines), shipping = 28.5, tax = 0, total = r2(sub + shipping);
      const pdf = await stdPO({
        meta: { title: 'Purchase Order PO004719', creator: 'Acumatica', producer: 'Acumatica Cloud ERP', date: '2026-12-03' },
        fonts: HELV, fs: 8.5, accent: '#e3e9ef',
        letterhead: { name: 'Summit Environmental Testing LLC', lines: ['5125 Race Court, Denver, CO 80216', '(303) 555-0175'] },
        title: 'PURCHASE ORDER',
        metaPairs: [['Order Nbr.', 'PO004719'], ['Date', '12/3/2026'], ['Promised On', '12/22/2026'], ['Owner', 'Megan Kowalski'], ['Terms', 'NET30'], ['Ship Via', 'UPSGROUND']],
        addresses: { layout: 'boxed', blocks: [
          { h: 'Vendor', lines: SELLER.us },
          { h: 'Ship To', lines: ['Summit Environmental Testing LLC', '5125 Race Court, Dock 2', 'Denver CO 80216'] },
          { h: 'Bill To', lines: ['Summit Environmental Testing LLC', '5125 Race Court', 'Denver CO 80216'] },
        ] },
        cols: [C.no('Line', 28), C.x('Inventory ID', 88, 'inv'), C.sku('Vendor Ref.', 68), C.desc('Description', 0), C.qty('Order Qty.', 48), C.unit('UOM', 36), C.price('Unit Cost', 52), C.amount('Ext. Cost', 62)],
        lines,
        totals: [['Line Total', num(sub)], ['Freight', num(shipping)], ['Tax Total', num(tax)], ['Order Total', num(total)]],
        fine: [
          'TERMS AND CONDITIONS: 1. Supplier shall notify Buyer immediately of any anticipated delay. 2. Urgent or rush deliveries are only accepted when confirmed in writing by Summit Purchasing; expedite fees will not be paid unless pre-approved. 3. Certificates of analysis must accompany each lot. 4. Summit reserves the right to reject non-conforming goods. 5. This order is governed by the laws of the State of Colorado.',
        ],
      });
      const date = new MailDate('2026-12-03', '10:44:09', '-0700');
      const mail = {
        id: 'd13', from: 'Megan Kowalski <mkowalski@summitenvlab.com>', to: TO_ORDERS, subject: 'Summit Environmental - PO004719', date,
        messageId: 'BN8PR12MB3344.d13@BN8PR12MB3344.namprd12.prod.outlook.com',
        text: 'Good morning,\n\nAttached please find PO004719. Please confirm the promised date.\n\nThank you,\nMegan Kowalski\nPurchasing, Summit Environmental Testing\n',
        attachments: [{ filename: 'PO004719.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, pdfDocs('PO004719.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'PO004719', orderDate: '2026-12-03', requestedDeliveryDate: '2026-12-22',
            buyer: { company: 'Summit Environmental Testing LLC', contactName: 'Megan Kowalski', email: 'mkowalski@summitenvlab.com', phone: '(303) 555-0175' },
            shipTo: addr('Summit Environmental Testing LLC', '5125 Race Court, Dock 2', 'Denver', 'CO', '80216', 'US'),
            billTo: addr('Summit Environmental Testing LLC', '5125 Race Court', 'Denver', 'CO', '80216', 'US'),
            currency: 'USD', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: 'NET30', shippingMethod: 'UPSGROUND', notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-22', note: '"urgent", "rush" and "expedite" appear only in the standard terms and conditions, not as a request for this order' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d14
  {
    name: 'd14_fenwick_nhs_no_prices',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'en (GB)',
    what: 'NHS trust pathology lab orders against a framework quote without prices, invoices to a shared-services address, order number with slashes, explicitly says there is no rush.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-NG-S', description: 'Nitrile gloves small', quantity: 20, unit: 'BOX' },
        { sku: 'BW-NG-M', description: 'Nitrile gloves medium', quantity: 30, unit: 'BOX' },
        { sku: 'BW-NG-L', description: 'Nitrile gloves large', quantity: 10, unit: 'BOX' },
        { sku: 'BW-TPW', description: 'Low-lint lab wipes', quantity: 4, unit: 'CASE' },
      ];
      const date = new MailDate('2026-12-01', '12:30:02', '+0000');
      const text = `Hello,

Please supply the below at the prices agreed under quote Q-26-1187 (framework agreement).

Order number: RFH/PATH/44721

${lines.map((l) => `${String(l.quantity).padStart(3)} ${l.unit!.toLowerCase().padEnd(5)} ${l.sku!.padEnd(8)}  ${l.description}`).join('\n')}

No rush on this one - any time in the next couple of weeks is fine.

Deliver to:
Pathology Stores, Level 1
Fenwick General Hospital
Tynemouth Road
North Shields
NE29 8NH

Invoices to:
Royal Fenwick Hospitals NHS Foundation Trust
Accounts Payable (RFH)
Phoenix House, Topcliffe Lane
Wakefield
WF3 1WE

Many thanks,
Gareth Lowe
Pathology Stores Supervisor
Royal Fenwick Hospitals NHS Foundation Trust
0191 555 2204
`;
      const mail = { id: 'd14', from: 'Lowe Gareth (ROYAL FENWICK HOSPITALS NHS FOUNDATION TRUST) <gareth.lowe@nhs.net>', to: TO_ORDERS, subject: 'Order RFH/PATH/44721', date, messageId: 'LO2P265MB5112.d14@LO2P265MB5112.GBRP265.PROD.OUTLOOK.COM', text };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'RFH/PATH/44721', orderDate: null, requestedDeliveryDate: null,
            buyer: { company: 'Royal Fenwick Hospitals NHS Foundation Trust', contactName: 'Gareth Lowe', email: 'gareth.lowe@nhs.net', phone: '0191 555 2204' },
            shipTo: addr('Fenwick General Hospital', ['Pathology Stores, Level 1', 'Tynemouth Road'], 'North Shields', null, 'NE29 8NH', 'GB'),
            billTo: addr('Royal Fenwick Hospitals NHS Foundation Trust', ['Accounts Payable (RFH)', 'Phoenix House, Topcliffe Lane'], 'Wakefield', null, 'WF3 1WE', 'GB'),
            currency: null, lines, subtotal: null, tax: null, shipping: null, total: null,
            paymentTerms: null, shippingMethod: null, notes: 'Prices as agreed under quote Q-26-1187 (framework agreement).',
            urgency: urgency({ negated: 'buyer says "No rush on this one"' }),
            reviewReasons: ['no prices on the order: prices per quote Q-26-1187'],
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d15
  {
    name: 'd15_redstone_two_pos',
    ext: 'eml',
    kind: 'email + 2 PDFs (Word template)',
    lang: 'en (US)',
    what: 'Testing-lab group sends two purchase orders in one mail, one per site (Tulsa and Wichita), same template, common bill-to at head office, stacked address blocks.',
    async build(ctx) {
      const site = (n: string, sa: { name: string; street: string; city: string; region: string; zip: string }, lines: LX[]) => {
        const sub = sumLines(lines);
        return stdPO({
          meta: { title: `PO ${n}`, author: 'Carla Mendes', creator: 'Microsoft® Word 2016', date: '2026-12-03' },
          fonts: TIMES, fs: 10,
          letterhead: { name: 'Redstone Analytical Labs', lines: ['500 S Boston Ave, Suite 900', 'Tulsa, OK 74103', '918-555-0110'] },
          title: 'PURCHASE ORDER',
          metaPairs: [['PO No.', n], ['Date', '12/03/2026'], ['Deliver by', '12/16/2026'], ['Buyer', 'Carla Mendes']],
          addresses: { layout: 'stacked', blocks: [
            { h: 'Ship to:', lines: [sa.name, sa.street, `${sa.city}, ${sa.region} ${sa.zip}`] },
            { h: 'Bill to:', lines: ['Redstone Analytical Labs - Accounts Payable', '500 S Boston Ave, Suite 900', 'Tulsa, OK 74103'] },
          ] },
          cols: [C.qty('Qty', 40), C.unit('Unit', 40), C.sku('Item No.', 90), C.desc('Description', 0), C.price('Price', 70), C.amount('Amount', 80)],
          lines,
          totals: [['Total', '$' + num(sub)]],
          after: ['Terms: Net 30. Ship best way, prepaid and add.'],
        });
      };
      const aLines: LX[] = [
        { sku: 'BW-PW-96', description: '96-well plate, flat bottom, 50/cs', quantity: 4, unit: 'CS', unitPrice: 96.75 },
        { sku: 'BW-PT200-1K', description: 'Pipette tips 200 µl bulk', quantity: 10, unit: 'BAG', unitPrice: 18.5 },
        { sku: 'BW-NG-M', description: 'Nitrile gloves M', quantity: 20, unit: 'BOX', unitPrice: 9.35 },
      ];
      const bLines: LX[] = [
        { sku: 'BW-CT15-500', description: 'Centrifuge tubes 15 ml, 500/cs', quantity: 2, unit: 'CS', unitPrice: 118.0 },
        { sku: 'BW-NG-L', description: 'Nitrile gloves L', quantity: 15, unit: 'BOX', unitPrice: 9.35 },
        { sku: 'BW-TPW', description: 'Lab wipes', quantity: 10, unit: 'BOX', unitPrice: 5.9 },
      ];
      const A = { name: 'Redstone Analytical Labs - Tulsa Lab', street: '3100 W 41st Street', city: 'Tulsa', region: 'OK', zip: '74107' };
      const B = { name: 'Redstone Analytical Labs - Wichita Lab', street: '225 N Market Street, Floor 2', city: 'Wichita', region: 'KS', zip: '67202' };
      const pa = await site('RA-30771', A, aLines), pb = await site('RA-30772', B, bLines);
      const date = new MailDate('2026-12-04', '08:20:33', '-0600');
      const mail = {
        id: 'd15', from: 'Carla Mendes <cmendes@redstonelabs.com>', to: TO_ORDERS, subject: 'POs RA-30771 (Tulsa) and RA-30772 (Wichita)', date,
        messageId: 'SA1PR11MB6920.d15@SA1PR11MB6920.namprd11.prod.outlook.com',
        text: 'Hi,\n\nTwo POs attached, one for each lab - please ship separately to each site.\n\nThanks,\nCarla Mendes\nPurchasing Coordinator | Redstone Analytical Labs\n918-555-0110\n',
        attachments: [{ filename: 'PO RA-30771.pdf', contentType: PDF, data: pa }, { filename: 'PO RA-30772.pdf', contentType: PDF, data: pb }],
      };
      const billTo = addr('Redstone Analytical Labs - Accounts Payable', '500 S Boston Ave, Suite 900', 'Tulsa', 'OK', '74103', 'US');
      const mk = (po: string, s: typeof A, lines: LX[]) => draftOrder({
        poNumber: po, orderDate: '2026-12-03', requestedDeliveryDate: '2026-12-16',
        buyer: { company: 'Redstone Analytical Labs', contactName: 'Carla Mendes', email: 'cmendes@redstonelabs.com', phone: '918-555-0110' },
        shipTo: addr(s.name, s.street, s.city, s.region, s.zip, 'US'), billTo,
        currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sumLines(lines),
        paymentTerms: 'Net 30', shippingMethod: 'best way, prepaid and add', notes: null,
        urgency: urgency({ received: date.date, requested: '2026-12-16' }),
      });
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'PO RA-30771.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }, { name: 'PO RA-30772.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }]),
          isPurchaseOrder: true,
          orders: [mk('RA-30771', A, aLines), mk('RA-30772', B, bLines)],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d16
  {
    name: 'd16_larkspur_sagex3_uk',
    ext: 'eml',
    kind: 'email + PDF (Sage X3 print)',
    lang: 'en (GB)',
    what: 'UK cosmetics maker, Sage X3 purchase order: product code and supplier reference columns, delivery address with county, "Invoice address: as delivery address", expected receipt date day-first, carriage line, VAT 20 %.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, cust: 'RM-LAB-0031', sku: 'BW-BK250', description: 'Beaker 250ml low form', quantity: 12, unit: 'UN', unitPrice: 4.1 },
        { lineNo: 2, cust: 'RM-LAB-0044', sku: 'BW-VF100', description: 'Volumetric flask 100ml class A with stopper', quantity: 6, unit: 'UN', unitPrice: 14.6 },
        { lineNo: 3, cust: 'RM-LAB-0102', sku: 'BW-BAL-220', description: 'Analytical balance 220g x 0.1mg, internal calibration', quantity: 1, unit: 'UN', unitPrice: 1480.0 },
        { lineNo: 4, cust: 'RM-LAB-0150', sku: 'BW-WP-A4', description: 'Weighing paper 100x100mm (500)', quantity: 5, unit: 'PK', unitPrice: 6.8 },
      ];
      const sub = sumLines(lines), shipping = 12.5, tax = r2((sub + shipping) * 0.2), total = r2(sub + shipping + tax);
      const uk = (d: string) => dfmt(d, 'DD/MM/YY');
      const pdf = await stdPO({
        meta: { title: 'POL2611-00087', creator: 'Sage X3', producer: 'SAP Crystal Reports', date: '2026-12-02' },
        size: 'A4', fonts: HELV, fs: 8.5,
        letterhead: { name: 'Larkspur Botanicals Ltd', lines: ['Kiln Lane Business Park, Unit 12', 'Stroud, Gloucestershire GL5 3PP', 'VAT Reg. GB 318 5520 71'] },
        title: 'PURCHASE ORDER',
        metaPairs: [['Order no.', 'POL2611-00087'], ['Order date', uk('2026-12-02')], ['Supplier', 'BRIGHT01'], ['Buyer', 'Sophie Turnbull'], ['Tel.', '01453 555 810'], ['Exp. receipt', uk('2026-12-11')], ['Payment', '30 days net EOM']],
        addresses: { layout: 'stacked', blocks: [
          { h: 'Delivery address', lines: ['Larkspur Botanicals Ltd', 'Goods In - QC Laboratory', 'Kiln Lane Business Park, Unit 12', 'Stroud', 'Gloucestershire', 'GL5 3PP'] },
          { h: 'Invoice address', lines: ['As delivery address'] },
        ] },
        cols: [C.no('Line', 28), C.cust('Product', 72), C.desc('Description', 0), C.sku('Supplier ref.', 68), C.qty('Qty', 34), C.unit('UOM', 30), C.price('Net price', 56), C.amount('Line amount', 64)],
        lines,
        totals: [['Total excl. tax', num(sub)], ['Carriage', num(shipping)], ['VAT 20%', num(tax)], ['Total incl. tax GBP', num(total)]],
        footer: (p, n) => `Larkspur Botanicals Ltd - Registered in England 08814420 - page ${p}/${n}`,
      });
      const date = new MailDate('2026-12-02', '11:03:27', '+0000');
      const mail = {
        id: 'd16', from: 'Sophie Turnbull <sophie.turnbull@larkspurbotanicals.co.uk>', to: TO_ORDERS, subject: 'Purchase order POL2611-00087', date,
        messageId: 'x3.POL2611-00087.d16@larkspurbotanicals.co.uk',
        text: 'Dear Sir/Madam,\n\nPlease find attached purchase order POL2611-00087.\n\nKind regards\nSophie Turnbull\nPurchasing\n',
        attachments: [{ filename: 'POL2611-00087.pdf', contentType: PDF, data: pdf }],
      };
      const ship = addr('Larkspur Botanicals Ltd', ['Goods In - QC Laboratory', 'Kiln Lane Business Park, Unit 12'], 'Stroud', 'Gloucestershire', 'GL5 3PP', 'GB');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, pdfDocs('POL2611-00087.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'POL2611-00087', orderDate: '2026-12-02', requestedDeliveryDate: '2026-12-11',
            buyer: { company: 'Larkspur Botanicals Ltd', contactName: 'Sophie Turnbull', email: 'sophie.turnbull@larkspurbotanicals.co.uk', phone: '01453 555 810' },
            shipTo: ship, billTo: ship, currency: 'GBP', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: '30 days net EOM', shippingMethod: null, notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-11' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d17
  {
    name: 'd17_tidewell_gdocs',
    ext: 'pdf',
    kind: 'PDF file (Google Docs)',
    lang: 'en (US)',
    what: 'Start-up biotech purchase order typed in Google Docs, received as a file on its own: items described in words only (no item numbers, no units), Massachusetts sales tax, shipping "TBD", delivery requested for late January.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, description: 'Single-channel pipette, 100-1000 µL, adjustable', quantity: 2, unitPrice: 189.0 },
        { lineNo: 2, description: 'Pipette tips 1000 µL, racked (sold per rack)', quantity: 20, unitPrice: 7.6 },
        { lineNo: 3, description: 'Cryogenic vials 2 mL, external thread (box of 50)', quantity: 6, unitPrice: 21.0 },
        { lineNo: 4, description: 'Cryo storage box 81-place, polycarbonate', quantity: 6, unitPrice: 9.5 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.0625), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'Tidewell Bio - Purchase Order TWB-0093', creator: 'Google Docs', producer: 'Skia/PDF m131 Google Docs Renderer', date: '2026-12-01' },
        fonts: HELV, fs: 10,
        letterhead: { name: 'Tidewell Bio, Inc.', lines: ['ops@tidewellbio.com'], align: 'center', size: 18 },
        title: 'Purchase Order',
        titleAlign: 'left',
        metaPairs: [['PO number:', 'TWB-0093'], ['Date:', 'December 1, 2026'], ['Vendor:', 'Brightwater Lab Supply'], ['Requested delivery:', 'January 26, 2027'], ['Contact:', 'Sam Okoro, (617) 555-0139']],
        metaLabelW: 130,
        addresses: { layout: 'oneline', blocks: [
          { h: 'Ship to:', lines: ['Tidewell Bio, Inc.', '700 Main Street, 4th Floor', 'Cambridge, MA 02139'] },
          { h: 'Bill to:', lines: ['same'] },
        ] },
        cols: [C.no('#', 30), C.desc('Item', 0), C.qty('Qty', 50), C.price('Unit price', 80), C.amount('Amount', 90)],
        lines,
        totals: [['Subtotal', '$' + num(sub)], ['MA sales tax 6.25%', '$' + num(tax)], ['Shipping', 'TBD'], ['Total', '$' + num(total)]],
        after: ['Payment: credit card on file (ending 4417). Please email the invoice to ops@tidewellbio.com.'],
      });
      const ship = addr('Tidewell Bio, Inc.', '700 Main Street, 4th Floor', 'Cambridge', 'MA', '02139', 'US');
      return {
        data: pdf,
        truth: {
          source: fileSource(ctx.file, [{ name: ctx.file, mediaType: PDF, method: 'pdf-text', pages: 1 }]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'TWB-0093', orderDate: '2026-12-01', requestedDeliveryDate: '2027-01-26',
            buyer: { company: 'Tidewell Bio, Inc.', contactName: 'Sam Okoro', email: 'ops@tidewellbio.com', phone: '(617) 555-0139' },
            shipTo: ship, billTo: ship, currency: 'USD', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'credit card on file (ending 4417)', shippingMethod: null, notes: 'Shipping TBD. Please email the invoice to ops@tidewellbio.com.',
            urgency: urgency({}),
            reviewReasons: ['shipping cost not yet known (TBD)'],
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d18
  {
    name: 'd18_lumina_odoo_sg',
    ext: 'eml',
    kind: 'email + PDF (Odoo)',
    lang: 'en (SG)',
    what: 'Singapore cell-biology company sends an Odoo purchase order: "P00217" reference, order deadline and expected arrival day-first, S$ prices, taxes column "GST 9%", Singapore six-digit postcode with unit number.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-CT15-500', description: 'Centrifuge tube 15 ml sterile (500)', quantity: 3, unit: 'Units', unitPrice: 128.0 },
        { sku: 'BW-PD90-500', description: 'Petri dish 90 mm (500)', quantity: 2, unit: 'Units', unitPrice: 61.0 },
        { sku: 'BW-SF-0.22', description: 'Syringe filter 0.22 µm PES (100)', quantity: 5, unit: 'Units', unitPrice: 70.0 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.09), total = r2(sub + tax);
      const sg = (d: string) => dfmt(d, 'DD/MM/YYYY');
      const pdf = await stdPO({
        meta: { title: 'Purchase Order - P00217', creator: 'Odoo', producer: 'wkhtmltopdf 0.12.6', date: '2026-12-01' },
        size: 'A4', fonts: HELV, fs: 9,
        letterhead: { name: 'Lumina Cell Sciences Pte. Ltd.', lines: ['1 Science Park Road, #03-12 The Capricorn', 'Singapore 117528', 'UEN 201912345K'] },
        title: 'Purchase Order #P00217',
        metaPairs: [['Purchase Representative', 'Wei Ling Tan'], ['Order Deadline', sg('2026-12-01')], ['Expected Arrival', sg('2026-12-14')]],
        metaLabelW: 120,
        addresses: { layout: 'side', blocks: [
          { h: 'Shipping address', lines: ['Lumina Cell Sciences Pte. Ltd.', '1 Science Park Road, #03-12 The Capricorn', 'Singapore 117528', 'Singapore'] },
          { h: 'Vendor', lines: [...SELLER.eu] },
        ] },
        cols: [C.fn('Description', 0, (l) => `[${l.sku}] ${l.description}`), C.fn('Taxes', 50, () => 'GST 9%'), C.fn('Date Req.', 62, () => sg('2026-12-14'), 'center'), C.fn('Qty', 60, (l) => `${num(l.quantity, 'us', 2)} ${l.unit}`, 'right'), C.fn('Unit Price', 62, (l) => num(l.unitPrice!), 'right'), C.fn('Amount', 72, (l) => 'S$ ' + num(amt(l)), 'right')],
        lines,
        totals: [['Untaxed Amount', 'S$ ' + num(sub)], ['GST 9%', 'S$ ' + num(tax)], ['Total', 'S$ ' + num(total)]],
        after: ['Payment terms: 30 Days'],
        footer: (p, n) => `wltan@luminacell.sg | www.luminacell.sg        Page: ${p} / ${n}`,
      });
      const date = new MailDate('2026-12-01', '10:02:48', '+0800');
      const mail = {
        id: 'd18', from: 'Wei Ling Tan <wltan@luminacell.sg>', to: TO_ORDERS, subject: 'Lumina Cell Sciences Order (Ref P00217)', date,
        messageId: '1764554568.123456.d18-openerp-purchase.order@luminacell.odoo.com',
        text: 'Dear Brightwater Laboratory Supply B.V.,\n\nHere is in attachment a purchase order P00217 amounting in S$ ' + num(total) + ' from Lumina Cell Sciences Pte. Ltd.\nThe receipt is expected for 14/12/2026.\n\nCould you please acknowledge the receipt of this order?\n\nBest regards,\nWei Ling Tan\n',
        attachments: [{ filename: 'Purchase Order - P00217.pdf', contentType: PDF, data: pdf }],
      };
      const ship = addr('Lumina Cell Sciences Pte. Ltd.', '1 Science Park Road, #03-12 The Capricorn', 'Singapore', null, '117528', 'SG');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, pdfDocs('Purchase Order - P00217.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'P00217', orderDate: '2026-12-01', requestedDeliveryDate: '2026-12-14',
            buyer: { company: 'Lumina Cell Sciences Pte. Ltd.', contactName: 'Wei Ling Tan', email: 'wltan@luminacell.sg', phone: null },
            shipTo: ship, billTo: null, currency: 'SGD', lines: lines.map((l) => ({ ...l, unit: 'UNITS' })), subtotal: sub, tax, shipping: null, total,
            paymentTerms: '30 Days', shippingMethod: null, notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-14' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d19
  {
    name: 'd19_halvorsen_ariba',
    ext: 'eml',
    kind: 'email (SAP Business Network notification) + PDF, 2 pages',
    lang: 'en (US)',
    what: 'University order sent through SAP Business Network (Ariba): notification mail with order summary, PO print of 18 lines over two pages with the table header repeated, a page subtotal at the foot of page 1 and carried forward on page 2, PO-box bill-to.',
    async build(ctx) {
      const raw: [string, string, number, string, number][] = [
        ['BW-PT10-960', 'Pipette tips 10 µl racked', 20, 'EA', 6.95], ['BW-PT200-1K', 'Pipette tips 200 µl bulk 1000', 15, 'EA', 18.2], ['BW-PT1000-R', 'Pipette tips 1000 µl racked', 20, 'EA', 7.45],
        ['BW-MT15-500', 'Microtubes 1.5 ml 500/bag', 10, 'EA', 23.4], ['BW-CT15-500', 'Centrifuge tube 15 ml 500/cs', 4, 'EA', 118.0], ['BW-CT50-500', 'Centrifuge tube 50 ml 500/cs', 4, 'EA', 139.5],
        ['BW-PD90-500', 'Petri dish 90 mm 500/cs', 6, 'EA', 54.0], ['BW-PW-96', '96-well plate flat 50/cs', 3, 'EA', 96.75], ['BW-CV-100', 'Cuvette PS semi-micro 100/pk', 10, 'EA', 12.4],
        ['BW-MSL-10', 'Microscope slides 72/bx', 12, 'EA', 6.6], ['BW-CS-22', 'Cover glass 22x22 mm 100/bx', 12, 'EA', 4.95], ['BW-NG-S', 'Nitrile gloves S 100/bx', 30, 'EA', 9.35],
        ['BW-NG-M', 'Nitrile gloves M 100/bx', 40, 'EA', 9.35], ['BW-NG-L', 'Nitrile gloves L 100/bx', 30, 'EA', 9.35], ['BW-LC-L', 'Lab coat white L', 6, 'EA', 18.5],
        ['BW-PARA', 'Parafilm 4 in x 125 ft', 6, 'EA', 38.0], ['BW-TPW', 'Lab wipes 280/bx', 24, 'EA', 5.9], ['BW-AUTO-BAG', 'Autoclave bags 24x36 200/cs', 2, 'EA', 88.0],
      ];
      const lines: LX[] = raw.map(([sku, d, q, u, p], i) => ({ lineNo: i + 1, sku, description: d, quantity: q, unit: u, unitPrice: p }));
      const total = sumLines(lines);
      const sumIdx = (idx: number[]) => num(r2(idx.reduce((s, i) => s + amt(lines[i]), 0)));
      const pdf = await stdPO({
        meta: { title: 'Purchase Order 4700021563', creator: 'SAP Business Network', producer: 'Ariba Network', date: '2026-12-02' },
        fonts: HELV, fs: 8.5, accent: '#e8eef5',
        letterhead: { name: 'Halvorsen University', lines: ['Procurement Services', '1520 St. Olaf Avenue, Northfield, MN 55057'] },
        title: 'Purchase Order',
        metaPairs: [['PO Number', '4700021563'], ['Version', '1'], ['Order Date', '2 Dec 2026'], ['Need By', '18 Dec 2026'], ['Requester', 'Grace Lindqvist'], ['Email', 'lindqvist@halvorsen.edu'], ['Payment Terms', 'Net 30'], ['Currency', 'USD']],
        addresses: { layout: 'side', blocks: [
          { h: 'Ship To', lines: ['Halvorsen University', 'Biology Stockroom, Room B12', '410 N Campus Drive', 'Northfield, MN 55057', 'United States'] },
          { h: 'Bill To', lines: ['Halvorsen University Accounts Payable', 'PO Box 9001', 'Northfield, MN 55057-9001', 'United States'] },
        ] },
        cols: [C.no('Line #', 36), C.sku('Part # / Aux', 84), C.desc('Description', 0), C.qty('Qty', 40), C.unit('Unit', 34), C.fn('Need By', 62, () => '18 Dec 2026', 'center'), C.price('Unit Price', 58), C.amount('Subtotal', 62)],
        lines, rowsFirstPage: 12,
        repeatHead: (p) => [`Purchase Order 4700021563 - Halvorsen University - continued (page ${p})`],
        pageSubtotal: (idx) => ['Page subtotal', sumIdx(idx)],
        carryForward: (idx) => ['Carried forward', sumIdx(idx)],
        totals: [['Total USD', num(total)]],
        after: ['Invoice through SAP Business Network only. Deliveries to the Biology Stockroom Mon-Fri 8:00-16:00.'],
        footer: (p, n) => `Page ${p} of ${n}`,
      });
      const date = new MailDate('2026-12-02', '16:45:10', '-0600');
      const mail = {
        id: 'd19', from: 'Halvorsen University <ordersender-prod@ansmtp.ariba.com>', to: TO_ORDERS, subject: 'Halvorsen University sent a new Purchase Order 4700021563', date,
        messageId: '1512390455.88213.d19.JavaMail.ariba@ansmtp.ariba.com',
        text: `SAP Business Network

Halvorsen University sent you a new purchase order.

Purchase Order: 4700021563
Amount: $${num(total)} USD
Number of lines: 18
Requester: Grace Lindqvist

To process this order, click Process order in SAP Business Network. A copy of the order is attached.

This email was sent by SAP Business Network on behalf of Halvorsen University. Please do not reply to this message.
`,
        attachments: [{ filename: '4700021563.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, pdfDocs('4700021563.pdf', 2)), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '4700021563', orderDate: '2026-12-02', requestedDeliveryDate: '2026-12-18',
            buyer: { company: 'Halvorsen University', contactName: 'Grace Lindqvist', email: 'lindqvist@halvorsen.edu', phone: null },
            shipTo: addr('Halvorsen University', ['Biology Stockroom, Room B12', '410 N Campus Drive'], 'Northfield', 'MN', '55057', 'US'),
            billTo: addr('Halvorsen University Accounts Payable', 'PO Box 9001', 'Northfield', 'MN', '55057-9001', 'US'),
            currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total,
            paymentTerms: 'Net 30', shippingMethod: null, notes: 'Invoice through SAP Business Network only. Deliveries to the Biology Stockroom Mon-Fri 8:00-16:00.',
            urgency: urgency({ received: date.date, requested: '2026-12-18' }),
          })],
        },
      };
    },
  },
];
void textTable;
