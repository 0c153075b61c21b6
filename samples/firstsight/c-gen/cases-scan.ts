// Scans: fax TIFFs, image-only PDFs, phone photos and low-resolution JPEG scans, drawn from a layout and degraded.
import { addr, mkLines, fmt, q, r2, Layout, Line, faxTiff, scanJpeg, phonePhoto, imagePdf } from './lib.ts';
import { renderStd, renderMono, pad, lpad, Std } from './docs.ts';
import { Case, O, totals, mailCase, bodyDoc, PDF, fileSource, truthOf, VENDOR_US, VENDOR_CA, addrLines } from './common.ts';

const layout = (spec: Std, a4 = false) => { const L = a4 ? Layout.A4() : new Layout(); renderStd(L, spec); return L; };

const c38: Case = {
  id: 'c38-fax-deltamarine', ext: 'tif', kind: 'fax TIFF (1-bit, G4)', lang: 'en', region: 'US (LA)',
  what: 'Faxed purchase order, 1-bit CCITT G4 TIFF at fax resolution with a fax header line, speckle, streaks and a slight skew; printed form with Qty / Part No. / Description / Unit Price / Amount; Delta Marine Repair, Houma LA',
  async build() {
    const lines = mkLines([
      ['HIS-ZN-AN-12', 'Zinc anode, hull, 12 lb weld-on', 10, 'EA', 48.5],
      ['HIS-SS-SH-3/8', 'Shackle 3/8" 316 SS', 40, 'EA', 6.75],
      ['HIS-ROPE-NY-5/8', 'Nylon 3-strand rope 5/8" x 600 ft', 2, 'RL', 289.0],
      ['HIS-PNT-AF-GAL', 'Antifouling bottom paint, red, gallon', 12, 'GAL', 118.0],
      ['HIS-BRUSH-4', 'Chip brush 4", box of 36', 3, 'BX', 27.9],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('Delta Marine Repair LLC', '1150 Industrial Blvd', 'Houma', 'LA', '70363', 'US');
    const o = O({
      poNumber: 'DMR-3318', orderDate: '2026-05-20', requestedDeliveryDate: '2026-06-05',
      buyer: { company: 'Delta Marine Repair LLC', contactName: 'Jolene Guidry', email: null, phone: '985-555-0199' },
      shipTo: ship, billTo: ship, currency: 'USD', lines, subtotal: sub, tax: null, shipping: null, total: sub,
      paymentTerms: 'Net 30', shippingMethod: 'Southeastern Freight', notes: null,
    });
    const L = layout({
      letterhead: ['DELTA MARINE REPAIR LLC', '1150 Industrial Blvd, Houma, LA 70363', 'Phone 985-555-0199   Fax 985-555-0198'],
      title: 'PURCHASE ORDER', accent: '#000000', grid: true, size: 10,
      fields: [['P.O. No.', 'DMR-3318'], ['Date', '05/20/2026'], ['Required', '06/05/2026'], ['Terms', 'Net 30'], ['Ship Via', 'Southeastern Freight'], ['Ordered By', 'Jolene Guidry']], fieldsBox: true,
      blocks: [{ h: 'TO', lines: VENDOR_US }, { h: 'SHIP TO / BILL TO', lines: addrLines(ship) }],
      cols: [
        { h: 'QTY', w: 6, a: 'r', v: (l) => q(l.quantity) },
        { h: 'UNIT', w: 6, v: (l) => l.unit! },
        { h: 'PART NO.', w: 16, v: (l) => l.sku! },
        { h: 'DESCRIPTION', w: 38, v: (l) => l.description! },
        { h: 'UNIT PRICE', w: 10, a: 'r', v: (l) => fmt(l.unitPrice!) },
        { h: 'AMOUNT', w: 11, a: 'r', v: (l) => fmt(l.amount!) },
      ],
      rows: lines, totals: [['TOTAL', '$' + fmt(sub), true]],
      notes: [{ text: 'Please confirm by fax or phone. Mark all boxes with PO number.' }],
    });
    const buf = await faxTiff(L, { seed: 38, angle: 0.8, header: 'MAY-20-2026 10:14   FROM: DELTA MARINE REPAIR   985 555 0198      TO: 16145550111      P.001/001' });
    return { files: [['c38-fax-deltamarine.tif', buf]], truth: truthOf(fileSource('c38-fax-deltamarine.tif', 'image/tiff', 'ocr', 1), [o]) };
  },
};

const c39: Case = {
  id: 'c39-fax-refaccionaria', ext: 'tif', kind: 'fax TIFF (1-bit, G4, Spanish)', lang: 'es', region: 'MX',
  what: 'Orden de compra enviada por fax (TIFF 1 bit G4, encabezado de fax, ruido, inclinación), sello «URGENTE - PARO DE LÍNEA», fecha 08/09/2026, precios en MXN con IVA 16 %; Refaccionaria Industrial del Norte, Chihuahua',
  async build() {
    const lines = mkLines([
      ['6203-2RS', 'Balero 6203-2RS', 50, 'PZA', 38.0],
      ['B-52', 'Banda en V B-52', 20, 'PZA', 164.0],
      ['RET-35-52-7', 'Retén 35 x 52 x 7', 30, 'PZA', 29.5],
      ['GRASA-EP2-16', 'Grasa EP2 cubeta 16 kg', 4, 'CUBETA', 1380.0],
    ], true);
    const t = totals(lines, { taxRate: 0.16 });
    const ship = addr('Refaccionaria Industrial del Norte S.A. de C.V.', 'Av. Tecnológico 7120, Col. Industrial', 'Chihuahua', 'Chih.', '31160', 'MX');
    const o = O({
      poNumber: '4587', orderDate: '2026-09-08', requestedDeliveryDate: null,
      buyer: { company: 'Refaccionaria Industrial del Norte S.A. de C.V.', contactName: 'Raúl Chávez', email: null, phone: '614 555 0140' },
      shipTo: ship, billTo: null, currency: 'MXN', lines, ...t,
      paymentTerms: 'Contado', shippingMethod: null, notes: 'URGENTE - PARO DE LÍNEA. Entrega inmediata.',
      urgency: { level: 'urgent', reasons: ['"URGENTE - PARO DE LÍNEA" (urgent, line down) stamped on the order; "Entrega inmediata"'] },
    });
    const L = layout({
      letterhead: ['REFACCIONARIA INDUSTRIAL DEL NORTE S.A. DE C.V.', 'Av. Tecnológico 7120, Col. Industrial, Chihuahua, Chih. C.P. 31160', 'Tel. 614 555 0140'],
      title: 'ORDEN DE COMPRA', accent: '#000000', grid: true, size: 10,
      fields: [['Folio', '4587'], ['Fecha', '08/09/2026'], ['Entrega', 'INMEDIATA'], ['Pago', 'Contado'], ['Solicita', 'Raúl Chávez']], fieldsBox: true,
      blocks: [{ h: 'PROVEEDOR', lines: ['Harborline Industrial Supply', 'Columbus, OH, EUA'] }, { h: 'ENTREGAR EN', lines: ['Av. Tecnológico 7120', 'Col. Industrial', 'Chihuahua, Chih. 31160'] }],
      pre: ['*** URGENTE - PARO DE LÍNEA ***'],
      cols: [
        { h: 'PDA', w: 5, v: (l) => String(l.lineNo) },
        { h: 'CANT.', w: 7, a: 'r', v: (l) => q(l.quantity) },
        { h: 'UNIDAD', w: 8, v: (l) => l.unit! },
        { h: 'No. PARTE', w: 13, v: (l) => l.sku! },
        { h: 'DESCRIPCIÓN', w: 32, v: (l) => l.description! },
        { h: 'P. UNIT.', w: 10, a: 'r', v: (l) => '$' + fmt(l.unitPrice!) },
        { h: 'IMPORTE', w: 11, a: 'r', v: (l) => '$' + fmt(l.amount!) },
      ],
      rows: lines, totals: [['SUBTOTAL', '$' + fmt(t.subtotal)], ['IVA 16%', '$' + fmt(t.tax!)], ['TOTAL', '$' + fmt(t.total), true]],
      notes: [{ text: 'URGENTE - PARO DE LÍNEA. Entrega inmediata.', size: 13, bold: true }],
    });
    const buf = await faxTiff(L, { seed: 39, angle: -1.3, speckle: 0.003, header: '08/09/2026 09:02  REFACC IND DEL NORTE  6145550141   PAG. 01' });
    return { files: [['c39-fax-refaccionaria.tif', buf]], truth: truthOf(fileSource('c39-fax-refaccionaria.tif', 'image/tiff', 'ocr', 1), [o]) };
  },
};

const c40: Case = {
  id: 'c40-scanpdf-pinecrest', ext: 'pdf', kind: 'image-only PDF (scan)', lang: 'en', region: 'US (NC)',
  what: 'Scanned paper purchase order as an image-only PDF (grayscale 150 dpi JPEG, slight skew, scanner noise), QuickBooks-style form with Item / Description / Qty / U/M / Rate / Amount and sales tax 7 %; Pinecrest Manufacturing, Hickory NC',
  async build() {
    const lines = mkLines([
      ['SAND-DISC-5-120', 'Hook & loop sanding disc 5" 8-hole P120, box/100', 20, 'BX', 24.6],
      ['SAND-DISC-5-220', 'Hook & loop sanding disc 5" 8-hole P220, box/100', 20, 'BX', 24.6],
      ['TACK-CLOTH', 'Tack cloth 18x36, pkg/12', 15, 'PK', 9.8],
      ['MASK-TAPE-2', 'Masking tape 2" x 60 yd', 96, 'RL', 3.15],
      ['RESP-6200-M', 'Half facepiece respirator, medium', 10, 'EA', 24.0],
    ], false);
    const t = totals(lines, { taxRate: 0.07 });
    const ship = addr('Pinecrest Manufacturing Co.', '2450 Highland Ave NE', 'Hickory', 'NC', '28601', 'US');
    const o = O({
      poNumber: '10882', orderDate: '2026-11-02', requestedDeliveryDate: '2026-11-16',
      buyer: { company: 'Pinecrest Manufacturing Co.', contactName: 'Wade Pruitt', email: null, phone: '828-555-0120' },
      shipTo: ship, billTo: ship, currency: 'USD', lines, ...t,
      paymentTerms: 'Net 30', shippingMethod: 'UPS Ground', notes: null,
    });
    const L = layout({
      letterhead: ['Pinecrest Manufacturing Co.', '2450 Highland Ave NE', 'Hickory, NC 28601', '828-555-0120'],
      title: 'Purchase Order', accent: '#ffffff', headText: '#000000', grid: true, size: 9.5,
      fields: [['Date', '11/2/2026'], ['P.O. No.', '10882'], ['Expected', '11/16/2026'], ['Terms', 'Net 30'], ['Ship Via', 'UPS Ground'], ['Buyer', 'Wade Pruitt']], fieldsBox: true,
      blocks: [{ h: 'Vendor', lines: VENDOR_US }, { h: 'Ship To', lines: addrLines(ship) }],
      cols: [
        { h: 'Item', w: 16, v: (l) => l.sku! },
        { h: 'Description', w: 40, v: (l) => l.description! },
        { h: 'Qty', w: 6, a: 'r', v: (l) => q(l.quantity) },
        { h: 'U/M', w: 5, v: (l) => l.unit! },
        { h: 'Rate', w: 9, a: 'r', v: (l) => fmt(l.unitPrice!) },
        { h: 'Amount', w: 11, a: 'r', v: (l) => fmt(l.amount!) },
      ],
      rows: lines, totals: [['Subtotal', fmt(t.subtotal)], ['Sales Tax (7.0%)', fmt(t.tax!)], ['Total', '$' + fmt(t.total), true]],
      signature: ['Authorized Signature'],
    });
    const jpg = await scanJpeg(L, 0, { seed: 40, angle: 0.6, dpi: 150, quality: 55, noise: 10, blur: 0.6 });
    const buf = await imagePdf([jpg], 612, 792, { title: 'Scan', creator: 'Canon iR-ADV C5535 PDF', date: '2026-11-02' });
    return { files: [['c40-scanpdf-pinecrest.pdf', buf]], truth: truthOf(fileSource('c40-scanpdf-pinecrest.pdf', PDF, 'ocr', 1), [o]) };
  },
};

const c41: Case = {
  id: 'c41-scanpdf-krueger', ext: 'eml', kind: 'email + image-only PDF (scan, German)', lang: 'de', region: 'DE',
  what: 'Kurze Mail „Anbei unsere Bestellung als Scan“ mit einer eingescannten Bestellung als Bild-PDF (Pos. / Artikel-Nr. / Bezeichnung / Menge / Einheit / E-Preis / G-Preis, Stk, 1.234,56 €, MwSt 19 %, Liefertermin 24.07.2026, Stempel und Unterschrift); Metallbau Krüger, Kassel',
  async build() {
    const lines = mkLines([
      ['HIS-SCHW-E6013-3,2', 'Schweißelektroden E 6013 Ø 3,2 mm, Paket 5 kg', 10, 'Pak', 34.8],
      ['HIS-TS-125-1,0', 'Trennscheibe 125 x 1,0 mm INOX', 200, 'Stk', 1.45],
      ['HIS-FS-125-K80', 'Fächerschleifscheibe 125 mm K80', 50, 'Stk', 3.9],
      ['HIS-BOHR-HSS-8,5', 'HSS-Co Spiralbohrer Ø 8,5 mm', 20, 'Stk', 4.7],
      ['HIS-SPR-ZINK-400', 'Zinkspray 400 ml', 24, 'Dose', 7.95],
    ], true);
    const t = totals(lines, { taxRate: 0.19 });
    const ship = addr('Metallbau Krüger GmbH & Co. KG', 'Sandershäuser Straße 40', 'Kassel', null, '34123', 'DE');
    const o = O({
      poNumber: '2026-0815', orderDate: '2026-07-03', requestedDeliveryDate: '2026-07-24',
      buyer: { company: 'Metallbau Krüger GmbH & Co. KG', contactName: 'Thomas Krüger', email: 'info@metallbau-krueger.de', phone: '0561 555 0155' },
      shipTo: ship, billTo: ship, currency: 'EUR', lines, ...t,
      paymentTerms: '30 Tage netto', shippingMethod: null, notes: null,
    });
    const de = (n: number) => fmt(n, 'eu');
    const L = layout({
      letterhead: ['Metallbau Krüger GmbH & Co. KG', 'Sandershäuser Straße 40 · 34123 Kassel', 'Tel. 0561 555 0155 · info@metallbau-krueger.de'],
      title: 'BESTELLUNG', accent: '#ffffff', headText: '#000000', grid: true, size: 9.5,
      fields: [['Bestell-Nr.', '2026-0815'], ['Datum', '03.07.2026'], ['Liefertermin', '24.07.2026'], ['Zahlung', '30 Tage netto'], ['Besteller', 'Thomas Krüger']], fieldsBox: true,
      blocks: [{ h: 'An', lines: VENDOR_US }, { h: 'Lieferadresse', lines: ['Metallbau Krüger GmbH & Co. KG', 'Sandershäuser Straße 40', '34123 Kassel'] }],
      cols: [
        { h: 'Pos.', w: 5, v: (l) => String(l.lineNo) },
        { h: 'Artikel-Nr.', w: 18, v: (l) => l.sku! },
        { h: 'Bezeichnung', w: 36, v: (l) => l.description! },
        { h: 'Menge', w: 7, a: 'r', v: (l) => q(l.quantity, 'eu') },
        { h: 'Einheit', w: 7, v: (l) => l.unit! },
        { h: 'E-Preis €', w: 9, a: 'r', v: (l) => de(l.unitPrice!) },
        { h: 'G-Preis €', w: 10, a: 'r', v: (l) => de(l.amount!) },
      ],
      rows: lines, totals: [['Netto', de(t.subtotal) + ' €'], ['MwSt. 19 %', de(t.tax!) + ' €'], ['Gesamt', de(t.total) + ' €', true]],
      signature: ['i.A. Thomas Krüger'],
    }, true);
    const jpg = await scanJpeg(L, 0, { seed: 41, angle: -0.9, dpi: 150, quality: 55, noise: 10, blur: 0.5 });
    const buf = await imagePdf([jpg], 595.28, 841.89, { title: 'Scan_20260706_0915', creator: 'RICOH MP C3004', date: '2026-07-06' });
    const m = {
      from: 'info@metallbau-krueger.de', fromName: 'Metallbau Krüger', subject: 'Bestellung 2026-0815', date: '2026-07-06T09:18:40+02:00',
      messageId: '<3f9a1c2e-0815-41aa-9d2c-krueger@metallbau-krueger.de>',
      text: 'Guten Morgen,\n\nanbei unsere Bestellung als Scan.\n\nMit freundlichen Grüßen\nThomas Krüger\nMetallbau Krüger GmbH & Co. KG\n',
      attachments: [{ name: 'Scan_20260706_0915.pdf', type: PDF, data: buf }],
    };
    return mailCase(m, 'c41-scanpdf-krueger.eml', 141, [bodyDoc(), { name: 'Scan_20260706_0915.pdf', mediaType: PDF, method: 'ocr', pages: 1 }], [o]);
  },
};

const c42: Case = {
  id: 'c42-photo-gulfcoast', ext: 'eml', kind: 'email + phone photo JPEG', lang: 'en', region: 'US (AL)',
  what: 'Mail "Sent from my iPhone" with a phone photo (JPEG) of a printed PO form lying on a desk (rotated, sheared, uneven light, blur); EMERGENCY order, chiller down at a hospital; Gulf Coast HVAC Services, Mobile AL',
  async build() {
    const lines = mkLines([
      ['HIS-CAP-45/5-440', 'Run capacitor 45/5 MFD 440V', 6, 'EA', 14.2],
      ['HIS-CONT-2P-40A', 'Definite purpose contactor 2P 40A 24V coil', 4, 'EA', 21.5],
      ['HIS-MTR-FAN-1/2', 'Condenser fan motor 1/2 HP 1075 RPM', 2, 'EA', 186.0],
      ['HIS-REF-R410A-25', 'Refrigerant R-410A 25 lb cylinder', 3, 'EA', 242.0],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const ship = addr('Gulf Coast HVAC Services', '3301 Halls Mill Rd', 'Mobile', 'AL', '36606', 'US');
    const o = O({
      poNumber: 'GC-6612', orderDate: '2026-08-22', requestedDeliveryDate: null,
      buyer: { company: 'Gulf Coast HVAC Services', contactName: 'Darnell Hayes', email: 'dhayes@gulfcoasthvac.com', phone: '251-555-0163' },
      shipTo: ship, billTo: null, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total: sub,
      paymentTerms: 'Net 30', shippingMethod: 'Will call / same-day courier', notes: 'EMERGENCY - chiller down at Providence Medical. Will pick up at Columbus branch if faster.',
      urgency: { level: 'urgent', reasons: ['"EMERGENCY" and "chiller down" on the form and in the mail; same-day courier'] },
    });
    const L = layout({
      letterhead: ['Gulf Coast HVAC Services', '3301 Halls Mill Rd, Mobile, AL 36606', '251-555-0163'],
      title: 'PURCHASE ORDER', accent: '#1b4f72', size: 11,
      fields: [['PO #', 'GC-6612'], ['Date', '8/22/2026'], ['Terms', 'Net 30'], ['Ship Via', 'Will call / same-day courier'], ['Tech', 'Darnell Hayes']],
      blocks: [{ h: 'Vendor', lines: ['Harborline Industrial Supply', 'Columbus, OH'] }, { h: 'Ship To', lines: addrLines(ship) }],
      cols: [
        { h: '#', w: 3, v: (l) => String(l.lineNo) },
        { h: 'Part #', w: 17, v: (l) => l.sku! },
        { h: 'Description', w: 36, v: (l) => l.description! },
        { h: 'Qty', w: 5, a: 'r', v: (l) => q(l.quantity) },
        { h: 'UM', w: 4, v: (l) => l.unit! },
        { h: 'Price', w: 9, a: 'r', v: (l) => fmt(l.unitPrice!) },
        { h: 'Total', w: 10, a: 'r', v: (l) => fmt(l.amount!) },
      ],
      rows: lines, totals: [['PO Total', '$' + fmt(sub), true]],
      notes: [{ text: 'EMERGENCY - chiller down at Providence Medical. Will pick up at Columbus branch if faster.', size: 12, bold: true }],
    });
    const jpg = await phonePhoto(L, 0, { seed: 42, angle: -4.5, skew: 0.04, quality: 72 });
    const m = {
      from: 'dhayes@gulfcoasthvac.com', fromName: 'Darnell Hayes', subject: 'EMERGENCY PO GC-6612', date: '2026-08-22T07:41:12-05:00',
      messageId: '<8E1B7C52-6612-4F0D-A9B3-1C2D3E4F5A6B@gulfcoasthvac.com>', mailer: 'iPhone Mail (22A3354)',
      text: 'Emergency order attached, chiller down at the hospital. Please call me 251-555-0163 as soon as you see this.\n\nSent from my iPhone\n',
      attachments: [{ name: 'IMG_4471.jpeg', type: 'image/jpeg', data: jpg }],
    };
    return mailCase(m, 'c42-photo-gulfcoast.eml', 142, [bodyDoc(), { name: 'IMG_4471.jpeg', mediaType: 'image/jpeg', method: 'ocr', pages: 1 }], [o]);
  },
};

const c43: Case = {
  id: 'c43-photo-venkateswara', ext: 'jpg', kind: 'phone photo JPEG', lang: 'en', region: 'IN (TN)',
  what: 'Phone photo (JPEG) of a typed Indian purchase order on a desk: PO No., Date 05/10/2026, S.No. / Item / Qty / Rate / Amount in Rs. with Indian grouping, IGST 18 %, "for Sri Venkateswara Textiles"; Coimbatore',
  async build() {
    const lines = mkLines([
      ['HIS-BRG-6008ZZ', 'Bearing 6008ZZ', 200, 'NOS', 142.0],
      ['HIS-VB-A42', 'V-Belt A-42', 150, 'NOS', 118.5],
      ['HIS-OIL-SPIN-10', 'Spindle oil 10, 20 Ltr can', 25, 'CAN', 2650.0],
      ['HIS-APRON-CT', 'Cot & apron set for ring frame', 40, 'SET', 1240.0],
    ], true);
    const t = totals(lines, { taxRate: 0.18 });
    const ship = addr('Sri Venkateswara Textiles', '112, Avinashi Road, Peelamedu', 'Coimbatore', 'Tamil Nadu', '641004', 'IN');
    const o = O({
      poNumber: 'SVT/PO/2026/388', orderDate: '2026-10-05', requestedDeliveryDate: '2026-10-20',
      buyer: { company: 'Sri Venkateswara Textiles', contactName: 'K. Senthil Kumar', email: null, phone: '0422 555 0172' },
      shipTo: ship, billTo: ship, currency: 'INR', lines, ...t,
      paymentTerms: '60 days', shippingMethod: null, notes: null,
    });
    const L = layout({
      family: 'dv', letterhead: ['SRI VENKATESWARA TEXTILES', '112, Avinashi Road, Peelamedu, Coimbatore - 641004', 'GSTIN: 33ABCFS1234K1Z9   Ph: 0422 555 0172'],
      title: 'PURCHASE ORDER', accent: '#000000', grid: true, size: 10,
      fields: [['PO No.', 'SVT/PO/2026/388'], ['Date', '05/10/2026'], ['Delivery by', '20/10/2026'], ['Payment', '60 days'], ['Contact', 'K. Senthil Kumar']],
      blocks: [{ h: 'To', lines: ['M/s. Harborline Industrial Supply', '2250 Dock Street', 'Columbus, OH 43215, USA'] }, { h: 'Deliver to', lines: addrLines(ship) }],
      cols: [
        { h: 'S.No.', w: 5, v: (l) => String(l.lineNo) },
        { h: 'Item Code', w: 16, v: (l) => l.sku! },
        { h: 'Description', w: 30, v: (l) => l.description! },
        { h: 'Qty', w: 9, a: 'r', v: (l) => q(l.quantity, 'in') + ' ' + l.unit },
        { h: 'Rate (Rs.)', w: 10, a: 'r', v: (l) => fmt(l.unitPrice!, 'in') },
        { h: 'Amount (Rs.)', w: 12, a: 'r', v: (l) => fmt(l.amount!, 'in') },
      ],
      rows: lines, totals: [['Total', fmt(t.subtotal, 'in')], ['IGST @ 18%', fmt(t.tax!, 'in')], ['Grand Total', 'Rs. ' + fmt(t.total, 'in'), true]],
      notes: [{ text: 'Kindly send the material with invoice and test certificate.' }],
      signature: ['for Sri Venkateswara Textiles', 'Authorised Signatory'],
    }, true);
    const jpg = await phonePhoto(L, 0, { seed: 43, angle: 3.2, skew: -0.03, quality: 70 });
    return { files: [['c43-photo-venkateswara.jpg', jpg]], truth: truthOf(fileSource('c43-photo-venkateswara.jpg', 'image/jpeg', 'ocr', 1), [o]) };
  },
};

const c44: Case = {
  id: 'c44-fax-clydeside', ext: 'tif', kind: 'fax TIFF (1-bit, G4)', lang: 'en', region: 'UK (Scotland)',
  what: 'Faxed typewriter-style order (fixed-pitch text) as 1-bit G4 TIFF with fax header, GBP, VAT 20 %, dates DD/MM/YYYY, "Delivery: w/c 14/12/2026 - no rush"; Clydeside Engineering, Glasgow',
  async build() {
    const lines = mkLines([
      ['HIS-SKT-M16-1/2', 'Impact socket 16mm 1/2" dr', 10, null, 4.6],
      ['HIS-WR-COMB-SET', 'Combination spanner set 8-24mm', 4, null, 38.9],
      ['HIS-GRS-EP2-400', 'EP2 grease cartridge 400g', 48, null, 3.25],
      ['HIS-RAG-10KG', 'Wiping rags, white, 10kg bale', 6, null, 22.0],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const vat = r2(sub * 0.2);
    const o = O({
      poNumber: 'CE/26/9041', orderDate: '2026-11-30', requestedDeliveryDate: '2026-12-14',
      buyer: { company: 'Clydeside Engineering Ltd', contactName: 'A. McLeod', email: null, phone: '0141 555 0187' },
      shipTo: addr('Clydeside Engineering Ltd', '18 Govan Road', 'Glasgow', null, 'G51 1HS', 'GB'), billTo: null, currency: 'GBP', lines, subtotal: sub, tax: vat, shipping: null, total: r2(sub + vat),
      paymentTerms: '30 days', shippingMethod: null, notes: 'Delivery: w/c 14/12/2026 - no rush.',
      urgency: { level: 'normal', reasons: ['"no rush" is negated; delivery week commencing 2026-12-14'] },
    });
    const g = (n: number) => fmt(n);
    const body = [
      'CLYDESIDE ENGINEERING LTD',
      '18 Govan Road, Glasgow G51 1HS       Tel 0141 555 0187  Fax 0141 555 0188',
      '',
      '                      PURCHASE ORDER',
      '',
      'To:    Harborline Industrial Supply, Columbus OH, USA',
      'Attn:  Sales Orders               Fax: +1 614 555 0111',
      '',
      'Order No:  CE/26/9041             Date: 30/11/2026',
      'Delivery:  w/c 14/12/2026 - no rush',
      'Terms:     30 days                Ordered by: A. McLeod',
      '',
      'No  Part No            Description                    Qty      Price     Total',
      '--  -----------------  -----------------------------  ----  --------  --------',
      ...lines.map((l) => `${pad(String(l.lineNo), 4)}${pad(l.sku!, 19)}${pad(l.description!, 31)}${lpad(String(l.quantity), 4)}${lpad(g(l.unitPrice!), 10)}${lpad(g(l.amount!), 10)}`),
      '',
      lpad('Goods  GBP ' + lpad(g(sub), 10), 78),
      lpad('VAT 20%    ' + lpad(g(vat), 10), 78),
      lpad('TOTAL  GBP ' + lpad(g(r2(sub + vat)), 10), 78),
      '',
      'Deliver to: Clydeside Engineering Ltd, 18 Govan Road, Glasgow G51 1HS',
      '',
      'Signed: A. McLeod, Stores',
    ];
    const L = Layout.A4();
    renderMono(L, body, { size: 10, x: 50, top: 70 });
    const buf = await faxTiff(L, { seed: 44, angle: 0.5, header: '30/11/2026 14:37  CLYDESIDE ENG  01415550188              PAGE 1/1' });
    return { files: [['c44-fax-clydeside.tif', buf]], truth: truthOf(fileSource('c44-fax-clydeside.tif', 'image/tiff', 'ocr', 1), [o]) };
  },
};

const c45: Case = {
  id: 'c45-scanpdf-laurentides', ext: 'pdf', kind: 'image-only PDF (scan, French)', lang: 'fr-CA', region: 'CA (QC)',
  what: 'Bon de commande québécois numérisé en PDF image (gris, 150 ppp, légère inclinaison), colonnes Qté / No pièce / Description / Prix unitaire / Total, 1 234,56 $, TPS et TVQ, date 2026-09-14 (ISO); Transport Frigorifique Laurentides, Saint-Jérôme QC',
  async build() {
    const lines = mkLines([
      ['HIS-FLT-HUI-P550', 'Filtre à huile P550 moteur diesel', 24, null, 18.9],
      ['HIS-FLT-AIR-P181', 'Filtre à air P181052', 12, null, 74.5],
      ['HIS-LAME-ESS-24', 'Balai d\'essuie-glace 24 po hiver', 30, null, 12.4],
      ['HIS-DEF-10L', 'Liquide DEF 10 L', 40, null, 21.75],
    ], false);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const tps = r2(sub * 0.05), tvq = r2(sub * 0.09975);
    const ship = addr('Transport Frigorifique Laurentides inc.', '2200, rue Saint-Georges', 'Saint-Jérôme', 'QC', 'J7Z 5G2', 'CA');
    const o = O({
      poNumber: '26-1173', orderDate: '2026-09-14', requestedDeliveryDate: '2026-09-28',
      buyer: { company: 'Transport Frigorifique Laurentides inc.', contactName: 'Sylvie Lachance', email: null, phone: '450 555-0191' },
      shipTo: ship, billTo: null, currency: 'CAD', lines, subtotal: sub, tax: r2(tps + tvq), shipping: null, total: r2(sub + tps + tvq),
      paymentTerms: 'Net 30 jours', shippingMethod: null, notes: null,
    });
    const f = (n: number) => fmt(n, 'fr') + ' $';
    const L = layout({
      letterhead: ['Transport Frigorifique Laurentides inc.', '2200, rue Saint-Georges, Saint-Jérôme (Québec) J7Z 5G2', 'Tél. 450 555-0191'],
      title: 'BON DE COMMANDE', accent: '#ffffff', headText: '#000000', grid: true, size: 9.5,
      fields: [['No de commande', '26-1173'], ['Date', '2026-09-14'], ['Livrer le', '2026-09-28'], ['Conditions', 'Net 30 jours'], ['Demandé par', 'Sylvie Lachance']], fieldsBox: true,
      blocks: [{ h: 'Fournisseur', lines: VENDOR_CA }, { h: 'Livrer à', lines: addrLines(ship) }],
      cols: [
        { h: 'Qté', w: 6, a: 'r', v: (l) => q(l.quantity, 'fr') },
        { h: 'No pièce', w: 17, v: (l) => l.sku! },
        { h: 'Description', w: 38, v: (l) => l.description! },
        { h: 'Prix unitaire', w: 11, a: 'r', v: (l) => f(l.unitPrice!) },
        { h: 'Total', w: 12, a: 'r', v: (l) => f(l.amount!) },
      ],
      rows: lines, totals: [['Sous-total', f(sub)], ['TPS 5 %', f(tps)], ['TVQ 9,975 %', f(tvq)], ['Total', f(r2(sub + tps + tvq)), true]],
      signature: ['Autorisé par : Sylvie Lachance'],
    });
    const jpg = await scanJpeg(L, 0, { seed: 45, angle: 1.1, dpi: 150, quality: 55, noise: 12, blur: 0.6 });
    const buf = await imagePdf([jpg], 612, 792, { title: 'Numérisation', creator: 'Brother MFC-L8900CDW', date: '2026-09-14' });
    return { files: [['c45-scanpdf-laurentides.pdf', buf]], truth: truthOf(fileSource('c45-scanpdf-laurentides.pdf', PDF, 'ocr', 1), [o]) };
  },
};

const c46: Case = {
  id: 'c46-lowres-reddirt', ext: 'eml', kind: 'email + low-resolution JPEG scan', lang: 'en', region: 'AU (WA)',
  what: 'Mail with a low-resolution (100 dpi) grey JPEG scan of a purchase order, blurred and noisy: Order No., 03/03/2026, Qty / Code / Description / Unit $ / Total $, GST 10 %, AUD, delivery 20/03/2026; Red Dirt Earthmoving, Kalgoorlie WA',
  async build() {
    const lines = mkLines([
      ['HIS-GET-BKT-T1', 'Bucket tooth, heavy duty, 20 t excavator', 20, 'EA', 64.0],
      ['HIS-PIN-BKT-T1', 'Tooth pin & retainer set', 20, 'SET', 11.5],
      ['HIS-GRS-MOLY-450', 'Moly EP grease 450 g cartridge', 60, 'EA', 8.9],
    ], false);
    const t = totals(lines, { taxRate: 0.1 });
    const ship = addr(null, '41 Atbara Street', 'Kalgoorlie', 'WA', '6430', 'AU');
    const o = O({
      poNumber: 'RDE-0907', orderDate: '2026-03-03', requestedDeliveryDate: '2026-03-20',
      buyer: { company: 'Red Dirt Earthmoving Pty Ltd', contactName: 'Shane Doyle', email: 'office@reddirtearthmoving.com.au', phone: '08 9055 0168' },
      shipTo: ship, billTo: null, currency: 'AUD', lines, ...t,
      paymentTerms: '30 days', shippingMethod: 'Road freight via Perth', notes: null,
    });
    const L = layout({
      letterhead: ['RED DIRT EARTHMOVING PTY LTD', '41 Atbara Street, Kalgoorlie WA 6430', 'ABN 12 345 678 901 · 08 9055 0168'],
      title: 'ORDER', accent: '#000000', grid: true, size: 11,
      fields: [['Order No.', 'RDE-0907'], ['Date', '03/03/2026'], ['Deliver by', '20/03/2026'], ['Terms', '30 days'], ['Freight', 'Road freight via Perth']],
      blocks: [{ h: 'Supplier', lines: ['Harborline Industrial Supply', 'Columbus OH USA'] }, { h: 'Deliver to', lines: ['41 Atbara Street', 'Kalgoorlie WA 6430'] }],
      cols: [
        { h: 'Qty', w: 6, a: 'r', v: (l) => q(l.quantity) },
        { h: 'Code', w: 16, v: (l) => l.sku! },
        { h: 'Description', w: 36, v: (l) => l.description! },
        { h: 'Unit $', w: 9, a: 'r', v: (l) => fmt(l.unitPrice!) },
        { h: 'Total $', w: 10, a: 'r', v: (l) => fmt(l.amount!) },
      ],
      rows: lines, totals: [['Subtotal', fmt(t.subtotal)], ['GST', fmt(t.tax!)], ['Total AUD', fmt(t.total), true]],
      signature: ['Shane Doyle'],
    }, true);
    lines.forEach((l) => (l.unit = null));
    const jpg = await scanJpeg(L, 0, { seed: 46, angle: -0.7, dpi: 100, quality: 50, noise: 16, blur: 0.8 });
    const m = {
      from: 'office@reddirtearthmoving.com.au', fromName: 'Red Dirt Earthmoving', subject: 'Order RDE-0907', date: '2026-03-03T13:22:05+08:00',
      messageId: '<SY4PR01MB0907RD@SY4PR01MB0907.ausprd01.prod.outlook.com>',
      text: 'Hi,\n\nOrder attached. Please confirm ETA.\n\nShane Doyle\nRed Dirt Earthmoving Pty Ltd\n08 9055 0168\n',
      attachments: [{ name: 'scan0907.jpg', type: 'image/jpeg', data: jpg }],
    };
    return mailCase(m, 'c46-lowres-reddirt.eml', 146, [bodyDoc(), { name: 'scan0907.jpg', mediaType: 'image/jpeg', method: 'ocr', pages: 1 }], [o]);
  },
};

const c47: Case = {
  id: 'c47-scanpdf-riosanta', ext: 'pdf', kind: 'image-only PDF (scan, Spanish)', lang: 'es', region: 'PE',
  what: 'Orden de compra peruana escaneada como PDF de imagen (gris, inclinada), Ítem / Código / Descripción / Und. / Cant. / P. Unit. / Total en soles (S/ 1,234.56), IGV 18 %, fecha 12/05/2026; Agroindustrial Río Santa, Trujillo',
  async build() {
    const lines = mkLines([
      ['HIS-ASP-1/2-25', 'Aspersor de impacto 1/2" macho', 300, 'UND', 12.8],
      ['HIS-MAN-16-400', 'Manguera de riego por goteo 16 mm, rollo 400 m', 40, 'ROLLO', 186.0],
      ['HIS-CONEC-16', 'Conector inicial 16 mm', 1000, 'UND', 0.65],
      ['HIS-FILT-2-ANL', 'Filtro de anillas 2"', 6, 'UND', 245.0],
    ], true);
    const t = totals(lines, { taxRate: 0.18 });
    const ship = addr('Agroindustrial Río Santa S.A.C.', 'Carretera Panamericana Norte Km 557', 'Trujillo', 'La Libertad', null, 'PE');
    const o = O({
      poNumber: 'OC-000742', orderDate: '2026-05-12', requestedDeliveryDate: '2026-06-01',
      buyer: { company: 'Agroindustrial Río Santa S.A.C.', contactName: 'Ing. Carmen Quispe', email: null, phone: '044 555 018' },
      shipTo: ship, billTo: null, currency: 'PEN', lines, ...t,
      paymentTerms: 'Crédito 60 días', shippingMethod: null, notes: null,
    });
    const s = (n: number) => 'S/ ' + fmt(n);
    const L = layout({
      letterhead: ['AGROINDUSTRIAL RÍO SANTA S.A.C.', 'RUC 20481234567', 'Carretera Panamericana Norte Km 557, Trujillo - La Libertad', 'Telf. 044 555 018'],
      title: 'ORDEN DE COMPRA', accent: '#ffffff', headText: '#000000', grid: true, size: 9.5,
      fields: [['N°', 'OC-000742'], ['Fecha', '12/05/2026'], ['Fecha de entrega', '01/06/2026'], ['Forma de pago', 'Crédito 60 días'], ['Moneda', 'Soles'], ['Solicitante', 'Ing. Carmen Quispe']], fieldsBox: true,
      blocks: [{ h: 'Proveedor', lines: ['Harborline Industrial Supply', '2250 Dock Street, Columbus OH', 'Estados Unidos'] }, { h: 'Lugar de entrega', lines: ['Fundo Río Santa - Almacén central', 'Carretera Panamericana Norte Km 557', 'Trujillo - La Libertad'] }],
      cols: [
        { h: 'Ítem', w: 4, v: (l) => String(l.lineNo) },
        { h: 'Código', w: 15, v: (l) => l.sku! },
        { h: 'Descripción', w: 34, v: (l) => l.description! },
        { h: 'Und.', w: 6, v: (l) => l.unit! },
        { h: 'Cant.', w: 6, a: 'r', v: (l) => fmt(l.quantity, 'us', 0) },
        { h: 'P. Unit.', w: 10, a: 'r', v: (l) => s(l.unitPrice!) },
        { h: 'Total', w: 12, a: 'r', v: (l) => s(l.amount!) },
      ],
      rows: lines, totals: [['Valor venta', s(t.subtotal)], ['IGV 18%', s(t.tax!)], ['Importe total', s(t.total), true]],
      signature: ['V°B° Gerencia'],
    }, true);
    o.shipTo = addr('Fundo Río Santa - Almacén central', 'Carretera Panamericana Norte Km 557', 'Trujillo', 'La Libertad', null, 'PE');
    const jpg = await scanJpeg(L, 0, { seed: 47, angle: 1.6, dpi: 150, quality: 52, noise: 12, blur: 0.7 });
    const buf = await imagePdf([jpg], 595.28, 841.89, { title: 'OC-000742', creator: 'EPSON Scan', date: '2026-05-12' });
    return { files: [['c47-scanpdf-riosanta.pdf', buf]], truth: truthOf(fileSource('c47-scanpdf-riosanta.pdf', PDF, 'ocr', 1), [o]) };
  },
};

export const SCAN_CASES: Case[] = [c38, c39, c40, c41, c42, c43, c44, c45, c46, c47];
