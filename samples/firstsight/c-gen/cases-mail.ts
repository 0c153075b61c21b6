// Spreadsheets (xlsx, csv) and orders typed in the mail body (plain, HTML, prose, replies, forwards), plus a mail with two PO PDFs.
import ExcelJS from 'exceljs';
import { addr, mkLines, fmt, q, r2, fixZip, Line, esc, Order } from './lib.ts';
import { Case, O, totals, stdPdf, mailCase, bodyDoc, PDF, XLSX, fileSource, truthOf, VENDOR_US, addrLines } from './common.ts';

async function xlsxBuf(wb: ExcelJS.Workbook, date: string) {
  const d = new Date(date + 'T10:00:00Z');
  wb.created = d; wb.modified = d; (wb as any).lastModifiedBy = wb.creator;
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return fixZip(raw, date);
}
const money = '#,##0.00';

const c21: Case = {
  id: 'c21-xlsx-copperline', ext: 'eml', kind: 'email + XLSX', lang: 'en', region: 'US (AZ)',
  what: 'Mail with an Excel purchase-order form (.xlsx): header cells (PO #, Date, Job), Ship To block, table Item # / Description / Qty / UOM / Unit Price / Total with formulas, sales tax 8.6 % and freight; Copperline Electric Contractors, Phoenix AZ',
  async build() {
    const lines = mkLines([
      ['THHN-12-BLK-500', '#12 THHN stranded copper, black, 500 ft spool', 20, 'RL', 64.9],
      ['THHN-12-WHT-500', '#12 THHN stranded copper, white, 500 ft spool', 12, 'RL', 64.9],
      ['EMT-3/4-10', '3/4" EMT conduit, 10 ft', 300, 'EA', 7.35],
      ['EMT-CPL-3/4-SS', '3/4" EMT set-screw coupling', 400, 'EA', 0.62],
      ['BOX-4SQ-2-1/8', '4" square box 2-1/8" deep, combination KOs', 150, 'EA', 2.85],
      ['WAGO-221-413', 'Lever nut 3-conductor, box of 100', 10, 'BX', 31.0],
      ['TAPE-33-3/4', 'Vinyl electrical tape 3/4" x 66 ft', 50, 'RL', 3.95],
    ], false);
    const t = totals(lines, { taxRate: 0.086, shipping: 75 });
    const ship = addr('Copperline Electric - Jobsite', 'Desert Ridge Medical Office Bldg\n21001 N Tatum Blvd', 'Phoenix', 'AZ', '85050', 'US');
    const o = O({
      poNumber: 'CE-24117', orderDate: '2026-05-08', requestedDeliveryDate: '2026-05-29',
      buyer: { company: 'Copperline Electric Contractors', contactName: 'Marisol Vega', email: 'mvega@copperline-electric.com', phone: '602-555-0177' },
      shipTo: ship, billTo: addr('Copperline Electric Contractors', '4455 E Elwood St', 'Phoenix', 'AZ', '85040', 'US'), currency: 'USD', lines, ...t,
      paymentTerms: 'Net 30', shippingMethod: 'Deliver - flatbed', notes: 'Job 2611 Desert Ridge MOB. Call Marisol on arrival; no deliveries before 6:30am.',
    });
    const wb = new ExcelJS.Workbook(); wb.creator = 'Marisol Vega';
    const ws = wb.addWorksheet('PO');
    ws.columns = [{ width: 18 }, { width: 46 }, { width: 8 }, { width: 7 }, { width: 12 }, { width: 13 }];
    ws.getCell('A1').value = 'COPPERLINE ELECTRIC CONTRACTORS'; ws.getCell('A1').font = { bold: true, size: 14 };
    ws.getCell('A2').value = '4455 E Elwood St, Phoenix, AZ 85040  |  602-555-0100';
    ws.getCell('E1').value = 'PURCHASE ORDER'; ws.getCell('E1').font = { bold: true, size: 14 };
    const kv: [string, any][] = [['PO #', 'CE-24117'], ['Date', new Date('2026-05-08T00:00:00Z')], ['Job', '2611 Desert Ridge MOB'], ['Need By', new Date('2026-05-29T00:00:00Z')], ['Terms', 'Net 30']];
    kv.forEach(([k, v], i) => { ws.getCell(`E${3 + i}`).value = k; ws.getCell(`E${3 + i}`).font = { bold: true }; const c = ws.getCell(`F${3 + i}`); c.value = v; if (v instanceof Date) c.numFmt = 'mm/dd/yyyy'; });
    ws.getCell('A4').value = 'VENDOR'; ws.getCell('A4').font = { bold: true };
    VENDOR_US.forEach((s, i) => (ws.getCell(`A${5 + i}`).value = s));
    ws.getCell('B4').value = 'SHIP TO'; ws.getCell('B4').font = { bold: true };
    ['Copperline Electric - Jobsite', 'Desert Ridge Medical Office Bldg', '21001 N Tatum Blvd', 'Phoenix, AZ 85050', 'Attn: Marisol Vega 602-555-0177'].forEach((s, i) => (ws.getCell(`B${5 + i}`).value = s));
    const hr = 11;
    ['Item #', 'Description', 'Qty', 'UOM', 'Unit Price', 'Total'].forEach((h, i) => { const c = ws.getRow(hr).getCell(i + 1); c.value = h; c.font = { bold: true, color: { argb: 'FFFFFFFF' } }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB87333' } }; });
    lines.forEach((l, i) => {
      const r = ws.getRow(hr + 1 + i);
      r.values = [l.sku, l.description, l.quantity, l.unit, l.unitPrice, { formula: `C${hr + 1 + i}*E${hr + 1 + i}`, result: l.amount } as any];
      r.getCell(5).numFmt = money; r.getCell(6).numFmt = money;
    });
    const e = hr + lines.length;
    const tr = (n: number, label: string, v: any) => { ws.getCell(`E${n}`).value = label; ws.getCell(`E${n}`).font = { bold: true }; ws.getCell(`F${n}`).value = v; ws.getCell(`F${n}`).numFmt = money; };
    tr(e + 2, 'Subtotal', { formula: `SUM(F${hr + 1}:F${e})`, result: t.subtotal });
    tr(e + 3, 'Sales Tax 8.6%', { formula: `ROUND(F${e + 2}*0.086,2)`, result: t.tax });
    tr(e + 4, 'Freight', 75);
    tr(e + 5, 'TOTAL', { formula: `F${e + 2}+F${e + 3}+F${e + 4}`, result: t.total });
    ws.getCell(`A${e + 7}`).value = 'Notes: ' + o.notes;
    ws.getCell(`A${e + 8}`).value = 'Ship via: Deliver - flatbed';
    const buf = await xlsxBuf(wb, '2026-05-08');
    const m = {
      from: 'mvega@copperline-electric.com', fromName: 'Marisol Vega', subject: 'PO CE-24117 - Desert Ridge MOB material', date: '2026-05-11T07:18:40-07:00',
      messageId: '<CAOp7wQ24117xLs@mail.gmail.com>',
      text: 'Good morning,\n\nAttached is PO CE-24117 for the Desert Ridge job. Delivery to the jobsite by 5/29 please.\n\nThank you,\nMarisol Vega\nProject Coordinator\nCopperline Electric Contractors\n602-555-0177\n',
      attachments: [{ name: 'CE-24117.xlsx', type: XLSX, data: buf }],
    };
    return mailCase(m, 'c21-xlsx-copperline.eml', 121, [bodyDoc(), { name: 'CE-24117.xlsx', mediaType: XLSX, method: 'spreadsheet', pages: null }], [o]);
  },
};

const c22: Case = {
  id: 'c22-xlsx-harbourview', ext: 'xlsx', kind: 'XLSX', lang: 'en', region: 'AU (NSW)',
  what: 'Excel order sheet on its own: "Purchase Order" header rows with Excel date cells shown dd/mm/yyyy, Code / Description / Unit / Qty / Unit Price ex GST / Line Total, GST 10 %, AUD; Harbourview Facilities Management, Newcastle NSW',
  async build() {
    const lines = mkLines([
      ['HV-LT-LED18', 'LED batten 1200mm 18W 4000K', 60, 'ea', 16.8],
      ['HV-EX-CO2-35', 'Fire extinguisher CO2 3.5kg', 8, 'ea', 142.0],
      ['HV-SIGN-EXIT', 'Exit sign LED maintained, running man', 12, 'ea', 58.5],
      ['HV-TOW-INT', 'Interleaved hand towel 24 x 23cm, carton 2400', 20, 'ctn', 39.9],
      ['HV-BIN-240', 'Wheelie bin 240L red lid', 10, 'ea', 64.0],
      ['HV-GLV-CUT5', 'Cut-resistant gloves level 5, pkt 12 pr', 6, 'pkt', 96.0],
    ], true);
    const t = totals(lines, { taxRate: 0.1 });
    const ship = addr('Harbourview Facilities Management Pty Ltd', 'Level 2, 400 Hunter Street', 'Newcastle', 'NSW', '2300', 'AU');
    const o = O({
      poNumber: 'HFM-7702', orderDate: '2026-06-15', requestedDeliveryDate: '2026-06-30',
      buyer: { company: 'Harbourview Facilities Management Pty Ltd', contactName: 'Chloe Nguyen', email: 'chloe.nguyen@harbourviewfm.com.au', phone: '02 4955 0123' },
      shipTo: ship, billTo: null, currency: 'AUD', lines, ...t,
      paymentTerms: '30 days EOM', shippingMethod: null, notes: 'Deliver to loading bay via Steel Street. Site induction required.',
    });
    const wb = new ExcelJS.Workbook(); wb.creator = 'Chloe Nguyen';
    const ws = wb.addWorksheet('Order');
    ws.columns = [{ width: 6 }, { width: 15 }, { width: 44 }, { width: 7 }, { width: 7 }, { width: 16 }, { width: 14 }];
    ws.mergeCells('A1:G1'); ws.getCell('A1').value = 'Harbourview Facilities Management Pty Ltd — Purchase Order'; ws.getCell('A1').font = { bold: true, size: 13 };
    const hdr: [string, any][] = [['Order No', 'HFM-7702'], ['Order Date', new Date('2026-06-15T00:00:00Z')], ['Required By', new Date('2026-06-30T00:00:00Z')], ['Ordered By', 'Chloe Nguyen'], ['Phone', '02 4955 0123'], ['Email', 'chloe.nguyen@harbourviewfm.com.au'], ['Supplier', 'Harborline Industrial Supply'], ['Deliver To', 'Level 2, 400 Hunter Street, Newcastle NSW 2300'], ['Terms', '30 days EOM']];
    hdr.forEach(([k, v], i) => { ws.getCell(`B${3 + i}`).value = k; ws.getCell(`B${3 + i}`).font = { bold: true }; const c = ws.getCell(`C${3 + i}`); c.value = v; if (v instanceof Date) c.numFmt = 'dd/mm/yyyy'; });
    const hr = 13;
    ws.getRow(hr).values = ['Line', 'Code', 'Description', 'Unit', 'Qty', 'Unit Price ex GST', 'Line Total'];
    ws.getRow(hr).font = { bold: true };
    lines.forEach((l, i) => {
      const r = ws.getRow(hr + 1 + i);
      r.values = [l.lineNo, l.sku, l.description, l.unit, l.quantity, l.unitPrice, { formula: `E${hr + 1 + i}*F${hr + 1 + i}`, result: l.amount } as any];
      r.getCell(6).numFmt = '$#,##0.00'; r.getCell(7).numFmt = '$#,##0.00';
    });
    const e = hr + lines.length;
    [['Subtotal', t.subtotal, `SUM(G${hr + 1}:G${e})`], ['GST 10%', t.tax, `ROUND(G${e + 2}*10%,2)`], ['Total inc GST', t.total, `G${e + 2}+G${e + 3}`]].forEach(([k, v, f], i) => {
      ws.getCell(`F${e + 2 + i}`).value = k as string; ws.getCell(`F${e + 2 + i}`).font = { bold: true };
      ws.getCell(`G${e + 2 + i}`).value = { formula: f as string, result: v as number } as any; ws.getCell(`G${e + 2 + i}`).numFmt = '$#,##0.00';
    });
    ws.getCell(`B${e + 6}`).value = 'Notes'; ws.getCell(`C${e + 6}`).value = o.notes;
    const buf = await xlsxBuf(wb, '2026-06-15');
    return { files: [['c22-xlsx-harbourview.xlsx', buf]], truth: truthOf(fileSource('c22-xlsx-harbourview.xlsx', XLSX, 'spreadsheet', null), [o]) };
  },
};

const c23: Case = {
  id: 'c23-csv-redwood', ext: 'csv', kind: 'CSV', lang: 'en', region: 'US (CA)',
  what: 'CSV export of purchase-order lines, one row per line with the PO header repeated on each row (PO Number, PO Date, ship-to columns, Line, Item, Description, Qty, UOM, Unit Cost, Ext Cost, Requested Date), quoted fields with commas; Redwood Valley Cellars, Healdsburg CA',
  async build() {
    const lines = mkLines([
      ['RVC-HOSE-2-50', 'Wine hose 2", clear PVC w/ TC ends, 50 ft', 4, 'EA', 238.0],
      ['RVC-GSK-TC2-S', 'Tri-clamp gasket 2", silicone', 50, 'EA', 1.45],
      ['RVC-SAN-STAR-5', 'Acid sanitizer, no-rinse, 5 gal', 6, 'EA', 184.0],
      ['RVC-BRUSH-TANK', 'Tank brush, 20", stiff nylon, long handle', 8, 'EA', 27.5],
      ['RVC-NITR-XL', 'Nitrile gloves XL, 8 mil, box/50', 20, 'BX', 16.2],
    ], true);
    const ship = addr('Redwood Valley Cellars', '8800 Westside Road', 'Healdsburg', 'CA', '95448', 'US');
    const o = O({
      poNumber: '40017', orderDate: '2026-08-24', requestedDeliveryDate: '2026-09-04',
      buyer: { company: 'Redwood Valley Cellars', contactName: 'Dana Whitfield', email: 'dwhitfield@redwoodvalleycellars.com', phone: null },
      shipTo: ship, billTo: null, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: null,
      paymentTerms: 'Net 30', shippingMethod: null, notes: 'Harvest crush prep',
    });
    const head = ['PO Number', 'PO Date', 'Vendor', 'Buyer', 'Buyer Email', 'Ship To Name', 'Ship To Address', 'Ship To City', 'Ship To State', 'Ship To Zip', 'Terms', 'Line', 'Item', 'Description', 'Qty', 'UOM', 'Unit Cost', 'Ext Cost', 'Requested Date', 'Memo'];
    const qv = (s: string) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
    const rows = lines.map((l) => ['40017', '08/24/2026', 'Harborline Industrial Supply', 'Dana Whitfield', 'dwhitfield@redwoodvalleycellars.com', 'Redwood Valley Cellars', '8800 Westside Road', 'Healdsburg', 'CA', '95448', 'Net 30', String(l.lineNo), l.sku!, l.description!, String(l.quantity), l.unit!, l.unitPrice!.toFixed(2), l.amount!.toFixed(2), '09/04/2026', 'Harvest crush prep'].map(qv).join(','));
    const csv = [head.join(','), ...rows].join('\r\n') + '\r\n';
    return { files: [['c23-csv-redwood.csv', Buffer.from(csv, 'utf8')]], truth: truthOf(fileSource('c23-csv-redwood.csv', 'text/csv', 'spreadsheet', null), [o]) };
  },
};

const c24: Case = {
  id: 'c24-csv-albrecht', ext: 'eml', kind: 'email + CSV (German, semicolon)', lang: 'de', region: 'DE',
  what: 'Deutsche Mail „dringend“ mit einer Bestell-CSV aus Excel (Semikolon, Dezimalkomma, UTF-8 mit BOM; Kopfzeilen Bestellnummer/Datum/Liefertermin, dann Pos;Artikelnr.;Bezeichnung;Menge;Einheit;Einzelpreis;Gesamtpreis, Summenzeile); Kunststofftechnik Albrecht, Nürnberg',
  async build() {
    const lines = mkLines([
      ['HIS-DÜS-0,8', 'Heißkanal-Düsenspitze 0,8 mm', 20, 'Stk', 18.4],
      ['HIS-HEIZ-230-350', 'Heizband 230 V 350 W Ø 40 mm', 12, 'Stk', 46.9],
      ['HIS-TF-K-1,5', 'Thermoelement Typ K, 1,5 m', 15, 'Stk', 22.75],
      ['HIS-TRENN-400', 'Trennmittel silikonfrei 400 ml', 24, 'Dose', 8.6],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('Kunststofftechnik Albrecht GmbH', 'Andernacher Straße 12', 'Nürnberg', null, '90411', 'DE');
    const o = O({
      poNumber: 'B-26-0112', orderDate: '2026-02-25', requestedDeliveryDate: '2026-02-27',
      buyer: { company: 'Kunststofftechnik Albrecht GmbH', contactName: 'Jonas Weber', email: 'j.weber@kt-albrecht.de', phone: '+49 911 5550 372' },
      shipTo: ship, billTo: null, currency: 'EUR', lines, subtotal: sub, tax: null, shipping: null, total: sub,
      paymentTerms: null, shippingMethod: 'Express', notes: 'Spritzgussmaschine 4 steht - bitte per Express.',
      urgency: { level: 'urgent', reasons: ['"dringend" (urgent) in the subject and body; machine stands ("steht")', 'Liefertermin 2026-02-27 is 2 business days after receipt'] },
    });
    const de = (n: number) => fmt(n, 'eu').replace(/\./g, '');
    const csv = ['Bestellnummer;B-26-0112;;;;;', 'Datum;25.02.2026;;;;;', 'Liefertermin;27.02.2026;;;;;', 'Lieferant;Harborline Industrial Supply;;;;;', 'Lieferadresse;Kunststofftechnik Albrecht GmbH, Andernacher Straße 12, 90411 Nürnberg;;;;;', ';;;;;;',
      'Pos;Artikelnr.;Bezeichnung;Menge;Einheit;Einzelpreis;Gesamtpreis',
      ...lines.map((l) => [l.lineNo, l.sku, l.description, l.quantity, l.unit, de(l.unitPrice!), de(l.amount!)].join(';')),
      `;;;;;Summe netto;${de(sub)}`].join('\r\n') + '\r\n';
    const m = {
      from: 'j.weber@kt-albrecht.de', fromName: 'Jonas Weber', subject: 'dringend: Bestellung B-26-0112 Heißkanal-Ersatzteile', date: '2026-02-25T08:47:12+01:00',
      messageId: '<7c1e2a90-0112-4b8e-a1f3-kt-albrecht@kt-albrecht.de>', mailer: 'Microsoft Outlook 16.0',
      text: 'Hallo zusammen,\n\nunsere Spritzgussmaschine 4 steht - wir brauchen die Teile aus der angehängten Bestellung B-26-0112 dringend, spätestens Freitag 27.02. Bitte per Express schicken.\n\nDanke und Gruß\nJonas Weber\nInstandhaltung\nKunststofftechnik Albrecht GmbH\n+49 911 5550 372\n',
      attachments: [{ name: 'Bestellung_B-26-0112.csv', type: 'text/csv', data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]) }],
    };
    return mailCase(m, 'c24-csv-albrecht.eml', 124, [bodyDoc(), { name: 'Bestellung_B-26-0112.csv', mediaType: 'text/csv', method: 'spreadsheet', pages: null }], [o]);
  },
};

const c25: Case = {
  id: 'c25-xlsx-bajio', ext: 'eml', kind: 'email + XLSX (Spanish)', lang: 'es', region: 'MX',
  what: 'Correo con orden de compra en Excel (.xlsx) de dos hojas (la orden y una hoja «Catálogo» de referencia), columnas Clave / Descripción / Unidad / Cantidad / Precio Unitario / Importe, IVA 16 %, MXN, fecha requerida seis días después del correo; Empacadora del Bajío, León Gto.',
  async build() {
    const lines = mkLines([
      ['EB-FLEJE-12', 'Fleje de polipropileno 1/2" rollo 3000 m', 30, 'ROLLO', 689.0],
      ['EB-GRAPA-12', 'Grapa metálica para fleje 1/2" caja c/1000', 10, 'CAJA', 412.5],
      ['EB-PLAY-2', 'Playo stretch 18" x 1500 ft calibre 80', 60, 'ROLLO', 215.0],
      ['EB-ESQ-36', 'Esquinero de cartón 2" x 36"', 1200, 'PZA', 3.8],
      ['EB-CINTA-48', 'Cinta canela 48 mm x 150 m', 144, 'PZA', 32.9],
    ], true);
    const t = totals(lines, { taxRate: 0.16 });
    const ship = addr('Empacadora del Bajío S.A. de C.V.', 'Blvd. Aeropuerto 2150, Parque Industrial', 'León', 'Gto.', '37290', 'MX');
    const o = O({
      poNumber: 'OC-EB-1533', orderDate: '2026-10-13', requestedDeliveryDate: '2026-10-19',
      buyer: { company: 'Empacadora del Bajío S.A. de C.V.', contactName: 'Lic. Fernanda Ruiz', email: 'fruiz@empacadorabajio.mx', phone: '477 555 0144' },
      shipTo: ship, billTo: null, currency: 'MXN', lines, ...t,
      paymentTerms: 'Crédito 45 días', shippingMethod: null, notes: null,
      urgency: { level: 'high', reasons: ['fecha requerida 2026-10-19 is 6 calendar days (4 business days) after receipt'] },
    });
    const wb = new ExcelJS.Workbook(); wb.creator = 'Fernanda Ruiz';
    const ws = wb.addWorksheet('OC');
    ws.columns = [{ width: 6 }, { width: 14 }, { width: 44 }, { width: 8 }, { width: 10 }, { width: 15 }, { width: 15 }];
    ws.getCell('A1').value = 'EMPACADORA DEL BAJÍO S.A. DE C.V.'; ws.getCell('A1').font = { bold: true, size: 14 };
    ws.getCell('A2').value = 'Blvd. Aeropuerto 2150, Parque Industrial, León, Gto. C.P. 37290 — RFC EBA0101018K2';
    ws.getCell('F1').value = 'ORDEN DE COMPRA'; ws.getCell('F1').font = { bold: true, size: 13 };
    const kv: [string, any][] = [['No. OC', 'OC-EB-1533'], ['Fecha', '13/10/2026'], ['Fecha requerida', '19/10/2026'], ['Condiciones', 'Crédito 45 días'], ['Moneda', 'MXN'], ['Comprador', 'Lic. Fernanda Ruiz'], ['Tel.', '477 555 0144']];
    kv.forEach(([k, v], i) => { ws.getCell(`F${2 + i}`).value = k; ws.getCell(`F${2 + i}`).font = { bold: true }; ws.getCell(`G${2 + i}`).value = v; });
    ws.getCell('A5').value = 'Proveedor:'; ws.getCell('B5').value = 'Harborline Industrial Supply, Columbus OH, EUA';
    ws.getCell('A6').value = 'Entregar en:'; ws.getCell('B6').value = 'Almacén de materiales, Blvd. Aeropuerto 2150, León, Gto.';
    const hr = 10;
    ws.getRow(hr).values = ['#', 'Clave', 'Descripción', 'Unidad', 'Cantidad', 'Precio Unitario', 'Importe'];
    ws.getRow(hr).font = { bold: true };
    lines.forEach((l, i) => {
      const r = ws.getRow(hr + 1 + i);
      r.values = [l.lineNo, l.sku, l.description, l.unit, l.quantity, l.unitPrice, { formula: `E${hr + 1 + i}*F${hr + 1 + i}`, result: l.amount } as any];
      r.getCell(6).numFmt = '"$"#,##0.00'; r.getCell(7).numFmt = '"$"#,##0.00';
    });
    const e = hr + lines.length;
    [['Subtotal', t.subtotal, `SUM(G${hr + 1}:G${e})`], ['IVA 16%', t.tax, `ROUND(G${e + 2}*0.16,2)`], ['Total', t.total, `G${e + 2}+G${e + 3}`]].forEach(([k, v, f], i) => {
      ws.getCell(`F${e + 2 + i}`).value = k as string; ws.getCell(`F${e + 2 + i}`).font = { bold: true };
      ws.getCell(`G${e + 2 + i}`).value = { formula: f as string, result: v as number } as any; ws.getCell(`G${e + 2 + i}`).numFmt = '"$"#,##0.00';
    });
    const cat = wb.addWorksheet('Catálogo');
    cat.getRow(1).values = ['Clave', 'Descripción', 'Último precio', 'Proveedor'];
    [['EB-FLEJE-12', 'Fleje PP 1/2"', 675, 'Harborline'], ['EB-FLEJE-58', 'Fleje PP 5/8"', 802, 'Harborline'], ['EB-PLAY-2', 'Playo 18"', 209, 'Harborline'], ['EB-TARIMA-STD', 'Tarima de madera 1.0 x 1.2 m', 180, 'Maderas Silao']].forEach((r, i) => (cat.getRow(2 + i).values = r));
    const buf = await xlsxBuf(wb, '2026-10-13');
    o.shipTo = addr('Empacadora del Bajío S.A. de C.V. - Almacén de materiales', 'Blvd. Aeropuerto 2150', 'León', 'Gto.', null, 'MX');
    const m = {
      from: 'fruiz@empacadorabajio.mx', fromName: 'Fernanda Ruiz', subject: 'OC-EB-1533 material de empaque', date: '2026-10-13T10:30:00-06:00',
      messageId: '<DM6PR03MB1533B7@DM6PR03MB1533.namprd03.prod.outlook.com>',
      text: 'Buenos días,\n\nAdjunto la orden de compra OC-EB-1533. La fecha requerida es el lunes 19 de octubre.\nLes pido confirmar de recibido.\n\nSaludos cordiales,\nLic. Fernanda Ruiz\nCompras | Empacadora del Bajío\n477 555 0144\n',
      attachments: [{ name: 'OC-EB-1533.xlsx', type: XLSX, data: buf }],
    };
    return mailCase(m, 'c25-xlsx-bajio.eml', 125, [bodyDoc(), { name: 'OC-EB-1533.xlsx', mediaType: XLSX, method: 'spreadsheet', pages: null }], [o]);
  },
};

const c26: Case = {
  id: 'c26-prose-hollis', ext: 'eml', kind: 'email body (plain text, prose)', lang: 'en', region: 'US (TN)',
  what: 'Order written as prose in a short plain-text mail from a phone ("please send us 40 of the ...", "need them by tomorrow"), PO number in the subject, no prices; Hollis Brothers Construction, Knoxville TN',
  async build() {
    const lines: Line[] = [
      { lineNo: null, sku: null, description: "10' galvanized strut channel 1-5/8 x 1-5/8, 12 ga", quantity: 40, unit: null, unitPrice: null, amount: null },
      { lineNo: null, sku: null, description: '1/2" spring nuts for strut', quantity: 6, unit: 'BOX', unitPrice: null, amount: null },
      { lineNo: null, sku: null, description: '1/2" x 1-1/2" hex bolts, zinc', quantity: 200, unit: null, unitPrice: null, amount: null },
      { lineNo: null, sku: 'HIS-PAINT-MK-ORG', description: 'orange marking paint', quantity: 2, unit: 'CASE', unitPrice: null, amount: null },
    ];
    const o = O({
      poNumber: 'HB-5521', orderDate: null, requestedDeliveryDate: '2026-04-24',
      buyer: { company: 'Hollis Brothers Construction', contactName: 'Travis Hollis', email: 'travis@hollisbrosconstruction.com', phone: '865-555-0152' },
      shipTo: addr(null, '1400 Maple St', 'Knoxville', 'TN', null, 'US'), billTo: null, currency: null, lines,
      notes: 'Deliver to the Maple St job site, gate on the north side.',
      urgency: { level: 'urgent', reasons: ['"need them by tomorrow" - requested delivery 2026-04-24 is 1 business day after receipt'] },
    });
    const m = {
      from: 'travis@hollisbrosconstruction.com', fromName: 'Travis Hollis', subject: 'PO HB-5521', date: '2026-04-23T14:40:05-04:00',
      messageId: '<A1F0C3D2-5521-4E7B-9C1A-7B2E0D4F6A11@hollisbrosconstruction.com>', textEnc: '8bit' as const,
      text: "Hey guys,\n\nPlease send us 40 of the 10' galvanized strut channel (1-5/8 x 1-5/8, 12 ga), 6 boxes of the 1/2\" spring nuts for strut, and 200 of the 1/2\" x 1-1/2\" hex bolts, zinc. Also 2 cases of the orange marking paint, your part HIS-PAINT-MK-ORG.\n\nWe need them by tomorrow for the Maple St job - deliver to 1400 Maple St, Knoxville, gate on the north side. PO is HB-5521.\n\nThanks\nTravis\n865-555-0152\n\nSent from my iPhone\n",
    };
    return mailCase(m, 'c26-prose-hollis.eml', 126, [bodyDoc()], [o]);
  },
};

const c27: Case = {
  id: 'c27-html-fraservalley', ext: 'eml', kind: 'email body (HTML table)', lang: 'en', region: 'CA (BC)',
  what: 'HTML mail (with plain-text alternative) whose body holds the order as a table (Part # / Description / Qty / Price / Ext.), subtotal, GST 5 % and PST 7 % lines, delivery "Sept 25", signature with logo text; Fraser Valley Greenhouses, Abbotsford BC',
  async build() {
    const lines = mkLines([
      ['IRR-DRIP-16-1000', '16mm drip line 1000 ft roll, 12" spacing', 10, null, 118.0],
      ['IRR-EMIT-2GPH', 'Pressure-compensating emitter 2 GPH, bag of 250', 8, null, 44.5],
      ['IRR-FLT-1-120', '1" disc filter 120 mesh', 4, null, 72.25],
      ['IRR-VLV-1-24V', '1" solenoid valve 24VAC', 6, null, 38.9],
      ['PPE-RESP-P100', 'Half-face respirator with P100 cartridges', 12, null, 41.0],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const gst = r2(sub * 0.05), pst = r2(sub * 0.07);
    const ship = addr('Fraser Valley Greenhouses Ltd.', '31150 Huntingdon Road', 'Abbotsford', 'BC', 'V2T 6H4', 'CA');
    const o = O({
      poNumber: 'FVG-2026-118', orderDate: null, requestedDeliveryDate: '2026-09-25',
      buyer: { company: 'Fraser Valley Greenhouses Ltd.', contactName: 'Harjit Sandhu', email: 'hsandhu@fvgreenhouses.ca', phone: '604-555-0129' },
      shipTo: ship, billTo: null, currency: 'CAD', lines, subtotal: sub, tax: r2(gst + pst), shipping: null, total: r2(sub + gst + pst),
      notes: 'Please deliver to Greenhouse 3 shipping door.',
    });
    const c = (n: number) => '$' + fmt(n);
    const rows = lines.map((l) => `<tr><td style="border:1px solid #ccc;padding:4px">${esc(l.sku!)}</td><td style="border:1px solid #ccc;padding:4px">${esc(l.description!)}</td><td style="border:1px solid #ccc;padding:4px;text-align:right">${l.quantity}</td><td style="border:1px solid #ccc;padding:4px;text-align:right">${c(l.unitPrice!)}</td><td style="border:1px solid #ccc;padding:4px;text-align:right">${c(l.amount!)}</td></tr>`).join('\n');
    const html = `<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Harborline,</p>
<p>Please enter the following order on PO <b>FVG-2026-118</b>. Delivery by Sept 25 to our Abbotsford site (31150 Huntingdon Road, Abbotsford BC V2T 6H4) &#8211; please deliver to Greenhouse 3 shipping door.</p>
<table style="border-collapse:collapse">
<tr style="background:#2f6b2f;color:#fff"><th style="padding:4px">Part #</th><th style="padding:4px">Description</th><th style="padding:4px">Qty</th><th style="padding:4px">Price</th><th style="padding:4px">Ext.</th></tr>
${rows}
<tr><td colspan="4" style="text-align:right;padding:4px"><b>Subtotal</b></td><td style="text-align:right;padding:4px">${c(sub)}</td></tr>
<tr><td colspan="4" style="text-align:right;padding:4px">GST 5%</td><td style="text-align:right;padding:4px">${c(gst)}</td></tr>
<tr><td colspan="4" style="text-align:right;padding:4px">PST 7%</td><td style="text-align:right;padding:4px">${c(pst)}</td></tr>
<tr><td colspan="4" style="text-align:right;padding:4px"><b>Total</b></td><td style="text-align:right;padding:4px"><b>${c(r2(sub + gst + pst))}</b></td></tr>
</table>
<p>Thanks!</p>
<p style="color:#2f6b2f"><b>Harjit Sandhu</b><br>Growing Operations Manager<br>Fraser Valley Greenhouses Ltd.<br>604-555-0129 | hsandhu@fvgreenhouses.ca</p>
<p style="font-size:8pt;color:#999">This e-mail may contain confidential information. If you received it in error please delete it.</p>
</body></html>`;
    const text = `Hi Harborline,\n\nPlease enter the following order on PO FVG-2026-118. Delivery by Sept 25 to our Abbotsford site (31150 Huntingdon Road, Abbotsford BC V2T 6H4) - please deliver to Greenhouse 3 shipping door.\n\n${lines.map((l) => `${l.sku}  ${l.description}  ${l.quantity} @ ${c(l.unitPrice!)} = ${c(l.amount!)}`).join('\n')}\n\nSubtotal ${c(sub)}\nGST 5% ${c(gst)}\nPST 7% ${c(pst)}\nTotal ${c(r2(sub + gst + pst))}\n\nThanks!\n\nHarjit Sandhu\nGrowing Operations Manager\nFraser Valley Greenhouses Ltd.\n604-555-0129 | hsandhu@fvgreenhouses.ca\n`;
    const m = { from: 'hsandhu@fvgreenhouses.ca', fromName: 'Harjit Sandhu', subject: 'Order - PO FVG-2026-118', date: '2026-09-08T13:05:44-07:00', messageId: '<YT3PR01MB118FVG@YT3PR01MB1180.CANPRD01.PROD.OUTLOOK.COM>', text, html };
    return mailCase(m, 'c27-html-fraservalley.eml', 127, [bodyDoc(true)], [o]);
  },
};

const c28: Case = {
  id: 'c28-texto-elprogreso', ext: 'eml', kind: 'email body (plain text, Spanish)', lang: 'es', region: 'CO',
  what: 'Pedido escrito en el cuerpo de un correo colombiano, lista con viñetas «Ref. ... - cantidad - precio» en pesos con punto de miles ($ 45.900), «no es urgente», sin totales; Ferretería El Progreso, Medellín',
  async build() {
    const lines = mkLines([
      ['DW-2245', 'Disco de corte metal 4-1/2"', 100, 'UND', 4900],
      ['TR-1020', 'Tornillo drywall 6 x 1" caja x 1000', 12, 'CAJA', 45900],
      ['BR-0412', 'Broca para concreto 1/4" x 6"', 50, 'UND', 7800],
      ['GU-3310', 'Guantes de carnaza par', 60, 'PAR', 9500],
      ['CI-0048', 'Cinta aislante 3M Temflex x 20 m', 48, 'UND', 5200],
    ], false);
    const o = O({
      poNumber: 'P-3391', orderDate: '2026-07-22', requestedDeliveryDate: null,
      buyer: { company: 'Ferretería El Progreso S.A.S.', contactName: 'Luz Marina Restrepo', email: 'compras@ferreteriaelprogreso.com.co', phone: '604 555 0133' },
      shipTo: addr('Ferretería El Progreso S.A.S.', 'Carrera 52 # 45-18, local 3', 'Medellín', 'Antioquia', null, 'CO'), billTo: null, currency: 'COP', lines,
      paymentTerms: 'Crédito 30 días', notes: 'Precios antes de IVA. No es urgente, pueden despachar con el próximo camión.',
      urgency: { level: 'normal', reasons: ['"no es urgente" (not urgent)'] },
    });
    const cop = (n: number) => '$ ' + fmt(n, 'eu', 0);
    const m = {
      from: 'compras@ferreteriaelprogreso.com.co', fromName: 'Compras Ferretería El Progreso', subject: 'Pedido P-3391', date: '2026-07-22T16:02:00-05:00',
      messageId: '<CAB3n7Vp3391qR@mail.gmail.com>',
      text: `Buenas tardes,\n\nCordial saludo. Les hacemos el siguiente pedido (nuestra orden P-3391 del 22/07/2026):\n\n${lines.map((l) => `- Ref. ${l.sku} ${l.description} - ${l.quantity} ${l.unit === 'UND' ? 'und' : l.unit === 'CAJA' ? 'cajas' : 'pares'} - ${cop(l.unitPrice!)} c/u`).join('\n')}\n\nPrecios antes de IVA según la última cotización. Forma de pago: crédito 30 días.\nNo es urgente, pueden despachar con el próximo camión a la dirección de siempre: Carrera 52 # 45-18, local 3, Medellín.\n\nQuedamos atentos.\n\nLuz Marina Restrepo\nCompras - Ferretería El Progreso S.A.S.\nTel. 604 555 0133\n`,
    };
    o.lines.forEach((l) => { if (l.unit === 'CAJA') l.unit = 'CAJAS'; if (l.unit === 'PAR') l.unit = 'PARES'; });
    return mailCase(m, 'c28-texto-elprogreso.eml', 128, [bodyDoc()], [o]);
  },
};

const c29: Case = {
  id: 'c29-html-duval', ext: 'eml', kind: 'email body (HTML, French)', lang: 'fr', region: 'FR',
  what: 'Bon de commande saisi dans un courriel HTML (tableau Réf. / Désignation / Qté / P.U. HT / Total HT, montants 1 234,56 €, TVA 20 %, total TTC), livraison souhaitée « avant le 17 avril »; Menuiserie Duval, Nantes',
  async build() {
    const lines = mkLines([
      ['VIS-5X50-INOX', 'Vis agglo tête fraisée inox A2 5 x 50, boîte de 200', 20, null, 21.4],
      ['CHEV-FR-8', 'Cheville frein nylon 8 mm, boîte de 100', 15, null, 6.9],
      ['CHAR-INV-35', 'Charnière invisible 35 mm, sachet de 10', 30, null, 17.5],
      ['COLLE-PU-750', 'Colle polyuréthane D4, flacon 750 g', 12, null, 14.8],
    ], false);
    const t = totals(lines, { taxRate: 0.2 });
    const ship = addr('Menuiserie Duval SARL', '14 rue de la Garenne', 'Nantes', null, '44300', 'FR');
    const o = O({
      poNumber: '2026-044', orderDate: '2026-03-30', requestedDeliveryDate: '2026-04-17',
      buyer: { company: 'Menuiserie Duval SARL', contactName: 'Philippe Duval', email: 'p.duval@menuiserie-duval.fr', phone: '02 40 55 01 26' },
      shipTo: ship, billTo: null, currency: 'EUR', lines, ...t, paymentTerms: '30 jours fin de mois', notes: null,
    });
    const e = (n: number) => fmt(n, 'fr') + '&nbsp;€';
    const html = `<div dir="ltr"><p>Bonjour,</p><p>Merci de bien vouloir enregistrer notre commande n° <b>2026-044</b> du 30/03/2026 :</p>
<table border="1" cellpadding="4" cellspacing="0"><tr><th>Réf.</th><th>Désignation</th><th>Qté</th><th>P.U. HT</th><th>Total HT</th></tr>
${lines.map((l) => `<tr><td>${l.sku}</td><td>${esc(l.description!)}</td><td align="right">${l.quantity}</td><td align="right">${e(l.unitPrice!)}</td><td align="right">${e(l.amount!)}</td></tr>`).join('\n')}
<tr><td colspan="4" align="right">Total HT</td><td align="right">${e(t.subtotal)}</td></tr>
<tr><td colspan="4" align="right">TVA 20&nbsp;%</td><td align="right">${e(t.tax!)}</td></tr>
<tr><td colspan="4" align="right"><b>Total TTC</b></td><td align="right"><b>${e(t.total)}</b></td></tr></table>
<p>Livraison souhaitée avant le 17 avril à l'atelier : 14 rue de la Garenne, 44300 Nantes.<br>Règlement à 30 jours fin de mois, comme d'habitude.</p>
<p>Cordialement,</p><p>Philippe Duval<br>Menuiserie Duval SARL<br>02 40 55 01 26</p></div>`;
    const m = { from: 'p.duval@menuiserie-duval.fr', fromName: 'Philippe Duval', subject: 'Commande 2026-044', date: '2026-03-30T10:12:37+02:00', messageId: '<CAL9duv2026044Hh@mail.gmail.com>', html };
    return mailCase(m, 'c29-html-duval.eml', 129, [bodyDoc(true)], [o]);
  },
};

const c30: Case = {
  id: 'c30-reply-quote-lakeside', ext: 'eml', kind: 'email reply approving a quote (quoted text)', lang: 'en', region: 'US (WI)',
  what: 'Buyer\'s reply "Approved - please process as PO 4410-2207 per your quote below", with our quote Q-88213 quoted under it (lines, prices, quote total, lead time, validity); Lakeside Medical Center facilities, Madison WI',
  async build() {
    const lines = mkLines([
      ['HIS-FLT-MERV13-24242', 'Pleated filter MERV 13, 24x24x2', 96, 'EA', 11.8],
      ['HIS-FLT-MERV13-20242', 'Pleated filter MERV 13, 20x24x2', 48, 'EA', 10.95],
      ['HIS-BELT-BX54', 'V-belt BX54 cogged', 12, 'EA', 17.4],
      ['HIS-BRG-UCP207', 'Pillow block bearing UCP207-20', 4, 'EA', 36.9],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const o = O({
      poNumber: '4410-2207', orderDate: null, requestedDeliveryDate: null,
      buyer: { company: 'Lakeside Medical Center', contactName: 'Greg Lindahl', email: 'glindahl@lakesidemedical.org', phone: '608-555-0158' },
      shipTo: addr('Lakeside Medical Center - Loading Dock B', '2100 Lakeside Parkway', 'Madison', 'WI', '53704', 'US'), billTo: null, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
      paymentTerms: 'Net 30', shippingMethod: null, notes: 'Per Harborline quote Q-88213. Tax exempt.',
    });
    const quoted = lines.map((l) => `> ${l.lineNo}  ${l.sku.padEnd(22)} ${l.description!.padEnd(30)} ${String(l.quantity).padStart(4)} ${l.unit}  @ $${fmt(l.unitPrice!)}  = $${fmt(l.amount!)}`).join('\n');
    const m = {
      from: 'glindahl@lakesidemedical.org', fromName: 'Lindahl, Greg', subject: 'RE: Quote Q-88213 - AHU filters and belts', date: '2026-02-10T11:31:02-06:00',
      messageId: '<MN2PR05MB4410.2207@MN2PR05MB4410.namprd05.prod.outlook.com>', inReplyTo: '<q88213.1770651200@harborline-supply.com>',
      text: `Approved - please process as PO 4410-2207 per your quote below. Ship to Loading Dock B, 2100 Lakeside Parkway, Madison WI 53704. We are tax exempt (certificate on file).\n\nGreg Lindahl\nFacilities Maintenance Supervisor\nLakeside Medical Center\n608-555-0158\n\nOn Mon, Feb 9, 2026 at 3:20 PM Carlos Mendez <cmendez@harborline-supply.com> wrote:\n> Hi Greg,\n>\n> As requested, here is our quotation Q-88213:\n>\n${quoted}\n>\n> Quote total: $${fmt(sub)} (freight included, tax not included)\n> Terms: Net 30. Lead time: 5-7 business days ARO. Quote valid for 30 days.\n>\n> Carlos Mendez\n> Inside Sales | Harborline Industrial Supply\n> 614-555-0110\n`,
    };
    return mailCase(m, 'c30-reply-quote-lakeside.eml', 130, [bodyDoc()], [o]);
  },
};

const c31: Case = {
  id: 'c31-forward-thameside', ext: 'eml', kind: 'email forward wrapping an order', lang: 'en', region: 'UK',
  what: 'Office manager forwards (Gmail style "---------- Forwarded message ---------") a site manager\'s internal request to us with a raised PO number, adding "by end of week please"; GBP prices, VAT 20 %, deliver to a London site; Thameside Property Services',
  async build() {
    const lines = mkLines([
      [null, 'LED GU10 lamps 5W warm white', 100, null, 1.85],
      [null, 'Emergency bulkhead light IP65 3hr', 10, null, 24.5],
      [null, 'Silicone sealant white 310ml', 48, null, 3.4],
      [null, 'Yellow 110V extension lead 14m', 4, null, 21.9],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const vat = r2(sub * 0.2);
    const o = O({
      poNumber: 'TPS-7731', orderDate: null, requestedDeliveryDate: '2026-06-12',
      buyer: { company: 'Thameside Property Services Ltd', contactName: 'Sarah Whitmore', email: 'sarah.whitmore@thamesideps.co.uk', phone: '020 7946 0321' },
      shipTo: addr('Thameside Property Services - Riverside Court site', 'Riverside Court, 12 Bankside Walk', 'London', null, 'SE1 9QT', 'GB'), billTo: null, currency: 'GBP', lines, subtotal: sub, tax: vat, shipping: null, total: r2(sub + vat),
      notes: 'Ask for Dean on site.',
      urgency: { level: 'high', reasons: ['"by end of week" in the forwarding note; Friday 2026-06-12 is 4 calendar days after receipt'] },
    });
    const m = {
      from: 'sarah.whitmore@thamesideps.co.uk', fromName: 'Sarah Whitmore', subject: 'Fwd: Riverside Court - lamps & sealant', date: '2026-06-08T09:20:15+01:00',
      messageId: '<CAG7tps7731Fw@mail.gmail.com>',
      text: `Hi Harborline,\n\nPlease see Dean's list below - I've raised PO TPS-7731 for it. Could we have it on site by end of week please? Prices as per your price list.\n\nThanks,\nSarah Whitmore\nOffice Manager | Thameside Property Services Ltd\n020 7946 0321\n\n---------- Forwarded message ---------\nFrom: Dean Carter <dean.carter@thamesideps.co.uk>\nDate: Fri, 5 Jun 2026 at 16:48\nSubject: Riverside Court - lamps & sealant\nTo: Sarah Whitmore <sarah.whitmore@thamesideps.co.uk>\n\nSarah, can you order these from Harborline for Riverside Court (12 Bankside Walk, SE1 9QT):\n\n${lines.map((l) => `${l.quantity} x ${l.description} - £${fmt(l.unitPrice!)} each`).join('\n')}\n\nThat's £${fmt(sub)} + VAT (£${fmt(vat)}) = £${fmt(r2(sub + vat))}.\nAsk them to ask for Dean on site.\n\nCheers\nDean\n`,
    };
    return mailCase(m, 'c31-forward-thameside.eml', 131, [bodyDoc()], [o]);
  },
};

const c32: Case = {
  id: 'c32-text-kaveri', ext: 'eml', kind: 'email body (plain text, table typed with spaces)', lang: 'en', region: 'IN (KA)',
  what: 'Indian English mail "Kindly supply the following within 3 business days", order typed as a space-aligned table with Rs. prices in Indian grouping (1,12,500.00), "GST 18% extra", PO No. in the body; Kaveri Agro Processing, Bengaluru',
  async build() {
    const lines = mkLines([
      ['HIS-MTR-5HP', '5 HP 3-phase induction motor, foot mount', 3, 'Nos', 37500],
      ['HIS-GBX-W50', 'Worm gearbox size 50, ratio 1:30', 3, 'Nos', 14250],
      ['HIS-CHN-12B-1', 'Roller chain 12B-1, 5 m box', 10, 'Box', 3180],
      ['HIS-SPR-12B-19', 'Sprocket 12B 19T with taper lock', 6, 'Nos', 1465],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const o = O({
      poNumber: 'KAP/2026/1142', orderDate: '2026-11-17', requestedDeliveryDate: '2026-11-20',
      buyer: { company: 'Kaveri Agro Processing Pvt. Ltd.', contactName: 'Suresh Gowda', email: 'stores@kaveriagro.co.in', phone: '+91 80 5555 0117' },
      shipTo: addr('Kaveri Agro Processing Pvt. Ltd.', 'Survey No. 84, Peenya 2nd Stage', 'Bengaluru', 'Karnataka', '560058', 'IN'), billTo: null, currency: 'INR', lines, subtotal: sub, tax: null, shipping: null, total: null,
      paymentTerms: '30 days', notes: 'GST 18% extra. Test certificates required with supply.',
      urgency: { level: 'high', reasons: ['"within 3 business days" from receipt on Tue 2026-11-17 gives 2026-11-20, 3 calendar days after receipt'] },
    });
    const tbl = lines.map((l) => `${String(l.lineNo).padEnd(4)}${l.sku!.padEnd(17)}${l.description!.padEnd(44)}${(q(l.quantity) + ' ' + l.unit).padStart(8)}${fmt(l.unitPrice!, 'in').padStart(12)}${fmt(l.amount!, 'in').padStart(14)}`).join('\n');
    const m = {
      from: 'stores@kaveriagro.co.in', fromName: 'Suresh Gowda', subject: 'Purchase Order KAP/2026/1142 - Motors and gearboxes', date: '2026-11-17T10:42:19+05:30',
      messageId: '<CAKv1142xYz@mail.gmail.com>',
      text: `Dear Sir,\n\nKindly supply the following within 3 business days against our PO No. KAP/2026/1142 dated 17.11.2026:\n\nSl  Item code        Description                                      Qty        Rate        Amount\n${tbl}\n                                                                       Total Rs. ${fmt(sub, 'in')}\n\nGST 18% extra. Payment 30 days. Test certificates required with supply.\nDelivery at: Kaveri Agro Processing Pvt. Ltd., Survey No. 84, Peenya 2nd Stage, Bengaluru - 560058.\n\nThanks and regards,\nSuresh Gowda\nStores & Purchase\nKaveri Agro Processing Pvt. Ltd.\n+91 80 5555 0117\n`,
    };
    return mailCase(m, 'c32-text-kaveri.eml', 132, [bodyDoc()], [o]);
  },
};

const c33: Case = {
  id: 'c33-asap-redmesa', ext: 'eml', kind: 'email body (plain text)', lang: 'en', region: 'US (NM)',
  what: 'Plain-text mail, subject "ASAP - conveyor parts PO 55817", a short numbered list with our part numbers and prices, "deliver Monday 5/18" (two business days after a Thursday mail); Red Mesa Aggregates, Albuquerque NM',
  async build() {
    const lines = mkLines([
      ['HIS-IDL-5-35', 'Troughing idler 5" 35 deg CEMA C, 36" belt', 6, 'EA', 164.0],
      ['HIS-IDL-RTN-36', 'Return idler 36" CEMA C', 4, 'EA', 98.5],
      ['HIS-BLT-FAST-R5', 'Belt fastener kit R5, 36"', 2, 'KT', 146.0],
      ['HIS-SCRP-PRI-36', 'Primary belt cleaner blade 36"', 2, 'EA', 212.0],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const o = O({
      poNumber: '55817', orderDate: null, requestedDeliveryDate: '2026-05-18',
      buyer: { company: 'Red Mesa Aggregates LLC', contactName: 'Luis Archuleta', email: 'larchuleta@redmesaagg.com', phone: '505-555-0186' },
      shipTo: addr('Red Mesa Aggregates LLC - Rio Puerco Pit', '9800 Pajarito Rd SW', 'Albuquerque', 'NM', '87121', 'US'), billTo: null, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
      shippingMethod: 'Your truck or best way', notes: null,
      urgency: { level: 'urgent', reasons: ['"ASAP" in the subject', 'delivery Monday 2026-05-18 is 2 business days after receipt on Thursday 2026-05-14'] },
    });
    const m = {
      from: 'larchuleta@redmesaagg.com', fromName: 'Luis Archuleta', subject: 'ASAP - conveyor parts PO 55817', date: '2026-05-14T15:10:33-06:00',
      messageId: '<55817.larchuleta.1778793033@redmesaagg.com>', mailer: 'Apple Mail (2.3774.600.62)',
      text: `Need these ASAP, main conveyor at the Rio Puerco pit is limping along.\n\nPO 55817\n${lines.map((l) => `${l.lineNo}) ${l.quantity} ${l.unit} ${l.sku} - ${l.description} - $${fmt(l.unitPrice!)} ea`).join('\n')}\n\nTotal $${fmt(sub)}\n\nPlease deliver Monday 5/18 to 9800 Pajarito Rd SW, Albuquerque NM 87121. Your truck or best way.\n\nLuis Archuleta\nPlant Superintendent, Red Mesa Aggregates LLC\n505-555-0186\n`,
    };
    return mailCase(m, 'c33-asap-redmesa.eml', 133, [bodyDoc()], [o]);
  },
};

const c34: Case = {
  id: 'c34-html-claes', ext: 'eml', kind: 'email body (HTML, Dutch)', lang: 'nl', region: 'BE',
  what: 'Bestelbon in een HTML-mail (Vlaams Nederlands), tabel Artikel / Omschrijving / Aantal / Eenheid / Prijs / Totaal, bedragen 1.234,56 EUR, BTW 21 %, leverdatum 13/11/2026; Verpakkingen Claes, Antwerpen',
  async build() {
    const lines = mkLines([
      ['VC-KRT-40', 'Verzenddoos dubbele golf 400x300x300', 500, 'ST', 1.12],
      ['VC-TAPE-PP50', 'Verpakkingstape PP 50 mm x 66 m bruin', 144, 'ROL', 1.35],
      ['VC-NOP-100', 'Noppenfolie 100 cm x 100 m', 8, 'ROL', 27.6],
      ['VC-PAL-EUR', 'Palletwikkelfolie 23 my, 500 mm', 24, 'ROL', 14.9],
    ], false);
    const t = totals(lines, { taxRate: 0.21 });
    const o = O({
      poNumber: 'BB-26-3310', orderDate: '2026-10-21', requestedDeliveryDate: '2026-11-13',
      buyer: { company: 'Verpakkingen Claes NV', contactName: 'Els Janssens', email: 'aankoop@claes-verpakkingen.be', phone: '+32 3 555 01 74' },
      shipTo: addr('Verpakkingen Claes NV', 'Noorderlaan 133', 'Antwerpen', null, '2030', 'BE'), billTo: null, currency: 'EUR', lines, ...t, paymentTerms: '30 dagen einde maand', notes: null,
    });
    const e = (n: number) => fmt(n, 'eu');
    const html = `<html><body style="font-family:Verdana;font-size:10pt"><p>Goeiedag,</p><p>Hierbij onze bestelbon <b>BB-26-3310</b> van 21/10/2026.</p>
<table border="1" style="border-collapse:collapse" cellpadding="3"><tr><td><b>Artikel</b></td><td><b>Omschrijving</b></td><td><b>Aantal</b></td><td><b>Eenheid</b></td><td><b>Prijs</b></td><td><b>Totaal</b></td></tr>
${lines.map((l) => `<tr><td>${l.sku}</td><td>${l.description}</td><td align="right">${q(l.quantity, 'eu')}</td><td>${l.unit!.toLowerCase()}</td><td align="right">${e(l.unitPrice!)}</td><td align="right">${e(l.amount!)}</td></tr>`).join('\n')}
</table><p>Totaal excl. BTW: ${e(t.subtotal)} EUR<br>BTW 21%: ${e(t.tax!)} EUR<br><b>Totaal incl. BTW: ${e(t.total)} EUR</b></p>
<p>Leverdatum: 13/11/2026<br>Leveradres: Verpakkingen Claes NV, Noorderlaan 133, 2030 Antwerpen<br>Betaling: 30 dagen einde maand</p>
<p>Met vriendelijke groeten,<br>Els Janssens<br>Aankoop - Verpakkingen Claes NV<br>+32 3 555 01 74</p></body></html>`;
    const m = { from: 'aankoop@claes-verpakkingen.be', fromName: 'Els Janssens', subject: 'Bestelbon BB-26-3310', date: '2026-10-21T14:25:51+02:00', messageId: '<AM0PR07MB3310CL@AM0PR07MB3310.eurprd07.prod.outlook.com>', html };
    return mailCase(m, 'c34-html-claes.eml', 134, [bodyDoc(true)], [o]);
  },
};

const c35: Case = {
  id: 'c35-two-pos-keystone', ext: 'eml', kind: 'email + 2 PDFs (Sage Intacct), two orders', lang: 'en', region: 'US (PA)',
  what: 'One mail carrying two purchase orders as two PDF attachments (one per warehouse: Harrisburg and Allentown), same buyer, different PO numbers, ship-to addresses and lines; Keystone Cold Storage, PA',
  async build() {
    const mk = async (po: string, city: string, street: string, zip: string, ls: any[], date: string) => {
      const lines = mkLines(ls, true);
      const t = totals(lines, { shipping: 0 });
      const ship = addr(`Keystone Cold Storage - ${city} DC`, street, city, 'PA', zip, 'US');
      const o = O({
        poNumber: po, orderDate: '2026-01-08', requestedDeliveryDate: date,
        buyer: { company: 'Keystone Cold Storage Inc.', contactName: 'Brian Kessler', email: 'bkessler@keystonecold.com', phone: '717-555-0107' },
        shipTo: ship, billTo: addr('Keystone Cold Storage Inc.', '500 Industrial Rd', 'Harrisburg', 'PA', '17110', 'US'), currency: 'USD', lines, subtotal: t.subtotal, tax: null, shipping: 0, total: t.total,
        paymentTerms: 'Net 30', shippingMethod: 'Prepaid', notes: 'Freezer-rated items; deliver to receiving office.',
      });
      const spec = {
        letterhead: ['Keystone Cold Storage Inc.', '500 Industrial Rd', 'Harrisburg, PA 17110'],
        title: 'Purchase Order', accent: '#00507a',
        fields: [['Document number', po], ['Date', '01/08/2026'], ['Date due', date.slice(5, 7) + '/' + date.slice(8) + '/' + date.slice(0, 4)], ['Vendor ID', 'V-HARB'], ['Terms', 'Net 30'], ['Ship via', 'Prepaid']] as [string, string][],
        blocks: [{ h: 'Vendor', lines: VENDOR_US }, { h: 'Ship to', lines: addrLines(ship) }, { h: 'Bill to', lines: ['Keystone Cold Storage Inc.', '500 Industrial Rd', 'Harrisburg PA 17110'] }],
        cols: [
          { h: 'Line', w: 4, v: (l: Line) => String(l.lineNo) },
          { h: 'Item ID', w: 16, v: (l: Line) => l.sku! },
          { h: 'Item description', w: 38, v: (l: Line) => l.description! },
          { h: 'Qty', w: 7, a: 'r' as const, v: (l: Line) => fmt(l.quantity, 'us', 0) },
          { h: 'Unit', w: 6, v: (l: Line) => l.unit! },
          { h: 'Price', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!) },
          { h: 'Extended price', w: 12, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
        ],
        rows: lines,
        totals: [['Subtotal', fmt(t.subtotal)], ['Freight', '0.00'], ['Total', 'USD ' + fmt(t.total), true]] as [string, string, boolean?][],
        notes: [{ text: o.notes! }],
        footer: 'Page {p} of 1',
      };
      const pdf = await stdPdf(spec as any, false, { title: 'Purchase Order ' + po, author: 'Sage Intacct', creator: 'Sage Intacct', date: '2026-01-08' });
      return { o, pdf };
    };
    const a = await mk('KCS-10231', 'Harrisburg', '500 Industrial Rd', '17110', [
      ['HIS-GLV-FRZ-L', 'Insulated freezer gloves, large', 48, 'PR', 14.6],
      ['HIS-SUIT-FRZ-XL', 'Freezer suit bib overall, XL', 6, 'EA', 129.0],
      ['HIS-MAT-AF-3X5', 'Anti-fatigue mat 3 x 5 ft', 10, 'EA', 58.0],
    ], '2026-01-23');
    const b = await mk('KCS-10232', 'Allentown', '7355 Airport Rd', '18109', [
      ['HIS-GLV-FRZ-L', 'Insulated freezer gloves, large', 24, 'PR', 14.6],
      ['HIS-LBL-FRZ-4X6', 'Freezer-grade thermal labels 4x6, roll/1000', 40, 'RL', 22.5],
      ['HIS-STRIP-PVC-8', 'PVC strip door curtain 8" x 10 ft, polar', 30, 'EA', 31.75],
      ['HIS-HTR-DOOR-12', 'Door frame heater cable 12 ft', 4, 'EA', 88.0],
    ], '2026-01-26');
    const m = {
      from: 'bkessler@keystonecold.com', fromName: 'Brian Kessler', subject: 'POs KCS-10231 and KCS-10232', date: '2026-01-09T08:55:20-05:00',
      messageId: '<BY5PR14MB10231@BY5PR14MB1023.namprd14.prod.outlook.com>',
      text: 'Good morning,\n\nTwo POs attached - KCS-10231 for Harrisburg and KCS-10232 for Allentown. Please ship each to its own DC and invoice separately.\n\nThanks,\nBrian Kessler\nPurchasing Manager\nKeystone Cold Storage Inc.\n717-555-0107\n',
      attachments: [{ name: 'PO_KCS-10231.pdf', type: PDF, data: a.pdf.buf }, { name: 'PO_KCS-10232.pdf', type: PDF, data: b.pdf.buf }],
    };
    return mailCase(m, 'c35-two-pos-keystone.eml', 135, [bodyDoc(), { name: 'PO_KCS-10231.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }, { name: 'PO_KCS-10232.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }], [a.o, b.o]);
  },
};

const c36: Case = {
  id: 'c36-norush-bowriver', ext: 'eml', kind: 'email body (plain text)', lang: 'en', region: 'CA (AB)',
  what: 'Friendly plain-text mail with a dash list of items and prices in CAD, "No rush on this one - anytime in the next couple of weeks is fine", PO number in the text; Bow River Brewing, Calgary AB',
  async build() {
    const lines = mkLines([
      ['HIS-CLMP-TC-15', '1.5" tri-clamp, heavy duty', 20, null, 8.4],
      ['HIS-GSK-TC-15-EP', '1.5" tri-clamp gasket EPDM', 50, null, 0.85],
      ['HIS-HOSE-FG-15', '1.5" food-grade hose, per ft', 60, 'FT', 9.2],
      ['HIS-PAA-20L', 'Peracetic acid sanitizer 20 L', 3, null, 96.0],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const gst = r2(sub * 0.05);
    const o = O({
      poNumber: 'BRB-0419', orderDate: null, requestedDeliveryDate: null,
      buyer: { company: 'Bow River Brewing Co.', contactName: 'Megan Fraser', email: 'megan@bowriverbrewing.ca', phone: '403-555-0112' },
      shipTo: addr('Bow River Brewing Co.', '4210 9 St SE', 'Calgary', 'AB', 'T2G 3C6', 'CA'), billTo: null, currency: 'CAD', lines, subtotal: sub, tax: gst, shipping: null, total: r2(sub + gst),
      notes: 'No rush on this one - anytime in the next couple of weeks is fine.',
      urgency: { level: 'normal', reasons: ['"No rush" is negated; no delivery date'] },
    });
    const m = {
      from: 'megan@bowriverbrewing.ca', fromName: 'Megan Fraser', subject: 'Cellar restock - PO BRB-0419', date: '2026-04-01T11:48:09-06:00',
      messageId: '<CAMf0419brb@mail.gmail.com>',
      text: `Hi folks,\n\nCould you put together the following for us on PO BRB-0419:\n\n${lines.map((l) => `- ${l.sku}  ${l.description} x ${l.quantity}${l.unit === 'FT' ? ' ft' : ''} @ $${fmt(l.unitPrice!)}`).join('\n')}\n\nSubtotal $${fmt(sub)} + GST $${fmt(gst)} = $${fmt(r2(sub + gst))} CAD.\n\nNo rush on this one - anytime in the next couple of weeks is fine. Ship to the brewery, 4210 9 St SE, Calgary AB T2G 3C6.\n\nCheers,\nMegan Fraser\nHead Brewer, Bow River Brewing Co.\n403-555-0112\n`,
    };
    return mailCase(m, 'c36-norush-bowriver.eml', 136, [bodyDoc()], [o]);
  },
};

const c37: Case = {
  id: 'c37-html-alba', ext: 'eml', kind: 'email body (HTML, Spanish)', lang: 'es', region: 'ES',
  what: 'Pedido en el cuerpo HTML de un correo de una constructora valenciana, «PEDIDO PRIORITARIO», tabla Código / Concepto / Uds. / Precio / Importe con 1.234,56 €, IVA 21 %, entrega 20/02/2026 en obra; Construcciones Alba Levante, Valencia',
  async build() {
    const lines = mkLines([
      ['ANC-QU-M12', 'Anclaje químico varilla M12 x 160, caja 10', 30, 'CAJA', 38.5],
      ['CAR-RES-410', 'Cartucho de resina epoxi 410 ml', 40, 'UD', 16.9],
      ['DIS-DIA-230', 'Disco diamante 230 mm hormigón', 10, 'UD', 44.0],
      ['CAS-EN397-BL', 'Casco de seguridad EN 397 blanco', 25, 'UD', 7.6],
    ], false);
    const t = totals(lines, { taxRate: 0.21 });
    const o = O({
      poNumber: '26/0187', orderDate: '2026-02-05', requestedDeliveryDate: '2026-02-20',
      buyer: { company: 'Construcciones Alba Levante S.A.', contactName: 'Jorge Martí', email: 'jmarti@albalevante.es', phone: '+34 963 55 01 89' },
      shipTo: addr('Obra Residencial Turia - Construcciones Alba Levante', 'Avda. Pío Baroja 22', 'Valencia', 'Valencia', '46015', 'ES'), billTo: null, currency: 'EUR', lines, ...t,
      paymentTerms: 'Confirming 90 días', notes: 'Entrega en obra; avisar al encargado (Paco) 1 hora antes.',
      urgency: { level: 'high', reasons: ['"PEDIDO PRIORITARIO" (priority) in the body; delivery 2026-02-20 is 15 days out'] },
    });
    const e = (n: number) => fmt(n, 'eu') + ' €';
    const html = `<html><body style="font-family:Arial;font-size:10pt"><p>Buenos días:</p><p><b>PEDIDO PRIORITARIO</b> – nº 26/0187 (05/02/2026)</p>
<table border="1" cellspacing="0" cellpadding="3"><tr style="background:#eee"><th>Código</th><th>Concepto</th><th>Uds.</th><th>Precio</th><th>Importe</th></tr>
${lines.map((l) => `<tr><td>${l.sku}</td><td>${l.description}</td><td align="right">${l.quantity} ${l.unit === 'CAJA' ? 'cajas' : 'ud'}</td><td align="right">${e(l.unitPrice!)}</td><td align="right">${e(l.amount!)}</td></tr>`).join('\n')}
<tr><td colspan="4" align="right">Base imponible</td><td align="right">${e(t.subtotal)}</td></tr>
<tr><td colspan="4" align="right">IVA 21%</td><td align="right">${e(t.tax!)}</td></tr>
<tr><td colspan="4" align="right"><b>TOTAL</b></td><td align="right"><b>${e(t.total)}</b></td></tr></table>
<p>Entrega: 20/02/2026 en obra Residencial Turia, Avda. Pío Baroja 22, 46015 Valencia. Avisar al encargado (Paco) 1 hora antes.<br>Forma de pago: confirming 90 días.</p>
<p>Un saludo,<br>Jorge Martí<br>Dpto. Compras – Construcciones Alba Levante S.A.<br>Tel. +34 963 55 01 89</p></body></html>`;
    lines.forEach((l) => (l.unit = l.unit === 'CAJA' ? 'CAJAS' : 'UD'));
    const m = { from: 'jmarti@albalevante.es', fromName: 'Jorge Martí', subject: 'Pedido 26/0187 - Residencial Turia', date: '2026-02-05T09:03:27+01:00', messageId: '<PA4PR08MB0187AL@PA4PR08MB0187.eurprd08.prod.outlook.com>', html };
    return mailCase(m, 'c37-html-alba.eml', 137, [bodyDoc(true)], [o]);
  },
};

export const MAIL_CASES: Case[] = [c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37];
