// Orders in Spanish, German, French, Dutch, Italian and Portuguese (text documents)
import { MailDate, addr, buildEml, dfmt, draftOrder, emailSource, num, r2, sumLines, urgency, HELV, TIMES, amt, qty } from './lib.ts';
import { C, Case, LX, PDF, SELLER, TO_ORDERS, stdPO, textTable } from './tpl.ts';

const dmy = (d: string, sep = '/') => dfmt(d, `DD${sep}MM${sep}YYYY`);
const body = [{ name: 'body', mediaType: 'text/plain', method: 'text' as const, pages: null }];
const withPdf = (name: string, pages = 1) => [...body, { name, mediaType: PDF, method: 'pdf-text' as const, pages }];
const eu = (n: number) => num(n, 'eu');

export const casesIntl: Case[] = [
  // ------------------------------------------------------------------ d21
  {
    name: 'd21_turia_es_urgente',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'es (ES)',
    what: 'Valencia analysis lab writes "Pedido urgente" in the subject and body: dash lines "cantidad cajas/uds descripción (referencia) a precio € = importe €", European number format, base + IVA 21 % + total, billing "misma dirección", transfer 30 days.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-NG-M', description: 'guantes de nitrilo talla M', quantity: 20, unit: 'CAJAS', unitPrice: 8.9 },
        { sku: 'BW-NG-L', description: 'guantes de nitrilo talla L', quantity: 10, unit: 'CAJAS', unitPrice: 8.9 },
        { sku: 'BW-SF-0.22', description: 'filtros de jeringa 0,22 µm PES (pack 100)', quantity: 4, unit: 'PACKS', unitPrice: 58.5 },
        { sku: 'BW-VF100', description: 'matraces aforados 100 ml clase A', quantity: 12, unit: 'UDS', unitPrice: 13.75 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.21), total = r2(sub + tax);
      const date = new MailDate('2026-11-30', '09:05:12', '+0100');
      const text = `Buenos días:

Les hacemos el siguiente pedido URGENTE, nº 2026/0457 (fecha 30/11/2026). Nos hemos quedado sin guantes y tenemos auditoría el jueves; por favor envíen hoy mismo si es posible.

${lines.map((l) => `- ${l.quantity} ${l.unit!.toLowerCase()} ${l.description} (${l.sku}) a ${eu(l.unitPrice!)} € = ${eu(amt(l))} €`).join('\n')}

Base imponible: ${eu(sub)} €
IVA 21 %: ${eu(tax)} €
Total: ${eu(total)} €

Dirección de entrega:
Laboratorios Turia Análisis S.L.
C/ de Cataluña 14, bajo
46020 Valencia

Facturar a: Laboratorios Turia Análisis S.L., CIF B46123456, misma dirección.
Forma de pago: transferencia a 30 días.

Un saludo,
Lucía Ferrer Monzó
Responsable de compras
Tel. 963 55 01 27
`;
      const mail = { id: 'd21', from: 'Lucía Ferrer <compras@turiaanalisis.es>', to: TO_ORDERS, subject: 'Pedido urgente nº 2026/0457', date, messageId: 'd21.0457.turia@turiaanalisis.es', text };
      const ship = addr('Laboratorios Turia Análisis S.L.', 'C/ de Cataluña 14, bajo', 'Valencia', null, '46020', 'ES');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, body), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '2026/0457', orderDate: '2026-11-30', requestedDeliveryDate: null,
            buyer: { company: 'Laboratorios Turia Análisis S.L.', contactName: 'Lucía Ferrer Monzó', email: 'compras@turiaanalisis.es', phone: '963 55 01 27' },
            shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'transferencia a 30 días', shippingMethod: null, notes: null,
            urgency: urgency({ word: { level: 'urgent', reason: 'subject and body: "Pedido urgente" / "pedido URGENTE"; asks to ship today ("envíen hoy mismo")' } }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d22
  {
    name: 'd22_valdeoja_es_pdf',
    ext: 'eml',
    kind: 'email + PDF (Word template)',
    lang: 'es (ES)',
    what: 'Rioja winery laboratory "Pedido de compra" on a Word template: delivery and invoice addresses side by side (invoice at head office), reference/description/quantity/unit/price/discount/amount table, base imponible, IVA 21 %, total, domiciled receipt at 60 days.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-BK250', description: 'Vaso de precipitados 250 ml forma baja', quantity: 24, unit: 'UD', unitPrice: 4.3, disc: 5 },
        { sku: 'BW-VF100', description: 'Matraz aforado 100 ml clase A', quantity: 10, unit: 'UD', unitPrice: 13.75, disc: 5 },
        { sku: 'BW-PH7-500', description: 'Solución tampón pH 7,00 (500 ml)', quantity: 6, unit: 'UD', unitPrice: 7.9 },
        { sku: 'BW-EtOH-2.5', description: 'Etanol absoluto PA 2,5 l', quantity: 8, unit: 'UD', unitPrice: 29.4 },
        { sku: 'BW-FP125', description: 'Papel de filtro Ø 125 mm (100 u.)', quantity: 10, unit: 'PAQ', unitPrice: 5.6 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.21), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'Pedido 26-PC-0892', author: 'Iñaki Sáenz', creator: 'Microsoft® Word 2019', date: '2026-12-01' },
        size: 'A4', fonts: HELV, fs: 9,
        letterhead: { name: 'Bodegas Valdeoja S.A.', lines: ['Laboratorio enológico', 'Ctra. de Fuenmayor, km 2 · 26006 Logroño (La Rioja)', 'CIF A26054321 · Tel. 941 55 02 40'] },
        title: 'PEDIDO DE COMPRA',
        metaPairs: [['Nº pedido:', '26-PC-0892'], ['Fecha:', dmy('2026-12-01')], ['Fecha de entrega:', dmy('2026-12-15')], ['Solicitante:', 'Iñaki Sáenz'], ['Forma de pago:', 'Recibo domiciliado 60 días']],
        metaLabelW: 95,
        addresses: { layout: 'boxed', blocks: [
          { h: 'Entregar en', lines: ['Bodegas Valdeoja S.A. - Laboratorio', 'Ctra. de Fuenmayor, km 2', '26006 Logroño (La Rioja)'] },
          { h: 'Facturar a', lines: ['Bodegas Valdeoja S.A.', 'Avda. de la Paz 112', '26004 Logroño (La Rioja)'] },
        ] },
        cols: [C.sku('Ref.', 72), C.desc('Descripción', 0), C.qty('Cant.', 40, 'eu'), C.unit('Ud.', 30), C.price('Precio', 56, 'eu'), C.disc('Dto.', 36, 'eu'), C.amount('Importe', 66, 'eu')],
        lines, grid: true,
        totals: [['Base imponible', eu(sub) + ' €'], ['IVA 21 %', eu(tax) + ' €'], ['TOTAL', eu(total) + ' €']],
        after: ['Horario de recepción: lunes a viernes de 8:00 a 14:00. Indicar nº de pedido en albarán y factura.'],
      });
      const date = new MailDate('2026-12-01', '12:48:30', '+0100');
      const mail = {
        id: 'd22', from: 'Iñaki Sáenz <laboratorio@valdeoja.es>', to: TO_ORDERS, subject: 'Pedido 26-PC-0892', date, messageId: 'd22.26PC0892@valdeoja.es',
        text: 'Buenos días,\n\nadjunto pedido 26-PC-0892. Rogamos confirmación.\n\nSaludos,\nIñaki Sáenz\nLaboratorio - Bodegas Valdeoja\n',
        attachments: [{ filename: 'Pedido 26-PC-0892.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('Pedido 26-PC-0892.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '26-PC-0892', orderDate: '2026-12-01', requestedDeliveryDate: '2026-12-15',
            buyer: { company: 'Bodegas Valdeoja S.A.', contactName: 'Iñaki Sáenz', email: 'laboratorio@valdeoja.es', phone: '941 55 02 40' },
            shipTo: addr('Bodegas Valdeoja S.A. - Laboratorio', 'Ctra. de Fuenmayor, km 2', 'Logroño', 'La Rioja', '26006', 'ES'),
            billTo: addr('Bodegas Valdeoja S.A.', 'Avda. de la Paz 112', 'Logroño', 'La Rioja', '26004', 'ES'),
            currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'Recibo domiciliado 60 días', shippingMethod: null, notes: 'Horario de recepción: lunes a viernes de 8:00 a 14:00. Indicar nº de pedido en albarán y factura.',
            urgency: urgency({ received: date.date, requested: '2026-12-15' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d23
  {
    name: 'd23_alimentos_norte_mx',
    ext: 'eml',
    kind: 'email + PDF (ERP print)',
    lang: 'es (MX)',
    what: 'Monterrey food company quality lab "Orden de compra" with "$" prices and "Moneda: MXN", US-style number format, IVA 16 %, freight line, colonia in the address, delivery date a week after the mail.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-PD90-500', description: 'Caja Petri 90 mm estéril, caja con 500', quantity: 4, unit: 'CJ', unitPrice: 1180.0 },
        { lineNo: 2, sku: 'BW-SW-100', description: 'Bolsa para muestra estéril 100 ml, caja con 500', quantity: 6, unit: 'CJ', unitPrice: 1295.0 },
        { lineNo: 3, sku: 'BW-IPA-5', description: 'Alcohol isopropílico 5 L', quantity: 10, unit: 'PZ', unitPrice: 465.0 },
        { lineNo: 4, sku: 'BW-LC-L', description: 'Bata de laboratorio blanca talla G', quantity: 12, unit: 'PZ', unitPrice: 389.0 },
      ];
      const sub = sumLines(lines), shipping = 950, tax = r2((sub + shipping) * 0.16), total = r2(sub + shipping + tax);
      const pdf = await stdPO({
        meta: { title: 'OC-MTY-10552', creator: 'SAP Business One', producer: 'Crystal Reports', date: '2026-12-02' },
        fonts: HELV, fs: 8.5, accent: '#f0e0c8',
        letterhead: { name: 'Alimentos del Norte S.A. de C.V.', lines: ['RFC ANO870312QX1', 'Av. Constitución 2450 Pte., Col. Centro', '64000 Monterrey, Nuevo León, México'] },
        title: 'ORDEN DE COMPRA',
        metaPairs: [['Folio', 'OC-MTY-10552'], ['Fecha', dmy('2026-12-02')], ['Fecha de entrega', dmy('2026-12-09')], ['Comprador', 'Ing. Rodrigo Garza'], ['Teléfono', '81 5550 2290'], ['Condiciones', 'Crédito 30 días'], ['Moneda', 'MXN']],
        addresses: { layout: 'side', blocks: [
          { h: 'Proveedor', lines: SELLER.us },
          { h: 'Lugar de entrega', lines: ['Alimentos del Norte S.A. de C.V.', 'Laboratorio de Control de Calidad', 'Av. Constitución 2450 Pte., Col. Centro', '64000 Monterrey, Nuevo León'] },
        ] },
        cols: [C.no('Part.', 32), C.sku('Código', 72), C.desc('Descripción', 0), C.qty('Cant.', 36), C.unit('U.M.', 32), C.price('P. Unitario', 62), C.amount('Importe', 70)],
        lines, grid: true,
        totals: [['Subtotal', '$' + num(sub)], ['Flete', '$' + num(shipping)], ['IVA 16%', '$' + num(tax)], ['Total MXN', '$' + num(total)]],
        after: ['Favor de enviar factura CFDI 4.0 a facturas@alimentosdelnorte.mx con el folio de la orden. Uso CFDI: G03.'],
      });
      const date = new MailDate('2026-12-02', '10:40:00', '-0600');
      const mail = {
        id: 'd23', from: 'Rodrigo Garza <rgarza@alimentosdelnorte.mx>', to: TO_ORDERS, subject: 'OC-MTY-10552 Alimentos del Norte', date, messageId: 'd23.OCMTY10552@alimentosdelnorte.mx',
        text: 'Buen día,\n\nAnexo orden de compra OC-MTY-10552. Favor de confirmar fecha de entrega.\n\nSaludos,\nIng. Rodrigo Garza\nCompras\n',
        attachments: [{ filename: 'OC-MTY-10552.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('OC-MTY-10552.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'OC-MTY-10552', orderDate: '2026-12-02', requestedDeliveryDate: '2026-12-09',
            buyer: { company: 'Alimentos del Norte S.A. de C.V.', contactName: 'Rodrigo Garza', email: 'rgarza@alimentosdelnorte.mx', phone: '81 5550 2290' },
            shipTo: addr('Alimentos del Norte S.A. de C.V.', ['Laboratorio de Control de Calidad', 'Av. Constitución 2450 Pte., Col. Centro'], 'Monterrey', 'Nuevo León', '64000', 'MX'),
            billTo: null, currency: 'MXN', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: 'Crédito 30 días', shippingMethod: null, notes: 'Favor de enviar factura CFDI 4.0 a facturas@alimentosdelnorte.mx con el folio de la orden. Uso CFDI: G03.',
            urgency: urgency({ received: date.date, requested: '2026-12-09' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d25
  {
    name: 'd25_rheinauer_sap_de',
    ext: 'eml',
    kind: 'email + PDF (SAP print, 2 pages)',
    lang: 'de (DE)',
    what: 'Chemical company SAP "Bestellung" in German, 14 positions over two pages: Zwischensumme at the foot of page 1 and Übertrag on page 2, header repeated, "Ihre Materialnummer" under each position, Postfach invoice address, Skonto terms, MwSt 19 %.',
    async build(ctx) {
      const raw: [string, string, string, number, string, number][] = [
        ['3000112', 'BW-PT10-960', 'Pipettenspitzen 10 µl, Rack à 96', 30, 'ST', 6.4],
        ['3000113', 'BW-PT200-1K', 'Pipettenspitzen 200 µl, lose, 1000 St.', 20, 'BTL', 16.9],
        ['3000114', 'BW-PT1000-R', 'Pipettenspitzen 1000 µl, Rack', 30, 'ST', 6.9],
        ['3000220', 'BW-CT15-500', 'Zentrifugenröhrchen 15 ml, steril, 500 St.', 5, 'KAR', 109.0],
        ['3000221', 'BW-CT50-500', 'Zentrifugenröhrchen 50 ml, steril, 500 St.', 5, 'KAR', 128.5],
        ['3000310', 'BW-RB500', 'Laborflasche 500 ml braun, GL 45', 40, 'ST', 4.6],
        ['3000311', 'BW-VF100', 'Messkolben 100 ml, Klasse A', 12, 'ST', 12.9],
        ['3000312', 'BW-GC50', 'Messzylinder 50 ml, Klasse B', 12, 'ST', 7.1],
        ['3000420', 'BW-SF-0.22', 'Spritzenfilter 0,22 µm PES, 25 mm, 100 St.', 8, 'PAK', 55.0],
        ['3000501', 'BW-NG-M', 'Nitril-Handschuhe Gr. M, 100 St.', 50, 'PAK', 7.95],
        ['3000502', 'BW-NG-L', 'Nitril-Handschuhe Gr. L, 100 St.', 50, 'PAK', 7.95],
        ['3000610', 'BW-SG-01', 'Schutzbrille, klar, beschlagfrei', 25, 'ST', 3.1],
        ['3000700', 'BW-IPA-5', 'Isopropanol 5 l', 10, 'KAN', 22.4],
        ['3000701', 'BW-EtOH-2.5', 'Ethanol absolut 2,5 l', 10, 'FL', 28.6],
      ];
      const lines: LX[] = raw.map(([mat, our, d, q, u, p], i) => ({ lineNo: (i + 1) * 10, sku: our, cust: mat, description: d, quantity: q, unit: u, unitPrice: p, note: `Ihre Materialnummer: ${our}   Liefertermin: 14.12.2026` }));
      const sub = sumLines(lines), tax = r2(sub * 0.19), total = r2(sub + tax);
      const s = (idx: number[]) => eu(r2(idx.reduce((a, i) => a + amt(lines[i]), 0)));
      const pdf = await stdPO({
        meta: { title: 'Bestellung 4500912376', creator: 'SAP', producer: 'SAP NetWeaver', date: '2026-11-30' },
        size: 'A4', fonts: HELV, fs: 8.5,
        letterhead: { name: 'Rheinauer Chemie AG', lines: ['Industriestraße 40 · 67063 Ludwigshafen am Rhein', 'USt-IdNr. DE148812377'] },
        title: 'Bestellung',
        metaPairs: [['Bestellnummer', '4500912376'], ['Datum', '30.11.2026'], ['Lieferantennr.', '70011842'], ['Einkäufergruppe', 'E07 / Frau Krämer'], ['Telefon', '+49 621 5550 7713'], ['E-Mail', 'j.kraemer@rheinauer-chemie.de'], ['Währung', 'EUR']],
        addresses: { layout: 'side', blocks: [
          { h: 'Lieferant', lines: SELLER.eu },
          { h: 'Lieferanschrift', lines: ['Rheinauer Chemie AG', 'Werk Süd, Tor 4, Geb. L112', 'Industriestraße 40', '67063 Ludwigshafen am Rhein'] },
          { h: 'Rechnungsanschrift', lines: ['Rheinauer Chemie AG', 'Kreditorenbuchhaltung', 'Postfach 21 05 40', '67005 Ludwigshafen'] },
        ] },
        before: ['Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto     Lieferbedingung: DAP Ludwigshafen (Incoterms 2020)', 'Bitte Bestellnummer auf Lieferschein und Rechnung angeben.'],
        cols: [C.no('Pos.', 34, (n) => String(n).padStart(5, '0')), C.cust('Material', 52), C.desc('Bezeichnung', 0), C.qty('Menge', 44, 'eu'), C.unit('ME', 30), C.price('Preis/ME', 54, 'eu'), C.amount('Wert', 64, 'eu')],
        lines, rowsFirstPage: 8,
        repeatHead: (p) => [`Bestellung 4500912376 vom 30.11.2026 - Seite ${p}`],
        pageSubtotal: (idx) => ['Zwischensumme', s(idx)],
        carryForward: (idx) => ['Übertrag', s(idx)],
        totals: [['Summe netto', eu(sub)], ['MwSt. 19 %', eu(tax)], ['Gesamtbetrag EUR', eu(total)]],
        after: ['Es gelten unsere Allgemeinen Einkaufsbedingungen.'],
        footer: (p, n) => `Seite ${p} von ${n}`,
      });
      const date = new MailDate('2026-11-30', '14:10:37', '+0100');
      const mail = {
        id: 'd25', from: 'Einkauf Rheinauer Chemie <einkauf@rheinauer-chemie.de>', to: TO_ORDERS, subject: 'Bestellung 4500912376', date, messageId: 'SAP.4500912376.d25@rheinauer-chemie.de',
        replyTo: 'Johanna Krämer <j.kraemer@rheinauer-chemie.de>',
        text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4500912376.\nBitte senden Sie uns innerhalb von 2 Werktagen eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\nJohanna Krämer\nEinkauf Laborbedarf\n\nDiese E-Mail wurde automatisch erstellt.\n',
        attachments: [{ filename: 'Bestellung_4500912376.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('Bestellung_4500912376.pdf', 2)), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '4500912376', orderDate: '2026-11-30', requestedDeliveryDate: '2026-12-14',
            buyer: { company: 'Rheinauer Chemie AG', contactName: 'Johanna Krämer', email: 'j.kraemer@rheinauer-chemie.de', phone: '+49 621 5550 7713' },
            shipTo: addr('Rheinauer Chemie AG', ['Werk Süd, Tor 4, Geb. L112', 'Industriestraße 40'], 'Ludwigshafen am Rhein', null, '67063', 'DE'),
            billTo: addr('Rheinauer Chemie AG', ['Kreditorenbuchhaltung', 'Postfach 21 05 40'], 'Ludwigshafen', null, '67005', 'DE'),
            currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: '14 Tage 2 % Skonto, 30 Tage netto', shippingMethod: 'DAP Ludwigshafen (Incoterms 2020)', notes: 'Bitte Bestellnummer auf Lieferschein und Rechnung angeben.',
            urgency: urgency({ received: date.date, requested: '2026-12-14' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d26
  {
    name: 'd26_leinetal_de_body',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'de (DE)',
    what: 'University institute in Göttingen orders in the mail body: numbered positions "1) 10 Pak … à 6,10 € = 61,00 €", net sum "zzgl. MwSt." without the tax amount, Lieferadresse stacked and "Rechnungsadresse: wie Lieferadresse", asks for delivery by the end of the week.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-FP125', description: 'Rundfilter Ø 125 mm, Grade 1 (100 St.)', quantity: 10, unit: 'PAK', unitPrice: 6.1 },
        { lineNo: 2, sku: 'BW-PD90-500', description: 'Petrischalen 90 mm, steril', quantity: 3, unit: 'KART', unitPrice: 51.2 },
        { lineNo: 3, sku: 'BW-MAG-STIR', description: 'Magnetrührstäbchen-Set PTFE, 10-tlg.', quantity: 2, unit: 'SET', unitPrice: 13.9 },
        { lineNo: 4, sku: 'BW-CV-100', description: 'Einmalküvetten PS halbmikro (100 St.)', quantity: 5, unit: 'PAK', unitPrice: 11.8 },
      ];
      const sub = sumLines(lines);
      const unitTxt: Record<string, string> = { PAK: 'Pak', KART: 'Kart', SET: 'Set' };
      const date = new MailDate('2026-12-01', '08:33:50', '+0100');
      const text = `Sehr geehrte Damen und Herren,

hiermit bestellen wir für unser Institut:

Bestellnummer: HL-MB-2026-318

${lines.map((l) => `${l.lineNo}) ${l.quantity} ${unitTxt[l.unit!]} ${l.sku} ${l.description} à ${eu(l.unitPrice!)} € = ${eu(amt(l))} €`).join('\n')}

Summe: ${eu(sub)} € zzgl. MwSt.

Lieferadresse:
Hochschule Leinetal
Institut für Mikrobiologie, Raum 2.114
Grisebachstraße 8
37077 Göttingen

Rechnungsadresse: wie Lieferadresse

Wir bitten um Lieferung bis Ende der Woche, da am Montag ein Praktikum beginnt.

Mit freundlichen Grüßen
Dr. Annika Vogt
Hochschule Leinetal - Institut für Mikrobiologie
Tel. 0551 5550 2114
`;
      const mail = { id: 'd26', from: 'Annika Vogt <annika.vogt@hs-leinetal.de>', to: TO_ORDERS, subject: 'Bestellung HL-MB-2026-318', date, messageId: 'd26.a7f3e1@hs-leinetal.de', text, mailer: 'Mozilla Thunderbird' };
      const ship = addr('Hochschule Leinetal', ['Institut für Mikrobiologie, Raum 2.114', 'Grisebachstraße 8'], 'Göttingen', null, '37077', 'DE');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, body), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'HL-MB-2026-318', orderDate: null, requestedDeliveryDate: null,
            buyer: { company: 'Hochschule Leinetal', contactName: 'Annika Vogt', email: 'annika.vogt@hs-leinetal.de', phone: '0551 5550 2114' },
            shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax: null, shipping: null, total: null,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({ word: { level: 'high', reason: 'body: "Wir bitten um Lieferung bis Ende der Woche" (by end of week)' } }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d28
  {
    name: 'd28_arome_provence_fr',
    ext: 'eml',
    kind: 'email + PDF (Word template)',
    lang: 'fr (FR)',
    what: 'Perfume R&D laboratory in Grasse, "Bon de commande" with both an internal reference and the supplier reference, quantities and prices in French format (space thousands, decimal comma), remise column, Total HT / TVA 20 % / Total TTC, payment 30 days end of month.',
    async build(ctx) {
      const lines: LX[] = [
        { cust: 'LAB-0117', sku: 'BW-RB500', description: 'Flacon réactif 500 ml ambre GL45', quantity: 60, unit: 'U', unitPrice: 4.85, disc: 8 },
        { cust: 'LAB-0120', sku: 'BW-VF100', description: 'Fiole jaugée 100 ml classe A', quantity: 20, unit: 'U', unitPrice: 13.6, disc: 8 },
        { cust: 'LAB-0230', sku: 'BW-PIP-P1000', description: 'Pipette monocanal 100-1000 µl', quantity: 3, unit: 'U', unitPrice: 172.0 },
        { cust: 'LAB-0301', sku: 'BW-EtOH-2.5', description: 'Éthanol absolu 2,5 l', quantity: 12, unit: 'U', unitPrice: 27.9 },
        { cust: 'LAB-0415', sku: 'BW-BAL-220', description: 'Balance analytique 220 g / 0,1 mg', quantity: 1, unit: 'U', unitPrice: 1395.0 },
      ];
      const fr = (n: number) => num(n, 'fr');
      const sub = sumLines(lines), tax = r2(sub * 0.2), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'Bon de commande BC-26-1143', author: 'C. Marchetti', creator: 'Microsoft® Word 2021', date: '2026-12-03' },
        size: 'A4', fonts: TIMES, fs: 9.5,
        letterhead: { name: 'Arôme de Provence SAS', lines: ['Laboratoire R&D', '185 avenue Jean-Jaurès, ZI Sud', '06130 Grasse', 'SIRET 512 884 310 00027'] },
        title: 'BON DE COMMANDE',
        metaPairs: [['N° :', 'BC-26-1143'], ['Date :', dmy('2026-12-03')], ['Livraison souhaitée :', dmy('2026-12-18')], ['Demandeur :', 'Claire Marchetti'], ['Tél. :', '04 93 55 01 86']],
        metaLabelW: 105,
        addresses: { layout: 'side', blocks: [
          { h: 'Fournisseur', lines: SELLER.eu },
          { h: 'Adresse de livraison et de facturation', lines: ['Arôme de Provence SAS', 'Laboratoire R&D', '185 avenue Jean-Jaurès, ZI Sud', '06130 Grasse'] },
        ] },
        cols: [C.cust('Réf. interne', 58), C.sku('Réf. fournisseur', 72), C.desc('Désignation', 0), C.qty('Qté', 32, 'fr'), C.unit('U', 22), C.price('PU HT', 56, 'fr'), C.disc('Remise', 40, 'fr'), C.amount('Montant HT', 66, 'fr')],
        lines, grid: true,
        totals: [['Total HT', fr(sub) + ' €'], ['TVA 20 %', fr(tax) + ' €'], ['Total TTC', fr(total) + ' €']],
        after: ['Règlement : 30 jours fin de mois.', 'Merci de joindre les certificats d\'analyse aux livraisons.'],
        sign: ['Bon pour accord, C. Marchetti'],
      });
      const date = new MailDate('2026-12-03', '11:20:05', '+0100');
      const mail = {
        id: 'd28', from: 'Claire Marchetti <c.marchetti@aromedeprovence.fr>', to: TO_ORDERS, subject: 'Commande BC-26-1143', date, messageId: 'd28.bc261143@aromedeprovence.fr',
        text: 'Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande BC-26-1143.\nMerci de nous confirmer le délai.\n\nCordialement,\nClaire Marchetti\nArôme de Provence - Laboratoire R&D\n',
        attachments: [{ filename: 'BC-26-1143.pdf', contentType: PDF, data: pdf }],
      };
      const ship = addr('Arôme de Provence SAS', ['Laboratoire R&D', '185 avenue Jean-Jaurès, ZI Sud'], 'Grasse', null, '06130', 'FR');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('BC-26-1143.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'BC-26-1143', orderDate: '2026-12-03', requestedDeliveryDate: '2026-12-18',
            buyer: { company: 'Arôme de Provence SAS', contactName: 'Claire Marchetti', email: 'c.marchetti@aromedeprovence.fr', phone: '04 93 55 01 86' },
            shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: '30 jours fin de mois', shippingMethod: null, notes: 'Merci de joindre les certificats d\'analyse aux livraisons.',
            urgency: urgency({ received: date.date, requested: '2026-12-18' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d29
  {
    name: 'd29_saint_just_fr_urgent',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'fr (FR)',
    what: 'Hospital pharmacy in Lyon: subject "Commande URGENTE", stock-out of tubes, asks for express shipping; text table Réf./Désignation/Qté/PU HT/Total HT, Total HT only, delivery address in the hospital, invoicing to the hospital\'s accounts address with a BP.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-CT15-500', description: 'Tubes à centrifuger 15 ml stériles (carton 500)', quantity: 4, unit: 'CARTON', unitPrice: 112.0 },
        { sku: 'BW-MT15-500', description: 'Microtubes 1,5 ml (sachet 500)', quantity: 10, unit: 'SACHET', unitPrice: 22.5 },
        { sku: 'BW-PT1000-R', description: 'Cônes 1000 µl en portoir', quantity: 20, unit: 'PORTOIR', unitPrice: 7.2 },
      ];
      const fr = (n: number) => num(n, 'fr');
      const sub = sumLines(lines);
      const date = new MailDate('2026-12-04', '08:05:19', '+0100');
      const text = `Bonjour,

Commande urgente : nous sommes en rupture de stock de tubes au laboratoire de biologie. Merci d'expédier en express dès aujourd'hui.

N° de commande : PUI-2026-2214

${textTable(['Réf.', 'Désignation', 'Qté', 'Conditionnement', 'PU HT', 'Total HT'], lines.map((l) => [l.sku!, l.description!, String(l.quantity), l.unit!.toLowerCase(), fr(l.unitPrice!), fr(amt(l))]), ['l', 'l', 'r', 'l', 'r', 'r'])}

Total HT : ${fr(sub)} €

Livraison :
Hôpital Saint-Just - Pharmacie à usage intérieur
Bâtiment C, quai de réception
14 rue de Trion
69005 Lyon

Facturation :
Hôpital Saint-Just - Service financier
BP 5081
69245 Lyon Cedex 05

Cordialement,
Dr Mathilde Rousseau
Pharmacien - PUI Hôpital Saint-Just
04 72 55 03 18
`;
      const mail = { id: 'd29', from: 'Mathilde Rousseau <m.rousseau@hopital-saintjust.fr>', to: TO_ORDERS, subject: 'Commande URGENTE n° PUI-2026-2214', date, messageId: 'd29.PUI20262214@hopital-saintjust.fr', text, textEncoding: '8bit' as const };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, body), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'PUI-2026-2214', orderDate: null, requestedDeliveryDate: null,
            buyer: { company: 'Hôpital Saint-Just', contactName: 'Mathilde Rousseau', email: 'm.rousseau@hopital-saintjust.fr', phone: '04 72 55 03 18' },
            shipTo: addr('Hôpital Saint-Just - Pharmacie à usage intérieur', ['Bâtiment C, quai de réception', '14 rue de Trion'], 'Lyon', null, '69005', 'FR'),
            billTo: addr('Hôpital Saint-Just - Service financier', 'BP 5081', 'Lyon Cedex 05', null, '69245', 'FR'),
            currency: 'EUR', lines, subtotal: sub, tax: null, shipping: null, total: null,
            paymentTerms: null, shippingMethod: 'express', notes: null,
            urgency: urgency({ word: { level: 'urgent', reason: 'subject "Commande URGENTE"; body: rupture de stock, "expédier en express dès aujourd\'hui"' } }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d30
  {
    name: 'd30_vieux_port_qc',
    ext: 'eml',
    kind: 'email + PDF (Word template)',
    lang: 'fr (CA)',
    what: 'Québec college chemistry department "Bon de commande": ISO dates, prices in "1 234,50 $" Canadian style, TPS 5 % and TVQ 9,975 % as two tax lines, Canadian postal code, livraison and facturation side by side.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-BK1000', description: 'Bécher 1000 ml, verre borosilicaté', quantity: 12, unit: 'UN', unitPrice: 11.4 },
        { lineNo: 2, sku: 'BW-GC50', description: 'Cylindre gradué 50 ml', quantity: 24, unit: 'UN', unitPrice: 9.2 },
        { lineNo: 3, sku: 'BW-SG-01', description: 'Lunettes de sécurité antibuée', quantity: 40, unit: 'UN', unitPrice: 4.1 },
        { lineNo: 4, sku: 'BW-HP-550', description: 'Plaque chauffante agitatrice 120 V', quantity: 2, unit: 'UN', unitPrice: 795.0 },
      ];
      const fr = (n: number) => num(n, 'fr');
      const sub = sumLines(lines), tps = r2(sub * 0.05), tvq = r2(sub * 0.09975), total = r2(sub + tps + tvq);
      const pdf = await stdPO({
        meta: { title: 'Bon de commande 2026-0873', author: 'approvisionnement', creator: 'Microsoft® Word pour Microsoft 365', date: '2026-12-01' },
        fonts: HELV, fs: 9, accent: '#dde6f5',
        letterhead: { name: 'Cégep du Vieux-Port', lines: ['Service des approvisionnements', '255, rue de la Commune Ouest', 'Montréal (Québec)  H2Y 2E2'] },
        title: 'BON DE COMMANDE',
        metaPairs: [['Numéro', '2026-0873'], ['Date', '2026-12-01'], ['Livraison requise', '2026-12-15'], ['Acheteur', 'Julien Tremblay'], ['Téléphone', '514 555-0172'], ['Modalités', 'Net 30 jours']],
        addresses: { layout: 'boxed', blocks: [
          { h: 'Livrer à', lines: ['Cégep du Vieux-Port - Département de chimie', 'Pavillon B, local B-318', '255, rue de la Commune Ouest', 'Montréal (Québec)  H2Y 2E2'] },
          { h: 'Facturer à', lines: ['Cégep du Vieux-Port - Comptes fournisseurs', 'C.P. 1150, succursale Place-d\'Armes', 'Montréal (Québec)  H2Y 3K2'] },
        ] },
        cols: [C.no('Ligne', 34), C.sku('No article', 74), C.desc('Description', 0), C.qty('Qté', 36), C.unit('Unité', 36), C.fn('Prix unitaire', 70, (l) => fr(l.unitPrice!) + ' $', 'right'), C.fn('Montant', 76, (l) => fr(amt(l)) + ' $', 'right')],
        lines, grid: true,
        totals: [['Sous-total', fr(sub) + ' $'], ['TPS 5 %', fr(tps) + ' $'], ['TVQ 9,975 %', fr(tvq) + ' $'], ['Total', fr(total) + ' $']],
        after: ['Veuillez indiquer le numéro de bon de commande sur la facture et le bordereau de livraison.'],
      });
      const date = new MailDate('2026-12-01', '13:55:02', '-0500');
      const mail = {
        id: 'd30', from: 'Julien Tremblay <jtremblay@cegepvieuxport.qc.ca>', to: TO_ORDERS, subject: 'Bon de commande 2026-0873', date, messageId: 'd30.BC20260873@cegepvieuxport.qc.ca',
        text: 'Bonjour,\n\nCi-joint notre bon de commande 2026-0873.\n\nMerci et bonne journée,\nJulien Tremblay\nService des approvisionnements\n',
        attachments: [{ filename: 'BC 2026-0873.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('BC 2026-0873.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '2026-0873', orderDate: '2026-12-01', requestedDeliveryDate: '2026-12-15',
            buyer: { company: 'Cégep du Vieux-Port', contactName: 'Julien Tremblay', email: 'jtremblay@cegepvieuxport.qc.ca', phone: '514 555-0172' },
            shipTo: addr('Cégep du Vieux-Port - Département de chimie', ['Pavillon B, local B-318', '255, rue de la Commune Ouest'], 'Montréal', 'QC', 'H2Y 2E2', 'CA'),
            billTo: addr('Cégep du Vieux-Port - Comptes fournisseurs', 'C.P. 1150, succursale Place-d\'Armes', 'Montréal', 'QC', 'H2Y 3K2', 'CA'),
            currency: 'CAD', lines, subtotal: sub, tax: r2(tps + tvq), shipping: null, total,
            paymentTerms: 'Net 30 jours', shippingMethod: null, notes: 'Veuillez indiquer le numéro de bon de commande sur la facture et le bordereau de livraison.',
            urgency: urgency({ received: date.date, requested: '2026-12-15' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d31
  {
    name: 'd31_iba_lausanne_ch',
    ext: 'eml',
    kind: 'email + PDF (ERP print)',
    lang: 'fr (CH)',
    what: 'Swiss biochemistry institute in Lausanne: "Commande" in CHF with apostrophe thousands separators, dates DD.MM.YYYY, TVA 8,1 %, transport line, four-digit Swiss postcode, delivery period in three weeks.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-PW-96', description: 'Microplaques 96 puits fond plat, stériles (50)', quantity: 10, unit: 'CT', unitPrice: 118.0 },
        { lineNo: 2, sku: 'BW-PT200-1K', description: 'Pointes 200 µl vrac (1000)', quantity: 20, unit: 'SAC', unitPrice: 21.5 },
        { lineNo: 3, sku: 'BW-CT50-500', description: 'Tubes 50 ml stériles (500)', quantity: 6, unit: 'CT', unitPrice: 165.0 },
        { lineNo: 4, sku: 'BW-PIP-P1000', description: 'Pipette 100-1000 µl', quantity: 4, unit: 'PCE', unitPrice: 219.0 },
      ];
      const ch = (n: number) => num(n, 'ch');
      const sub = sumLines(lines), shipping = 45, tax = r2((sub + shipping) * 0.081), total = r2(sub + shipping + tax);
      const pdf = await stdPO({
        meta: { title: 'Commande IBA-4410', creator: 'Abacus ERP', producer: 'Abacus Research AG', date: '2026-12-02' },
        size: 'A4', fonts: HELV, fs: 8.5,
        letterhead: { name: 'Institut de biochimie appliquée SA', lines: ['Chemin des Cèdres 14', '1004 Lausanne', 'CHE-114.552.908 TVA'] },
        title: 'Commande',
        metaPairs: [['N° de commande', 'IBA-4410'], ['Date', '02.12.2026'], ['Délai de livraison', '21.12.2026'], ['Responsable', 'Nicolas Perret'], ['Tél.', '+41 21 555 04 48'], ['Conditions', '30 jours net']],
        addresses: { layout: 'side', blocks: [
          { h: 'Fournisseur', lines: SELLER.eu },
          { h: 'Adresse de livraison', lines: ['Institut de biochimie appliquée SA', 'Réception marchandises, niveau -1', 'Chemin des Cèdres 14', '1004 Lausanne', 'Suisse'] },
        ] },
        cols: [C.no('Pos.', 30), C.sku('Article', 72), C.desc('Désignation', 0), C.qty('Quantité', 48, 'ch'), C.unit('Unité', 36), C.price('Prix CHF', 58, 'ch'), C.amount('Montant CHF', 70, 'ch')],
        lines,
        totals: [['Total marchandises', ch(sub)], ['Transport', ch(shipping)], ['TVA 8,1 %', ch(tax)], ['Total CHF', ch(total)]],
        after: ['Livraison DDP Lausanne, dédouanement par le fournisseur. Facture en CHF à compta@iba-lausanne.ch.'],
      });
      const date = new MailDate('2026-12-02', '09:27:41', '+0100');
      const mail = {
        id: 'd31', from: 'Nicolas Perret <n.perret@iba-lausanne.ch>', to: TO_ORDERS, subject: 'Commande IBA-4410', date, messageId: 'd31.IBA4410@iba-lausanne.ch',
        text: 'Madame, Monsieur,\n\nVous trouverez en annexe notre commande IBA-4410.\n\nMeilleures salutations\nNicolas Perret\n',
        attachments: [{ filename: 'Commande_IBA-4410.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('Commande_IBA-4410.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'IBA-4410', orderDate: '2026-12-02', requestedDeliveryDate: '2026-12-21',
            buyer: { company: 'Institut de biochimie appliquée SA', contactName: 'Nicolas Perret', email: 'n.perret@iba-lausanne.ch', phone: '+41 21 555 04 48' },
            shipTo: addr('Institut de biochimie appliquée SA', ['Réception marchandises, niveau -1', 'Chemin des Cèdres 14'], 'Lausanne', null, '1004', 'CH'),
            billTo: null, currency: 'CHF', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: '30 jours net', shippingMethod: 'DDP Lausanne', notes: 'Livraison DDP Lausanne, dédouanement par le fournisseur. Facture en CHF à compta@iba-lausanne.ch.',
            urgency: urgency({ received: date.date, requested: '2026-12-21' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d32
  {
    name: 'd32_uva_exact_nl',
    ext: 'eml',
    kind: 'email + PDF (Exact Online print)',
    lang: 'nl (NL)',
    what: 'Utrecht food-analysis lab "Inkooporder" from Exact Online: Artikel/Omschrijving/Aantal/Eenheid/Prijs/Korting/Bedrag, dd-mm-yyyy dates, BTW 21 %, delivery address and a Postbus invoice address.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-SW-100', description: 'Monsterzakken 100 ml steriel (500 st.)', quantity: 4, unit: 'DOOS', unitPrice: 58.0, disc: 5 },
        { sku: 'BW-PD90-500', description: 'Petrischalen 90 mm (500 st.)', quantity: 6, unit: 'DOOS', unitPrice: 49.5, disc: 5 },
        { sku: 'BW-PT1000-R', description: 'Pipetpunten 1000 µl in rek', quantity: 30, unit: 'STK', unitPrice: 6.85 },
        { sku: 'BW-NG-M', description: 'Nitril handschoenen maat M (100)', quantity: 20, unit: 'DOOS', unitPrice: 7.6 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.21), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'Inkooporder 26004517', creator: 'Exact Online', producer: 'Exact', date: '2026-12-03' },
        size: 'A4', fonts: HELV, fs: 8.5, accent: '#e0ecf8',
        letterhead: { name: 'Utrechtse Voedsel Analyse B.V.', lines: ['Vondellaan 112', '3521 GH Utrecht', 'KvK 30188412 · BTW NL812200310B01'] },
        title: 'Inkooporder',
        metaPairs: [['Ordernummer', '26004517'], ['Orderdatum', dmy('2026-12-03', '-')], ['Leverdatum', dmy('2026-12-11', '-')], ['Inkoper', 'Sanne de Boer'], ['Telefoon', '030 555 8124'], ['Betalingsconditie', '30 dagen netto']],
        metaLabelW: 100,
        addresses: { layout: 'side', blocks: [
          { h: 'Afleveradres', lines: ['Utrechtse Voedsel Analyse B.V.', 'Laboratorium, ingang B', 'Vondellaan 112', '3521 GH Utrecht'] },
          { h: 'Factuuradres', lines: ['Utrechtse Voedsel Analyse B.V.', 'Crediteurenadministratie', 'Postbus 8123', '3503 RC Utrecht'] },
        ] },
        cols: [C.sku('Artikel', 76), C.desc('Omschrijving', 0), C.qty('Aantal', 40, 'eu'), C.unit('Eenheid', 44), C.price('Prijs', 54, 'eu'), C.disc('Korting', 40, 'eu'), C.amount('Bedrag', 62, 'eu')],
        lines,
        totals: [['Totaal excl. BTW', '€ ' + eu(sub)], ['BTW 21%', '€ ' + eu(tax)], ['Totaal incl. BTW', '€ ' + eu(total)]],
        after: ['Vermeld a.u.b. ons ordernummer op pakbon en factuur.'],
      });
      const date = new MailDate('2026-12-03', '13:02:16', '+0100');
      const mail = {
        id: 'd32', from: 'Sanne de Boer <inkoop@uva-lab.nl>', to: TO_ORDERS, subject: 'Inkooporder 26004517', date, messageId: 'd32.26004517@exactonline.nl',
        text: 'Beste leverancier,\n\nIn de bijlage vindt u inkooporder 26004517.\n\nMet vriendelijke groet,\nSanne de Boer\nUtrechtse Voedsel Analyse B.V.\n',
        attachments: [{ filename: 'Inkooporder 26004517.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('Inkooporder 26004517.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '26004517', orderDate: '2026-12-03', requestedDeliveryDate: '2026-12-11',
            buyer: { company: 'Utrechtse Voedsel Analyse B.V.', contactName: 'Sanne de Boer', email: 'inkoop@uva-lab.nl', phone: '030 555 8124' },
            shipTo: addr('Utrechtse Voedsel Analyse B.V.', ['Laboratorium, ingang B', 'Vondellaan 112'], 'Utrecht', null, '3521 GH', 'NL'),
            billTo: addr('Utrechtse Voedsel Analyse B.V.', ['Crediteurenadministratie', 'Postbus 8123'], 'Utrecht', null, '3503 RC', 'NL'),
            currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: '30 dagen netto', shippingMethod: null, notes: 'Vermeld a.u.b. ons ordernummer op pakbon en factuur.',
            urgency: urgency({ received: date.date, requested: '2026-12-11' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d33
  {
    name: 'd33_noorderweide_nl_spoed',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'nl (NL)',
    what: 'Dairy cooperative quality lab in Friesland, subject "Spoedbestelling", asks for delivery "met spoed" because the stock is out; lines as "aantal x artikel omschrijving à € prijs", no totals, delivery and invoice address given.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-PD90-500', description: 'petrischalen 90 mm', quantity: 5, unit: 'DOZEN', unitPrice: 49.5 },
        { sku: 'BW-SW-100', description: 'monsterzakken 100 ml', quantity: 3, unit: 'DOZEN', unitPrice: 58.0 },
        { sku: 'BW-THERM', description: 'digitale steekthermometer', quantity: 2, unit: 'STUKS', unitPrice: 19.95 },
      ];
      const date = new MailDate('2026-12-02', '07:50:33', '+0100');
      const text = `Goedemorgen,

Wilt u onderstaande bestelling met spoed leveren? Onze voorraad petrischalen is op en de melkontvangst gaat gewoon door.

Ordernummer: NW-88120

${lines.map((l) => `${l.quantity} ${l.unit!.toLowerCase()} ${l.sku} ${l.description} à € ${eu(l.unitPrice!)}`).join('\n')}

Afleveren:
Zuivelcoöperatie Noorderweide U.A.
Kwaliteitslab, dock 3
Snekertrekweg 61
8912 AA Leeuwarden

Factuur naar: Zuivelcoöperatie Noorderweide U.A., t.a.v. crediteuren, Postbus 1420, 8900 CK Leeuwarden

Alvast bedankt!
Jelle Hoekstra
Kwaliteitslab Noorderweide
058 555 3391
`;
      const mail = { id: 'd33', from: 'Jelle Hoekstra <j.hoekstra@noorderweide.nl>', to: TO_ORDERS, subject: 'Spoedbestelling NW-88120', date, messageId: 'd33.NW88120@noorderweide.nl', text };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, body), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'NW-88120', orderDate: null, requestedDeliveryDate: null,
            buyer: { company: 'Zuivelcoöperatie Noorderweide U.A.', contactName: 'Jelle Hoekstra', email: 'j.hoekstra@noorderweide.nl', phone: '058 555 3391' },
            shipTo: addr('Zuivelcoöperatie Noorderweide U.A.', ['Kwaliteitslab, dock 3', 'Snekertrekweg 61'], 'Leeuwarden', null, '8912 AA', 'NL'),
            billTo: addr('Zuivelcoöperatie Noorderweide U.A.', ['t.a.v. crediteuren', 'Postbus 1420'], 'Leeuwarden', null, '8900 CK', 'NL'),
            currency: 'EUR', lines, subtotal: null, tax: null, shipping: null, total: null,
            paymentTerms: null, shippingMethod: null, notes: null,
            urgency: urgency({ word: { level: 'urgent', reason: 'subject "Spoedbestelling" and body "met spoed leveren" (rush; stock is out)' } }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d34
  {
    name: 'd34_brera_it_pdf',
    ext: 'eml',
    kind: 'email + PDF (ERP print)',
    lang: 'it (IT)',
    what: 'Milan pharmaceutical company "Ordine d\'acquisto" with position numbers, supplier code, discount percent, IVA 22 %, "Bonifico bancario 60 gg d.f.f.m.", "Franco destino", province code in brackets, requested delivery date day-first.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'BW-CT15-500', description: 'Provette da centrifuga 15 ml sterili (cartone 500)', quantity: 8, unit: 'CF', unitPrice: 112.0, disc: 10 },
        { lineNo: 2, sku: 'BW-CT50-500', description: 'Provette da centrifuga 50 ml sterili (cartone 500)', quantity: 8, unit: 'CF', unitPrice: 132.0, disc: 10 },
        { lineNo: 3, sku: 'BW-SF-0.22', description: 'Filtri per siringa 0,22 µm PES 25 mm (conf. 100)', quantity: 10, unit: 'CF', unitPrice: 57.0 },
        { lineNo: 4, sku: 'BW-LC-L', description: 'Camice da laboratorio bianco taglia L', quantity: 15, unit: 'PZ', unitPrice: 16.9 },
        { lineNo: 5, sku: 'BW-SHARPS-5', description: 'Contenitore per taglienti 5 l', quantity: 20, unit: 'PZ', unitPrice: 7.4 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.22), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'Ordine OA/2026/01984', creator: 'TeamSystem Enterprise', producer: 'TeamSystem', date: '2026-11-30' },
        size: 'A4', fonts: HELV, fs: 8.5,
        letterhead: { name: 'Farmaceutici Brera S.p.A.', lines: ['Via Valtellina 63 - 20159 Milano (MI)', 'P.IVA IT 08812440961'] },
        title: "ORDINE D'ACQUISTO",
        metaPairs: [['Numero', 'OA/2026/01984'], ['Data ordine', dmy('2026-11-30')], ['Consegna richiesta', dmy('2026-12-18')], ['Buyer', 'Dott.ssa Elena Colombo'], ['Tel.', '02 5550 1984'], ['Pagamento', 'Bonifico bancario 60 gg d.f.f.m.'], ['Resa', 'Franco destino']],
        metaLabelW: 90,
        addresses: { layout: 'side', blocks: [
          { h: 'Fornitore', lines: SELLER.eu },
          { h: 'Luogo di consegna', lines: ['Farmaceutici Brera S.p.A.', 'Magazzino Laboratorio QC', 'Via Valtellina 63', '20159 Milano (MI)'] },
          { h: 'Fatturare a', lines: ['Farmaceutici Brera S.p.A.', 'Amministrazione', 'Via Valtellina 63', '20159 Milano (MI)'] },
        ] },
        cols: [C.no('Pos.', 28), C.sku('Cod. fornitore', 72), C.desc('Descrizione', 0), C.qty('Q.tà', 34, 'eu'), C.unit('U.M.', 30), C.price('Prezzo unit.', 58, 'eu'), C.disc('Sc. %', 34, 'eu'), C.amount('Importo', 64, 'eu')],
        lines, grid: true,
        totals: [['Imponibile', '€ ' + eu(sub)], ['IVA 22%', '€ ' + eu(tax)], ['Totale ordine', '€ ' + eu(total)]],
        after: ['Indicare il numero d\'ordine su DDT e fattura. Orario ricevimento merci 8:30-12:30.'],
      });
      const date = new MailDate('2026-11-30', '16:05:22', '+0100');
      const mail = {
        id: 'd34', from: 'Elena Colombo <acquisti@farmaceuticibrera.it>', to: TO_ORDERS, subject: 'Ordine OA/2026/01984', date, messageId: 'd34.OA202601984@farmaceuticibrera.it',
        text: 'Buongiorno,\n\nin allegato il nostro ordine OA/2026/01984. Vi preghiamo di inviarci conferma d\'ordine.\n\nCordiali saluti\nElena Colombo\nUfficio Acquisti\n',
        attachments: [{ filename: 'OA_2026_01984.pdf', contentType: PDF, data: pdf }],
      };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('OA_2026_01984.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'OA/2026/01984', orderDate: '2026-11-30', requestedDeliveryDate: '2026-12-18',
            buyer: { company: 'Farmaceutici Brera S.p.A.', contactName: 'Elena Colombo', email: 'acquisti@farmaceuticibrera.it', phone: '02 5550 1984' },
            shipTo: addr('Farmaceutici Brera S.p.A.', ['Magazzino Laboratorio QC', 'Via Valtellina 63'], 'Milano', 'MI', '20159', 'IT'),
            billTo: addr('Farmaceutici Brera S.p.A.', ['Amministrazione', 'Via Valtellina 63'], 'Milano', 'MI', '20159', 'IT'),
            currency: 'EUR', lines, subtotal: sub, tax, shipping: null, total,
            paymentTerms: 'Bonifico bancario 60 gg d.f.f.m.', shippingMethod: 'Franco destino', notes: 'Indicare il numero d\'ordine su DDT e fattura. Orario ricevimento merci 8:30-12:30.',
            urgency: urgency({ received: date.date, requested: '2026-12-18' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d35
  {
    name: 'd35_emiliana_it_body',
    ext: 'eml',
    kind: 'email, plain-text body',
    lang: 'it (IT)',
    what: 'Bologna analysis lab writes its order in the mail body: "Ordine n. 233/26", lines "n. pz codice descrizione - prezzo cad.", delivery requested within six days, "sede legale" invoice address differing from the lab address.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-PT200-1K', description: 'puntali 200 µl sfusi (busta 1000)', quantity: 10, unit: 'PZ', unitPrice: 17.4 },
        { sku: 'BW-MT15-500', description: 'microprovette 1,5 ml (busta 500)', quantity: 6, unit: 'PZ', unitPrice: 21.9 },
        { sku: 'BW-PH7-500', description: 'soluzione tampone pH 7,00 500 ml', quantity: 4, unit: 'PZ', unitPrice: 7.7 },
      ];
      const sub = sumLines(lines);
      const date = new MailDate('2026-12-03', '09:40:08', '+0100');
      const text = `Buongiorno,

con la presente vi trasmettiamo l'ordine n. 233/26 del ${dmy('2026-12-03')}:

${lines.map((l) => `- n. ${l.quantity} pz ${l.sku} ${l.description} - € ${eu(l.unitPrice!)} cad.`).join('\n')}

Totale imponibile € ${eu(sub)} + IVA

Consegna entro il 09/12/2026 presso:
Laboratorio Analisi Emiliana S.r.l.
Via del Lavoro 18
40127 Bologna (BO)

Fatturazione: Laboratorio Analisi Emiliana S.r.l., sede legale Via Saragozza 95, 40123 Bologna (BO), P.IVA 03318840375, codice SDI M5UXCR1.
Pagamento: RiBa 60 gg.

Grazie e saluti,
Marco Benassi
Laboratorio Analisi Emiliana
051 555 2330
`;
      const mail = { id: 'd35', from: 'Marco Benassi <m.benassi@analisiemiliana.it>', to: TO_ORDERS, subject: 'Ordine 233/26', date, messageId: 'd35.23326@analisiemiliana.it', text };
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, body), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: '233/26', orderDate: '2026-12-03', requestedDeliveryDate: '2026-12-09',
            buyer: { company: 'Laboratorio Analisi Emiliana S.r.l.', contactName: 'Marco Benassi', email: 'm.benassi@analisiemiliana.it', phone: '051 555 2330' },
            shipTo: addr('Laboratorio Analisi Emiliana S.r.l.', 'Via del Lavoro 18', 'Bologna', 'BO', '40127', 'IT'),
            billTo: addr('Laboratorio Analisi Emiliana S.r.l.', 'Via Saragozza 95', 'Bologna', 'BO', '40123', 'IT'),
            currency: 'EUR', lines, subtotal: sub, tax: null, shipping: null, total: null,
            paymentTerms: 'RiBa 60 gg', shippingMethod: null, notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-09' }),
          })],
        },
      };
    },
  },
  // ------------------------------------------------------------------ d36
  {
    name: 'd36_douro_pt_pdf',
    ext: 'eml',
    kind: 'email + PDF (Word template)',
    lang: 'pt (PT)',
    what: 'Porto analysis laboratory "Nota de Encomenda" with NIF, Portuguese postcode 4150-171, Ref./Descrição/Qtd./Un./Preço unit./Total, IVA 23 %, shipping line "Portes", delivery date day-first, payment 30 days.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-NG-S', description: 'Luvas de nitrilo tamanho S (cx. 100)', quantity: 10, unit: 'CX', unitPrice: 8.2 },
        { sku: 'BW-NG-M', description: 'Luvas de nitrilo tamanho M (cx. 100)', quantity: 20, unit: 'CX', unitPrice: 8.2 },
        { sku: 'BW-RB500', description: 'Frasco de reagente âmbar 500 ml GL45', quantity: 24, unit: 'UN', unitPrice: 4.95 },
        { sku: 'BW-DI-20', description: 'Água desionizada 20 l', quantity: 5, unit: 'UN', unitPrice: 16.9 },
      ];
      const sub = sumLines(lines), shipping = 18, tax = r2((sub + shipping) * 0.23), total = r2(sub + shipping + tax);
      const pdf = await stdPO({
        meta: { title: 'Nota de Encomenda NE 2026/0311', author: 'Ana Ribeiro', creator: 'Microsoft® Word 2016', date: '2026-12-04' },
        size: 'A4', fonts: HELV, fs: 9,
        letterhead: { name: 'Laboratório Douro Análises, Lda.', lines: ['Rua do Campo Alegre 830', '4150-171 Porto', 'NIF 509 331 820 · Tel. 22 555 0311'] },
        title: 'NOTA DE ENCOMENDA',
        metaPairs: [['N.º', 'NE 2026/0311'], ['Data', dmy('2026-12-04')], ['Data de entrega', dmy('2026-12-17')], ['Contacto', 'Ana Ribeiro'], ['Pagamento', '30 dias']],
        addresses: { layout: 'stacked', blocks: [
          { h: 'Local de entrega:', lines: ['Laboratório Douro Análises, Lda.', 'Rua do Campo Alegre 830, armazém 2', '4150-171 Porto'] },
          { h: 'Faturação:', lines: ['Igual ao local de entrega'] },
        ] },
        cols: [C.sku('Ref.', 76), C.desc('Descrição', 0), C.qty('Qtd.', 40, 'eu'), C.unit('Un.', 32), C.price('Preço unit.', 62, 'eu'), C.amount('Total', 70, 'eu')],
        lines, grid: true,
        totals: [['Subtotal', eu(sub) + ' €'], ['Portes', eu(shipping) + ' €'], ['IVA 23%', eu(tax) + ' €'], ['Total', eu(total) + ' €']],
      });
      const date = new MailDate('2026-12-04', '10:30:44', '+0000');
      const mail = {
        id: 'd36', from: 'Ana Ribeiro <compras@douroanalises.pt>', to: TO_ORDERS, subject: 'Nota de Encomenda NE 2026/0311', date, messageId: 'd36.NE20260311@douroanalises.pt',
        text: 'Bom dia,\n\nSegue em anexo a nossa nota de encomenda NE 2026/0311.\nAgradecemos confirmação.\n\nCumprimentos,\nAna Ribeiro\nLaboratório Douro Análises\n',
        attachments: [{ filename: 'NE 2026-0311.pdf', contentType: PDF, data: pdf }],
      };
      const ship = addr('Laboratório Douro Análises, Lda.', 'Rua do Campo Alegre 830, armazém 2', 'Porto', null, '4150-171', 'PT');
      return {
        data: buildEml(mail),
        truth: {
          source: emailSource(mail, ctx.file, withPdf('NE 2026-0311.pdf')), isPurchaseOrder: true,
          orders: [draftOrder({
            poNumber: 'NE 2026/0311', orderDate: '2026-12-04', requestedDeliveryDate: '2026-12-17',
            buyer: { company: 'Laboratório Douro Análises, Lda.', contactName: 'Ana Ribeiro', email: 'compras@douroanalises.pt', phone: '22 555 0311' },
            shipTo: ship, billTo: ship, currency: 'EUR', lines, subtotal: sub, tax, shipping, total,
            paymentTerms: '30 dias', shippingMethod: null, notes: null,
            urgency: urgency({ received: date.date, requested: '2026-12-17' }),
          })],
        },
      };
    },
  },
];
void qty;
