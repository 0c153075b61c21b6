// Scanned orders: fax TIFFs, image-only PDFs, phone photos (d37-d46)
import { MailDate, addr, buildEml, dfmt, draftOrder, emailSource, fileSource, imagePdf, num, r2, renderPdf, sumLines, toFax, toPhoto, toScan, urgency, COUR, HELV, TIMES, amt } from './lib.ts';
import { C, Case, LX, PDF, SELLER, TO_ORDERS, stdPO } from './tpl.ts';

const dmy = (d: string, sep = '/') => dfmt(d, `DD${sep}MM${sep}YYYY`);
const us = (d: string) => dfmt(d, 'MM/DD/YYYY');
const eu = (n: number) => num(n, 'eu');
const ocr = (name: string, mediaType: string, pages = 1) => ({ name, mediaType, method: 'ocr' as const, pages });
const lowOcr = ['scanned document: read by OCR'];

export const casesScan: Case[] = [
  // ------------------------------------------------------------------ d37
  {
    name: 'd37_hillside_vet_fax',
    ext: 'tif',
    kind: 'TIFF fax (1-bit G4)',
    lang: 'en (US)',
    what: 'Veterinary clinic order form received by fax: transmission header line at the top, 1-bit 204x196 dpi with speckle, slight skew; boxed ship-to / bill-to "same", five lines with our item numbers, no delivery date.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-NG-M', description: 'Nitrile gloves medium, box 100', quantity: 10, unit: 'BX', unitPrice: 9.35 },
        { lineNo: 2, sku: 'BW-NG-S', description: 'Nitrile gloves small, box 100', quantity: 6, unit: 'BX', unitPrice: 9.35 },
        { lineNo: 3, sku: 'BW-MSL-10', description: 'Microscope slides frosted, box 72', quantity: 4, unit: 'BX', unitPrice: 6.6 },
        { lineNo: 4, sku: 'BW-SHARPS-5', description: 'Sharps container 5 L', quantity: 6, unit: 'EA', unitPrice: 8.6 },
        { lineNo: 5, sku: 'BW-CS-22', description: 'Cover glass 22 x 22 mm', quantity: 4, unit: 'BX', unitPrice: 4.95 },
      ];
      const total = sumLines(lines);
      const pdf = await stdPO({
        meta: { title: 'fax', date: '2026-12-01' },
        fonts: HELV, fs: 11,
        topLine: 'DEC-01-2026 10:14        FROM: HILLSIDE VET CLINIC  +1 540 555 0134        TO: 16145550100        P.1/1',
        letterhead: { name: 'Hillside Veterinary Clinic', lines: ['742 Orchard Hill Road, Winchester, VA 22601', 'Tel 540-555-0134   Fax 540-555-0135'], size: 16 },
        title: 'ORDER FORM',
        metaPairs: [['PO #:', 'HVC-1206'], ['Date:', '12/01/2026'], ['Ordered by:', 'Dr. Laura Benn']],
        addresses: { layout: 'boxed', blocks: [
          { h: 'SHIP TO', lines: ['Hillside Veterinary Clinic', '742 Orchard Hill Road', 'Winchester, VA 22601'] },
          { h: 'BILL TO', lines: ['Same as ship to'] },
        ] },
        before: ['To: Brightwater Lab Supply - Order Desk   Fax 614-555-0100'],
        cols: [C.no('#', 28), C.sku('Item No.', 90), C.desc('Description', 0), C.qty('Qty', 44), C.unit('Unit', 40), C.price('Price', 64), C.amount('Amount', 76)],
        lines, grid: true,
        totals: [['TOTAL', '$' + num(total)]],
        after: ['Ship UPS Ground. Charge to our account, Net 30.'],
      });
      const [png] = await renderPdf(pdf, 2.9);
      const tif = await toFax(png, 37, 0.45);
      const ship = addr('Hillside Veterinary Clinic', '742 Orchard Hill Road', 'Winchester', 'VA', '22601', 'US');
      return {
        data: tif,
        truth: {
          source: fileSource(ctx.file, [ocr(ctx.file, 'image/tiff')]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'HVC-1206', orderDate: '2026-12-01', requestedDeliveryDate: null,
            buyer: { company: 'Hillside Veterinary Clinic', contactName: 'Laura Benn', email: null, phone: '540-555-0134' },
            shipTo: ship, billTo: ship, currency: 'USD', lines, subtotal: null, tax: null, shipping: null, total,
            paymentTerms: 'Net 30', shippingMethod: 'UPS Ground', notes: null,
            urgency: urgency({}), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d38
  {
    name: 'd38_wenzel_at_fax_mail',
    ext: 'eml',
    kind: 'email (fax-to-mail) + TIFF fax',
    lang: 'de (AT)',
    what: 'Austrian medical laboratory faxes a "Bestellung per Fax"; the fax service mails it on as a 1-bit TIFF with a German service text; Austrian four-digit postcode, Liefertermin four days after receipt, "Lieferung frei Haus".',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-PT1000-R', description: 'Pipettenspitzen 1000 µl im Rack', quantity: 20, unit: 'ST', unitPrice: 6.9 },
        { lineNo: 2, sku: 'BW-MT15-500', description: 'Reaktionsgefäße 1,5 ml (500 St.)', quantity: 8, unit: 'BTL', unitPrice: 21.6 },
        { lineNo: 3, sku: 'BW-NG-M', description: 'Nitril-Handschuhe M (100 St.)', quantity: 30, unit: 'PAK', unitPrice: 7.95 },
        { lineNo: 4, sku: 'BW-TPW', description: 'Labortücher fusselfrei', quantity: 10, unit: 'PAK', unitPrice: 5.4 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.2), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'fax', date: '2026-11-30' },
        size: 'A4', fonts: HELV, fs: 11,
        topLine: '30-NOV-2026 08:52   VON: LABOR DR. WENZEL  +43 316 555 2210   AN: +31 10 555 0100   S. 1/1',
        letterhead: { name: 'Labor Dr. Wenzel & Partner', lines: ['Medizinische Labordiagnostik', 'Annenstraße 27, 8020 Graz', 'Tel. +43 316 555 2210'], size: 16 },
        title: 'BESTELLUNG PER FAX',
        metaPairs: [['Bestell-Nr.:', 'W-26-1130'], ['Datum:', '30.11.2026'], ['Liefertermin:', '04.12.2026'], ['Besteller:', 'Mag. Petra Hofer']],
        addresses: { layout: 'stacked', blocks: [
          { h: 'Lieferanschrift:', lines: ['Labor Dr. Wenzel & Partner', 'Annenstraße 27, 2. Stock', '8020 Graz', 'Österreich'] },
        ] },
        cols: [C.no('Pos', 32), C.sku('Art.-Nr.', 88), C.desc('Bezeichnung', 0), C.qty('Menge', 44, 'eu'), C.unit('Einh.', 38), C.price('Preis €', 60, 'eu'), C.amount('Betrag €', 70, 'eu')],
        lines, grid: true,
        totals: [['Netto', eu(sub)], ['USt. 20 %', eu(tax)], ['Gesamt', eu(total)]],
        after: ['Lieferung frei Haus. Rechnung an obige Adresse.'],
      });
      const [png] = await renderPdf(pdf, 2.9);
      const tif = await toFax(png, 38, -0.6);
      const date = new MailDate('2026-11-30', '08:53:40', '+0100');
      const mail = {
        id: 'd38', from: 'eFax Service <fax-noreply@faxmail.a1business.at>', to: TO_ORDERS, subject: 'Fax von +43 316 555 2210 (1 Seite)', date, messageId: 'fax.20261130085340.d38@faxmail.a1business.at',
        text: 'Sie haben ein Fax erhalten.\n\nAbsender: +43 316 555 2210\nEmpfangen: 30.11.2026 08:52\nSeiten: 1\n\nDas Fax finden Sie im Anhang (TIFF).\n',
        attachments: [{ filename: 'fax_433165552210_20261130.tif', contentType: 'image/tiff', data: tif }],
      };
      const ship = addr('Labor Dr. Wenzel & Partner', 'Annenstraße 27, 2. Stock', 'Graz', null, '8020', 'AT');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, ocr('fax_433165552210_20261130.tif', 'image/tiff')]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'W-26-1130', orderDate: '2026-11-30', requestedDeliveryDate: '2026-12-04',
            buyer: { company: 'Labor Dr. Wenzel & Partner', contactName: 'Petra Hofer', email: null, phone: '+43 316 555 2210' },
            shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: null, shippingMethod: 'frei Haus', notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-04' }), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d39
  {
    name: 'd39_sonrisa_es_fax',
    ext: 'tif',
    kind: 'TIFF fax (1-bit G4)',
    lang: 'es (ES)',
    what: 'Dental clinic in Alicante faxes a "Hoja de pedido": 1-bit fax with skew and noise, reference and description columns, prices with decimal comma, IVA 21 %, no order number of its own other than "Pedido nº", delivery in January.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-NG-S', description: 'Guantes nitrilo talla S', quantity: 15, unit: 'CAJA', unitPrice: 8.9 },
        { sku: 'BW-NG-M', description: 'Guantes nitrilo talla M', quantity: 15, unit: 'CAJA', unitPrice: 8.9 },
        { sku: 'BW-AUTO-BAG', description: 'Bolsas autoclave (200 u.)', quantity: 2, unit: 'CAJA', unitPrice: 79.0 },
        { sku: 'BW-SHARPS-5', description: 'Contenedor agujas 5 l', quantity: 8, unit: 'UD', unitPrice: 7.6 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.21), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'fax', date: '2026-12-03' },
        size: 'A4', fonts: TIMES, fs: 12,
        topLine: '03/12/2026 12:31  CLINICA SONRISA MEDIT.  965550218  PAG. 01',
        letterhead: { name: 'Clínica Dental Sonrisa Mediterránea', lines: ['Avda. de Maisonnave 41, 2º', '03003 Alicante', 'Tel. 965 55 02 18'], size: 16 },
        title: 'HOJA DE PEDIDO',
        metaPairs: [['Pedido nº:', 'SM-118'], ['Fecha:', '03/12/2026'], ['Entrega:', '12/01/2027'], ['Pedido por:', 'Marta Soler']],
        addresses: { layout: 'oneline', blocks: [
          { h: 'Entregar en:', lines: ['Clínica Dental Sonrisa Mediterránea', 'Avda. de Maisonnave 41, 2º', '03003 Alicante'] },
        ] },
        cols: [C.sku('Referencia', 100), C.desc('Descripción', 0), C.qty('Cant.', 46, 'eu'), C.unit('Ud.', 46), C.price('Precio', 64, 'eu'), C.amount('Importe', 76, 'eu')],
        lines, grid: true,
        totals: [['Base', eu(sub)], ['IVA 21%', eu(tax)], ['Total €', eu(total)]],
        after: ['Pago: transferencia 30 días.'],
      });
      const [png] = await renderPdf(pdf, 2.9);
      const tif = await toFax(png, 39, 1.1);
      const ship = addr('Clínica Dental Sonrisa Mediterránea', 'Avda. de Maisonnave 41, 2º', 'Alicante', null, '03003', 'ES');
      return {
        data: tif,
        truth: {
          source: fileSource(ctx.file, [ocr(ctx.file, 'image/tiff')]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'SM-118', orderDate: '2026-12-03', requestedDeliveryDate: '2027-01-12',
            buyer: { company: 'Clínica Dental Sonrisa Mediterránea', contactName: 'Marta Soler', email: null, phone: '965 55 02 18' },
            shipTo: ship, billTo: null, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'transferencia 30 días', shippingMethod: null, notes: null,
            urgency: urgency({}), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d40
  {
    name: 'd40_st_aidans_scan',
    ext: 'pdf',
    kind: 'image-only PDF (scan)',
    lang: 'en (GB)',
    what: 'Secondary school science department paper PO, signed and stamped, scanned to an image-only PDF (greyscale JPEG, slight skew); delivery to the school, invoices to the academy trust, prices in pounds with VAT.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-BK250', description: 'Beakers 250ml', quantity: 30, unit: 'EA', unitPrice: 3.95 },
        { lineNo: 2, sku: 'BW-GC50', description: 'Measuring cylinder 50ml', quantity: 15, unit: 'EA', unitPrice: 6.4 },
        { lineNo: 3, sku: 'BW-SG-01', description: 'Safety spectacles', quantity: 40, unit: 'EA', unitPrice: 2.85 },
        { lineNo: 4, sku: 'BW-FP125', description: 'Filter paper 125mm (100)', quantity: 10, unit: 'PK', unitPrice: 4.9 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.2), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'scan', date: '2026-12-02' },
        size: 'A4', fonts: TIMES, fs: 11,
        stamp: { text: 'APPROVED - FINANCE 02 DEC 2026', x: 300, y: 720, angle: -8 },
        letterhead: { name: "St Aidan's Academy", lines: ['Science Department', 'Moor Lane, Sheffield S10 4QT', 'Tel 0114 555 0290'], size: 16 },
        title: 'OFFICIAL ORDER',
        metaPairs: [['Order No:', 'SAA-SCI-2219'], ['Date:', '02/12/2026'], ['Requested by:', 'Mrs J. Holloway']],
        addresses: { layout: 'side', blocks: [
          { h: 'Deliver to:', lines: ["St Aidan's Academy", 'Science Prep Room', 'Moor Lane', 'Sheffield S10 4QT'] },
          { h: 'Invoice to:', lines: ['Peak Learning Trust', 'Finance Office', '1 Broomhill Road', 'Sheffield S10 2SA'] },
        ] },
        cols: [C.no('No', 30), C.sku('Cat. No', 80), C.desc('Description', 0), C.qty('Qty', 40), C.unit('Unit', 40), C.price('Price £', 60), C.amount('Total £', 70)],
        lines, grid: true,
        totals: [['Net', num(sub)], ['VAT', num(tax)], ['Total', num(total)]],
        sign: ['Signed: J. Holloway', 'Budget holder: Science'],
      });
      const [png] = await renderPdf(pdf, 2.1);
      const jpg = await toScan(png, 40, -0.9, 1180);
      const out = await imagePdf([jpg], { title: 'Scan 2026-12-02', creator: 'RICOH IM C3000', producer: 'RICOH', date: '2026-12-02' }, 150);
      return {
        data: out,
        truth: {
          source: fileSource(ctx.file, [ocr(ctx.file, PDF)]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'SAA-SCI-2219', orderDate: '2026-12-02', requestedDeliveryDate: null,
            buyer: { company: "St Aidan's Academy", contactName: 'J. Holloway', email: null, phone: '0114 555 0290' },
            shipTo: addr("St Aidan's Academy", ['Science Prep Room', 'Moor Lane'], 'Sheffield', null, 'S10 4QT', 'GB'),
            billTo: addr('Peak Learning Trust', ['Finance Office', '1 Broomhill Road'], 'Sheffield', null, 'S10 2SA', 'GB'),
            currency: 'GBP', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({}), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d41
  {
    name: 'd41_maine_fr_scan_mail',
    ext: 'eml',
    kind: 'email + image-only PDF (copier scan)',
    lang: 'fr (FR)',
    what: 'Veterinary analysis lab in Le Mans: copier "scan to e-mail" message with a scanned "Bon de commande" (image-only PDF), prices HT with TVA 20 %, delivery in two weeks, signature.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-PD90-500', description: 'Boîtes de Petri 90 mm (500)', quantity: 6, unit: 'CT', unitPrice: 51.0 },
        { lineNo: 2, sku: 'BW-SW-100', description: 'Sachets prélèvement 100 ml (500)', quantity: 4, unit: 'CT', unitPrice: 59.0 },
        { lineNo: 3, sku: 'BW-NG-L', description: 'Gants nitrile taille L (100)', quantity: 20, unit: 'BTE', unitPrice: 7.9 },
      ];
      const fr = (n: number) => num(n, 'fr');
      const sub = sumLines(lines), tax = r2(sub * 0.2), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'scan', date: '2026-12-01' },
        size: 'A4', fonts: HELV, fs: 10.5,
        letterhead: { name: "Laboratoire d'Analyses Vétérinaires du Maine", lines: ['12 rue de la Fuie', '72000 Le Mans', 'Tél. 02 43 55 07 12'], size: 15 },
        title: 'BON DE COMMANDE',
        metaPairs: [['N° :', 'LAVM-26-0412'], ['Date :', '01/12/2026'], ['Livraison :', '15/12/2026'], ['Demandeur :', 'Pierre Gaudin']],
        addresses: { layout: 'stacked', blocks: [
          { h: 'Adresse de livraison :', lines: ["Laboratoire d'Analyses Vétérinaires du Maine", '12 rue de la Fuie', '72000 Le Mans'] },
          { h: 'Adresse de facturation :', lines: ['Idem'] },
        ] },
        cols: [C.no('N°', 28), C.sku('Référence', 90), C.desc('Désignation', 0), C.qty('Qté', 40, 'fr'), C.unit('U', 36), C.price('PU HT', 60, 'fr'), C.amount('Total HT', 70, 'fr')],
        lines, grid: true,
        totals: [['Total HT', fr(sub)], ['TVA 20 %', fr(tax)], ['Total TTC', fr(total)]],
        sign: ['Signature : P. Gaudin'],
      });
      const [png] = await renderPdf(pdf, 2.1);
      const jpg = await toScan(png, 41, 1.2, 1180);
      const scan = await imagePdf([jpg], { title: 'Numérisation', creator: 'Xerox WorkCentre 6515', producer: 'Xerox', date: '2026-12-01' }, 150);
      const date = new MailDate('2026-12-01', '14:18:06', '+0100');
      const mail = {
        id: 'd41', from: 'Xerox WorkCentre <scanner@lavm72.fr>', to: TO_ORDERS, cc: 'Pierre Gaudin <p.gaudin@lavm72.fr>', subject: 'Numérisation depuis un Xerox WorkCentre', date, messageId: 'd41.scan.20261201141806@lavm72.fr',
        replyTo: 'Pierre Gaudin <p.gaudin@lavm72.fr>',
        text: 'Veuillez ouvrir la pièce jointe.\n\nNombre d\'images : 1\nType de fichier : PDF\nPériphérique : Xerox WorkCentre 6515\n',
        attachments: [{ filename: 'Scan_20261201_141806.pdf', contentType: PDF, data: scan }],
      };
      const ship = addr("Laboratoire d'Analyses Vétérinaires du Maine", '12 rue de la Fuie', 'Le Mans', null, '72000', 'FR');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, ocr('Scan_20261201_141806.pdf', PDF)]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'LAVM-26-0412', orderDate: '2026-12-01', requestedDeliveryDate: '2026-12-15',
            buyer: { company: "Laboratoire d'Analyses Vétérinaires du Maine", contactName: 'Pierre Gaudin', email: 'p.gaudin@lavm72.fr', phone: '02 43 55 07 12' },
            shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-15' }), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d42
  {
    name: 'd42_granite_peak_scan',
    ext: 'pdf',
    kind: 'image-only PDF (scan of an ERP print)',
    lang: 'en (US)',
    what: 'Mining assay laboratory: printed ERP purchase order (Courier) scanned back to an image-only PDF; sold-to/ship-to side by side, Nevada address, freight line, sales tax 6.85 %, delivery date in February.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-BK1000', description: 'BEAKER 1000ML BORO', quantity: 24, unit: 'EA', unitPrice: 9.8 },
        { lineNo: 2, sku: 'BW-FP125', description: 'FILTER PAPER 125MM GR1', quantity: 40, unit: 'PK', unitPrice: 6.25 },
        { lineNo: 3, sku: 'BW-RB500', description: 'BOTTLE AMBER 500ML GL45', quantity: 48, unit: 'EA', unitPrice: 5.1 },
        { lineNo: 4, sku: 'BW-SG-01', description: 'SAFETY GLASSES CLEAR', quantity: 24, unit: 'EA', unitPrice: 3.4 },
      ];
      const sub = sumLines(lines), shipping = 85, tax = r2(sub * 0.0685), total = r2(sub + shipping + tax);
      const pdf = await stdPO({
        meta: { title: 'scan', date: '2026-12-01' },
        fonts: COUR, fs: 10,
        letterhead: { name: 'GRANITE PEAK ASSAY LABORATORIES', lines: ['1650 MOUNTAIN CITY HWY', 'ELKO NV 89801', '775-555-0166'], size: 13 },
        title: 'PURCHASE ORDER',
        metaPairs: [['PO NO:', 'GP-071553'], ['DATE:', '12/01/26'], ['DUE DATE:', '02/15/27'], ['BUYER:', 'D. MCKAY'], ['TERMS:', 'NET 45'], ['SHIP VIA:', 'FEDEX FREIGHT']],
        addresses: { layout: 'side', blocks: [
          { h: 'SOLD TO:', lines: ['GRANITE PEAK ASSAY LABORATORIES', 'PO BOX 2870', 'ELKO NV 89803'] },
          { h: 'SHIP TO:', lines: ['GRANITE PEAK ASSAY LABORATORIES', '1650 MOUNTAIN CITY HWY', 'ELKO NV 89801'] },
        ] },
        cols: [C.no('LN', 28), C.sku('ITEM', 86), C.desc('DESCRIPTION', 0), C.qty('QTY', 40), C.unit('UM', 30), C.price('PRICE', 64), C.amount('EXTENSION', 80)],
        lines,
        totals: [['MERCHANDISE', num(sub)], ['FREIGHT', num(shipping)], ['SALES TAX', num(tax)], ['TOTAL', num(total)]],
      });
      const [png] = await renderPdf(pdf, 2.1);
      const jpg = await toScan(png, 42, 0.7, 1200);
      const out = await imagePdf([jpg], { title: 'PO GP-071553', creator: 'Canon iR-ADV C5535', producer: 'Canon', date: '2026-12-01' }, 150);
      return {
        data: out,
        truth: {
          source: fileSource(ctx.file, [ocr(ctx.file, PDF)]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'GP-071553', orderDate: '2026-12-01', requestedDeliveryDate: '2027-02-15',
            buyer: { company: 'GRANITE PEAK ASSAY LABORATORIES', contactName: 'D. MCKAY', email: null, phone: '775-555-0166' },
            shipTo: addr('GRANITE PEAK ASSAY LABORATORIES', '1650 MOUNTAIN CITY HWY', 'ELKO', 'NV', '89801', 'US'),
            billTo: addr('GRANITE PEAK ASSAY LABORATORIES', 'PO BOX 2870', 'ELKO', 'NV', '89803', 'US'),
            currency: 'USD', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: 'NET 45', shippingMethod: 'FEDEX FREIGHT', notes: null,
            urgency: urgency({}), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d43
  {
    name: 'd43_riverbend_photo',
    ext: 'jpg',
    kind: 'JPEG phone photo',
    lang: 'en (US)',
    what: 'Small cidery\'s printed order form photographed on a wooden desk with a phone: page rotated and sheared, warm uneven light, vignette; stacked ship-to, no bill-to, four lines, shipping and total.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-PH7-500', description: 'pH buffer 7.00, 500 ml', quantity: 3, unit: 'EA', unitPrice: 8.95 },
        { sku: 'BW-CV-100', description: 'Cuvettes semi-micro 100/pk', quantity: 2, unit: 'PK', unitPrice: 12.4 },
        { sku: 'BW-THERM', description: 'Digital thermometer', quantity: 2, unit: 'EA', unitPrice: 22.4 },
        { sku: 'BW-GC50', description: 'Graduated cylinder 50 ml', quantity: 4, unit: 'EA', unitPrice: 7.9 },
      ];
      const sub = sumLines(lines), shipping = 14.5, total = r2(sub + shipping);
      const pdf = await stdPO({
        meta: { title: 'form', date: '2026-12-02' },
        fonts: HELV, fs: 12,
        letterhead: { name: 'Riverbend Craft Cidery', lines: ['3 Orchard Lane, Hood River, OR 97031', '(541) 555-0193'], size: 18 },
        title: 'PURCHASE ORDER',
        metaPairs: [['PO:', 'RB-0044'], ['Date:', '12/2/2026'], ['Contact:', 'Ellie Marsh']],
        addresses: { layout: 'stacked', blocks: [{ h: 'Ship to:', lines: ['Riverbend Craft Cidery', '3 Orchard Lane', 'Hood River, OR 97031'] }] },
        cols: [C.qty('Qty', 44), C.unit('Unit', 44), C.sku('Item #', 100), C.desc('Description', 0), C.price('Price', 70), C.amount('Total', 80)],
        lines, grid: true,
        totals: [['Subtotal', num(sub)], ['Shipping', num(shipping)], ['Total', '$' + num(total)]],
      });
      const [png] = await renderPdf(pdf, 2.0);
      const jpg = await toPhoto(png, 43, { angle: 4.5, shear: 0.03, format: 'jpeg', width: 1400, dark: 'right' });
      return {
        data: jpg,
        truth: {
          source: fileSource(ctx.file, [ocr(ctx.file, 'image/jpeg')]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'RB-0044', orderDate: '2026-12-02', requestedDeliveryDate: null,
            buyer: { company: 'Riverbend Craft Cidery', contactName: 'Ellie Marsh', email: null, phone: '(541) 555-0193' },
            shipTo: addr('Riverbend Craft Cidery', '3 Orchard Lane', 'Hood River', 'OR', '97031', 'US'),
            billTo: null, currency: 'USD', lines, subtotal: sub, tax: null, shipping, total,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({}), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d44
  {
    name: 'd44_mt_lofty_au_photo_mail',
    ext: 'eml',
    kind: 'email + JPEG phone photo',
    lang: 'en (AU)',
    what: 'South Australian winery lab sends a phone photo of its order form because the printer is down: rotated page, shadow at the bottom; body says "as soon as you can"; AUD with GST, DD/MM dates.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-VF100', description: 'Volumetric flask 100 mL class A', quantity: 6, unit: 'EA', unitPrice: 15.2 },
        { lineNo: 2, sku: 'BW-PH7-500', description: 'pH 7.00 buffer 500 mL', quantity: 6, unit: 'EA', unitPrice: 9.6 },
        { lineNo: 3, sku: 'BW-EtOH-2.5', description: 'Ethanol absolute 2.5 L', quantity: 4, unit: 'EA', unitPrice: 34.5 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.1), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'form', date: '2026-12-02' },
        size: 'A4', fonts: HELV, fs: 12,
        letterhead: { name: 'Mt Lofty Ridge Wines', lines: ['Winery Laboratory', '14 Vine Road, Piccadilly SA 5151', 'ABN 22 601 774 390'], size: 18 },
        title: 'ORDER',
        metaPairs: [['Order No:', 'MLR-2612'], ['Date:', dmy('2026-12-02')], ['Ordered by:', 'Chris Pavlou']],
        addresses: { layout: 'stacked', blocks: [{ h: 'Deliver to:', lines: ['Mt Lofty Ridge Wines - Winery Lab', '14 Vine Road', 'Piccadilly SA 5151'] }] },
        cols: [C.no('#', 30), C.sku('Code', 96), C.desc('Description', 0), C.qty('Qty', 44), C.price('Unit $', 70), C.amount('Total $', 80)],
        lines, grid: true,
        totals: [['Subtotal', num(sub)], ['GST', num(tax)], ['Total AUD', num(total)]],
      });
      const [png] = await renderPdf(pdf, 2.0);
      const jpg = await toPhoto(png, 44, { angle: -3.2, shear: -0.02, format: 'jpeg', width: 1400, dark: 'bottom' });
      const date = new MailDate('2026-12-02', '15:12:27', '+1030');
      const mail = {
        id: 'd44', from: 'Chris Pavlou <lab@mtloftyridge.com.au>', to: TO_ORDERS, subject: 'Order MLR-2612', date, messageId: 'd44.6F2B1C@mtloftyridge.com.au', mailer: 'iPhone Mail (22B91)',
        text: 'Hi team, printer is down so here is a pic of our order form. Please send as soon as you can, vintage sampling starts soon.\n\nCheers\nChris\n\nSent from my iPhone\n',
        attachments: [{ filename: 'IMG_4471.jpg', contentType: 'image/jpeg', data: jpg }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, [{ name: 'body', mediaType: 'text/plain', method: 'text', pages: null }, ocr('IMG_4471.jpg', 'image/jpeg')]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'MLR-2612', orderDate: '2026-12-02', requestedDeliveryDate: null,
            buyer: { company: 'Mt Lofty Ridge Wines', contactName: 'Chris Pavlou', email: 'lab@mtloftyridge.com.au', phone: null },
            shipTo: addr('Mt Lofty Ridge Wines - Winery Lab', '14 Vine Road', 'Piccadilly', 'SA', '5151', 'AU'),
            billTo: null, currency: 'AUD', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({ word: { level: 'high', reason: 'body: "Please send as soon as you can"' } }), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d45
  {
    name: 'd45_val_parma_photo',
    ext: 'jpg',
    kind: 'JPEG phone photo',
    lang: 'it (IT)',
    what: 'Cheese dairy lab near Parma, photo of a printed "Ordine" with a free sample line marked "omaggio", prices with decimal comma, IVA 22 %, province code; taken at an angle with a dark left edge.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-PD90-500', description: 'Piastre Petri 90 mm (500)', quantity: 3, unit: 'CF', unitPrice: 52.0 },
        { lineNo: 2, sku: 'BW-SW-100', description: 'Sacchetti campionamento 100 ml (500)', quantity: 2, unit: 'CF', unitPrice: 60.0 },
        { lineNo: 3, sku: 'BW-THERM', description: 'Termometro digitale a sonda', quantity: 1, unit: 'PZ', unitPrice: 0, amount: 0 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.22), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'ordine', date: '2026-12-01' },
        size: 'A4', fonts: HELV, fs: 12,
        letterhead: { name: 'Caseificio Val Parma Soc. Agr.', lines: ['Strada Argini 40, 43123 Parma (PR)', 'Tel. 0521 555 733'], size: 17 },
        title: 'ORDINE',
        metaPairs: [['Ordine n.:', 'VP-233'], ['Data:', dmy('2026-12-01')], ['Consegna:', dmy('2027-01-18')], ['Referente:', 'Giulia Ferrari']],
        addresses: { layout: 'oneline', blocks: [{ h: 'Consegnare a:', lines: ['Caseificio Val Parma - Laboratorio', 'Strada Argini 40', '43123 Parma (PR)'] }] },
        cols: [C.no('Pos.', 34), C.sku('Codice', 92), C.desc('Descrizione', 0), C.qty('Q.tà', 40, 'eu'), C.unit('U.M.', 40), C.price('Prezzo', 62, 'eu'), C.fn('Importo', 76, (l) => (l.unitPrice === 0 ? 'omaggio' : eu(amt(l))), 'right')],
        lines, grid: true,
        totals: [['Imponibile', eu(sub)], ['IVA 22%', eu(tax)], ['Totale €', eu(total)]],
        after: ['Termometro in omaggio come da accordi con il vostro agente.'],
      });
      const [png] = await renderPdf(pdf, 2.0);
      const jpg = await toPhoto(png, 45, { angle: 2.4, shear: 0.04, format: 'jpeg', width: 1400, dark: 'left' });
      return {
        data: jpg,
        truth: {
          source: fileSource(ctx.file, [ocr(ctx.file, 'image/jpeg')]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'VP-233', orderDate: '2026-12-01', requestedDeliveryDate: '2027-01-18',
            buyer: { company: 'Caseificio Val Parma Soc. Agr.', contactName: 'Giulia Ferrari', email: null, phone: '0521 555 733' },
            shipTo: addr('Caseificio Val Parma - Laboratorio', 'Strada Argini 40', 'Parma', 'PR', '43123', 'IT'),
            billTo: null, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: null, shippingMethod: null, notes: 'Termometro in omaggio come da accordi con il vostro agente.',
            urgency: urgency({}), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d46
  {
    name: 'd46_westland_nl_photo',
    ext: 'png',
    kind: 'PNG phone photo',
    lang: 'nl (NL)',
    what: 'Horticultural research station in Westland, phone photo saved as PNG: "Bestelbon" with artikelnummer, omschrijving, aantal, prijs, BTW 21 %, delivery date in January, Dutch postcode; strong light fall-off at the top.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-SW-100', description: 'Monsterzakken 100 ml (500)', quantity: 2, unit: 'DOOS', unitPrice: 58.0 },
        { sku: 'BW-PH7-500', description: 'Bufferoplossing pH 7,00 500 ml', quantity: 4, unit: 'FLES', unitPrice: 7.9 },
        { sku: 'BW-NG-L', description: 'Nitril handschoenen L (100)', quantity: 10, unit: 'DOOS', unitPrice: 7.6 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.21), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'bestelbon', date: '2026-12-03' },
        size: 'A4', fonts: HELV, fs: 12,
        letterhead: { name: 'Proeftuin Westland', lines: ['Zwartendijk 58, 2671 LM Naaldwijk', 'Tel. 0174 555 120'], size: 18 },
        title: 'BESTELBON',
        metaPairs: [['Bestelnr.:', 'PW-26-091'], ['Datum:', dmy('2026-12-03', '-')], ['Leverdatum:', dmy('2027-01-11', '-')], ['Besteld door:', 'Daan Verbeek']],
        addresses: { layout: 'stacked', blocks: [{ h: 'Afleveradres:', lines: ['Proeftuin Westland, lab', 'Zwartendijk 58', '2671 LM Naaldwijk'] }] },
        cols: [C.sku('Artikelnr.', 100), C.desc('Omschrijving', 0), C.qty('Aantal', 50, 'eu'), C.unit('Eenh.', 50), C.price('Prijs', 64, 'eu'), C.amount('Totaal', 76, 'eu')],
        lines, grid: true,
        totals: [['Subtotaal', '€ ' + eu(sub)], ['BTW 21%', '€ ' + eu(tax)], ['Totaal', '€ ' + eu(total)]],
      });
      const [png] = await renderPdf(pdf, 1.8);
      const out = await toPhoto(png, 46, { angle: -5.5, shear: 0.02, format: 'png', width: 1200, dark: 'top' });
      return {
        data: out,
        truth: {
          source: fileSource(ctx.file, [ocr(ctx.file, 'image/png')]), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'PW-26-091', orderDate: '2026-12-03', requestedDeliveryDate: '2027-01-11',
            buyer: { company: 'Proeftuin Westland', contactName: 'Daan Verbeek', email: null, phone: '0174 555 120' },
            shipTo: addr('Proeftuin Westland, lab', 'Zwartendijk 58', 'Naaldwijk', null, '2671 LM', 'NL'),
            billTo: null, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({}), reviewReasons: lowOcr,
          })],
        },
      };
    },
  },
];
void SELLER;
void us;
