// Spreadsheets, two-PDF mail, forward, and body-only orders.
import ExcelJS from 'exceljs';
import { addr, amountOf, bodyDoc, eu, FIXED_PDF_DATE, type Column, type LineSpec, type MailSpec, type OrderSpec, Pdf, pdfDoc, pinZipTimes, r2, row, sheetDoc, sum, us } from './lib.ts';
import type { Sample } from './model.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsxBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
}
function newWorkbook(creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_PDF_DATE;
  wb.modified = FIXED_PDF_DATE;
  return wb;
}
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// ============================================================ xlsx: header fields in the first rows, lines below
export async function xlsxEn01(): Promise<Sample> {
  const file = 'h2-xlsx-en-01.eml';
  const po = 'RB-3318';
  const company = 'Rinaldi Brothers Construction LLC';
  const lines: LineSpec[] = [
    { sku: 'AN-38-ZN', desc: 'Concrete anchor 3/8 x 3, zinc wedge', qty: 500, unit: 'EA', price: 0.62 },
    { sku: 'RB-4-20', desc: 'Rebar #4 x 20 ft grade 60', qty: 120, unit: 'EA', price: 9.45 },
    { sku: 'TW-16-3.5', desc: 'Tie wire 16 ga, 3.5 lb coil', qty: 24, unit: 'EA', price: 6.8 },
    { sku: 'CH-2-B', desc: 'Rebar chair 2 in, plastic, bag of 500', qty: 6, unit: 'BAG', price: 41 },
    { sku: 'PV-6-10', desc: 'Vapor barrier 6 mil, 10 x 100 ft', qty: 8, unit: 'RL', price: 71.5 },
  ];
  const total = sum(lines.map((l) => amountOf(l)!));
  const wb = newWorkbook('Tony Rinaldi');
  const ws = wb.addWorksheet('Purchase Order');
  ws.columns = [{ width: 12 }, { width: 14 }, { width: 40 }, { width: 8 }, { width: 7 }, { width: 11 }, { width: 12 }];
  const text: string[] = [];
  const put = (ref: string, v: ExcelJS.CellValue, bold = false) => {
    const c = ws.getCell(ref);
    c.value = v;
    if (bold) c.font = { bold: true };
    if (typeof v === 'string') text.push(v);
  };
  put('A1', company, true);
  ws.getCell('A1').font = { bold: true, size: 14 };
  put('A2', 'PO Number', true);
  put('B2', po);
  put('A3', 'PO Date', true);
  put('B3', utc(2026, 3, 4));
  ws.getCell('B3').numFmt = 'mm/dd/yyyy';
  put('A4', 'Need By', true);
  put('B4', utc(2026, 3, 10));
  ws.getCell('B4').numFmt = 'mm/dd/yyyy';
  put('A5', 'Ship To', true);
  put('B5', 'Rinaldi Brothers - Larimer Tower job site');
  put('B6', '1450 Larimer St');
  put('B7', 'Denver, CO 80202');
  put('A8', 'Contact', true);
  put('B8', 'Tony Rinaldi (303) 555-0121');
  put('A9', 'Terms', true);
  put('B9', 'Net 30');
  const header = ['Line', 'Item #', 'Description', 'Qty', 'UOM', 'Unit Price', 'Ext Price'];
  ws.getRow(11).values = header;
  ws.getRow(11).font = { bold: true };
  text.push(...header);
  lines.forEach((l, i) => {
    const r = 12 + i;
    ws.getRow(r).values = [i + 1, l.sku!, l.desc, l.qty, l.unit!, l.price!];
    ws.getCell(`G${r}`).value = { formula: `D${r}*F${r}`, result: amountOf(l)! };
    ws.getCell(`F${r}`).numFmt = '"$"#,##0.00';
    ws.getCell(`G${r}`).numFmt = '"$"#,##0.00';
    text.push(l.sku!, l.desc);
  });
  const tr = 12 + lines.length;
  ws.getCell(`F${tr}`).value = 'Total';
  ws.getCell(`F${tr}`).font = { bold: true };
  ws.getCell(`G${tr}`).value = { formula: `SUM(G12:G${tr - 1})`, result: total };
  ws.getCell(`G${tr}`).numFmt = '"$"#,##0.00';
  const buf = await xlsxBuffer(wb);
  const name = `${po}.xlsx`;
  const mail: MailSpec = {
    from: 'Tony Rinaldi <trinaldi@rinaldibros.example>',
    subject: `PO ${po} (spreadsheet attached)`,
    date: 'Wed, 04 Mar 2026 07:35:00 -0700',
    messageId: '<CAFq8rinaldi3318@mail.rinaldibros.example>',
    boundary: 'h2xlsxen01',
    text: 'Order in the attached sheet.\n\n- Tony\n\nSent from my iPhone\n',
    attachments: [{ filename: name, content: buf, contentType: XLSX }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), sheetDoc(name, XLSX)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-04',
        requestedDeliveryDate: '2026-03-10',
        buyer: { company, contactName: 'Tony Rinaldi', email: 'trinaldi@rinaldibros.example', phone: '(303) 555-0121' },
        shipTo: addr('Rinaldi Brothers - Larimer Tower job site', '1450 Larimer St', 'Denver', 'CO', '80202', 'US'),
        billTo: null,
        currency: 'USD',
        lines,
        subtotal: total,
        tax: null,
        shipping: null,
        total,
        paymentTerms: 'Net 30',
        shippingMethod: null,
        notes: null,
        urgency: { delivery: '2026-03-10' },
        level: 'high',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + .xlsx; header fields as label/value cells in rows 1-9 (A = label, B = value), item table from row 11; real date cells',
      'Ext Price cells are formulas with cached results; only "Total" row -> subtotal = total; currency only in the cell number format "$"#,##0.00 (shown as $9.45) -> USD',
      'body is one line ("Order in the attached sheet.") + "Sent from my iPhone"',
      'urgency: high by date (Wed 4 Mar -> Tue 10 Mar: 6 calendar / 4 business days)',
    ],
    attachmentText: text,
    pdfs: [],
  };
}

// ============================================================ csv: comma separated, US numbers, header data in the body
export async function csvEn02(): Promise<Sample> {
  const file = 'h2-csv-en-02.eml';
  const po = 'SIS-77402';
  const company = 'Santos Irrigation Supply Inc.';
  const lines: LineSpec[] = [
    { sku: 'DR-TUBE-1/2', desc: '1/2" drip tubing, 500 ft roll', qty: 10, unit: 'RL', price: 42.5 },
    { sku: 'EM-1GPH', desc: 'Pressure-compensating emitter 1 GPH', qty: 2000, unit: 'EA', price: 0.14 },
    { sku: 'VB-100-24', desc: 'Valve box 10 in round, green lid', qty: 30, unit: 'EA', price: 9.8 },
    { sku: 'SOL-24V-1', desc: 'Solenoid valve 1 in, 24 VAC', qty: 50, unit: 'EA', price: 25 },
    { sku: 'PVC-40-1', desc: 'PVC pipe sch 40, 1 in x 20 ft', qty: 80, unit: 'EA', price: 8.15 },
  ];
  const total = sum(lines.map((l) => amountOf(l)!));
  const cell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = [
    'Line,Item,Description,Qty,UOM,Unit Price,Extended',
    ...lines.map((l, i) => [String(i + 1), l.sku!, l.desc, us(l.qty, 0), l.unit!, us(l.price!), us(amountOf(l)!)].map(cell).join(',')),
    ['', '', '', '', '', 'Total', us(total)].map(cell).join(','),
  ];
  const csv = `${rows.join('\n')}\n`;
  const name = `${po}.csv`;
  const mail: MailSpec = {
    from: 'Daniel Santos <dsantos@santos-irrigation.example>',
    subject: `PO# ${po}`,
    date: 'Thu, 12 Mar 2026 09:10:00 -0700',
    messageId: '<SIS77402.1773331800@santos-irrigation.example>',
    boundary: 'h2csven02',
    text: [
      'Hi,',
      '',
      `Please process the attached PO# ${po} (CSV export from our system).`,
      '',
      'Ship to our Mesa branch:',
      'Santos Irrigation Supply - Mesa',
      '1845 S Country Club Dr',
      'Mesa, AZ 85210',
      '',
      'Requested delivery: 3/27/2026',
      `PO total $${us(total)}`,
      'Terms Net 30, ship UPS Ground.',
      '',
      'Thanks,',
      'Daniel Santos',
      'Purchasing | Santos Irrigation Supply Inc.',
      '(602) 555-0188',
      '',
    ].join('\n'),
    attachments: [{ filename: name, content: Buffer.from(csv, 'utf8'), contentType: 'text/csv' }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), sheetDoc(name, 'text/csv')],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: '2026-03-27',
        buyer: { company, contactName: 'Daniel Santos', email: 'dsantos@santos-irrigation.example', phone: '(602) 555-0188' },
        shipTo: addr('Santos Irrigation Supply - Mesa', '1845 S Country Club Dr', 'Mesa', 'AZ', '85210', 'US'),
        billTo: null,
        currency: 'USD',
        lines,
        subtotal: total,
        tax: null,
        shipping: null,
        total,
        paymentTerms: 'Net 30',
        shippingMethod: 'UPS Ground',
        notes: null,
        urgency: { delivery: '2026-03-27' },
        level: 'normal',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + CSV (comma separated, LF, no BOM); US numbers with thousands commas in quoted cells ("2,000", "1,250.00"); a description with an escaped inch mark ("1/2"" drip tubing, ...")',
      'PO number, ship-to, delivery date and terms are only in the BODY; the CSV has only lines and a Total row -> subtotal = total',
      'no order date written -> null; currency from "PO total $2,901.00" in the body -> USD',
      'urgency: normal (15 days)',
    ],
    attachmentText: csv.split(/[\n,]/),
    pdfs: [],
  };
}

// ============================================================ xlsx: info sheet + item sheet whose first column is empty
export async function xlsxEn03(): Promise<Sample> {
  const file = 'h2-xlsx-en-03.eml';
  const po = 'VLPP-0412';
  const company = 'Van Leeuwen Print & Pack B.V.';
  const lines: LineSpec[] = [
    { sku: 'IN-CMYK-C', desc: 'Offset ink cyan, 2.5 kg tin', qty: 6, unit: 'tin', price: 38.4 },
    { sku: 'IN-CMYK-M', desc: 'Offset ink magenta, 2.5 kg tin', qty: 6, unit: 'tin', price: 38.4 },
    { sku: 'IN-CMYK-Y', desc: 'Offset ink yellow, 2.5 kg tin', qty: 6, unit: 'tin', price: 38.4 },
    { sku: 'IN-CMYK-K', desc: 'Offset ink black, 2.5 kg tin', qty: 10, unit: 'tin', price: 34.9 },
    { sku: 'BL-1040', desc: 'Printing blanket 1040 x 790 x 1.95 mm', qty: 4, unit: 'pc', price: 126.5 },
    { sku: 'WS-CLOTH', desc: 'Blanket wash cloth roll, 11 m', qty: 12, unit: 'roll', price: 19.75 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const tax = r2(subtotal * 0.21);
  const total = r2(subtotal + tax);
  const wb = newWorkbook('J. van Leeuwen');
  const text: string[] = [];
  const info = wb.addWorksheet('Info');
  info.columns = [{ width: 20 }, { width: 60 }];
  const kv: [string, ExcelJS.CellValue][] = [
    ['Purchase order', null],
    ['Order no.', po],
    ['Order date', utc(2026, 3, 16)],
    ['Buyer', 'Joost van Leeuwen, +31 10 555 0172'],
    ['Delivery address', `${company}, Industrieweg 48, 3044 AS Rotterdam, Netherlands`],
    ['Payment', '30 days'],
  ];
  kv.forEach(([k, v], i) => {
    info.getCell(`A${i + 1}`).value = k;
    info.getCell(`A${i + 1}`).font = { bold: true };
    text.push(k);
    if (v !== null) {
      info.getCell(`B${i + 1}`).value = v;
      if (typeof v === 'string') text.push(v);
    }
  });
  info.getCell('B3').numFmt = 'dd-mm-yyyy';
  const ws = wb.addWorksheet('Items');
  ws.columns = [{ width: 3 }, { width: 14 }, { width: 42 }, { width: 8 }, { width: 8 }, { width: 12 }, { width: 12 }];
  const header = ['Item code', 'Description', 'Qty', 'Unit', 'Price EUR', 'Total EUR'];
  ws.getRow(2).values = [null, ...header];
  ws.getRow(2).font = { bold: true };
  text.push(...header);
  lines.forEach((l, i) => {
    const r = 3 + i;
    ws.getRow(r).values = [null, l.sku!, l.desc, l.qty, l.unit!, l.price!, amountOf(l)!];
    ws.getCell(`F${r}`).numFmt = '#,##0.00';
    ws.getCell(`G${r}`).numFmt = '#,##0.00';
    text.push(l.sku!, l.desc);
  });
  let r = 4 + lines.length;
  for (const [k, v] of [
    ['Subtotal', subtotal],
    ['VAT 21%', tax],
    ['Total', total],
  ] as const) {
    ws.getCell(`F${r}`).value = k;
    ws.getCell(`G${r}`).value = v;
    ws.getCell(`G${r}`).numFmt = '#,##0.00';
    r++;
  }
  const buf = await xlsxBuffer(wb);
  const name = `Order_${po}.xlsx`;
  const mail: MailSpec = {
    from: '"Joost van Leeuwen" <j.vanleeuwen@vlpp.example>',
    subject: `Order ${po} - not urgent`,
    date: 'Mon, 16 Mar 2026 11:48:00 +0100',
    messageId: '<DB9PR10MB0412C7@vlpp.example>',
    boundary: 'h2xlsxen03',
    text: `Good morning,\n\nAttached our order ${po} for consumables. Not urgent - delivery with your next regular trip to Rotterdam is fine. Delivery address: see sheet.\n\nKind regards,\nJoost van Leeuwen\nVan Leeuwen Print & Pack B.V.\n+31 10 555 0172\n`,
    attachments: [{ filename: name, content: buf, contentType: XLSX }],
  };
  return {
    file,
    mail,
    docs: [bodyDoc(), sheetDoc(name, XLSX)],
    orders: [
      {
        poNumber: po,
        orderDate: '2026-03-16',
        requestedDeliveryDate: null,
        buyer: { company, contactName: 'Joost van Leeuwen', email: 'j.vanleeuwen@vlpp.example', phone: '+31 10 555 0172' },
        shipTo: addr(company, 'Industrieweg 48', 'Rotterdam', null, '3044 AS', 'NL'),
        billTo: null,
        currency: 'EUR',
        lines,
        subtotal,
        tax,
        shipping: null,
        total,
        paymentTerms: '30 days',
        shippingMethod: null,
        notes: null,
        urgency: { words: { kind: 'negated', text: 'not urgent / Not urgent', where: 'subject and body' } },
        level: 'normal',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: email + .xlsx with TWO sheets: "Info" (label/value header fields) and "Items" whose first column A is EMPTY and whose header is on row 2',
      'delivery address in one comma-separated cell; currency only in the column titles "Price EUR" / "Total EUR"; units tin / pc / roll -> TIN / PC / ROLL',
      'urgency: normal; "not urgent" in the subject and body (negated), no date',
    ],
    attachmentText: text,
    pdfs: [],
  };
}

// ============================================================ one mail, two PDF POs (two labs)
async function oliveiraPdf(po: string, lab: string, street: string, cityLine: string, required: string, lines: LineSpec[]): Promise<{ buf: Buffer; pages: number; drawn: string[] }> {
  const company = 'Oliveira Dental Laboratories Inc.';
  const pdf = new Pdf('LETTER', `PO ${po}`, company);
  pdf.t(40, 40, company, { size: 14, bold: true, color: '#00695C' });
  pdf.t(40, 58, 'PO Box 4471  ·  Newark, NJ 07101  ·  (973) 555-0105', { size: 8.5 });
  pdf.t(40, 90, 'PURCHASE ORDER', { size: 13, bold: true });
  pdf.t(40, 108, `${po}`, { size: 13, bold: true, color: '#00695C' });
  const kv: [string, string][] = [
    ['Date', '03/10/2026'],
    ['Lab', lab],
    ['Required', required],
    ['Ordered by', 'Beatriz Oliveira'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(330, 90 + i * 13, k, { size: 8.5, color: '#555555' });
    pdf.t(410, 90 + i * 13, v, { size: 8.5 });
  });
  pdf.t(40, 150, 'SHIP TO', { size: 8, bold: true, color: '#00695C' });
  pdf.lines(40, 162, [`Oliveira Dental Laboratories - ${lab}`, street, cityLine], { size: 8.5 });
  pdf.t(330, 150, 'BILL TO', { size: 8, bold: true, color: '#00695C' });
  pdf.lines(330, 162, [company, 'PO Box 4471', 'Newark, NJ 07101'], { size: 8.5 });
  const cols: Column[] = [
    { title: 'Qty', x: 40, w: 36, align: 'right' },
    { title: 'Item', x: 80, w: 80 },
    { title: 'Description', x: 160, w: 250 },
    { title: 'Unit Price', x: 410, w: 76, align: 'right' },
    { title: 'Total', x: 486, w: 86, align: 'right' },
  ];
  let y = 220;
  pdf.rect(40, y - 4, 532, 16, '#E0F2F1');
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  y += 19;
  for (const l of lines) {
    row(pdf, cols, y, [String(l.qty), l.sku!, l.desc, `$${us(l.price!)}`, `$${us(amountOf(l)!)}`], { size: 8.5 });
    y += 16;
  }
  pdf.hline(40, 572, y, '#00695C');
  y += 8;
  const total = sum(lines.map((l) => amountOf(l)!));
  pdf.t(410, y, 'Total', { size: 9.5, bold: true });
  pdf.t(486, y, `$${us(total)}`, { size: 9.5, bold: true, align: 'right', w: 83 });
  pdf.t(40, y + 30, 'Terms: Net 30', { size: 8.5 });
  pdf.t(40, y + 43, 'Questions: b.oliveira@oliveira-dental.example', { size: 8.5 });
  return { buf: await pdf.end(), pages: pdf.pages, drawn: pdf.drawn };
}

export async function twoPdfEn01(): Promise<Sample> {
  const file = 'h2-2pdf-en-01.eml';
  const company = 'Oliveira Dental Laboratories Inc.';
  const buyer = { company, contactName: 'Beatriz Oliveira', email: 'b.oliveira@oliveira-dental.example', phone: '(973) 555-0105' };
  const billTo = addr(company, 'PO Box 4471', 'Newark', 'NJ', '07101', 'US');
  const aLines: LineSpec[] = [
    { sku: 'ZR-98-A2', desc: 'Zirconia disc 98 x 14 mm, shade A2', qty: 10, unit: null, price: 64 },
    { sku: 'ZR-98-A3', desc: 'Zirconia disc 98 x 20 mm, shade A3', qty: 6, unit: null, price: 71.5 },
    { sku: 'MB-CRS', desc: 'Milling burs, coarse, set of 3', qty: 4, unit: null, price: 58.25 },
  ];
  const bLines: LineSpec[] = [
    { sku: 'IV-PRS-LT', desc: 'Pressable ceramic ingots LT A1, 5 pcs', qty: 2, unit: null, price: 92.4 },
    { sku: 'FN-MUF-L', desc: 'Press furnace muffle liner', qty: 1, unit: null, price: 145 },
    { sku: 'ST-GLZ', desc: 'Stain & glaze paste 4 g', qty: 20, unit: null, price: 11.9 },
  ];
  const a = await oliveiraPdf('ODL-5581', 'Newark', '88 Ferry St', 'Newark, NJ 07105', '03/27/2026', aLines);
  const b = await oliveiraPdf('ODL-5582', 'Edison', '410 Raritan Center Pkwy', 'Edison, NJ 08837', '03/13/2026', bLines);
  const mail: MailSpec = {
    from: '"Beatriz Oliveira" <b.oliveira@oliveira-dental.example>',
    subject: 'Two POs - Newark and Edison labs',
    date: 'Tue, 10 Mar 2026 10:00:00 -0400',
    messageId: '<a61e2f0c.odl.5581-5582@oliveira-dental.example>',
    boundary: 'h2twopdfen01',
    text: 'Hello,\n\nAttached are two purchase orders, one for each lab: ODL-5581 (Newark) and ODL-5582 (Edison).\nEdison needs theirs by Friday 3/13 please; Newark is standard.\n\nThank you,\nBeatriz Oliveira\nOliveira Dental Laboratories Inc.\n(973) 555-0105\n',
    html: '<p>Hello,</p><p>Attached are two purchase orders, one for each lab: ODL-5581 (Newark) and ODL-5582 (Edison).<br>Edison needs theirs by Friday 3/13 please; Newark is standard.</p><p>Thank you,<br>Beatriz Oliveira<br>Oliveira Dental Laboratories Inc.<br>(973) 555-0105</p>',
    attachments: [
      { filename: 'ODL-5581_Newark.pdf', content: a.buf, contentType: 'application/pdf' },
      { filename: 'ODL-5582_Edison.pdf', content: b.buf, contentType: 'application/pdf' },
    ],
  };
  const at = sum(aLines.map((l) => amountOf(l)!));
  const bt = sum(bLines.map((l) => amountOf(l)!));
  const base = { orderDate: '2026-03-10', buyer, billTo, currency: 'USD', tax: null, shipping: null, paymentTerms: 'Net 30', shippingMethod: null, notes: null, reviewReasons: [] };
  return {
    file,
    mail,
    docs: [bodyDoc(), pdfDoc('ODL-5581_Newark.pdf', a.pages), pdfDoc('ODL-5582_Edison.pdf', b.pages)],
    orders: [
      {
        ...base,
        poNumber: 'ODL-5581',
        requestedDeliveryDate: '2026-03-27',
        shipTo: addr('Oliveira Dental Laboratories - Newark', '88 Ferry St', 'Newark', 'NJ', '07105', 'US'),
        lines: aLines,
        subtotal: at,
        total: at,
        urgency: { delivery: '2026-03-27' },
        level: 'normal',
      },
      {
        ...base,
        poNumber: 'ODL-5582',
        requestedDeliveryDate: '2026-03-13',
        shipTo: addr('Oliveira Dental Laboratories - Edison', '410 Raritan Center Pkwy', 'Edison', 'NJ', '08837', 'US'),
        lines: bLines,
        subtotal: bt,
        total: bt,
        urgency: { words: { kind: 'high', text: 'needs theirs by Friday 3/13 please', where: 'body (for Edison only)' }, delivery: '2026-03-13' },
        level: 'high',
      },
    ],
    notes: [
      'kind: email (text + html alternative) with TWO PO PDFs = two orders, same layout, one per lab (different ship-to, same bill-to)',
      'no unit column -> unit null; only "Total" printed -> subtotal = total',
      'urgency: ODL-5581 normal (17 days, body: "Newark is standard"); ODL-5582 high (Required 03/13/2026 = Tue -> Fri, 3 calendar / 3 business days; body "by Friday")',
    ],
    attachmentText: [...a.drawn, ...b.drawn],
    pdfs: [
      { name: 'ODL-5581_Newark.pdf', buf: a.buf, pages: a.pages },
      { name: 'ODL-5582_Edison.pdf', buf: b.buf, pages: b.pages },
    ],
  };
}

// ============================================================ Outlook-style forward of an order sent to a rep who left
export async function fwdEn02(): Promise<Sample> {
  const file = 'h2-fwd-en-02.eml';
  const po = '2026-1147';
  const company = 'Bellini Automation Systems Inc.';
  const lines: LineSpec[] = [
    { sku: 'PX-M12-4N', desc: 'Inductive proximity sensor M12, 4 mm, NPN', qty: 30, unit: 'pcs', price: 18.4 },
    { sku: 'PE-18-DF', desc: 'Photoelectric sensor M18, diffuse, 400 mm', qty: 12, unit: 'pcs', price: 34.75 },
    { sku: 'CB-M12-5M', desc: 'M12 4-pin cable, 5 m, straight', qty: 42, unit: 'pcs', price: 7.9 },
  ];
  const total = sum(lines.map((l) => amountOf(l)!));
  const text = [
    'Hi,',
    '',
    'I sent the order below to Mark last week but got a bounce saying he is no longer with Northwind. Can you please process it? The delivery date still stands.',
    '',
    'Thanks,',
    'Chiara',
    '',
    '-----Original Message-----',
    'From: Chiara Bellini <c.bellini@bellini-automation.example>',
    'Sent: Thursday, March 5, 2026 2:41 PM',
    'To: Mark Hughes <m.hughes@northwind-supply.example>',
    `Subject: Order - PO ${po} sensors`,
    '',
    'Hi Mark,',
    '',
    `Please enter PO ${po} for the following:`,
    '',
    ...lines.map((l) => `Qty ${l.qty} ${l.unit} - ${l.sku} - ${l.desc} - $${us(l.price!)} each`),
    '',
    `Order total $${us(total)}`,
    '',
    'Delivery to our Greenville plant by 3/20/2026:',
    company,
    '620 Technology Dr',
    'Greenville, SC 29607',
    '',
    'Best regards,',
    '',
    'Chiara Bellini',
    'Purchasing Manager',
    company,
    'Tel (864) 555-0151',
    '',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Chiara Bellini <c.bellini@bellini-automation.example>',
    subject: `FW: Order - PO ${po} sensors`,
    date: 'Mon, 09 Mar 2026 08:05:33 -0400',
    messageId: '<MN2PR18MB1147B0E4@bellini-automation.example>',
    boundary: 'h2fwden02',
    headers: { 'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Topic': `Order - PO ${po} sensors` },
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: '2026-03-20',
        buyer: { company, contactName: 'Chiara Bellini', email: 'c.bellini@bellini-automation.example', phone: '(864) 555-0151' },
        shipTo: addr(company, '620 Technology Dr', 'Greenville', 'SC', '29607', 'US'),
        billTo: null,
        currency: 'USD',
        lines,
        subtotal: total,
        tax: null,
        shipping: null,
        total,
        paymentTerms: null,
        shippingMethod: null,
        notes: null,
        urgency: { delivery: '2026-03-20' },
        level: 'normal',
      reviewReasons: [],
      },
    ],
    notes: [
      'kind: body only, "FW:" subject; Outlook "-----Original Message-----" block with From: / Sent: / To: / Subject: lines; the customer forwards her own order, first sent to OUR former rep',
      'lines "Qty 30 pcs - SKU - description - $18.40 each"; "Order total" only -> subtotal = total',
      'orderDate null (the original Sent: date is not an order date); receivedAt is the forward\'s Date header',
      'urgency: normal (Mon 9 Mar -> 20 Mar, 11 days)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: tab-separated table, printed subtotal wrong
export async function bodyTsvEn01(): Promise<Sample> {
  const file = 'h2-body-tsv-en-01.eml';
  const po = 'CV-1092';
  const company = 'Costa & Visser Facilities Ltd';
  const lines: LineSpec[] = [
    { sku: 'JC-750', desc: 'Janitorial cleaner concentrate 750 ml', qty: 24, unit: 'BTL', price: 4.8 },
    { sku: 'MF-40-BL', desc: 'Microfibre cloth 40 x 40 cm, blue, pack of 10', qty: 15, unit: 'PK', price: 6.95 },
    { sku: 'BIN-60-GR', desc: 'Bin liners 60 L, grey, roll of 50', qty: 40, unit: 'RL', price: 3.4 },
    { sku: 'MOP-KIT-S', desc: 'Flat mop kit with 40 cm frame', qty: 6, unit: 'EA', price: 27.5 },
    { sku: 'HT-2PLY', desc: 'Hand towel rolls 2-ply, case of 6', qty: 10, unit: 'CS', price: 21.9 },
  ];
  const correct = sum(lines.map((l) => amountOf(l)!));
  if (correct !== 739.45) throw new Error(`tsv arithmetic changed: ${correct}`);
  const subtotal = 793.45; // printed wrong on purpose (digits swapped)
  const tax = r2(subtotal * 0.23);
  const total = r2(subtotal + tax);
  const T = '\t';
  const text = [
    'Hi Northwind,',
    '',
    `Please supply the following against PO ${po}:`,
    '',
    ['Item', 'Description', 'Qty', 'Unit', 'Price', 'Total'].join(T),
    ...lines.map((l) => [l.sku, l.desc, String(l.qty), l.unit, us(l.price!), us(amountOf(l)!)].join(T)),
    ['', '', '', '', 'Subtotal', `€ ${us(subtotal)}`].join(T),
    ['', '', '', '', 'VAT 23%', `€ ${us(tax)}`].join(T),
    ['', '', '', '', 'Total', `€ ${us(total)}`].join(T),
    '',
    'Deliver to:',
    company,
    'Unit 4, Ballymount Industrial Estate',
    'Dublin, D12 X9F4',
    'Ireland',
    '',
    'Delivery required 16/03/2026.',
    '',
    'Many thanks,',
    'Sofia Costa',
    'Operations | Costa & Visser Facilities Ltd',
    '+353 1 555 0147',
    '',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Sofia Costa <s.costa@costavisser.example>',
    subject: `PO ${po}`,
    date: 'Wed, 04 Mar 2026 12:15:00 +0000',
    messageId: '<DU0PR02MB1092F1@costavisser.example>',
    boundary: 'h2bodytsv01',
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: '2026-03-16',
        buyer: { company, contactName: 'Sofia Costa', email: 's.costa@costavisser.example', phone: '+353 1 555 0147' },
        shipTo: addr(company, 'Unit 4, Ballymount Industrial Estate', 'Dublin', null, 'D12 X9F4', 'IE'),
        billTo: null,
        currency: 'EUR',
        lines,
        subtotal,
        tax,
        shipping: null,
        total,
        paymentTerms: null,
        shippingMethod: null,
        notes: null,
        urgency: { delivery: '2026-03-16' },
        level: 'normal',
        reviewReasons: ['line amounts add up to € 739.45 but the printed subtotal is € 793.45 (VAT and total follow the wrong subtotal)'],
        wrongOnPurpose: true,
      },
    ],
    notes: [
      'kind: body only, text/plain with a TAB-separated table (header row + lines + Subtotal/VAT/Total rows with empty leading cells)',
      'Irish customer: € with US-style separators ("€ 793.45"); date 16/03/2026 day-first (IE address) -> 2026-03-16',
      'DELIBERATELY WRONG: printed Subtotal € 793.45, lines add up to € 739.45; truth keeps printed subtotal/VAT/total, needsReview true',
      'urgency: normal (12 days)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: HTML only, table with merged header cells
export async function bodyHtmlEn02(): Promise<Sample> {
  const file = 'h2-body-html-en-02.eml';
  const po = 'MHG-PO-8831';
  const company = 'Marchetti Hospitality Group LLC';
  const lines: LineSpec[] = [
    { sku: 'BT-ROBE-WL', desc: 'Waffle bathrobe, white, one size', qty: 60, unit: 'EA', price: 24.8 },
    { sku: 'TW-BATH-700', desc: 'Bath towel 30 x 56 in, 700 gsm', qty: 240, unit: 'EA', price: 9.35 },
    { sku: 'AM-SHP-30', desc: 'Amenity shampoo 30 ml bottles, case of 300', qty: 8, unit: 'CS', price: 66 },
    { sku: 'SL-SLP-W', desc: 'Disposable slippers, closed toe, white', qty: 400, unit: 'PR', price: 0.95 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const tax = r2(subtotal * 0.07);
  const total = r2(subtotal + tax);
  const td = 'style="border:1px solid #999;padding:3px 6px"';
  const tdr = 'style="border:1px solid #999;padding:3px 6px;text-align:right"';
  const th = 'style="border:1px solid #999;padding:3px 6px;background:#1b3b5a;color:#fff"';
  const html = `<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Good afternoon,</p>
<p>Please accept purchase order <b>${po}</b> for the Marchetti Beach Hotel.</p>
<table style="border-collapse:collapse">
<tr><th ${th} rowspan="2">Line</th><th ${th} colspan="2">Item</th><th ${th} colspan="2">Quantity</th><th ${th} colspan="2">Price (USD)</th></tr>
<tr><th ${th}>Code</th><th ${th}>Description</th><th ${th}>Qty</th><th ${th}>UoM</th><th ${th}>Unit</th><th ${th}>Total</th></tr>
${lines
  .map((l, i) => `<tr><td ${td}>${i + 1}</td><td ${td}>${l.sku}</td><td ${td}>${l.desc}</td><td ${tdr}>${l.qty}</td><td ${td}>${l.unit}</td><td ${tdr}>${us(l.price!)}</td><td ${tdr}>${us(amountOf(l)!)}</td></tr>`)
  .join('\n')}
<tr><td ${tdr} colspan="6">Subtotal</td><td ${tdr}>${us(subtotal)}</td></tr>
<tr><td ${tdr} colspan="6">Sales tax 7%</td><td ${tdr}>${us(tax)}</td></tr>
<tr><td ${tdr} colspan="6"><b>Total</b></td><td ${tdr}><b>$${us(total)}</b></td></tr>
</table>
<p><b>Ship to:</b><br>The Marchetti Beach Hotel<br>1200 Collins Ave<br>Miami Beach, FL 33139</p>
<p><b>Bill to:</b><br>${company}<br>Accounts Payable<br>500 Brickell Ave, Suite 1400<br>Miami, FL 33131</p>
<p>Please deliver by March 18, 2026 (receiving hours 7-11 am). Terms: Net 30.</p>
<p>Best,<br>Paolo Marchetti<br>Procurement, ${company}<br>(305) 555-0193</p>
</body></html>`;
  const mail: MailSpec = {
    from: '"Paolo Marchetti" <pmarchetti@marchetti-hg.example>',
    subject: `Purchase Order ${po}`,
    date: 'Wed, 11 Mar 2026 13:25:00 -0400',
    messageId: '<CY5PR19MB8831D2@marchetti-hg.example>',
    boundary: 'h2bodyhtml02',
    html,
  };
  return {
    file,
    mail,
    docs: [bodyDoc('text/html')],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: '2026-03-18',
        buyer: { company, contactName: 'Paolo Marchetti', email: 'pmarchetti@marchetti-hg.example', phone: '(305) 555-0193' },
        shipTo: addr('The Marchetti Beach Hotel', '1200 Collins Ave', 'Miami Beach', 'FL', '33139', 'US'),
        billTo: addr(company, 'Accounts Payable\n500 Brickell Ave, Suite 1400', 'Miami', 'FL', '33131', 'US'),
        currency: 'USD',
        lines,
        subtotal,
        tax,
        shipping: null,
        total,
        paymentTerms: 'Net 30',
        shippingMethod: null,
        notes: 'receiving hours 7-11 am',
        urgency: { delivery: '2026-03-18' },
        level: 'high',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: body only, text/html ONLY (no text part); two-row table header with merged cells: "Item" colspan 2 over Code/Description, "Quantity" over Qty/UoM, "Price (USD)" over Unit/Total, "Line" rowspan 2',
      'totals in rows with a colspan-6 label cell; bill-to has an "Accounts Payable" line kept in street',
      'urgency: high by date (Wed 11 Mar -> Wed 18 Mar = exactly 7 calendar days, the upper edge of "high")',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: reply accepting a quote, no PO number
export async function bodyReplyEn03(): Promise<Sample> {
  const file = 'h2-body-reply-en-03.eml';
  const company = 'Greco Print Studio';
  const lines: LineSpec[] = [
    { sku: 'BV-075-LF', desc: '3/4" lead-free brass ball valve, full port', qty: 40, unit: 'pcs', price: 12.1 },
    { sku: 'TF-PTFE-12', desc: 'PTFE thread seal tape 1/2" x 520"', qty: 20, unit: 'rolls', price: 0.85 },
  ];
  const text = [
    'Hi Jenna,',
    '',
    'Thanks for the quick quote. Please go ahead with 40 pcs of the 3/4" brass ball valves (BV-075-LF) as quoted at $12.10, plus the 20 rolls of thread tape at $0.85. We\'ll skip the unions for now.',
    '',
    "We don't use PO numbers for small orders - please just reference your quote number on the invoice.",
    '',
    'Ship to:',
    company,
    '2217 SE Division St',
    'Portland, OR 97202',
    '',
    'Thanks!',
    'Alessandro Greco',
    'Greco Print Studio | (503) 555-0114',
    '',
    'On Wed, Mar 4, 2026 at 10:12 AM Jenna Park <jenna.park@northwind-supply.example> wrote:',
    '> Hi Alessandro,',
    '>',
    '> As requested, here is our quote Q-40917 (valid 30 days):',
    '>',
    '> BV-075-LF   3/4" lead-free brass ball valve, full port   40 pcs   @ $12.10  = $484.00',
    '> UN-075-BR   3/4" brass union                             40 pcs   @ $6.45   = $258.00',
    '> TF-PTFE-12  PTFE thread seal tape 1/2" x 520"            20 rolls @ $0.85   = $17.00',
    '>',
    '> Total: $759.00, freight included',
    '>',
    '> Best regards,',
    '> Jenna Park',
    '> Inside Sales | Northwind Industrial Supply',
    '',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Alessandro Greco <alex@grecoprint.example>',
    subject: 'Re: Your quote Q-40917',
    date: 'Thu, 05 Mar 2026 17:02:00 -0800',
    messageId: '<CAGreco40917reply@mail.grecoprint.example>',
    inReplyTo: '<Q-40917.20260304.1012@northwind-supply.example>',
    references: '<Q-40917.20260304.1012@northwind-supply.example>',
    boundary: 'h2bodyreply03',
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: null,
        orderDate: null,
        requestedDeliveryDate: null,
        buyer: { company, contactName: 'Alessandro Greco', email: 'alex@grecoprint.example', phone: '(503) 555-0114' },
        shipTo: addr(company, '2217 SE Division St', 'Portland', 'OR', '97202', 'US'),
        billTo: null,
        currency: 'USD',
        lines,
        unitTruth: (l) => (l.unit === 'rolls' ? 'ROLL' : 'PCS'),
        subtotal: null,
        tax: null,
        shipping: null,
        total: null,
        paymentTerms: null,
        shippingMethod: null,
        notes: 'Accepts quote Q-40917; customer asks to reference the quote number on the invoice (no PO).',
        urgency: {},
        level: 'normal',
        reviewReasons: ['no purchase order number (customer says they do not use POs for small orders; quote Q-40917 accepted)'],
      },
    ],
    notes: [
      'kind: body only, reply "Re: Your quote Q-40917" accepting OUR quote; the order is a sentence ("go ahead with 40 pcs of ... (BV-075-LF) as quoted at $12.10, plus the 20 rolls of thread tape at $0.85")',
      'only 2 of the 3 quoted items are ordered (the unions are skipped); SKU and description of the tape come from the quoted quote',
      'no PO number -> poNumber null, needsReview true; no total for the new order -> subtotal/total null',
      'Date header 17:02 -0800 = 01:02Z on the NEXT day (receivedAt 2026-03-06)',
      'urgency: normal (no words, no date)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: German prose, "bis zum 20.03."
export async function bodyProseDe04(): Promise<Sample> {
  const file = 'h2-body-prose-de-04.eml';
  const po = '4471/26';
  const company = 'Dekker Metallbau GmbH';
  const lines: LineSpec[] = [
    { sku: 'DIN933-M10x40', desc: 'Sechskantschrauben M10 x 40, verzinkt', qty: 200, unit: 'Stück', price: 0.18 },
    { sku: 'DIN934-M10', desc: 'Muttern M10', qty: 200, unit: 'Stück', price: 0.06 },
    { sku: 'SW-SG2-10', desc: 'Schweißdraht SG2 1,0 mm, 15 kg', qty: 10, unit: 'Spulen', price: 48.9 },
  ];
  const text = [
    'Guten Morgen Herr Wagner,',
    '',
    `hiermit bestellen wir gemäß Ihrem Angebot vom 12.03. unter unserer Bestellnummer ${po} folgende Artikel: 200 Stück Sechskantschrauben M10 x 40, verzinkt (Art.-Nr. DIN933-M10x40) zu 0,18 € pro Stück, dazu 200 Stück passende Muttern M10 (DIN934-M10) zu 0,06 € pro Stück sowie 10 Spulen Schweißdraht SG2 1,0 mm, 15 kg (SW-SG2-10) zu je 48,90 €.`,
    '',
    'Bitte liefern Sie die Ware bis zum 20.03. an unsere Werkstatt in der Bottroper Str. 210, 45141 Essen.',
    '',
    'Es gelten die vereinbarten Zahlungsbedingungen (30 Tage netto).',
    '',
    'Mit freundlichen Grüßen',
    'Jan Dekker',
    'Einkauf',
    company,
    'Friedrich-Ebert-Str. 77, 45127 Essen',
    'Tel. 0201 555 2290',
    '',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Jan Dekker <j.dekker@dekker-metallbau.example>',
    subject: `Bestellung ${po}`,
    date: 'Mon, 16 Mar 2026 09:30:00 +0100',
    messageId: '<5f2a9d1e-4471-26@dekker-metallbau.example>',
    boundary: 'h2bodyprosede04',
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: '2026-03-20',
        buyer: { company, contactName: 'Jan Dekker', email: 'j.dekker@dekker-metallbau.example', phone: '0201 555 2290' },
        shipTo: addr(null, 'Bottroper Str. 210', 'Essen', null, '45141', null),
        billTo: null,
        currency: 'EUR',
        lines,
        unitTruth: (l) => (l.unit === 'Spulen' ? 'SPULE' : 'STÜCK'),
        subtotal: null,
        tax: null,
        shipping: null,
        total: null,
        paymentTerms: '30 Tage netto',
        shippingMethod: null,
        notes: null,
        urgency: { delivery: '2026-03-20' },
        level: 'high',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: body only, German prose: one long sentence with three items, SKU in parentheses AFTER the description ("(Art.-Nr. DIN933-M10x40)"), prices "zu 0,18 € pro Stück" / "zu je 48,90 €"',
      'PO number "4471/26" contains a slash; "Angebot vom 12.03." is NOT the order date (orderDate null)',
      'delivery "bis zum 20.03." without a year -> 2026-03-20; ship-to is "unsere Werkstatt" (no name line) -> name null; no totals written',
      'units Stück / Spulen -> STÜCK / SPULE (singular)',
      'urgency: high by date (Mon 16 Mar -> Fri 20 Mar, 4 calendar / 4 business days)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: French bullet list, "Pas d'urgence"
export async function bodyBulletsFr05(): Promise<Sample> {
  const file = 'h2-body-bullets-fr-05.eml';
  const po = 'DSM-0309';
  const company = 'Da Silva Menuiserie SARL';
  const lines: LineSpec[] = [
    { sku: 'CH-35-INV', desc: 'Charnière invisible 35 mm', qty: 50, unit: 'pièces', price: 2.15 },
    { sku: 'GL-450-ST', desc: 'Glissière à billes 450 mm, sortie totale', qty: 20, unit: 'paires', price: 9.4 },
    { sku: 'CV-D3-5', desc: 'Colle vinylique D3, bidon 5 kg', qty: 4, unit: 'bidons', price: 23.8 },
    { sku: 'VF-4x16', desc: 'Vis de fixation 4 x 16', qty: 10, unit: 'boîtes de 500', price: 6.1 },
  ];
  const UNIT: Record<string, string> = { pièces: 'PIÈCE', paires: 'PAIRE', bidons: 'BIDON', 'boîtes de 500': 'BOÎTE' };
  const text = [
    'Bonjour,',
    '',
    `Merci de bien vouloir nous livrer la commande suivante (notre réf. ${po}) :`,
    '',
    ...lines.map((l) => `• ${l.desc} (réf. ${l.sku}) : ${l.qty} ${l.unit} à ${eu(l.price!)} € HT`),
    '',
    "Pas d'urgence : une livraison dans le courant de la semaine prochaine nous convient.",
    'Adresse de livraison : atelier, 5 impasse des Artisans, 33700 Mérignac.',
    '',
    'Cordialement,',
    'Thomas Da Silva',
    company,
    '05 56 55 01 83',
    '',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Thomas Da Silva <t.dasilva@dasilva-menuiserie.example>',
    subject: `Commande ${po}`,
    date: 'Tue, 03 Mar 2026 18:10:00 +0100',
    messageId: '<d8c1e2f0a3.dsm0309@dasilva-menuiserie.example>',
    boundary: 'h2bodybulletsfr05',
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: null,
        buyer: { company, contactName: 'Thomas Da Silva', email: 't.dasilva@dasilva-menuiserie.example', phone: '05 56 55 01 83' },
        shipTo: addr(null, '5 impasse des Artisans', 'Mérignac', null, '33700', null),
        billTo: null,
        currency: 'EUR',
        lines,
        unitTruth: (l) => UNIT[l.unit!],
        subtotal: null,
        tax: null,
        shipping: null,
        total: null,
        paymentTerms: null,
        shippingMethod: null,
        notes: null,
        urgency: { words: { kind: 'negated', text: "Pas d'urgence", where: 'body' } },
        level: 'normal',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: body only, French bullet list "• description (réf. SKU) : 50 pièces à 2,15 € HT"; PO as "notre réf. DSM-0309"',
      'units pièces / paires / bidons / "boîtes de 500" -> PIÈCE / PAIRE / BIDON / BOÎTE (qty 10 boxes, not 5000 screws)',
      '"dans le courant de la semaine prochaine" is not a date -> requestedDeliveryDate null; ship-to "atelier" -> name null; no totals',
      'urgency: normal ("Pas d\'urgence" is a negation)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: Spanish "Por favor envíennos:" list, high by date
export async function bodyListEs06(): Promise<Sample> {
  const file = 'h2-body-list-es-06.eml';
  const po = 'DA-1503';
  const company = 'Distribuciones Almeida S.L.';
  const lines: LineSpec[] = [
    { sku: 'GN-L-100', desc: 'guantes de nitrilo talla L', qty: 12, unit: 'cajas', price: 5.6 },
    { sku: 'PS-ZZ-150', desc: 'papel secamanos', qty: 30, unit: 'rollos', price: 2.35 },
    { sku: 'LV-IND-10', desc: 'lavavajillas industrial 10 L', qty: 6, unit: 'garrafas', price: 18.9 },
    { sku: 'BB-85-105', desc: 'bolsas de basura 85 x 105', qty: 200, unit: null, price: 0.21 },
  ];
  const UNIT: Record<string, string> = { cajas: 'CAJA', rollos: 'ROLLO', garrafas: 'GARRAFA' };
  const text = [
    'Buenos días:',
    '',
    'Por favor envíennos:',
    '',
    '- 12 cajas de guantes de nitrilo talla L (GN-L-100), 5,60 €/caja',
    '- 30 rollos de papel secamanos (PS-ZZ-150), 2,35 €/rollo',
    '- 6 garrafas de lavavajillas industrial 10 L (LV-IND-10), 18,90 €/garrafa',
    '- 200 bolsas de basura 85 x 105 (BB-85-105), 0,21 €/ud.',
    '',
    `Nuestro número de pedido es ${po}. Necesitamos la mercancía antes del viernes 13 de marzo.`,
    '',
    `Entregar en: ${company}, Calle Alcalde Guillermo Rein 8, 29004 Málaga.`,
    '',
    'Un saludo,',
    'Lucía Almeida',
    `Compras - ${company}`,
    'Tel. 952 55 01 44',
    '',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Lucía Almeida <l.almeida@dist-almeida.example>',
    subject: `Pedido ${po}`,
    date: 'Mon, 09 Mar 2026 10:40:00 +0100',
    messageId: '<AS8PR01MB1503E0@dist-almeida.example>',
    boundary: 'h2bodylistes06',
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: '2026-03-13',
        buyer: { company, contactName: 'Lucía Almeida', email: 'l.almeida@dist-almeida.example', phone: '952 55 01 44' },
        shipTo: addr(company, 'Calle Alcalde Guillermo Rein 8', 'Málaga', null, '29004', null),
        billTo: null,
        currency: 'EUR',
        lines,
        unitTruth: (l) => (l.unit ? UNIT[l.unit] : 'BOLSA'),
        subtotal: null,
        tax: null,
        shipping: null,
        total: null,
        paymentTerms: null,
        shippingMethod: null,
        notes: null,
        urgency: { delivery: '2026-03-13' },
        level: 'high',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: body only, Spanish "Por favor envíennos:" then a dash list "- 12 cajas de <desc> (SKU), 5,60 €/caja"',
      'units cajas / rollos / garrafas / bolsas -> CAJA / ROLLO / GARRAFA / BOLSA; the "€/ud." price basis of the last line is not its unit',
      '"antes del viernes 13 de marzo" -> requestedDeliveryDate 2026-03-13; PO number in a sentence after the list; no totals',
      'urgency: high by date (Mon 9 Mar -> Fri 13 Mar, 4 calendar / 4 business days)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: quantities after the item, no prices, "No rush"
export async function bodyAfterEn07(): Promise<Sample> {
  const file = 'h2-body-after-en-07.eml';
  const po = 'BCW-0311';
  const company = 'Brouwer Cycle Works';
  const lines: LineSpec[] = [
    { sku: 'CH-11S-116', desc: '11-speed chain, 116 links', qty: 10, unit: 'pcs', price: null },
    { sku: 'BP-DSC-R', desc: 'disc brake pads, resin', qty: 24, unit: 'pcs', price: null },
    { sku: 'TB-700-25', desc: 'inner tube 700x25c, presta', qty: 40, unit: 'pcs', price: null },
    { sku: 'CB-SHF-2M', desc: 'shift cable 2 m, stainless', qty: 6, unit: 'pcs', price: null },
    { sku: 'GT-BLK', desc: 'bar tape, black', qty: 12, unit: 'pairs', price: null },
  ];
  const text = [
    'Hey Northwind,',
    '',
    `Restock order, our PO ${po}:`,
    '',
    ...lines.map((l) => `${l.sku} – ${l.qty} ${l.unit} (${l.desc})`),
    '',
    'Prices as per our usual price list. No rush on this one, next week is totally fine.',
    '',
    'Ship to the shop:',
    company,
    '1935 Pearl St',
    'Boulder, CO 80302',
    '',
    'Cheers,',
    'Daan Brouwer',
    company,
    '',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Daan Brouwer <daan@brouwercycle.example>',
    subject: 'Order 11-03 restock',
    date: 'Wed, 11 Mar 2026 16:55:00 -0600',
    messageId: '<CABrouwer0311restock@mail.brouwercycle.example>',
    boundary: 'h2bodyafteren07',
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: null,
        buyer: { company, contactName: 'Daan Brouwer', email: 'daan@brouwercycle.example', phone: null },
        shipTo: addr(company, '1935 Pearl St', 'Boulder', 'CO', '80302', 'US'),
        billTo: null,
        currency: null,
        lines,
        unitTruth: (l) => (l.unit === 'pairs' ? 'PAIR' : 'PCS'),
        subtotal: null,
        tax: null,
        shipping: null,
        total: null,
        paymentTerms: null,
        shippingMethod: null,
        notes: 'Prices as per our usual price list.',
        urgency: { words: { kind: 'negated', text: 'No rush on this one', where: 'body' } },
        level: 'normal',
        reviewReasons: ['no prices (customer refers to the usual price list)'],
      },
    ],
    notes: [
      'kind: body only; each line "SKU – 10 pcs (description)": quantity AFTER the item number, en dash separator, description in parentheses',
      'no prices at all -> unitPrice/amount null, currency null, needsReview true; subject "Order 11-03 restock" is not the PO number (BCW-0311 is in the body)',
      'units pcs / pairs -> PCS / PAIR',
      'urgency: normal ("No rush on this one" is negated)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}

// ============================================================ body: "(QTY n)" list, ASAP only in the P.S. on the last line
export async function bodyAsapEn08(): Promise<Sample> {
  const file = 'h2-body-asap-en-08.eml';
  const po = '90-2214';
  const company = 'Caruso Electrical Contractors Inc.';
  const lines: LineSpec[] = [
    { sku: 'WN-YEL-100', desc: 'yellow wire nuts', qty: 500, unit: null, price: 0.09 },
    { sku: 'BX-4SQ-DP', desc: '4" square box, 2-1/8" deep', qty: 12, unit: null, price: 3.85 },
    { sku: 'THHN-12-BK', desc: '12 AWG THHN black, 500 ft spool', qty: 20, unit: null, price: 86.4 },
    { sku: 'CN-EMT-34', desc: '3/4" EMT set-screw connector', qty: 30, unit: null, price: 0.74 },
  ];
  const text = [
    'Northwind,',
    '',
    `PO ${po} for the Westport job:`,
    '',
    ...lines.map((l, i) => `${i + 1}. (QTY ${l.qty}) ${l.sku} ${l.desc} @ $${us(l.price!)}`),
    '',
    'Deliver to jobsite: 4120 Pennsylvania Ave, Kansas City, MO 64111. Call Nick on arrival.',
    '',
    'Thanks,',
    'Nick Caruso',
    company,
    '(816) 555-0127',
    '',
    'P.S. Crew starts Monday and we need this ASAP please',
  ].join('\n');
  const mail: MailSpec = {
    from: 'Nick Caruso <ncaruso@caruso-electric.example>',
    subject: `PO ${po}`,
    date: 'Fri, 13 Mar 2026 13:05:00 -0500',
    messageId: '<CAruso902214.1773425100@caruso-electric.example>',
    boundary: 'h2bodyasapen08',
    text,
  };
  return {
    file,
    mail,
    docs: [bodyDoc()],
    orders: [
      {
        poNumber: po,
        orderDate: null,
        requestedDeliveryDate: null,
        buyer: { company, contactName: 'Nick Caruso', email: 'ncaruso@caruso-electric.example', phone: '(816) 555-0127' },
        shipTo: addr(null, '4120 Pennsylvania Ave', 'Kansas City', 'MO', '64111', 'US'),
        billTo: null,
        currency: 'USD',
        lines,
        subtotal: null,
        tax: null,
        shipping: null,
        total: null,
        paymentTerms: null,
        shippingMethod: null,
        notes: 'Westport job. Call Nick on arrival.',
        urgency: { words: { kind: 'urgent', text: 'ASAP', where: 'last line of the body (P.S. after the signature)' } },
        level: 'urgent',
        reviewReasons: [],
      },
    ],
    notes: [
      'kind: body only; numbered list "1. (QTY 500) SKU description @ $0.09"; no unit written -> unit null; no totals',
      'ship-to only as "Deliver to jobsite: <street>, <city>, <ST> <zip>" on one line -> name null, country US (state + ZIP)',
      '"Crew starts Monday" is not a date; requestedDeliveryDate null',
      'urgency: urgent from "ASAP" in the very LAST line (a P.S. below the signature)',
    ],
    attachmentText: [],
    pdfs: [],
  };
}
