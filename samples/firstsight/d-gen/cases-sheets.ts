// Spreadsheet and CSV orders (d05, d20, d24, d27)
import ExcelJS from 'exceljs';
import { MailDate, addr, buildEml, draftOrder, emailSource, fileSource, num, r2, sumLines, urgency, xlsxBuffer, amt } from './lib.ts';
import { Case, LX, TO_ORDERS, XLSX } from './tpl.ts';

function sheetTable(ws: ExcelJS.Worksheet, startRow: number, head: string[], rows: (string | number | null)[][], widths: number[], formulaCol?: { col: number; f: (r: number) => string; values: number[] }) {
  ws.columns = widths.map((w) => ({ width: w }));
  const hr = ws.getRow(startRow);
  head.forEach((h, i) => {
    const c = hr.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((r, k) => {
    const row = ws.getRow(startRow + 1 + k);
    r.forEach((v, i) => {
      if (formulaCol && i === formulaCol.col) row.getCell(i + 1).value = { formula: formulaCol.f(startRow + 1 + k), result: formulaCol.values[k] };
      else if (v !== null) row.getCell(i + 1).value = v;
    });
  });
  return startRow + 1 + rows.length;
}

export const casesSheets: Case[] = [
  // ------------------------------------------------------------------ d05
  {
    name: 'd05_hopwright_brewery_xlsx',
    ext: 'eml',
    kind: 'email + XLSX order form',
    lang: 'en (GB)',
    what: 'Craft brewery QC lab: short chatty mail asking for delivery by end of week, order on a simple Excel form with a one-line "Deliver to:" address, "Invoice to: as above", line totals as formulas, VAT 20 %, pounds sterling.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-PD90-500', description: 'Petri dishes 90mm (case 500)', quantity: 2, unitPrice: 54.0 },
        { sku: 'BW-MSL-10', description: 'Microscope slides, box of 72', quantity: 3, unitPrice: 6.8 },
        { sku: 'BW-PH7-500', description: 'pH 7.00 buffer 500ml', quantity: 4, unitPrice: 8.95 },
        { sku: 'BW-IPA-5', description: 'Isopropanol 5L', quantity: 2, unitPrice: 24.5 },
        { sku: 'BW-LC-L', description: 'Lab coat, size L', quantity: 2, unitPrice: 17.2 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.2), total = r2(sub + tax);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Tom Ashcroft';
      const ws = wb.addWorksheet('Order');
      ws.getCell('A1').value = 'Hopwright Brewing Co. - Purchase Order';
      ws.getCell('A1').font = { bold: true, size: 14 };
      ws.getCell('A3').value = 'PO No:'; ws.getCell('B3').value = 'HB-1187';
      ws.getCell('A4').value = 'Date:'; ws.getCell('B4').value = '30/11/2026';
      ws.getCell('A5').value = 'Deliver to:'; ws.getCell('B5').value = 'Hopwright Brewing Co., Unit 4 Holbeck Yards, Marshall Street, Leeds LS11 5QR';
      ws.getCell('A6').value = 'Invoice to:'; ws.getCell('B6').value = 'as above';
      ws.getCell('A7').value = 'Contact:'; ws.getCell('B7').value = 'Tom Ashcroft 0113 555 0942';
      const end = sheetTable(ws, 9, ['Code', 'Description', 'Qty', 'Unit price £', 'Line total £'], lines.map((l) => [l.sku!, l.description!, l.quantity, l.unitPrice!, null]), [14, 36, 8, 14, 14], { col: 4, f: (r) => `C${r}*D${r}`, values: lines.map(amt) });
      ws.getCell(`D${end + 1}`).value = 'Net'; ws.getCell(`E${end + 1}`).value = { formula: `SUM(E10:E${end - 1})`, result: sub };
      ws.getCell(`D${end + 2}`).value = 'VAT 20%'; ws.getCell(`E${end + 2}`).value = { formula: `E${end + 1}*0.2`, result: tax };
      ws.getCell(`D${end + 3}`).value = 'Total'; ws.getCell(`E${end + 3}`).value = { formula: `E${end + 1}+E${end + 2}`, result: total };
      ws.getCell(`A${end + 5}`).value = 'Payment by BACS, 30 days.';
      for (let r = 10; r <= end + 3; r++) { ws.getCell(`D${r}`).numFmt = '#,##0.00'; ws.getCell(`E${r}`).numFmt = '#,##0.00'; }
      const xlsx = await xlsxBuffer(wb, '2026-11-30');
      const date = new MailDate('2026-11-30', '09:58:21', '+0000');
      const mail = {
        id: 'd05', from: 'Tom Ashcroft <tom@hopwrightbrewing.co.uk>', to: TO_ORDERS, subject: 'order HB-1187', date,
        messageId: 'CAM9hT3_d05_ashcroft@mail.gmail.com',
        text: 'Hi both,\n\nOrder attached - could we have it by end of week please? We are brewing Monday.\n\nCheers,\nTom\n\nTom Ashcroft | Head Brewer & QC\nHopwright Brewing Co.\n',
        attachments: [{ filename: 'Brightwater order HB-1187.xlsx', contentType: XLSX, data: xlsx }],
      };
      const ship = addr('Hopwright Brewing Co.', 'Unit 4 Holbeck Yards, Marshall Street', 'Leeds', null, 'LS11 5QR', 'GB');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'Brightwater order HB-1187.xlsx', mediaType: XLSX, method: 'spreadsheet', pages: null }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'HB-1187', orderDate: '2026-11-30', requestedDeliveryDate: null,
            buyer: { company: 'Hopwright Brewing Co.', contactName: 'Tom Ashcroft', email: 'tom@hopwrightbrewing.co.uk', phone: '0113 555 0942' },
            shipTo: ship, billTo: ship, currency: 'GBP', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'BACS, 30 days', shippingMethod: null, notes: null,
            urgency: urgency({ word: { level: 'high', reason: 'mail asks "could we have it by end of week please?"' } }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d20
  {
    name: 'd20_brightsmile_csv',
    ext: 'eml',
    kind: 'email + CSV export',
    lang: 'en (US)',
    what: 'Dental group\'s inventory system exports a reorder as CSV (one row per item, PO number and location repeated on each row); the mail body gives ship-to, and a requested delivery two business days out.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-NG-S', description: 'Nitrile exam glove S PF 100ct', quantity: 24, unit: 'BX', unitPrice: 8.95 },
        { sku: 'BW-NG-M', description: 'Nitrile exam glove M PF 100ct', quantity: 36, unit: 'BX', unitPrice: 8.95 },
        { sku: 'BW-SHARPS-5', description: 'Sharps container 5L', quantity: 10, unit: 'EA', unitPrice: 8.6 },
        { sku: 'BW-AUTO-BAG', description: 'Autoclave bag 24x36 200ct', quantity: 1, unit: 'CS', unitPrice: 88.0 },
        { sku: 'BW-TPW', description: 'Low lint wipes 280ct', quantity: 12, unit: 'BX', unitPrice: 5.9 },
      ];
      const total = sumLines(lines);
      const csv = ['PO Number,Location,Item Code,Description,Qty,UOM,Unit Cost,Ext Cost', ...lines.map((l) => ['BSD-PO-20931', 'BSD-07 Columbus East', l.sku, `"${l.description}"`, l.quantity, l.unit, l.unitPrice!.toFixed(2), amt(l).toFixed(2)].join(','))].join('\r\n') + '\r\n';
      const date = new MailDate('2026-12-04', '11:30:05', '-0500');
      const mail = {
        id: 'd20', from: 'BrightSmile Supply Desk <supplies@brightsmiledental.com>', to: TO_ORDERS, subject: 'Reorder BSD-PO-20931 - Columbus East', date,
        messageId: 'inv-export-20931.d20@brightsmiledental.com',
        text: `Hello,

Reorder attached as CSV (PO BSD-PO-20931, order total $${num(total)}).
Please deliver by Tuesday 12/08/2026 - we are running low on gloves.

Ship to:
BrightSmile Dental - Columbus East
5920 E Main St, Suite 104
Columbus, OH 43213

Bill to our central office: BrightSmile Dental Group, 150 E Gay St, Floor 12, Columbus, OH 43215

Thanks,
Andrea Lutz
Supply Coordinator
614-555-0126
`,
        attachments: [{ filename: 'BSD-PO-20931.csv', contentType: 'text/csv', data: Buffer.from(csv, 'utf8') }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'BSD-PO-20931.csv', mediaType: 'text/csv', method: 'spreadsheet', pages: null }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'BSD-PO-20931', orderDate: null, requestedDeliveryDate: '2026-12-08',
            buyer: { company: 'BrightSmile Dental Group', contactName: 'Andrea Lutz', email: 'supplies@brightsmiledental.com', phone: '614-555-0126' },
            shipTo: addr('BrightSmile Dental - Columbus East', '5920 E Main St, Suite 104', 'Columbus', 'OH', '43213', 'US'),
            billTo: addr('BrightSmile Dental Group', '150 E Gay St, Floor 12', 'Columbus', 'OH', '43215', 'US'),
            currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-08' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d24
  {
    name: 'd24_san_rafael_mx_xlsx',
    ext: 'eml',
    kind: 'email + XLSX',
    lang: 'es (MX)',
    what: 'Hospital in Guadalajara sends its purchase order as an Excel sheet ("Orden de compra"), pesos with IVA 16 %, day-first dates, units PZA/CJA; the mail says there is no hurry.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-MSL-10', description: 'Portaobjetos 25 x 75 mm esmerilados, caja c/72', quantity: 30, unit: 'CJA', unitPrice: 118.0 },
        { lineNo: 2, sku: 'BW-CS-22', description: 'Cubreobjetos 22 x 22 mm, caja c/100', quantity: 30, unit: 'CJA', unitPrice: 86.5 },
        { lineNo: 3, sku: 'BW-MT15-500', description: 'Tubo microcentrífuga 1.5 ml, bolsa c/500', quantity: 10, unit: 'BOL', unitPrice: 410.0 },
        { lineNo: 4, sku: 'BW-THERM', description: 'Termómetro digital de punzón', quantity: 4, unit: 'PZA', unitPrice: 395.0 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.16), total = r2(sub + tax);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Compras HSRO';
      const ws = wb.addWorksheet('OC 4471');
      const put = (a: string, v: string | number) => (ws.getCell(a).value = v);
      put('A1', 'HOSPITAL SAN RAFAEL DE OCCIDENTE, S.C.'); ws.getCell('A1').font = { bold: true, size: 13 };
      put('A2', 'RFC HSR980512KT3 · Av. Hidalgo 1780, Col. Americana, 44100 Guadalajara, Jal.');
      put('A4', 'ORDEN DE COMPRA'); ws.getCell('A4').font = { bold: true, size: 12 };
      put('A5', 'No.:'); put('B5', 4471);
      put('A6', 'Fecha:'); put('B6', '02/12/2026');
      put('A7', 'Proveedor:'); put('B7', 'Brightwater Lab Supply Inc.');
      put('A8', 'Entregar en:'); put('B8', 'Almacén General, Av. Hidalgo 1780, Col. Americana, 44100 Guadalajara, Jal., México');
      put('A9', 'Facturar a:'); put('B9', 'Hospital San Rafael de Occidente, S.C., mismo domicilio');
      put('A10', 'Condiciones:'); put('B10', 'Crédito 60 días');
      put('A11', 'Moneda:'); put('B11', 'MXN');
      const end = sheetTable(ws, 13, ['Partida', 'Clave proveedor', 'Descripción', 'Cantidad', 'Unidad', 'Precio unitario', 'Importe'], lines.map((l) => [l.lineNo!, l.sku!, l.description!, l.quantity, l.unit!, l.unitPrice!, null]), [9, 16, 46, 10, 9, 15, 15], { col: 6, f: (r) => `D${r}*F${r}`, values: lines.map(amt) });
      put(`F${end + 1}`, 'Subtotal'); ws.getCell(`G${end + 1}`).value = { formula: `SUM(G14:G${end - 1})`, result: sub };
      put(`F${end + 2}`, 'IVA 16%'); ws.getCell(`G${end + 2}`).value = { formula: `G${end + 1}*0.16`, result: tax };
      put(`F${end + 3}`, 'Total'); ws.getCell(`G${end + 3}`).value = { formula: `G${end + 1}+G${end + 2}`, result: total };
      for (let r = 14; r <= end + 3; r++) { ws.getCell(`F${r}`).numFmt = '"$"#,##0.00'; ws.getCell(`G${r}`).numFmt = '"$"#,##0.00'; }
      put(`A${end + 5}`, 'Elaboró: Lic. Verónica Ibarra · compras@hsro.com.mx · 33 5550 4471');
      const xlsx = await xlsxBuffer(wb, '2026-12-02');
      const date = new MailDate('2026-12-02', '17:10:44', '-0600');
      const mail = {
        id: 'd24', from: 'Verónica Ibarra <compras@hsro.com.mx>', to: TO_ORDERS, subject: 'Orden de compra 4471 - Hospital San Rafael', date,
        messageId: 'CAPq2_d24_ibarra@mail.gmail.com',
        text: 'Buenas tardes,\n\nLes envío la orden de compra 4471. Sin prisa, pueden entregar la próxima semana o la siguiente.\n\nSaludos cordiales,\nLic. Verónica Ibarra\nCompras - Hospital San Rafael de Occidente\n',
        attachments: [{ filename: 'OC_4471.xlsx', contentType: XLSX, data: xlsx }],
      };
      const ship = addr('Hospital San Rafael de Occidente, S.C. - Almacén General', 'Av. Hidalgo 1780, Col. Americana', 'Guadalajara', 'Jal.', '44100', 'MX');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, { name: 'OC_4471.xlsx', mediaType: XLSX, method: 'spreadsheet', pages: null }]),
          isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '4471', orderDate: '2026-12-02', requestedDeliveryDate: null,
            buyer: { company: 'Hospital San Rafael de Occidente, S.C.', contactName: 'Verónica Ibarra', email: 'compras@hsro.com.mx', phone: '33 5550 4471' },
            shipTo: ship, billTo: addr('Hospital San Rafael de Occidente, S.C.', 'Av. Hidalgo 1780, Col. Americana', 'Guadalajara', 'Jal.', '44100', 'MX'),
            currency: 'MXN', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'Crédito 60 días', shippingMethod: null, notes: null,
            urgency: urgency({ negated: 'mail says "Sin prisa" (no hurry)' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d27
  {
    name: 'd27_kellerbraeu_de',
    ext: 'xlsx',
    kind: 'XLSX file',
    lang: 'de (DE)',
    what: 'Bamberg brewery\'s own order list in Excel, received as a file on its own: "Bestellung" header block with stacked delivery address and "Rechnung an: wie Lieferadresse", Artikelnr./Bezeichnung/Menge/Einheit/Einzelpreis/Gesamt, German number formats as text, Liefertermin in February.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-PD90-500', description: 'Petrischalen 90 mm, steril, 500 St./Karton', quantity: 2, unit: 'KAR', unitPrice: 49.9 },
        { lineNo: 2, sku: 'BW-FP125', description: 'Rundfilter Ø 125 mm, Grade 1, 100 St.', quantity: 10, unit: 'PAK', unitPrice: 5.45 },
        { lineNo: 3, sku: 'BW-PH7-500', description: 'Pufferlösung pH 7,00, 500 ml', quantity: 6, unit: 'FL', unitPrice: 7.8 },
        { lineNo: 4, sku: 'BW-EtOH-2.5', description: 'Ethanol absolut 2,5 l', quantity: 4, unit: 'FL', unitPrice: 31.2 },
        { lineNo: 5, sku: 'BW-NG-L', description: 'Nitril-Handschuhe Gr. L, 100 St.', quantity: 12, unit: 'PAK', unitPrice: 7.95 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.19), total = r2(sub + tax);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'M. Dorsch';
      const ws = wb.addWorksheet('Bestellung');
      const put = (a: string, v: string | number) => (ws.getCell(a).value = v);
      put('A1', 'Brauerei Kellerbräu Bamberg GmbH'); ws.getCell('A1').font = { bold: true, size: 14 };
      put('A2', 'Qualitätslabor · Obere Königstraße 18 · 96052 Bamberg · Tel. 0951 5550 318');
      put('A4', 'Bestellung'); ws.getCell('A4').font = { bold: true, size: 12 };
      put('A5', 'Bestell-Nr.'); put('C5', 'KB-2026-0318');
      put('A6', 'Datum'); put('C6', '02.12.2026');
      put('A7', 'Liefertermin'); put('C7', '08.02.2027');
      put('A8', 'Ansprechpartner'); put('C8', 'Markus Dorsch, m.dorsch@kellerbraeu.de');
      put('A10', 'Lieferadresse:');
      put('A11', 'Brauerei Kellerbräu Bamberg GmbH'); put('A12', 'Qualitätslabor, Tor 2'); put('A13', 'Obere Königstraße 18'); put('A14', '96052 Bamberg');
      put('A15', 'Rechnung an: wie Lieferadresse');
      const de = (n: number) => num(n, 'eu');
      const end = sheetTable(ws, 17, ['Pos.', 'Artikelnr.', 'Bezeichnung', 'Menge', 'Einheit', 'Einzelpreis €', 'Gesamt €'], lines.map((l) => [l.lineNo!, l.sku!, l.description!, l.quantity, l.unit!, de(l.unitPrice!), de(amt(l))]), [6, 14, 42, 8, 9, 14, 14]);
      put(`F${end + 1}`, 'Netto'); put(`G${end + 1}`, de(sub));
      put(`F${end + 2}`, 'MwSt. 19 %'); put(`G${end + 2}`, de(tax));
      put(`F${end + 3}`, 'Gesamt'); put(`G${end + 3}`, de(total));
      put(`A${end + 5}`, 'Zahlung: 14 Tage 2 % Skonto, 30 Tage netto');
      const xlsx = await xlsxBuffer(wb, '2026-12-02');
      const ship = addr('Brauerei Kellerbräu Bamberg GmbH', ['Qualitätslabor, Tor 2', 'Obere Königstraße 18'], 'Bamberg', null, '96052', 'DE');
      return {
        data: xlsx,
        truth: {
          source: fileSource(ctx.file, [{ name: ctx.file, mediaType: XLSX, method: 'spreadsheet', pages: null }]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'KB-2026-0318', orderDate: '2026-12-02', requestedDeliveryDate: '2027-02-08',
            buyer: { company: 'Brauerei Kellerbräu Bamberg GmbH', contactName: 'Markus Dorsch', email: 'm.dorsch@kellerbraeu.de', phone: '0951 5550 318' },
            shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: '14 Tage 2 % Skonto, 30 Tage netto', shippingMethod: null, notes: null,
            urgency: urgency({}),
          })],
        },
      };
    },
  },
];
