// The 2 spreadsheet orders: .xlsx with a logo-title row and a (wrong) totals row; quoted .csv.
import ExcelJS from 'exceljs';
import { type Case, type Row, XLSX, addr, bodyDoc, buyer, fixZipTimes, mkLines, order, sumLines, urgency, us } from './lib.ts';

const FIXED = new Date(Date.UTC(2026, 3, 14, 21, 0, 0));

async function s1(): Promise<Case> {
  const date = 'Tue, 14 Apr 2026 16:20:00 -0600';
  const rows: Row[] = [
    ['BLT-5V-1120', 'Banded V-belt 5V1120', 6, 'EA', 38.2],
    ['BRG-UCF211-32', 'Flange bearing UCF211-32, 2" bore', 4, 'EA', 54.75],
    ['CHN-80-10', 'Roller chain #80, 10 ft box', 3, 'BOX', 96.4],
    ['SPK-80B18-11516', 'Sprocket 80B18, 1-15/16" bore', 2, 'EA', 71.5],
    ['GRS-EP2-35', 'EP2 lithium grease, 35 lb pail', 2, 'PL', 84.9],
    ['FLT-HYD-P164378', 'Hydraulic filter P164378', 8, 'EA', 23.15],
  ];
  const lines = mkLines(rows);
  const sum = sumLines(lines); // 1235.40
  const printedTotal = 1050.2; // typed before line 6 was added: deliberately wrong
  if (sum !== 1235.4) throw new Error(`s1 sum ${sum}`);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wes Lindgren';
  wb.lastModifiedBy = 'Wes Lindgren';
  wb.created = FIXED;
  wb.modified = FIXED;
  const ws = wb.addWorksheet('PO');
  ws.columns = [{ width: 7 }, { width: 20 }, { width: 38 }, { width: 8 }, { width: 8 }, { width: 12 }, { width: 14 }];
  ws.mergeCells('A1:G1');
  const title = ws.getCell('A1');
  title.value = 'BIG SKY GRAIN COOPERATIVE';
  title.font = { name: 'Arial Black', size: 18, bold: true, color: { argb: 'FFFFFFFF' } };
  title.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2E6B30' } };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 34;
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value = 'Purchase Order  -  "Growing together since 1931"';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF2E6B30' } };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  const kv = (r: number, k: string, v: ExcelJS.CellValue, k2?: string, v2?: ExcelJS.CellValue) => {
    ws.getCell(`A${r}`).value = k;
    ws.getCell(`A${r}`).font = { bold: true };
    ws.getCell(`B${r}`).value = v;
    if (k2) {
      ws.getCell(`E${r}`).value = k2;
      ws.getCell(`E${r}`).font = { bold: true };
      ws.getCell(`F${r}`).value = v2 ?? null;
    }
  };
  kv(4, 'PO Number:', 'BSG-2026-0415', 'Date:', new Date(Date.UTC(2026, 3, 14)));
  kv(5, 'Vendor:', 'Northwind Industrial Supply', 'Need By:', new Date(Date.UTC(2026, 4, 15)));
  kv(6, 'Ship To:', 'Big Sky Grain Cooperative - Vaughn Elevator, 200 Railroad Ave, Vaughn, MT 59487', 'Terms:', 'Net 30');
  kv(7, 'Bill To:', 'Big Sky Grain Cooperative, PO Box 2281, Great Falls, MT 59403');
  kv(8, 'Contact:', 'Wes Lindgren  (406) 555-0112  wes@bigskygrain.example');
  ws.getCell('F4').numFmt = 'mm/dd/yyyy';
  ws.getCell('F5').numFmt = 'mm/dd/yyyy';
  const head = ws.getRow(10);
  head.values = ['Line', 'Part #', 'Description', 'Qty', 'UOM', 'Unit Cost', 'Extended'];
  head.font = { bold: true };
  head.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } }; c.border = { bottom: { style: 'thin' } }; });
  rows.forEach((r, i) => {
    const n = 11 + i;
    const x = ws.getRow(n);
    x.values = [i + 1, r[0], r[1], r[2], r[3], r[4], { formula: `D${n}*F${n}`, result: lines[i].amount! }];
    x.getCell(6).numFmt = '$#,##0.00';
    x.getCell(7).numFmt = '$#,##0.00';
  });
  const t = ws.getRow(18);
  t.getCell(6).value = 'TOTAL';
  t.getCell(6).font = { bold: true };
  t.getCell(7).value = printedTotal;
  t.getCell(7).numFmt = '$#,##0.00';
  t.getCell(7).font = { bold: true };
  t.getCell(7).border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  ws.getCell('A20').value = 'Please confirm ship date. Elevator receiving Mon-Fri 7-4, call ahead (406) 555-0131.';
  const buf = fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));

  const name = 'BSG_PO_2026-0415.xlsx';
  return {
    file: 'h3-xlsx-en-20.eml',
    mail: {
      from: 'Wes Lindgren <wes@bigskygrain.example>', subject: 'Spring maintenance order', date, messageId: '<BSG-0415-wl-1776205200@bigskygrain.example>',
      text: 'Hi,\n\nOur spring maintenance order is attached (spreadsheet). PO # is on the sheet.\n\nThanks,\nWes\n',
      attachments: [{ filename: name, content: buf, contentType: XLSX }],
    },
    documents: [bodyDoc(), { name, mediaType: XLSX, method: 'spreadsheet', pages: null }],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'BSG-2026-0415', orderDate: '2026-04-14', requestedDeliveryDate: '2026-05-15',
      buyer: buyer('Big Sky Grain Cooperative', 'Wes Lindgren', 'wes@bigskygrain.example', '(406) 555-0112'),
      shipTo: addr('Big Sky Grain Cooperative - Vaughn Elevator', '200 Railroad Ave', 'Vaughn', 'MT', '59487', 'US'),
      billTo: addr('Big Sky Grain Cooperative', 'PO Box 2281', 'Great Falls', 'MT', '59403', 'US'),
      currency: 'USD', lines, subtotal: printedTotal, total: printedTotal, paymentTerms: 'Net 30',
      urgency: urgency(date, { requested: '2026-05-15', expect: 'normal' }),
      needsReview: true,
      reviewReasons: [`line amounts add up to ${us(sum)} but the TOTAL row says ${us(printedTotal)} (line 6, ${us(lines[5].amount!)}, seems added after the total was typed)`],
    })],
    labelNotes: [
      'xlsx: row 1 is a merged logo-title row (company name), row 2 a slogan; header fields as label/value cells; dates are real date cells (mm/dd/yyyy)',
      'Extended column = formulas with cached results; the TOTAL row is a typed number',
      `DELIBERATELY WRONG TOTAL: lines sum to ${us(sum)}, TOTAL row says ${us(printedTotal)} -> subtotal = total as printed, needsReview true`,
      'ship-to / bill-to each in one cell, comma separated; $ format with US address -> USD; urgency normal (31 days)',
    ],
  };
}

async function s2(): Promise<Case> {
  const date = 'Fri, 24 Apr 2026 15:35:00 -0400';
  const rows: Row[] = [
    ['HUM-NZL-05', 'Humidifier nozzle 0.5 mm stainless', 24, 'EA', 7.85],
    ['FLT-HEPA-24', 'HEPA filter 24x24x11.5', 2, 'EA', 212],
    ['SNS-RH-420', 'Humidity sensor 4-20 mA, duct mount', 3, 'EA', 118.6],
    ['FAN-BLT-A38', 'Fan belt A38', 6, 'EA', 9.1],
  ];
  const lines = mkLines(rows);
  const total = sumLines(lines);
  const shipTo = 'Alder Creek Mushroom Farms, 610 W Cypress St, Kennett Square, PA 19348';
  const q = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
  const csv = [
    q(['PO Number', 'PO Date', 'Line', 'Item', 'Description', 'Qty', 'UOM', 'Unit Price', 'Amount', 'Need By', 'Ship To']),
    ...rows.map((r, i) => q(['ACF-0912', '04/24/2026', String(i + 1), r[0]!, r[1], String(r[2]), r[3]!, r[4]!.toFixed(2), lines[i].amount!.toFixed(2), '04/27/2026', shipTo])),
    q(['', '', '', '', 'TOTAL', '', '', '', total.toFixed(2), '', '']),
  ].join('\r\n') + '\r\n';
  const name = 'ACF-0912.csv';
  return {
    file: 'h3-csv-en-21.eml',
    mail: {
      from: 'Hannah Yoder <hyoder@aldercreekfarms.example>', subject: 'PO ACF-0912', date, messageId: '<ACF0912.hy.20260424@aldercreekfarms.example>',
      text: 'Hi,\n\nOrder attached as CSV from our system. We need this delivered Monday 4/27 - sorry for the short notice.\n\nThanks,\nHannah Yoder\nAlder Creek Mushroom Farms LLC\n(610) 555-0157\n',
      attachments: [{ filename: name, content: csv, contentType: 'text/csv' }],
    },
    documents: [bodyDoc(), { name, mediaType: 'text/csv', method: 'spreadsheet', pages: null }],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'ACF-0912', orderDate: '2026-04-24', requestedDeliveryDate: '2026-04-27',
      buyer: buyer('Alder Creek Mushroom Farms LLC', 'Hannah Yoder', 'hyoder@aldercreekfarms.example', '(610) 555-0157'),
      shipTo: addr('Alder Creek Mushroom Farms', '610 W Cypress St', 'Kennett Square', 'PA', '19348', 'US'),
      currency: 'USD', lines, subtotal: total, total,
      urgency: urgency(date, { words: [{ level: 'normal', reason: '"sorry for the short notice" is not an urgency word' }], requested: '2026-04-27', expect: 'urgent' }),
    })],
    labelNotes: [
      'CSV exported with quotes around EVERY field (also numbers), CRLF line ends; PO header fields repeated on each row; last row is a TOTAL row, not an item',
      'no currency written; US address -> USD',
      'urgency urgent BY DATE OVER A WEEKEND: mail Fri 24 Apr, need-by Mon 27 Apr = 3 calendar days but only 1 business day',
    ],
  };
}

export const sheetCases = [s1, s2];
