/**
 * Writes the layout pairs to samples/layouts/pairs/: for each customer layout a first and a next
 * PO (`NAME-first.EXT`, `NAME-next.EXT`, each with `.truth.json`), for teaching the first and
 * reading the next (issue 17). Deterministic: seeded PRNG, fixed PDF and zip timestamps.
 * Run: npx tsx samples/layouts/generate.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../gen/random.ts';
import { renderPdfPages } from '../gen/scans/render-pdf-pages.ts';
import { toFax, toPhoto, toScannedPdf } from '../gen/scans/degrade-page.ts';
import { drawLabelsAbove, drawReferenceBox, drawSheet } from './gen/draw.ts';
import { makeOrder, truthOf, type Customer, type PairOrder } from './gen/orders.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'pairs');
const SEED = 17;

const KESTREL: Customer = {
  company: 'Kestrel Foods Ltd',
  billTo: { name: 'Kestrel Foods Ltd', street: 'Unit 4, Harbour Road', city: 'Grimsby', region: null, postalCode: 'DN31 3LZ', country: 'GB' },
  shipTo: { name: 'Kestrel Foods Ltd', street: 'Cold Store 2, Moody Lane', city: 'Grimsby', region: null, postalCode: 'DN31 2SY', country: 'GB' },
  email: null,
  phone: '01472 555 0143',
  contacts: ['Ruth Adeyemi', 'Tom Pickering'],
  currency: 'GBP',
  taxRate: 0.2,
  paymentTerms: '30 days end of month',
  poPrefix: 'KF',
  lineNumbers: true,
  units: null,
};

const ORKNEY: Customer = {
  ...KESTREL,
  company: 'Orkney Creamery Ltd',
  billTo: { name: 'Orkney Creamery Ltd', street: 'Hatston Industrial Estate', city: 'Kirkwall', region: null, postalCode: 'KW15 1ER', country: 'GB' },
  shipTo: { name: 'Orkney Creamery Ltd', street: 'Pier Road Depot', city: 'Stromness', region: null, postalCode: 'KW16 3AA', country: 'GB' },
  phone: '01856 555 0177',
  contacts: ['Isla Rendall'],
  paymentTerms: '14 days net',
  poPrefix: 'OC',
};

const BRORA: Customer = {
  company: 'Brora Anlagenbau GmbH',
  billTo: { name: 'Brora Anlagenbau GmbH', street: 'Hafenstraße 12', city: 'Bremen', region: null, postalCode: '28217', country: 'DE' },
  shipTo: null,
  email: null,
  phone: null,
  contacts: ['Jana Wolter', 'Uwe Brandt'],
  currency: 'EUR',
  taxRate: null,
  paymentTerms: null,
  poPrefix: '45000',
  lineNumbers: false,
  units: null,
};

interface Layout {
  name: string;
  ext: string;
  customer: Customer;
  draw: (o: PairOrder, rng: Rng) => Promise<Buffer>;
  /** What the truth holds that the document does not print. */
  truth?: (o: PairOrder) => PairOrder;
}

const fax = async (o: PairOrder, rng: Rng) => toFax(rng, await renderPdfPages(await drawReferenceBox(o), 1), { yDpi: 196 });
// An image-only PDF from a flatbed scanner (300 dpi grey JPEG, a little skewed), and a phone photo
// of the printed page (on a desk, sheared, unevenly lit, stored sideways with an EXIF turn).
const scan = async (o: PairOrder, rng: Rng) => toScannedPdf(rng, await renderPdfPages(await drawReferenceBox(o), 1), 300);
const photo = async (o: PairOrder, rng: Rng) => toPhoto(rng, (await renderPdfPages(await drawLabelsAbove(o), 1))[0]!);

const LAYOUTS: Layout[] = [
  { name: 'kestrel-ref-pdf', ext: 'pdf', customer: KESTREL, draw: drawReferenceBox },
  { name: 'kestrel-web-pdf', ext: 'pdf', customer: { ...KESTREL, lineNumbers: false, taxRate: null, paymentTerms: null }, draw: drawLabelsAbove, truth: (o) => ({ ...o, phone: null }) },
  { name: 'orkney-ref-pdf', ext: 'pdf', customer: ORKNEY, draw: drawReferenceBox },
  { name: 'kestrel-ref-fax', ext: 'tif', customer: { ...KESTREL, poPrefix: 'KX' }, draw: fax },
  { name: 'orkney-ref-scan', ext: 'pdf', customer: { ...ORKNEY, poPrefix: 'OS' }, draw: scan },
  { name: 'kestrel-web-photo', ext: 'jpg', customer: { ...KESTREL, lineNumbers: false, taxRate: null, paymentTerms: null, poPrefix: 'KP' }, draw: photo, truth: (o) => ({ ...o, phone: null }) },
  { name: 'brora-sheet', ext: 'xlsx', customer: BRORA, draw: drawSheet, truth: (o) => ({ ...o, billTo: null, shipTo: null }) },
];

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const root = new Rng(SEED);
  for (const layout of LAYOUTS) {
    const rng = root.fork(layout.name);
    for (const [which, role] of [[0, 'first'], [1, 'next']] as const) {
      const order = makeOrder(rng.fork(role), layout.customer, which);
      const file = `${layout.name}-${role}.${layout.ext}`;
      writeFileSync(join(OUT, file), await layout.draw(order, rng.fork(`${role} paper`)));
      writeFileSync(join(OUT, `${file}.truth.json`), `${JSON.stringify(truthOf(file, layout.truth?.(order) ?? order), null, 2)}\n`);
    }
  }
  console.log(`${LAYOUTS.length} layouts, ${LAYOUTS.length * 2} files in ${OUT}`);
}

await main();
