// Holdout set 4: 24 hand-designed inputs (deterministic). `npx tsx samples/dev4/generate.ts`
// Writes samples/dev4/corpus/X.eml + X.eml.truth.json.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import ExcelJS from 'exceljs';
import MailComposer from 'nodemailer/lib/mail-composer';
import { extractionResultSchema } from '../../src/domain/draft-order.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const TO = '"Northwind Industrial Supply" <orders@northwind-supply.example>';
const FIXED = new Date('2026-05-01T00:00:00Z');

// ---------- helpers ----------
type Addr = { name: string | null; street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null };
type Line = { no?: number | null; sku: string | null; desc: string; qty: number; unit: string | null; price: number | null };
type Level = 'urgent' | 'high' | 'normal';
interface Order {
  po: string | null; orderDate: string | null; reqDate: string | null;
  company: string | null; contact: string | null; email: string | null; phone: string | null;
  shipTo: Addr | null; billTo: Addr | null; currency: string | null; lines: Line[];
  showTotals: boolean; tax: number | null; shipping: number | null; writtenTotal?: number;
  terms: string | null; shipVia: string | null; notes: string | null;
  level: Level; reasons: string[]; review: string[];
}
const r2 = (n: number) => Math.round(n * 100) / 100;
const amt = (l: Line) => (l.price == null ? null : r2(l.qty * l.price));
const sub = (o: Order) => r2(o.lines.reduce((s, l) => s + (amt(l) ?? 0), 0));
const total = (o: Order) => o.writtenTotal ?? r2(sub(o) + (o.tax ?? 0) + (o.shipping ?? 0));
const grp = (s: string, sep: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const fmt = (n: number, loc: 'us' | 'de' | 'fr' | 'es', dp = 2) => {
  const [i, d] = n.toFixed(dp).split('.');
  // Whole numbers (dp = 0) have no decimal part to print.
  const tail = (sep: string) => (d === undefined ? '' : `${sep}${d}`);
  if (loc === 'us') return `${grp(i, ',')}${tail('.')}`;
  if (loc === 'fr') return `${grp(i, ' ')}${tail(',')}`;
  return `${grp(i, '.')}${tail(',')}`;
};
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
function dateReason(received: string, req: string): { reason: string; level: Level } {
  const a = day(received.slice(0, 10)), b = day(req);
  const cal = Math.round((+b - +a) / 864e5);
  let bus = 0;
  for (let d = new Date(a); d < b; ) { d.setUTCDate(d.getUTCDate() + 1); if (d.getUTCDay() % 6 !== 0) bus++; }
  const level: Level = bus <= 2 ? 'urgent' : cal <= 7 ? 'high' : 'normal';
  const why = level === 'urgent' ? 'at most 2 business days' : level === 'high' ? '3 to 7 calendar days' : 'more than 7 days';
  return { level, reason: `requested delivery ${req} (${DOW[b.getUTCDay()]}) is ${cal} calendar / ${bus} business days after receipt on ${received.slice(0, 10)} (${DOW[a.getUTCDay()]}): ${why}` };
}
function truthOrder(o: Order) {
  const st = o.showTotals;
  return {
    poNumber: o.po, orderDate: o.orderDate, requestedDeliveryDate: o.reqDate,
    buyer: { company: o.company, contactName: o.contact, email: o.email, phone: o.phone, customerId: null },
    shipTo: o.shipTo, billTo: o.billTo, currency: o.currency,
    lines: o.lines.map((l) => ({ lineNo: l.no ?? null, sku: l.sku, catalogSku: null, description: l.desc, quantity: l.qty, unit: l.unit, unitPrice: l.price, amount: amt(l), confidence: 1 })),
    subtotal: st ? sub(o) : null, tax: st ? o.tax : null, shipping: st ? o.shipping : null, total: st ? total(o) : null,
    paymentTerms: o.terms, shippingMethod: o.shipVia, notes: o.notes,
    urgency: { level: o.level, reasons: o.reasons }, confidence: o.review.length ? 0.7 : 1,
    needsReview: o.review.length > 0, reviewReasons: o.review,
  };
}
function addrLines(a: Addr, style: 'us' | 'eu', countryLabel?: string): string[] {
  const out = [a.name ?? '', ...(a.street ?? '').split('\n')];
  out.push(style === 'us' ? `${a.city}, ${a.region} ${a.postalCode}` : `${a.postalCode} ${a.city}`);
  if (countryLabel) out.push(countryLabel);
  return out.filter(Boolean);
}

// ---------- PDF ----------
type Col = { h: string; w: number; align?: 'left' | 'right' | 'center'; get: (l: Line, i: number) => string };
async function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<{ buf: Buffer; pages: number }> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 40, info: { CreationDate: FIXED, ModDate: FIXED, Producer: 'holdout4', Creator: 'holdout4' } });
  let pages = 1;
  doc.on('pageAdded', () => pages++);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res) => doc.on('end', () => res()));
  draw(doc);
  doc.end();
  await done;
  return { buf: Buffer.concat(chunks), pages };
}
function table(doc: PDFKit.PDFDocument, x: number, y: number, cols: Col[], rows: Line[], opt: { grid?: boolean; fill?: string; rowH?: number; start?: number; font?: number } = {}): number {
  const rh = opt.rowH ?? 18, fs = opt.font ?? 9;
  const tw = cols.reduce((s, c) => s + c.w, 0);
  const row = (cells: string[], yy: number, bold: boolean) => {
    let xx = x;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fs).fillColor('black');
    cols.forEach((c, i) => {
      doc.text(cells[i], xx + 3, yy + 5, { width: c.w - 6, align: c.align ?? 'left', lineBreak: false });
      if (opt.grid) doc.rect(xx, yy, c.w, rh).lineWidth(0.5).stroke();
      xx += c.w;
    });
  };
  if (opt.fill) doc.rect(x, y, tw, rh).fill(opt.fill);
  row(cols.map((c) => c.h), y, true);
  if (!opt.grid) doc.moveTo(x, y + rh).lineTo(x + tw, y + rh).lineWidth(0.8).stroke();
  y += rh;
  rows.forEach((l, i) => { row(cols.map((c) => c.get(l, (opt.start ?? 0) + i)), y, false); y += rh; });
  return y;
}
function kv(doc: PDFKit.PDFDocument, x: number, y: number, pairs: [string, string][], lw = 90, bold = true) {
  for (const [k, v] of pairs) {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).text(k, x, y, { lineBreak: false });
    doc.font('Helvetica').text(v, x + lw, y, { lineBreak: false });
    y += 13;
  }
  return y;
}
function block(doc: PDFKit.PDFDocument, x: number, y: number, title: string, lines: string[], w = 230) {
  doc.font('Helvetica-Bold').fontSize(9).text(title, x, y, { width: w });
  doc.font('Helvetica').fontSize(9);
  lines.forEach((t, i) => doc.text(t, x, y + 13 + i * 12, { width: w, lineBreak: false }));
  return y + 13 + lines.length * 12;
}

// ---------- email ----------
type Att = { filename: string; content: Buffer | string; contentType: string };
async function eml(m: { from: string; subject: string; date: string; id: string; text?: string; html?: string; att?: Att[] }): Promise<Buffer> {
  const mc = new MailComposer({
    from: m.from, to: TO, subject: m.subject, date: new Date(m.date), messageId: m.id,
    text: m.text, html: m.html, attachments: m.att, baseBoundary: 'h4-' + m.id.replace(/[^a-z0-9]/gi, '').slice(0, 20), headers: {},
  } as any);
  return await new Promise((res, rej) => mc.compile().build((e: Error | null, b: Buffer) => (e ? rej(e) : res(b))));
}
const cases: { file: string; bytes: Buffer; truth: any }[] = [];
function addrOf(from: string) { return (from.match(/<([^>]+)>/)?.[1] ?? from).toLowerCase(); }
async function add(file: string, m: Parameters<typeof eml>[0], docs: any[], orders: Order[], notes: string[], isPO = orders.length > 0) {
  const bytes = await eml(m);
  const truth = {
    source: { kind: 'email', messageId: m.id, from: addrOf(m.from), subject: m.subject, receivedAt: new Date(m.date).toISOString().replace('.000', ''), file, documents: docs },
    isPurchaseOrder: isPO, orders: orders.map(truthOrder), labelNotes: notes,
  };
  cases.push({ file, bytes, truth });
}
const bodyDoc = (html = false) => ({ name: 'body', mediaType: html ? 'text/html' : 'text/plain', method: 'text', pages: null });
const pdfDoc = (name: string, pages: number) => ({ name, mediaType: 'application/pdf', method: 'pdf-text', pages });
const US = (name: string, street: string, city: string, region: string, zip: string): Addr => ({ name, street, city, region, postalCode: zip, country: 'US' });

// ====================================================================
async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  // ---- h4-pdf-erp-en-01: ERP-style grid, normal ----
  {
    const recv = '2026-05-04T14:12:00Z';
    const o: Order = {
      po: 'HPM-PO-260417', orderDate: '2026-05-04', reqDate: '2026-06-01', company: 'Harbor Point Marine Services, Inc.', contact: 'Dana Whitfield',
      email: 'purchasing@harborpointmarine.example', phone: '(207) 555-0143',
      shipTo: US('Harbor Point Marine Services, Inc.', '18 Wharf Road\nBuilding C', 'Portland', 'ME', '04101'),
      billTo: US('Harbor Point Marine Services, Inc.', 'Attn: Accounts Payable\nPO Box 4410', 'Portland', 'ME', '04112'),
      currency: 'USD', showTotals: true, tax: 0, shipping: 45, terms: 'Net 30', shipVia: 'UPS Ground', notes: null,
      lines: [
        { no: 1, sku: 'SS316-HX-0516', desc: 'Hex bolt 5/16-18 x 1-1/2 316 SS', qty: 200, unit: 'EA', price: 0.84 },
        { no: 2, sku: 'SS316-NL-0516', desc: 'Nylon lock nut 5/16-18 316 SS', qty: 200, unit: 'EA', price: 0.31 },
        { no: 3, sku: 'MR-TAPE-2', desc: 'Marine sealing tape 2 in x 60 ft', qty: 12, unit: 'RL', price: 14.75 },
        { no: 4, sku: 'ZN-ANODE-S5', desc: 'Zinc shaft anode 1-1/4 in', qty: 24, unit: 'EA', price: 9.6 },
        { no: 5, sku: 'GL-NIT-XL', desc: 'Nitrile gloves, XL, 100/box', qty: 10, unit: 'BX', price: 11.2 },
      ],
      level: 'normal', reasons: [], review: [],
    };
    o.reasons = ['no urgency words', dateReason(recv, o.reqDate!).reason];
    const { buf, pages } = await pdf((d) => {
      d.rect(40, 40, 532, 50).fill('#1f3a5f');
      d.fillColor('white').font('Helvetica-Bold').fontSize(16).text('HARBOR POINT MARINE SERVICES, INC.', 52, 52, { lineBreak: false });
      d.fontSize(9).font('Helvetica').text('18 Wharf Road, Portland, ME 04101  |  (207) 555-0143', 52, 72, { lineBreak: false });
      d.fillColor('black').font('Helvetica-Bold').fontSize(20).text('PURCHASE ORDER', 360, 100, { width: 212, align: 'right' });
      d.rect(392, 128, 180, 66).lineWidth(0.5).stroke();
      kv(d, 398, 134, [['PO Number', o.po!], ['PO Date', '05/04/2026'], ['Required By', '06/01/2026'], ['Buyer', 'Dana Whitfield']], 70);
      block(d, 40, 130, 'VENDOR', ['Northwind Industrial Supply', '400 Commerce Park Dr', 'Hartford, CT 06103']);
      block(d, 40, 205, 'SHIP TO', addrLines(o.shipTo!, 'us'));
      block(d, 310, 205, 'BILL TO', addrLines(o.billTo!, 'us'));
      d.rect(40, 285, 532, 18).lineWidth(0.5).stroke();
      kv(d, 46, 290, [['Terms: Net 30', '']], 0);
      d.font('Helvetica').text('Ship Via: UPS Ground', 200, 290, { lineBreak: false }).text('FOB: Origin', 400, 290, { lineBreak: false });
      const cols: Col[] = [
        { h: 'Line', w: 34, align: 'center', get: (l) => String(l.no) }, { h: 'Item No.', w: 96, get: (l) => l.sku! },
        { h: 'Description', w: 200, get: (l) => l.desc }, { h: 'Qty', w: 44, align: 'right', get: (l) => String(l.qty) },
        { h: 'UOM', w: 36, align: 'center', get: (l) => l.unit! }, { h: 'Unit Cost', w: 60, align: 'right', get: (l) => fmt(l.price!, 'us') },
        { h: 'Ext. Cost', w: 62, align: 'right', get: (l) => fmt(amt(l)!, 'us') },
      ];
      let y = table(d, 40, 315, cols, o.lines, { grid: true, fill: '#dde4ee' });
      y += 8;
      kv(d, 420, y, [['Subtotal', fmt(sub(o), 'us')], ['Sales Tax', '0.00'], ['Freight', '45.00'], ['TOTAL USD', fmt(total(o), 'us')]], 90);
      d.font('Helvetica').fontSize(8).text('Tax exempt - Maine resale certificate on file. Please reference PO number on all packing slips and invoices.', 40, y + 70, { width: 360 });
    });
    await add('h4-pdf-erp-en-01.eml', {
      from: '"Dana Whitfield" <Purchasing@HarborPointMarine.example>', subject: 'Purchase Order HPM-PO-260417', date: recv, id: '<hpm-260417.0504@harborpointmarine.example>',
      text: 'Hello,\n\nAttached is our purchase order HPM-PO-260417. Please confirm receipt and ship date.\n\nThank you,\nDana Whitfield\nPurchasing, Harbor Point Marine Services\n',
      att: [{ filename: 'HPM-PO-260417.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('HPM-PO-260417.pdf', pages)], [o], ['ERP-style grid PO with dark header band; US dates 05/04/2026 and 06/01/2026', 'tax written 0.00, freight 45.00; sender address upper-cased in From -> lower case', 'Bill-to street has two lines (Attn + PO Box)']);
  }

  // ---- h4-pdf-shop-en-02: small-shop, RUSH, 2 business days -> urgent ----
  {
    const recv = '2026-05-05T15:40:00Z';
    const o: Order = {
      po: '1187', orderDate: '2026-05-05', reqDate: '2026-05-07', company: 'Delgado Welding & Fab', contact: 'Ray Delgado', email: 'ray@delgadowelding.example', phone: '661-555-0178',
      shipTo: US('Delgado Welding & Fab', '2210 Industrial Blvd', 'Bakersfield', 'CA', '93308'), billTo: null, currency: 'USD', showTotals: true, tax: null, shipping: null,
      terms: null, shipVia: null, notes: null,
      lines: [
        { sku: 'ER70S6-035', desc: 'MIG wire ER70S-6 .035 33 lb spool', qty: 4, unit: null, price: 68.5 },
        { sku: 'TIP-035-15', desc: 'Contact tips .035 (10 pk)', qty: 6, unit: 'PK', price: 12.4 },
        { sku: 'DISC-4.5-60', desc: 'Flap disc 4-1/2 in 60 grit', qty: 25, unit: null, price: 5.95 },
      ],
      level: 'urgent', reasons: [], review: [],
    };
    o.reasons = ['urgent word "RUSH ORDER" in the document', dateReason(recv, o.reqDate!).reason];
    const { buf, pages } = await pdf((d) => {
      d.font('Times-Bold').fontSize(22).text('Delgado Welding & Fab', 40, 50, { width: 532, align: 'center' });
      d.font('Times-Roman').fontSize(10).text('2210 Industrial Blvd  ·  Bakersfield, CA 93308  ·  661-555-0178', 40, 78, { width: 532, align: 'center' });
      d.font('Helvetica-Bold').fontSize(14).fillColor('#b00000').text('*** RUSH ORDER ***', 40, 110, { width: 532, align: 'center' }).fillColor('black');
      d.font('Helvetica').fontSize(10);
      d.text('P.O. # 1187', 40, 145).text('Date: May 5, 2026', 400, 145);
      d.text('To: Northwind Industrial Supply', 40, 162).text('Need by: Thursday May 7, 2026', 400, 162);
      d.text('Deliver to our shop address above. Ask for Ray.', 40, 179);
      const cols: Col[] = [
        { h: 'Qty', w: 40, get: (l) => (l.unit ? `${l.qty} ${l.unit.toLowerCase()}` : String(l.qty)) }, { h: 'Part #', w: 100, get: (l) => l.sku! },
        { h: 'What', w: 240, get: (l) => l.desc }, { h: 'Each', w: 70, align: 'right', get: (l) => `$${fmt(l.price!, 'us')}` },
        { h: 'Amount', w: 80, align: 'right', get: (l) => `$${fmt(amt(l)!, 'us')}` },
      ];
      const y = table(d, 40, 210, cols, o.lines, { rowH: 20, font: 10 });
      d.moveTo(40, y + 2).lineTo(570, y + 2).stroke();
      d.font('Helvetica-Bold').text(`Total  $${fmt(total(o), 'us')}`, 400, y + 10, { width: 170, align: 'right' });
      d.font('Helvetica-Oblique').fontSize(9).text('Signed: R. Delgado', 40, y + 50);
    });
    await add('h4-pdf-shop-en-02.eml', {
      from: 'Ray Delgado <ray@delgadowelding.example>', subject: 'PO 1187', date: recv, id: '<1187.ray@delgadowelding.example>',
      text: 'See attached PO. Need it Thursday.\n\nRay\n', att: [{ filename: 'PO1187.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('PO1187.pdf', pages)], [o], ['small-shop centred letterhead, no grid; "*** RUSH ORDER ***" -> urgent', 'qty cell "6 pk" -> quantity 6, unit PK; others unit null', 'ship-to = letterhead address ("Deliver to our shop address above"); total only (no subtotal label) -> subtotal = sum = total']);
  }

  // ---- h4-pdf-borderless-en-03: Canadian, CAD, HST, 5 days -> high ----
  {
    const recv = '2026-05-06T13:05:00Z';
    const ship: Addr = { name: 'Lakehead Pulp Supply Ltd.', street: '1450 Mountdale Ave', city: 'Thunder Bay', region: 'ON', postalCode: 'P7E 6T1', country: 'CA' };
    const o: Order = {
      po: 'LPS-55012', orderDate: '2026-05-06', reqDate: '2026-05-11', company: 'Lakehead Pulp Supply Ltd.', contact: 'Andrée Lavoie', email: 'alavoie@lakeheadpulp.example', phone: '807-555-0122',
      shipTo: ship, billTo: null, currency: 'CAD', showTotals: true, tax: 0, shipping: null, terms: '2% 10, Net 30', shipVia: 'Manitoulin Transport', notes: null,
      lines: [
        { no: 1, sku: '6205-2RS', desc: 'Deep groove ball bearing 25x52x15 sealed', qty: 40, unit: 'EA', price: 7.85 },
        { no: 2, sku: 'UCP208-24', desc: 'Pillow block bearing 1-1/2 in bore', qty: 8, unit: 'EA', price: 46.3 },
        { no: 3, sku: 'B-54', desc: 'V-belt B54 classical', qty: 20, unit: 'EA', price: 18.9 },
        { no: 4, sku: 'GRS-EP2-10', desc: 'EP2 lithium grease 10 oz cartridge', qty: 3, unit: 'CS', price: 64.0 },
      ],
      level: 'high', reasons: [], review: [],
    };
    o.tax = r2(sub(o) * 0.13);
    o.reasons = ['no urgency words', dateReason(recv, o.reqDate!).reason];
    const { buf, pages } = await pdf((d) => {
      d.font('Helvetica').fontSize(8).fillColor('#555').text('LAKEHEAD PULP SUPPLY LTD. — PURCHASING', 40, 40).fillColor('black');
      d.font('Helvetica-Bold').fontSize(18).text('Purchase Order', 40, 56);
      kv(d, 40, 90, [['Order #:', o.po!], ['Issued:', 'May 6, 2026'], ['Deliver by:', 'May 11, 2026'], ['Terms:', '2% 10, Net 30'], ['Carrier:', 'Manitoulin Transport'], ['Buyer:', 'Andrée Lavoie, 807-555-0122']], 70, false);
      block(d, 330, 90, 'Deliver to', addrLines(ship, 'us').slice(0, 2).concat(['Thunder Bay, ON P7E 6T1', 'Canada']));
      const cols: Col[] = [
        { h: '#', w: 24, get: (l) => String(l.no) }, { h: 'Part', w: 80, get: (l) => l.sku! }, { h: 'Description', w: 220, get: (l) => l.desc },
        { h: 'Qty', w: 40, align: 'right', get: (l) => String(l.qty) }, { h: 'U/M', w: 36, get: (l) => l.unit!.toLowerCase() },
        { h: 'Price', w: 60, align: 'right', get: (l) => fmt(l.price!, 'us') }, { h: 'Line Total', w: 72, align: 'right', get: (l) => fmt(amt(l)!, 'us') },
      ];
      const y = table(d, 40, 190, cols, o.lines, { rowH: 16 });
      kv(d, 400, y + 14, [['Subtotal', fmt(sub(o), 'us')], ['HST 13%', fmt(o.tax!, 'us')], ['Total (CAD)', fmt(total(o), 'us')]], 80, false);
      d.fontSize(8).text('All amounts in Canadian dollars.', 40, y + 60);
    });
    await add('h4-pdf-borderless-en-03.eml', {
      from: 'Andrée Lavoie <ALavoie@lakeheadpulp.example>', subject: 'Lakehead PO LPS-55012 - bearings & belts', date: recv, id: '<LPS-55012@lakeheadpulp.example>',
      text: 'Good morning,\n\nPlease process the attached order. We need it on site by Monday the 11th.\n\nMerci,\nAndrée\n', att: [{ filename: 'LPS-55012.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('LPS-55012.pdf', pages)], [o], ['borderless table (one rule under header), lower-case u/m "ea"/"cs" -> EA/CS', 'Canadian address + "Canadian dollars" -> CAD; HST 13% is tax', 'deliver 2026-05-11 is 5 calendar days after 05-06 -> high']);
  }

  // ---- h4-pdf-multipage-en-04: 30 lines over two pages ----
  {
    const recv = '2026-05-07T17:22:00Z';
    const items = ['Ball valve 1/2 NPT brass', 'Ball valve 3/4 NPT brass', 'Check valve 1 in SS', 'Pipe nipple 1/2 x 3 sch40', 'Elbow 90 deg 3/4 NPT', 'Tee 1/2 NPT malleable', 'Union 1 in galvanized', 'Pressure gauge 0-160 psi', 'PTFE tape 1/2 x 520', 'Hose clamp #20 SS',
      'Quick coupler 1/4 industrial', 'Hydraulic hose 3/8 x 24 in', 'O-ring kit metric 382 pc', 'Thread sealant 50 ml', 'Reducing bushing 1 x 3/4', 'Needle valve 1/4 NPT', 'Solenoid valve 24V 1/2', 'Y-strainer 3/4 bronze', 'Flange gasket 2 in', 'Cap 1/2 NPT black'];
    const units = ['EA', 'EA', 'EA', 'EA', 'EA', 'EA', 'EA', 'EA', 'RL', 'EA', 'EA', 'EA', 'KT', 'EA', 'EA', 'EA', 'EA', 'EA', 'EA', 'EA'];
    const lines: Line[] = Array.from({ length: 30 }, (_, i) => ({
      no: i + 1, sku: `CF-${(4100 + i * 7).toString()}-${String.fromCharCode(65 + (i % 5))}`, desc: items[i % 20] + (i >= 20 ? ' (spare)' : ''),
      qty: [10, 25, 4, 50, 12, 30, 6, 8, 100, 40][i % 10], unit: units[i % 20], price: r2(3.15 + ((i * 37) % 90) + ((i * 13) % 100) / 100),
    }));
    const o: Order = {
      po: '45-20931', orderDate: '2026-05-07', reqDate: '2026-06-15', company: 'Cascade Fluid Systems LLC', contact: 'Priya Natarajan', email: 'p.natarajan@cascadefluid.example', phone: '253-555-0190',
      shipTo: US('Cascade Fluid Systems LLC - Receiving', '3301 Port of Tacoma Rd, Dock 4', 'Tacoma', 'WA', '98421'), billTo: US('Cascade Fluid Systems LLC', '1200 Pacific Ave, Suite 800', 'Tacoma', 'WA', '98402'),
      currency: 'USD', showTotals: true, tax: 0, shipping: null, terms: 'Net 45', shipVia: 'Best Way', notes: null, lines, level: 'normal', reasons: [], review: [],
    };
    o.tax = r2(sub(o) * 0.102);
    o.reasons = ['no urgency words', dateReason(recv, o.reqDate!).reason];
    const cols: Col[] = [
      { h: 'Ln', w: 26, align: 'right', get: (l) => String(l.no) }, { h: 'Our Part', w: 90, get: (l) => l.sku! }, { h: 'Description', w: 210, get: (l) => l.desc },
      { h: 'Order Qty', w: 54, align: 'right', get: (l) => String(l.qty) }, { h: 'UM', w: 30, get: (l) => l.unit! },
      { h: 'Unit Price', w: 60, align: 'right', get: (l) => fmt(l.price!, 'us') }, { h: 'Extended', w: 62, align: 'right', get: (l) => fmt(amt(l)!, 'us') },
    ];
    const { buf, pages } = await pdf((d) => {
      const head = (p: number) => {
        d.font('Helvetica-Bold').fontSize(13).text('CASCADE FLUID SYSTEMS LLC', 40, 40, { lineBreak: false });
        d.font('Helvetica').fontSize(9).text(`Purchase Order 45-20931   Page ${p} of 2`, 360, 44, { width: 212, align: 'right' });
        d.moveTo(40, 60).lineTo(572, 60).stroke();
      };
      head(1);
      kv(d, 40, 72, [['Order Date', '05/07/2026'], ['Deliver By', '06/15/2026'], ['Terms', 'Net 45'], ['Ship Via', 'Best Way'], ['Buyer', 'Priya Natarajan  253-555-0190']], 70);
      block(d, 330, 72, 'Ship To', addrLines(o.shipTo!, 'us'));
      block(d, 330, 130, 'Invoice To', addrLines(o.billTo!, 'us'));
      table(d, 40, 190, cols, lines.slice(0, 24), { grid: true, rowH: 20, fill: '#eeeeee' });
      d.fontSize(8).text('Continued on page 2', 40, 700);
      d.addPage();
      head(2);
      const y = table(d, 40, 80, cols, lines.slice(24), { grid: true, rowH: 20, fill: '#eeeeee', start: 24 });
      kv(d, 400, y + 12, [['Subtotal', fmt(sub(o), 'us')], ['WA Sales Tax 10.2%', fmt(o.tax!, 'us')], ['Order Total', fmt(total(o), 'us')]], 100);
      d.fontSize(8).text('Freight: prepay and add to invoice. Certs of conformance required for all valves.', 40, y + 70, { width: 330 });
    });
    await add('h4-pdf-multipage-en-04.eml', {
      from: 'Priya Natarajan <p.natarajan@cascadefluid.example>', subject: 'PO 45-20931 (30 lines)', date: recv, id: '<45-20931.20260507@cascadefluid.example>',
      text: 'Hi team,\n\nPO 45-20931 attached, two pages, 30 line items. Standard lead time is fine.\n\nPriya Natarajan\nBuyer, Cascade Fluid Systems\n', att: [{ filename: 'PO_45-20931.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('PO_45-20931.pdf', pages)], [o], ['2-page grid PO, header repeated on page 2, 24 lines + 6 lines; totals only on page 2', 'shipping not written ("prepay and add") -> null; WA sales tax 10.2% is tax', '"Standard lead time is fine" is not an urgency phrase -> normal']);
  }

  // ---- h4-pdf-wrongtotal-en-05: UK, GBP, dd/mm, wrong total ----
  {
    const recv = '2026-05-08T09:30:00Z';
    const ship: Addr = { name: 'Brackley Engineering Ltd', street: 'Unit 4, Tove Valley Business Park', city: 'Towcester', region: null, postalCode: 'NN12 6PF', country: 'GB' };
    const o: Order = {
      po: 'BE/PO/06112', orderDate: '2026-05-07', reqDate: '2026-05-29', company: 'Brackley Engineering Ltd', contact: 'Owen Hartley', email: 'owen.hartley@brackleyeng.example', phone: '01327 555 014',
      shipTo: ship, billTo: null, currency: 'GBP', showTotals: true, tax: 0, shipping: 12.5, terms: '30 days end of month', shipVia: null, notes: null,
      lines: [
        { no: 1, sku: 'DIN912-M8x30', desc: 'Socket cap screw M8x30 A2', qty: 500, unit: 'PCS', price: 0.19 },
        { no: 2, sku: 'DIN934-M8', desc: 'Hex nut M8 A2', qty: 500, unit: 'PCS', price: 0.06 },
        { no: 3, sku: 'DIN125-M8', desc: 'Flat washer M8 A2', qty: 1000, unit: 'PCS', price: 0.03 },
        { no: 4, sku: 'LT243-50', desc: 'Threadlocker medium strength 50 ml', qty: 6, unit: 'PCS', price: 15.4 },
      ],
      level: 'normal', reasons: [], review: [],
    };
    o.tax = r2(sub(o) * 0.2);
    const right = r2(sub(o) + o.tax + 12.5);
    o.writtenTotal = r2(right + 100);
    o.reasons = ['no urgency words', dateReason(recv, o.reqDate!).reason];
    o.review = [`total does not add up: subtotal ${fmt(sub(o), 'us')} + VAT ${fmt(o.tax, 'us')} + carriage 12.50 = ${fmt(right, 'us')}, document says ${fmt(o.writtenTotal, 'us')}`];
    const { buf, pages } = await pdf((d) => {
      d.font('Helvetica-Bold').fontSize(12).text('Brackley Engineering Ltd', 40, 40);
      d.font('Helvetica').fontSize(9).text(addrLines(ship, 'eu').slice(1).join(', ').replace('NN12 6PF Towcester', 'Towcester NN12 6PF') + ', United Kingdom', 40, 56);
      d.text('Tel 01327 555 014  ·  VAT Reg GB 123 4567 89', 40, 68);
      d.font('Helvetica-Bold').fontSize(16).text('PURCHASE ORDER', 40, 96);
      d.rect(40, 120, 532, 40).lineWidth(0.5).stroke();
      d.moveTo(173, 120).lineTo(173, 160).moveTo(306, 120).lineTo(306, 160).moveTo(439, 120).lineTo(439, 160).stroke();
      [['Order No.', o.po!], ['Order Date', '07/05/2026'], ['Delivery Date', '29/05/2026'], ['Contact', 'Owen Hartley']].forEach(([k, v], i) => {
        d.font('Helvetica-Bold').fontSize(8).text(k, 46 + i * 133, 126, { lineBreak: false });
        d.font('Helvetica').fontSize(10).text(v, 46 + i * 133, 140, { lineBreak: false });
      });
      d.font('Helvetica').fontSize(9).text('Deliver to: Goods In, address above.   Payment: 30 days end of month.', 40, 172);
      const cols: Col[] = [
        { h: 'Item', w: 34, get: (l) => String(l.no) }, { h: 'Part No.', w: 100, get: (l) => l.sku! }, { h: 'Description', w: 200, get: (l) => l.desc },
        { h: 'Qty', w: 50, align: 'right', get: (l) => String(l.qty) }, { h: 'Unit', w: 34, get: (l) => l.unit! },
        { h: 'Price £', w: 54, align: 'right', get: (l) => fmt(l.price!, 'us') }, { h: 'Value £', w: 60, align: 'right', get: (l) => fmt(amt(l)!, 'us') },
      ];
      const y = table(d, 40, 192, cols, o.lines, { grid: true });
      kv(d, 420, y + 10, [['Goods', `£${fmt(sub(o), 'us')}`], ['VAT @ 20%', `£${fmt(o.tax!, 'us')}`], ['Carriage', '£12.50'], ['Order Total', `£${fmt(o.writtenTotal!, 'us')}`]], 70);
    });
    await add('h4-pdf-wrongtotal-en-05.eml', {
      from: 'Owen Hartley <owen.hartley@brackleyeng.example>', subject: 'Order BE/PO/06112', date: recv, id: '<be-po-06112@brackleyeng.example>',
      text: 'Morning,\n\nPlease find our order attached.\n\nKind regards\nOwen Hartley\nBrackley Engineering Ltd\n', att: [{ filename: 'BE-PO-06112.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('BE-PO-06112.pdf', pages)], [o], ['UK sender (GBP, United Kingdom) -> 07/05/2026 = 7 May (day-first); delivery 29/05/2026', 'DELIBERATE: written Order Total is 100.00 higher than goods+VAT+carriage -> total as written, needsReview', 'ship-to = letterhead ("Goods In, address above"); PO number contains slashes']);
  }

  // ---- h4-pdf-sap-de-06: German ERP, Pos. 10/20/30 ----
  {
    const recv = '2026-05-11T07:48:00Z';
    const ship: Addr = { name: 'Maschinenbau Kessler GmbH', street: 'Wareneingang Tor 3\nIndustriestraße 14', city: 'Aalen', region: null, postalCode: '73430', country: 'DE' };
    const o: Order = {
      po: '4500012876', orderDate: '2026-05-11', reqDate: '2026-06-19', company: 'Maschinenbau Kessler GmbH', contact: 'Sabine Köhler', email: 'einkauf@kessler-maschinenbau.example', phone: '07361 555-240',
      shipTo: ship, billTo: null, currency: 'EUR', showTotals: true, tax: 0, shipping: null, terms: '30 Tage netto', shipVia: 'frei Haus', notes: null,
      lines: [
        { no: 10, sku: '100-2231', desc: 'Zylinderstift ISO 8734 10x40', qty: 250, unit: 'ST', price: 0.42 },
        { no: 20, sku: '100-4410', desc: 'Kabelkanal 40x60 grau', qty: 120, unit: 'M', price: 3.85 },
        { no: 30, sku: '220-0075', desc: 'Schweißdraht G3Si1 1,0 mm', qty: 45, unit: 'KG', price: 4.9 },
        { no: 40, sku: '310-1002', desc: 'Sicherungsring DIN 471 25 mm', qty: 1500, unit: 'ST', price: 0.085 },
      ],
      level: 'normal', reasons: [], review: [],
    };
    o.lines[3].price = 0.085;
    o.tax = r2(sub(o) * 0.19);
    o.reasons = ['keine Dringlichkeitswörter / no urgency words', dateReason(recv, o.reqDate!).reason];
    const { buf, pages } = await pdf((d) => {
      d.font('Helvetica-Bold').fontSize(14).text('Maschinenbau Kessler GmbH', 40, 40);
      d.font('Helvetica').fontSize(7).text('Maschinenbau Kessler GmbH · Industriestraße 14 · 73430 Aalen', 40, 100);
      block(d, 40, 112, '', ['Northwind Industrial Supply', '400 Commerce Park Dr', 'Hartford, CT 06103', 'USA']);
      d.font('Helvetica-Bold').fontSize(16).text('Bestellung', 330, 90);
      kv(d, 330, 116, [['Bestellnummer', o.po!], ['Datum', '11.05.2026'], ['Ansprechpartner', 'Sabine Köhler'], ['Telefon', '07361 555-240'], ['Liefertermin', '19.06.2026']], 90, false);
      block(d, 40, 200, 'Lieferanschrift', addrLines(ship, 'eu', 'Deutschland'));
      kv(d, 330, 213, [['Zahlungsbedingung', '30 Tage netto'], ['Lieferbedingung', 'frei Haus']], 90, false);
      const cols: Col[] = [
        { h: 'Pos.', w: 34, get: (l) => String(l.no) }, { h: 'Material', w: 70, get: (l) => l.sku! }, { h: 'Bezeichnung', w: 190, get: (l) => l.desc },
        { h: 'Menge', w: 56, align: 'right', get: (l) => fmt(l.qty, 'de', 0) }, { h: 'ME', w: 30, get: (l) => l.unit! },
        { h: 'Preis/ME', w: 66, align: 'right', get: (l) => fmt(l.price!, 'de', l.price! < 0.1 ? 3 : 2) }, { h: 'Betrag EUR', w: 80, align: 'right', get: (l) => fmt(amt(l)!, 'de') },
      ];
      const y = table(d, 40, 290, cols, o.lines, { fill: '#e6e6e6', rowH: 18 });
      d.moveTo(40, y + 2).lineTo(566, y + 2).stroke();
      kv(d, 380, y + 12, [['Nettowert', fmt(sub(o), 'de')], ['MwSt. 19 %', fmt(o.tax!, 'de')], ['Gesamtbetrag EUR', fmt(total(o), 'de')]], 100);
      d.fontSize(8).font('Helvetica').text('Bitte Bestellnummer auf allen Lieferpapieren angeben.', 40, y + 70);
    });
    await add('h4-pdf-sap-de-06.eml', {
      from: 'Einkauf Kessler <einkauf@kessler-maschinenbau.example>', subject: 'Bestellung 4500012876', date: recv, id: '<4500012876.einkauf@kessler-maschinenbau.example>',
      text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4500012876.\n\nMit freundlichen Grüßen\nSabine Köhler\nEinkauf\n', att: [{ filename: 'Bestellung_4500012876.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('Bestellung_4500012876.pdf', pages)], [o], ['SAP-like German PO: Pos. 10/20/30/40 -> lineNo, "1.500" = 1500, "0,085" price (3 dp)', 'vendor window address (Northwind, USA) must not become ship-to; Lieferanschrift has two street lines', 'MwSt 19 % is tax; "frei Haus" as shipping method']);
  }

  // ---- h4-pdf-dringend-de-07: urgent, machine down, 1 business day ----
  {
    const recv = '2026-05-12T06:15:00Z';
    const ship: Addr = { name: 'Hydraulik Brandt GmbH & Co. KG', street: 'Am Speicher 9', city: 'Bremen', region: null, postalCode: '28217', country: 'DE' };
    const o: Order = {
      po: 'HB-26-0512-01', orderDate: '2026-05-12', reqDate: '2026-05-13', company: 'Hydraulik Brandt GmbH & Co. KG', contact: 'Jens Brandt', email: 'j.brandt@hydraulik-brandt.example', phone: '0421 555 7710',
      shipTo: ship, billTo: null, currency: 'EUR', showTotals: true, tax: 0, shipping: 38, terms: null, shipVia: 'Overnight-Express', notes: null,
      lines: [
        { sku: 'DBV-10-350', desc: 'Druckbegrenzungsventil NG10 350 bar', qty: 2, unit: 'STK', price: 289 },
        { sku: 'DS-NBR-45', desc: 'Dichtungssatz Zylinder Ø45', qty: 4, unit: 'SATZ', price: 54.6 },
        { sku: 'HL46-20', desc: 'Hydrauliköl HLP 46, 20 l Kanister', qty: 3, unit: 'STK', price: 72.4 },
      ],
      level: 'urgent', reasons: [], review: [],
    };
    o.tax = r2((sub(o) + 38) * 0.19);
    o.reasons = ['urgent words "DRINGEND" and "Maschinenstillstand" (machine down) in subject and document; "Overnight-Express"', dateReason(recv, o.reqDate!).reason];
    const { buf, pages } = await pdf((d) => {
      d.font('Courier-Bold').fontSize(13).text('HYDRAULIK BRANDT GmbH & Co. KG', 40, 40);
      d.font('Courier').fontSize(9).text('Am Speicher 9 | 28217 Bremen | Deutschland | Tel. 0421 555 7710', 40, 58);
      d.rect(40, 80, 532, 26).fill('#ffe0e0').fillColor('#a00000').font('Helvetica-Bold').fontSize(13).text('DRINGEND – MASCHINENSTILLSTAND', 40, 87, { width: 532, align: 'center' }).fillColor('black');
      d.font('Helvetica-Bold').fontSize(14).text('Bestellung Nr. HB-26-0512-01', 40, 120);
      d.font('Helvetica').fontSize(9).text('Bestelldatum: 12.05.2026      Liefertermin: 13.05.2026 (spätestens)      Versand: Overnight-Express', 40, 142);
      d.text('Besteller: Jens Brandt · Lieferung an obige Adresse', 40, 156);
      const cols: Col[] = [
        { h: 'Artikel-Nr.', w: 90, get: (l) => l.sku! }, { h: 'Bezeichnung', w: 220, get: (l) => l.desc },
        { h: 'Anzahl', w: 60, align: 'right', get: (l) => `${l.qty} ${l.unit === 'SATZ' ? 'Satz' : 'Stk.'}` },
        { h: 'Einzelpreis', w: 70, align: 'right', get: (l) => `${fmt(l.price!, 'de')} €` }, { h: 'Gesamt', w: 80, align: 'right', get: (l) => `${fmt(amt(l)!, 'de')} €` },
      ];
      const y = table(d, 40, 180, cols, o.lines, { grid: true, rowH: 20 });
      kv(d, 380, y + 10, [['Zwischensumme', `${fmt(sub(o), 'de')} €`], ['Expresszuschlag', '38,00 €'], ['zzgl. 19 % USt.', `${fmt(o.tax!, 'de')} €`], ['Endbetrag', `${fmt(total(o), 'de')} €`]], 100);
    });
    await add('h4-pdf-dringend-de-07.eml', {
      from: 'Jens Brandt <j.brandt@hydraulik-brandt.example>', subject: 'DRINGEND: Bestellung HB-26-0512-01 – Maschinenstillstand', date: recv, id: '<hb-26-0512-01@hydraulik-brandt.example>',
      text: 'Hallo,\n\nunsere Presse steht. Bitte heute noch versenden, Bestellung anbei.\n\nGruß\nJens Brandt\n', att: [{ filename: 'HB-26-0512-01.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('HB-26-0512-01.pdf', pages)], [o], ['German urgent: DRINGEND / Maschinenstillstand + delivery next day -> urgent', 'units "Stk." -> STK, "Satz" -> SATZ; express surcharge 38,00 is shipping; VAT on goods+surcharge', 'amounts with trailing "€"']);
  }

  // ---- h4-pdf-bdc-fr-08: French, 6 days -> high ----
  {
    const recv = '2026-05-13T10:02:00Z';
    const ship: Addr = { name: 'Atelier Mécanique Rousseau SARL', street: '12 rue des Forges', city: 'Lyon', region: null, postalCode: '69007', country: 'FR' };
    const bill: Addr = { name: 'Atelier Mécanique Rousseau SARL', street: 'Service comptabilité\nBP 2214', city: 'Lyon Cedex 07', region: null, postalCode: '69361', country: 'FR' };
    const o: Order = {
      po: 'BC-2026-0318', orderDate: '2026-05-13', reqDate: '2026-05-19', company: 'Atelier Mécanique Rousseau SARL', contact: 'Camille Rousseau', email: 'achats@rousseau-meca.example', phone: '04 78 55 01 62',
      shipTo: ship, billTo: bill, currency: 'EUR', showTotals: true, tax: 0, shipping: null, terms: '45 jours fin de mois', shipVia: null, notes: null,
      lines: [
        { no: 1, sku: 'FR-6204ZZ', desc: 'Roulement à billes 6204 ZZ', qty: 60, unit: 'PCE', price: 3.2 },
        { no: 2, sku: 'CHN-08B1', desc: 'Chaîne à rouleaux 08B-1, au mètre', qty: 15, unit: 'M', price: 11.75 },
        { no: 3, sku: 'GR-LIT2-400', desc: 'Graisse lithium EP2 cartouche 400 g', qty: 24, unit: 'PCE', price: 4.65 },
        { no: 4, sku: 'JT-TOR-120', desc: 'Joint torique NBR 120 x 3', qty: 1200, unit: 'PCE', price: 0.14 },
      ],
      level: 'high', reasons: [], review: [],
    };
    o.tax = r2(sub(o) * 0.2);
    o.reasons = ['pas de mot d\'urgence / no urgency words', dateReason(recv, o.reqDate!).reason];
    const { buf, pages } = await pdf((d) => {
      d.font('Times-Bold').fontSize(18).text('BON DE COMMANDE', 40, 40, { width: 532, align: 'right' });
      d.font('Times-Roman').fontSize(11).text('Atelier Mécanique Rousseau SARL', 40, 44);
      d.fontSize(9).text('12 rue des Forges, 69007 Lyon, France — SIRET 123 456 789 00012', 40, 60);
      d.rect(40, 84, 532, 0.8).fill('#333').fillColor('black');
      kv(d, 40, 96, [['N° de commande :', o.po!], ['Date :', '13/05/2026'], ['Livraison souhaitée :', '19/05/2026'], ['Contact :', 'Camille Rousseau — 04 78 55 01 62'], ['Règlement :', '45 jours fin de mois']], 110, false);
      block(d, 330, 96, 'Adresse de livraison', addrLines(ship, 'eu', 'France'));
      block(d, 330, 160, 'Adresse de facturation', addrLines(bill, 'eu', 'France'));
      const cols: Col[] = [
        { h: 'Réf.', w: 86, get: (l) => l.sku! }, { h: 'Désignation', w: 210, get: (l) => l.desc }, { h: 'Qté', w: 56, align: 'right', get: (l) => fmt(l.qty, 'fr', 0) },
        { h: 'Unité', w: 40, get: (l) => (l.unit === 'M' ? 'm' : 'pce') }, { h: 'P.U. HT', w: 60, align: 'right', get: (l) => fmt(l.price!, 'fr') }, { h: 'Montant HT', w: 74, align: 'right', get: (l) => fmt(amt(l)!, 'fr') },
      ];
      const y = table(d, 40, 240, cols, o.lines, { grid: true, fill: '#f0ede4' });
      kv(d, 390, y + 10, [['Total HT', `${fmt(sub(o), 'fr')} €`], ['TVA 20 %', `${fmt(o.tax!, 'fr')} €`], ['Total TTC', `${fmt(total(o), 'fr')} €`]], 80);
    });
    await add('h4-pdf-bdc-fr-08.eml', {
      from: 'Camille Rousseau <achats@rousseau-meca.example>', subject: 'Bon de commande BC-2026-0318', date: recv, id: '<bc-2026-0318@rousseau-meca.example>',
      text: 'Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande BC-2026-0318.\nMerci de confirmer le délai.\n\nCordialement,\nCamille Rousseau\n', att: [{ filename: 'BC-2026-0318.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('BC-2026-0318.pdf', pages)], [o], ['French PO: day-first dates, "1 200" (space thousands) = 1200, comma decimals', 'units "pce"/"m" -> PCE/M; separate facturation address with BP line', 'livraison 19/05 is 6 calendar days after 13/05 -> high']);
  }

  // ---- h4-pdf-pedido-es-09: Spanish, "no es urgente" -> normal ----
  {
    const recv = '2026-05-14T11:30:00Z';
    const ship: Addr = { name: 'Suministros Industriales Ebro S.L.', street: 'Calle de Miguel Servet 25, Nave 3', city: 'Zaragoza', region: null, postalCode: '50013', country: 'ES' };
    const o: Order = {
      po: 'PC-7741', orderDate: '2026-05-14', reqDate: '2026-06-05', company: 'Suministros Industriales Ebro S.L.', contact: 'Lucía Ferrer', email: 'compras@ebro-suministros.example', phone: '976 55 02 31',
      shipTo: ship, billTo: null, currency: 'EUR', showTotals: true, tax: 0, shipping: null, terms: 'Transferencia 60 días', shipVia: null, notes: 'No es urgente.',
      lines: [
        { sku: 'TRN-M10-60', desc: 'Tornillo hexagonal M10x60 zincado', qty: 400, unit: 'UD', price: 0.27 },
        { sku: 'ARN-M10', desc: 'Arandela plana M10', qty: 800, unit: 'UD', price: 0.04 },
        { sku: 'GUA-NIT-9', desc: 'Guantes de nitrilo talla 9', qty: 10, unit: 'CJ', price: 8.95 },
        { sku: 'DSC-125-1', desc: 'Disco de corte 125x1,0 mm', qty: 50, unit: 'UD', price: 1.35 },
      ],
      level: 'normal', reasons: [], review: [],
    };
    o.tax = r2(sub(o) * 0.21);
    o.reasons = ['negated phrase "No es urgente" (not urgent) in the document: no urgency from words', dateReason(recv, o.reqDate!).reason];
    const { buf, pages } = await pdf((d) => {
      d.rect(40, 40, 8, 60).fill('#d35400').fillColor('black');
      d.font('Helvetica-Bold').fontSize(15).text('Suministros Industriales Ebro S.L.', 56, 42);
      d.font('Helvetica').fontSize(9).text('Calle de Miguel Servet 25, Nave 3 · 50013 Zaragoza · España', 56, 62).text('Tel. 976 55 02 31 · CIF B-50123456', 56, 75);
      d.font('Helvetica-Bold').fontSize(13).text('PEDIDO DE COMPRA', 56, 118);
      let y = 140;
      for (const [k, v] of [['Nº pedido', o.po!], ['Fecha', '14/05/2026'], ['Fecha de entrega', '05/06/2026'], ['Solicitado por', 'Lucía Ferrer'], ['Forma de pago', 'Transferencia 60 días']]) {
        d.font('Helvetica').fontSize(8).fillColor('#666').text(k.toUpperCase(), 56, y).fillColor('black').fontSize(10).text(v, 170, y - 1);
        y += 15;
      }
      d.fontSize(9).text('Entregar en nuestro almacén (dirección arriba). No es urgente.', 56, y + 6);
      const cols: Col[] = [
        { h: 'Código', w: 90, get: (l) => l.sku! }, { h: 'Descripción', w: 200, get: (l) => l.desc }, { h: 'Cant.', w: 50, align: 'right', get: (l) => String(l.qty) },
        { h: 'Ud.', w: 36, get: (l) => l.unit! }, { h: 'Precio', w: 60, align: 'right', get: (l) => fmt(l.price!, 'es') }, { h: 'Importe', w: 70, align: 'right', get: (l) => fmt(amt(l)!, 'es') },
      ];
      y = table(d, 56, y + 30, cols, o.lines, { rowH: 18 });
      kv(d, 380, y + 12, [['Base imponible', `${fmt(sub(o), 'es')} €`], ['IVA 21%', `${fmt(o.tax!, 'es')} €`], ['TOTAL', `${fmt(total(o), 'es')} €`]], 90);
    });
    await add('h4-pdf-pedido-es-09.eml', {
      from: 'Lucía Ferrer <compras@ebro-suministros.example>', subject: 'Pedido PC-7741', date: recv, id: '<pc-7741.compras@ebro-suministros.example>',
      text: 'Buenos días:\n\nAdjunto el pedido PC-7741. No es urgente, con la fecha indicada nos vale.\n\nSaludos,\nLucía Ferrer\nDpto. de Compras\n', att: [{ filename: 'Pedido_PC-7741.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('Pedido_PC-7741.pdf', pages)], [o], ['Spanish PO, label-over-value header, borderless table; 05/06/2026 = 5 June (Spain)', '"No es urgente" negation -> normal; notes carry the sentence', 'units UD/CJ; IVA 21%']);
  }

  // ---- h4-body-texttable-en-10: machine down, overnight ----
  {
    const recv = '2026-05-15T12:50:00Z';
    const o: Order = {
      po: 'RP-30981', orderDate: null, reqDate: null, company: 'Ridgeline Packaging Co.', contact: 'Tom Okafor', email: 'maint@ridgelinepackaging.example', phone: '815-555-0166',
      shipTo: US('Ridgeline Packaging Co.', '900 Conveyor Way', 'Joliet', 'IL', '60436'), billTo: null, currency: 'USD', showTotals: true, tax: null, shipping: null,
      terms: null, shipVia: 'FedEx Priority Overnight', notes: null,
      lines: [
        { sku: '6309-2RS-C3', desc: 'Ball bearing 45x100x25 sealed C3', qty: 6, unit: 'EA', price: 38.4 },
        { sku: 'UCF210-32', desc: '4-bolt flange bearing 2 in', qty: 2, unit: 'EA', price: 112.0 },
        { sku: 'KEY-12x8x50', desc: 'Parallel key 12x8x50', qty: 10, unit: 'EA', price: 2.15 },
      ],
      level: 'urgent', reasons: ['urgent phrase "MACHINE DOWN" in the subject and "line is down" / "overnight" in the body'], review: [],
    };
    const row = (l: Line) => `${l.sku!.padEnd(14)}${l.desc.padEnd(36)}${String(l.qty).padStart(4)}  ${l.unit!.padEnd(4)}${fmt(l.price!, 'us').padStart(9)}${fmt(amt(l)!, 'us').padStart(10)}`;
    const text = `All,\n\nOur case erector line is down - need these shipped FedEx Priority Overnight today. PO RP-30981.\n\n${'Item'.padEnd(14)}${'Description'.padEnd(36)}${'Qty'.padStart(4)}  ${'UOM'.padEnd(4)}${'Price'.padStart(9)}${'Ext'.padStart(10)}\n${'-'.repeat(77)}\n${o.lines.map(row).join('\n')}\n${'-'.repeat(77)}\n${'Total'.padEnd(64)}${fmt(total(o), 'us').padStart(13)}\n\nShip to:\nRidgeline Packaging Co.\n900 Conveyor Way\nJoliet, IL 60436\n\nTom Okafor | Maintenance Supervisor | 815-555-0166\n`;
    await add('h4-body-texttable-en-10.eml', { from: 'Tom Okafor <maint@ridgelinepackaging.example>', subject: 'MACHINE DOWN - PO RP-30981 bearings needed today', date: recv, id: '<rp-30981.0515@ridgelinepackaging.example>', text },
      [bodyDoc()], [o], ['fixed-width text table in plain body, dashed rules; total only', 'urgent words in subject (MACHINE DOWN) and body (line is down, overnight)', 'no order date in body -> null']);
  }

  // ---- h4-body-htmltable-en-11: HTML table, expedite if possible -> high ----
  {
    const recv = '2026-05-18T16:20:00Z';
    const o: Order = {
      po: '22-4471', orderDate: null, reqDate: null, company: 'Summit Ridge Electric', contact: 'Kelsey Moran', email: 'kmoran@summitridge-electric.example', phone: '(303) 555-0137',
      shipTo: US('Summit Ridge Electric - Job 2291', '4800 Brighton Blvd', 'Denver', 'CO', '80216'), billTo: null, currency: 'USD', showTotals: true, tax: null, shipping: null,
      terms: null, shipVia: null, notes: null,
      lines: [
        { sku: 'THHN12-BLK-500', desc: 'THHN 12 AWG black, 500 ft reel', qty: 6, unit: 'RL', price: 94.5 },
        { sku: 'EMT-075-10', desc: 'EMT conduit 3/4 in x 10 ft', qty: 80, unit: 'EA', price: 8.1 },
        { sku: 'WN-YEL-100', desc: 'Wire nuts yellow, bag of 100', qty: 5, unit: 'BG', price: 9.25 },
        { sku: 'BX-4SQ-D', desc: '4 in square box, 2-1/8 deep', qty: 40, unit: 'EA', price: 3.65 },
      ],
      level: 'high', reasons: ['softer priority words "priority" (subject) and "expedite if possible" (body)'], review: [],
    };
    const rows = o.lines.map((l) => `<tr><td>${l.sku}</td><td>${l.desc}</td><td align="right">${l.qty}</td><td>${l.unit}</td><td align="right">$${fmt(l.price!, 'us')}</td><td align="right">$${fmt(amt(l)!, 'us')}</td></tr>`).join('\n');
    const html = `<html><body style="font-family:Arial"><p>Hi Northwind,</p><p>Please enter PO <b>22-4471</b> below. Expedite if possible, the crew starts rough-in next week.</p>
<table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>Part #</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit</th><th>Total</th></tr></thead><tbody>
${rows}
<tr><td colspan="5" align="right"><b>PO Total</b></td><td align="right"><b>$${fmt(total(o), 'us')}</b></td></tr></tbody></table>
<p><b>Deliver to:</b><br>Summit Ridge Electric - Job 2291<br>4800 Brighton Blvd<br>Denver, CO 80216</p>
<p>Thanks,<br>Kelsey Moran<br>Summit Ridge Electric<br>(303) 555-0137</p></body></html>`;
    await add('h4-body-htmltable-en-11.eml', { from: 'Kelsey Moran <kmoran@summitridge-electric.example>', subject: 'PO 22-4471 - priority please', date: recv, id: '<22-4471.kmoran@summitridge-electric.example>', html },
      [bodyDoc(true)], [o], ['HTML-only body with bordered table and total row', '"priority" + "Expedite if possible" -> high; no requested date', 'ship-to name includes job reference']);
  }

  // ---- h4-body-prose-en-12: prose, no prices, "no rush" ----
  {
    const recv = '2026-05-19T19:05:00Z';
    const o: Order = {
      po: 'PC-0519', orderDate: null, reqDate: null, company: 'Pinecrest Apartments', contact: 'Marge Sullivan', email: 'maintenance@pinecrestapts.example', phone: '614-555-0109',
      shipTo: US('Pinecrest Apartments', '77 Pinecrest Lane', 'Columbus', 'OH', '43215'), billTo: null, currency: null, showTotals: false, tax: null, shipping: null,
      terms: null, shipVia: null, notes: null,
      lines: [
        { sku: 'FLT-20201', desc: 'furnace filters 20x20x1', qty: 12, unit: 'BOX', price: null },
        { sku: 'LED-A19-9W', desc: 'A19 LED bulbs, 9 watt', qty: 4, unit: 'CS', price: null },
        { sku: null, desc: 'blue painter\'s tape', qty: 24, unit: 'RL', price: null },
      ],
      level: 'normal', reasons: ['negated phrase "No rush" in the body: no urgency from words'], review: ['no prices given: unit prices and amounts missing', 'one line has no item number'],
    };
    const text = `Hi there,\n\nThis is Marge over at Pinecrest Apartments maintenance. Could we get 12 boxes of the 20x20x1 furnace filters (FLT-20201), 4 cases of the 9 watt A19 LED bulbs (LED-A19-9W) and 24 rolls of blue painter's tape? Our PO number for this is PC-0519.\n\nNo rush on this at all, whenever it fits in your schedule. Same address as always: 77 Pinecrest Lane, Columbus, OH 43215.\n\nThanks so much!\nMarge Sullivan\nPinecrest Apartments\n614-555-0109\n`;
    await add('h4-body-prose-en-12.eml', { from: 'Marge Sullivan <maintenance@pinecrestapts.example>', subject: 'supplies order', date: recv, id: '<CAF12pinecrest0519@mail.pinecrestapts.example>', text },
      [bodyDoc()], [o], ['prose order, three items in one sentence, no prices -> unitPrice/amount null, currency null', 'units written as words: "boxes" -> BOX, "cases" -> CS, "rolls" -> RL; tape has no SKU', '"No rush" -> normal; needs review because prices missing']);
  }

  // ---- h4-body-list-en-13: bullet list, by Friday (2 business days) -> urgent ----
  {
    const recv = '2026-05-20T14:00:00Z';
    const o: Order = {
      po: 'TCI 8812', orderDate: null, reqDate: '2026-05-22', company: 'Tri-County Irrigation', contact: 'Luis Paredes', email: 'luis@tricountyirrigation.example', phone: '559-555-0151',
      shipTo: US('Tri-County Irrigation', '4120 E Ashlan Ave', 'Fresno', 'CA', '93726'), billTo: null, currency: 'USD', showTotals: true, tax: null, shipping: null,
      terms: null, shipVia: null, notes: null,
      lines: [
        { sku: 'PVC-SCH40-2', desc: '2" Sch 40 PVC pipe, 20 ft', qty: 30, unit: null, price: 16.8 },
        { sku: 'SOL-VLV-1', desc: '1" solenoid valve 24VAC', qty: 12, unit: null, price: 27.5 },
        { sku: 'PRM-GLUE-QT', desc: 'PVC primer & cement combo, quart', qty: 6, unit: null, price: 13.9 },
        { sku: 'DRP-TUBE-500', desc: '1/2" drip tubing 500 ft', qty: 8, unit: null, price: 41.25 },
      ],
      level: 'urgent', reasons: [], review: [],
    };
    o.reasons = [dateReason(recv, o.reqDate!).reason];
    const text = `Hey,\n\nPO TCI 8812 - need these delivered by Friday 5/22:\n\n${o.lines.map((l) => `  * ${l.qty} x ${l.sku} - ${l.desc} @ $${fmt(l.price!, 'us')}`).join('\n')}\n\nOrder total $${fmt(total(o), 'us')}\n\nDeliver to the yard: 4120 E Ashlan Ave, Fresno, CA 93726.\n\nLuis Paredes\nTri-County Irrigation | 559-555-0151\n`;
    await add('h4-body-list-en-13.eml', { from: 'Luis Paredes <luis@tricountyirrigation.example>', subject: 'order for this week', date: recv, id: '<tci-8812-0520@tricountyirrigation.example>', text },
      [bodyDoc()], [o], ['bullet list "qty x SKU - desc @ $price"; no amounts written -> amount = qty*price; total written', '"by Friday 5/22" = 2026-05-22, 2 business days after Wed 05-20 -> urgent by date', 'PO number contains a space "TCI 8812"; ship-to name from signature company']);
  }

  // ---- h4-body-list-de-14: German list ----
  {
    const recv = '2026-05-21T08:10:00Z';
    const ship: Addr = { name: 'Huber Bäckereitechnik GmbH', street: 'Landsberger Straße 312', city: 'München', region: null, postalCode: '80687', country: null };
    const o: Order = {
      po: '2026-117', orderDate: null, reqDate: '2026-06-12', company: 'Huber Bäckereitechnik GmbH', contact: 'Florian Huber', email: 'f.huber@huber-baeckereitechnik.example', phone: '089 555 31 40',
      shipTo: ship, billTo: null, currency: 'EUR', showTotals: true, tax: null, shipping: null, terms: null, shipVia: null, notes: null,
      lines: [
        { no: 1, sku: 'KR-V-1250', desc: 'Keilriemen SPZ 1250', qty: 8, unit: 'STK', price: 9.8 },
        { no: 2, sku: 'LG-6006-2Z', desc: 'Rillenkugellager 6006-2Z', qty: 20, unit: 'STK', price: 4.35 },
        { no: 3, sku: 'LM-H1-400', desc: 'Lebensmittelfett H1, Kartusche 400 g', qty: 12, unit: 'STK', price: 11.6 },
        { no: 4, sku: 'SCH-PTFE-12', desc: 'PTFE-Schlauch 12 mm', qty: 25, unit: 'M', price: 6.2 },
      ],
      level: 'normal', reasons: [], review: [],
    };
    o.reasons = ['keine Dringlichkeitswörter / no urgency words', dateReason(recv, o.reqDate!).reason];
    const text = `Guten Morgen,\n\nhiermit bestellen wir (Bestell-Nr. 2026-117):\n\n${o.lines.map((l) => `${l.no}. ${fmt(l.qty, 'de', 0)} ${l.unit === 'M' ? 'm' : 'Stk.'} ${l.desc} (Art.-Nr. ${l.sku}) à ${fmt(l.price!, 'de')} € = ${fmt(amt(l)!, 'de')} €`).join('\n')}\n\nSumme netto: ${fmt(total(o), 'de')} €\n\nLieferung bitte bis 12.06.2026 an:\nHuber Bäckereitechnik GmbH\nLandsberger Straße 312\n80687 München\n\nViele Grüße\nFlorian Huber\nTel. 089 555 31 40\n`;
    await add('h4-body-list-de-14.eml', { from: 'Florian Huber <f.huber@huber-baeckereitechnik.example>', subject: 'Bestellung 2026-117', date: recv, id: '<2026-117.huber@huber-baeckereitechnik.example>', text },
      [bodyDoc()], [o], ['German numbered list "1. 8 Stk. desc (Art.-Nr. X) à 9,80 € = 78,40 €"', '"Summe netto" written -> subtotal = total, tax null; country not written -> null (contract: country where written)', 'Lieferung bis 12.06.2026 -> normal']);
  }

  // ---- h4-body-texttable-es-15: Spanish, URGENTE ----
  {
    const recv = '2026-05-22T09:45:00Z';
    const o: Order = {
      po: 'HO-2026-044', orderDate: null, reqDate: null, company: 'Taller Hermanos Ortega', contact: 'Javier Ortega', email: 'taller@hermanos-ortega.example', phone: '963 55 47 20',
      shipTo: { name: 'Taller Hermanos Ortega', street: 'Avenida del Puerto 188', city: 'Valencia', region: null, postalCode: '46023', country: 'ES' }, billTo: null, currency: 'EUR',
      showTotals: true, tax: null, shipping: null, terms: null, shipVia: null, notes: null,
      lines: [
        { sku: 'FLT-AC-220', desc: 'Filtro de aceite compresor', qty: 3, unit: 'UD', price: 24.5 },
        { sku: 'COR-B-62', desc: 'Correa trapezoidal B-62', qty: 4, unit: 'UD', price: 12.3 },
        { sku: 'ACE-CMP-5L', desc: 'Aceite compresor 5 L', qty: 2, unit: 'UD', price: 38.9 },
      ],
      level: 'urgent', reasons: ['urgent word "URGENTE" in the subject and "compresor parado" (machine down) in the body'], review: [],
    };
    const text = `Hola,\n\nPedido URGENTE nº HO-2026-044. Tenemos el compresor parado, necesitamos el material cuanto antes.\n\nRef.          Descripción                     Cant.  Precio    Importe\n${o.lines.map((l) => `${l.sku!.padEnd(14)}${l.desc.padEnd(32)}${`${l.qty} ud`.padEnd(7)}${fmt(l.price!, 'es').padStart(6)} €${fmt(amt(l)!, 'es').padStart(9)} €`).join('\n')}\n                                                   Total: ${fmt(total(o), 'es')} €\n\nEnviar a:\nTaller Hermanos Ortega\nAvenida del Puerto 188\n46023 Valencia, España\n\nJavier Ortega\nTel. 963 55 47 20\n`;
    await add('h4-body-texttable-es-15.eml', { from: 'Javier Ortega <taller@hermanos-ortega.example>', subject: 'URGENTE - Pedido HO-2026-044', date: recv, id: '<ho-2026-044@hermanos-ortega.example>', text },
      [bodyDoc()], [o], ['Spanish text table, quantities "3 ud" -> 3 UD, amounts with €', 'URGENTE + "compresor parado" -> urgent', 'España written -> ES']);
  }

  // ---- h4-sheet-xlsx-en-16 ----
  {
    const recv = '2026-05-25T13:30:00Z';
    const o: Order = {
      po: 'GFS-10442', orderDate: '2026-05-25', reqDate: '2026-06-10', company: 'Greenfield Facility Services', contact: 'Nadia Brooks', email: 'nbrooks@greenfieldfs.example', phone: '704-555-0188',
      shipTo: US('Greenfield Facility Services', '2600 Westinghouse Blvd', 'Charlotte', 'NC', '28273'), billTo: null, currency: 'USD', showTotals: true, tax: null, shipping: null,
      terms: 'Net 30', shipVia: null, notes: null,
      lines: [
        { no: 1, sku: 'JAN-TT-9', desc: 'Trash liners 40-45 gal, 250/cs', qty: 15, unit: 'CS', price: 32.4 },
        { no: 2, sku: 'JAN-PT-8', desc: 'Paper towel roll 8 in, 6/cs', qty: 20, unit: 'CS', price: 41.75 },
        { no: 3, sku: 'CHM-NEU-1G', desc: 'Neutral floor cleaner 1 gal', qty: 24, unit: 'EA', price: 12.6 },
        { no: 4, sku: 'MOP-24-BL', desc: 'Microfiber mop pad 24 in blue', qty: 60, unit: 'EA', price: 4.15 },
        { no: 5, sku: 'GLV-NIT-L', desc: 'Nitrile gloves L 100/bx', qty: 40, unit: 'BX', price: 8.3 },
      ],
      level: 'normal', reasons: [], review: [],
    };
    o.reasons = ['no urgency words', dateReason(recv, o.reqDate!).reason];
    const wb = new ExcelJS.Workbook();
    wb.creator = 'holdout4'; wb.created = FIXED; wb.modified = FIXED;
    const ws = wb.addWorksheet('PO');
    ws.addRow(['Greenfield Facility Services - Purchase Order']);
    ws.addRow([]);
    ws.addRow(['PO Number', 'GFS-10442']); ws.addRow(['PO Date', new Date(Date.UTC(2026, 4, 25))]); ws.addRow(['Need By', new Date(Date.UTC(2026, 5, 10))]);
    ws.addRow(['Buyer', 'Nadia Brooks, 704-555-0188']); ws.addRow(['Terms', 'Net 30']);
    ws.addRow(['Ship To', 'Greenfield Facility Services, 2600 Westinghouse Blvd, Charlotte, NC 28273']);
    ws.addRow([]);
    ws.addRow(['Line', 'Item', 'Description', 'Qty', 'UOM', 'Unit Price', 'Ext Price']);
    for (const l of o.lines) ws.addRow([l.no, l.sku, l.desc, l.qty, l.unit, l.price, amt(l)]);
    ws.addRow([null, null, null, null, null, 'Total', total(o)]);
    ws.getColumn(2).width = 14; ws.getColumn(3).width = 34;
    ws.getCell('B4').numFmt = 'mm/dd/yyyy'; ws.getCell('B5').numFmt = 'mm/dd/yyyy';
    const RealDate = Date;
    (globalThis as any).Date = class extends RealDate { constructor(...a: any[]) { super(...((a.length ? a : [FIXED.getTime()]) as [])); } static now() { return FIXED.getTime(); } };
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    (globalThis as any).Date = RealDate;
    const mt = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await add('h4-sheet-xlsx-en-16.eml', {
      from: 'Nadia Brooks <nbrooks@greenfieldfs.example>', subject: 'PO GFS-10442 (spreadsheet)', date: recv, id: '<gfs-10442@greenfieldfs.example>',
      text: 'Hi,\n\nOur monthly janitorial PO is attached as a spreadsheet.\n\nNadia Brooks\nGreenfield Facility Services\n', att: [{ filename: 'GFS-10442.xlsx', content: buf, contentType: mt }],
    }, [bodyDoc(), { name: 'GFS-10442.xlsx', mediaType: mt, method: 'spreadsheet', pages: null }], [o], ['xlsx with key/value header rows (real date cells) then table; ship-to in one comma-separated cell', 'units CS/EA/BX; total row only', 'need-by 2026-06-10 -> normal']);
  }

  // ---- h4-sheet-csv-en-17: priority, end of week -> high ----
  {
    const recv = '2026-05-26T15:15:00Z';
    const o: Order = {
      po: 'OLS-3307', orderDate: null, reqDate: null, company: 'Orion Lab Supplies', contact: 'Grace Lin', email: 'glin@orionlab.example', phone: '617-555-0124',
      shipTo: US('Orion Lab Supplies', '55 Fid Kennedy Ave, Suite 210', 'Boston', 'MA', '02210'), billTo: null, currency: 'USD', showTotals: false, tax: null, shipping: null,
      terms: null, shipVia: null, notes: null,
      lines: [
        { sku: 'TUB-15-PP', desc: '15 mL conical tubes, 500/cs', qty: 4, unit: 'CS', price: 86.0 },
        { sku: 'TIP-200-RK', desc: '200 uL pipette tips racked', qty: 10, unit: 'PK', price: 23.5 },
        { sku: 'GLV-NIT-M', desc: 'Nitrile gloves M', qty: 20, unit: 'BX', price: 8.3 },
        { sku: 'ETH-70-4L', desc: '70% ethanol 4 L', qty: 6, unit: 'EA', price: 27.95 },
      ],
      level: 'high', reasons: ['softer priority words "Priority order" and "by end of week" in the body'], review: [],
    };
    const csv = ['sku,description,qty,uom,unit_price,ext_price', ...o.lines.map((l) => `${l.sku},"${l.desc}",${l.qty},${l.unit},${l.price!.toFixed(2)},${amt(l)!.toFixed(2)}`)].join('\r\n') + '\r\n';
    await add('h4-sheet-csv-en-17.eml', {
      from: 'Grace Lin <glin@orionlab.example>', subject: 'Priority order OLS-3307', date: recv, id: '<ols-3307.glin@orionlab.example>',
      text: 'Hello,\n\nPriority order - PO OLS-3307, line items in the attached CSV. We would appreciate it by end of week.\n\nShip to:\nOrion Lab Supplies\n55 Fid Kennedy Ave, Suite 210\nBoston, MA 02210\n\nGrace Lin | 617-555-0124\n',
      att: [{ filename: 'OLS-3307.csv', content: csv, contentType: 'text/csv' }],
    }, [bodyDoc(), { name: 'OLS-3307.csv', mediaType: 'text/csv', method: 'spreadsheet', pages: null }], [o], ['CSV lines, header data in body; no total anywhere -> subtotal/total null', '"Priority order" + "by end of week" -> high', 'description with comma quoted']);
  }

  // ================= negatives =================
  // ---- n18 invoice PDF ----
  {
    const recv = '2026-05-27T10:00:00Z';
    const { buf, pages } = await pdf((d) => {
      d.font('Helvetica-Bold').fontSize(18).text('INVOICE', 40, 40, { width: 532, align: 'right' });
      d.fontSize(12).text('Keystone Fasteners Corp.', 40, 44);
      d.font('Helvetica').fontSize(9).text('1800 Mill Street, Reading, PA 19602', 40, 60);
      kv(d, 380, 80, [['Invoice No.', 'INV-90412'], ['Invoice Date', '05/27/2026'], ['Due Date', '06/26/2026'], ['Your PO', 'NW-PO-7731']], 80);
      block(d, 40, 90, 'Bill To', ['Northwind Industrial Supply', '400 Commerce Park Dr', 'Hartford, CT 06103']);
      const lines: Line[] = [{ sku: 'HX-38-16', desc: 'Hex cap screw 3/8-16 x 2 Gr5', qty: 2000, unit: 'EA', price: 0.22 }, { sku: 'NUT-38-16', desc: 'Hex nut 3/8-16 Gr5', qty: 2000, unit: 'EA', price: 0.07 }];
      const cols: Col[] = [{ h: 'Item', w: 100, get: (l) => l.sku! }, { h: 'Description', w: 220, get: (l) => l.desc }, { h: 'Qty', w: 60, align: 'right', get: (l) => String(l.qty) },
        { h: 'Price', w: 70, align: 'right', get: (l) => fmt(l.price!, 'us') }, { h: 'Amount', w: 80, align: 'right', get: (l) => fmt(amt(l)!, 'us') }];
      const y = table(d, 40, 180, cols, lines, { grid: true });
      kv(d, 400, y + 10, [['Total Due', '580.00'], ['Terms', 'Net 30']], 80);
      d.fontSize(8).text('Please remit payment to Keystone Fasteners Corp. Thank you for your business.', 40, y + 60);
    });
    await add('h4-neg-invoice-18.eml', {
      from: 'Keystone Fasteners AR <billing@keystonefasteners.example>', subject: 'Invoice INV-90412 for PO NW-PO-7731', date: recv, id: '<inv-90412@keystonefasteners.example>',
      text: 'Dear customer,\n\nPlease find attached invoice INV-90412 for your purchase order NW-PO-7731. Payment is due within 30 days.\n\nAccounts Receivable\nKeystone Fasteners Corp.\n',
      att: [{ filename: 'INV-90412.pdf', content: buf, contentType: 'application/pdf' }],
    }, [bodyDoc(), pdfDoc('INV-90412.pdf', pages)], [], ['supplier invoice TO us (Bill To Northwind) with item table and "Your PO" -> not a PO']);
  }
  // ---- n19 statement ----
  await add('h4-neg-statement-19.eml', {
    from: 'Accounts Receivable <ar@tristatesteel.example>', subject: 'Statement of Account - May 2026', date: '2026-05-28T08:00:00Z', id: '<stmt-2026-05-nw@tristatesteel.example>',
    text: 'Northwind Industrial Supply\nAccount: NW-0042\n\nSTATEMENT OF ACCOUNT as of 05/28/2026\n\nDate        Reference       Charges     Payments    Balance\n04/14/2026  INV-55810       4,215.00                4,215.00\n04/30/2026  PMT-1180                    4,215.00        0.00\n05/06/2026  INV-56022       1,980.40                1,980.40\n05/19/2026  INV-56170         642.15                2,622.55\n\nAmount due: $2,622.55\nCurrent: 2,622.55   30 days: 0.00   60 days: 0.00\n\nPlease remit at your earliest convenience.\nTri-State Steel Service\n',
  }, [bodyDoc()], [], ['statement of account from a supplier: table of invoices and balances -> not a PO']);
  // ---- n20 quote request ----
  await add('h4-neg-rfq-20.eml', {
    from: 'Ben Ashford <bashford@ashfordcabinets.example>', subject: 'RFQ - pricing and lead time please', date: '2026-05-28T14:35:00Z', id: '<rfq-0528.bashford@ashfordcabinets.example>',
    text: 'Hi,\n\nBefore we place an order, could you quote the following and tell me lead times?\n\n  - 500 x HNG-35-SC  soft-close concealed hinge 35 mm\n  - 250 x SLD-22-FE  22 in full-extension drawer slides (pair)\n  - 40 x SCR-8-125  #8 x 1-1/4 cabinet screws, box of 1000\n\nThis is a quote request only, not an order - we will send a PO once we compare prices. Need the quote ASAP if you can.\n\nBen Ashford\nAshford Custom Cabinets\n',
  }, [bodyDoc()], [], ['request for quotation with items and quantities; explicitly "not an order" -> not a PO (the ASAP is about the quote)']);
  // ---- n21 newsletter ----
  await add('h4-neg-newsletter-21.eml', {
    from: 'IndustryPulse Weekly <news@industrypulse.example>', subject: 'This week: steel prices, forklift safety & a 20% off coupon', date: '2026-05-29T12:00:00Z', id: '<nl-2026-22@industrypulse.example>',
    html: '<html><body><h1>IndustryPulse Weekly</h1><p>Hot-rolled coil prices slipped 3% this month as mills ramp up output.</p><h2>Order now and save</h2><table border="1"><tr><th>Item</th><th>Was</th><th>Now</th></tr><tr><td>Safety glasses 12-pack</td><td>$39.00</td><td>$31.20</td></tr><tr><td>Hi-vis vest, class 2</td><td>$14.50</td><td>$11.60</td></tr></table><p>Use code PULSE20 at checkout. Hurry - offer ends Friday! Urgent safety recall notice inside.</p><p><a href="https://industrypulse.example/unsubscribe">Unsubscribe</a></p></body></html>',
  }, [bodyDoc(true)], [], ['marketing newsletter with price table, "Order now", "Hurry", "Urgent" -> not a PO']);
  // ---- n22 out of office ----
  await add('h4-neg-ooo-22.eml', {
    from: 'Sabine Köhler <einkauf@kessler-maschinenbau.example>', subject: 'Automatische Antwort: Auftragsbestätigung Bestellung 4500012876', date: '2026-05-29T15:02:00Z', id: '<ooo-4500012876-0529@kessler-maschinenbau.example>',
    text: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 08.06.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an einkauf-team@kessler-maschinenbau.example.\n\nThank you for your message. I am out of the office until June 8, 2026. For urgent matters please contact einkauf-team@kessler-maschinenbau.example.\n\nSabine Köhler\n',
  }, [bodyDoc()], [], ['bilingual out-of-office auto-reply referencing a PO number, mentions "urgent" -> not a PO']);
  // ---- n23 shipping notice ----
  await add('h4-neg-shipnotice-23.eml', {
    from: 'Harbor Point Receiving <receiving@harborpointmarine.example>', subject: 'Shipment notification - PO HPM-PO-260417 delivered', date: '2026-06-01T18:40:00Z', id: '<asn-260417@harborpointmarine.example>',
    text: 'Hello Northwind,\n\nThis is to let you know that the shipment against PO HPM-PO-260417 was received today.\n\nCarrier: UPS Ground, tracking 1Z999AA10123456784\nPackages: 3\nLines received: 1-5 complete\n  SS316-HX-0516  200 EA\n  SS316-NL-0516  200 EA\n  MR-TAPE-2       12 RL\n  ZN-ANODE-S5     24 EA\n  GL-NIT-XL       10 BX\n\nNo action needed.\nHarbor Point Receiving Dock\n',
  }, [bodyDoc()], [], ['delivery / receiving notification listing items and quantities -> not a PO']);
  // ---- n24 question about existing PO ----
  await add('h4-neg-question-24.eml', {
    from: 'Andrée Lavoie <alavoie@lakeheadpulp.example>', subject: 'Re: Lakehead PO LPS-55012 - bearings & belts', date: '2026-06-02T13:10:00Z', id: '<LPS-55012-q1@lakeheadpulp.example>',
    text: 'Hi,\n\nQuick question on PO LPS-55012 - did the 40 x 6205-2RS bearings ship with the belts, or are they on backorder? Also, can you confirm the HST was charged at 13%?\n\nNo new order here, just checking status.\n\nMerci,\nAndrée Lavoie\nLakehead Pulp Supply Ltd.\n\n> On May 6, 2026, Andrée Lavoie wrote:\n> Please process the attached order. We need it on site by Monday the 11th.\n',
  }, [bodyDoc()], [], ['status question about an existing PO, quotes earlier order mail -> not a PO']);

  // ---- write + validate ----
  let bad = 0;
  for (const c of cases) {
    const { labelNotes, ...rest } = c.truth;
    const r = extractionResultSchema.safeParse(rest);
    if (!r.success) { bad++; console.error(c.file, JSON.stringify(r.error.issues.slice(0, 3))); }
    writeFileSync(join(OUT, c.file), c.bytes);
    writeFileSync(join(OUT, `${c.file}.truth.json`), `${JSON.stringify(c.truth, null, 2)}\n`);
  }
  console.log(`wrote ${cases.length} cases to ${OUT}; schema failures: ${bad}`);
  if (bad) process.exit(1);
}
main().catch((e) => { console.error(e); process.exit(1); });
