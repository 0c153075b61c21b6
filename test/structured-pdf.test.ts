import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../src/domain/draft-order.ts';
import { runCli } from './fixtures/run-cli.ts';
import { REPO_ROOT_SAMPLES } from './fixtures/shared-folder.ts';

// A PDF carrying its order as an embedded file (PDF/A-3 style, as Order-X and ZUGFeRD do): the
// embedded XML is the order, read exactly, whatever the printed page says.

const SAMPLES = join(REPO_ROOT_SAMPLES, 'structured');
let work: string;

async function pdfWith(printed: string[], embedded?: { name: string; content: Buffer }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const line of printed) doc.text(line);
  if (embedded) doc.file(embedded.content, { name: embedded.name, type: 'application/xml', description: 'order' });
  doc.end();
  return done;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-structured-pdf-'));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a PDF with an embedded order XML', () => {
  it('is read from its embedded UBL order, which takes precedence over the printed text', async () => {
    const xml = await readFile(join(SAMPLES, 'ubl-order-peppol.xml'));
    const printed = ['BESTELLUNG Nr. BST-2026-0391', 'Datum: 09.02.2026', 'Pos  Artikel   Menge  Preis  Betrag', '1  NW-WV-XL  99  1,00  99,00', 'Gesamt: 99,00 EUR'];
    await writeFile(join(work, 'order-x.pdf'), await pdfWith(printed, { name: 'order.xml', content: xml }));
    const run = await runCli(['extract', join(work, 'order-x.pdf'), '--json'], { cwd: work });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as ExtractionResult;
    const truth = JSON.parse(await readFile(join(SAMPLES, 'ubl-order-peppol.xml.truth.json'), 'utf8')) as ExtractionResult;
    expect(result.source.documents.map((d) => d.method)).toEqual(['pdf-text']);
    const order = result.orders[0];
    expect(order.poNumber).toBe('BST-2026-0391');
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.amount])).toEqual(truth.orders[0].lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.amount]));
    expect(order.total).toBe(511.7);
    expect(order.needsReview).toBe(false);
  });

  it('is read from an Order-X PDF: the CII order embedded as order-x.xml', async () => {
    const xml = await readFile(join(SAMPLES, 'cii-order-x.xml'));
    await writeFile(join(work, 'order-x-cii.pdf'), await pdfWith(['BON DE COMMANDE CMD-2026-8812', 'Total TTC 607,92 EUR'], { name: 'order-x.xml', content: xml }));
    const run = await runCli(['extract', join(work, 'order-x-cii.pdf'), '--json'], { cwd: work });
    const order = (JSON.parse(run.stdout) as ExtractionResult).orders[0];
    expect(order).toMatchObject({ poNumber: 'CMD-2026-8812', total: 607.92, shipping: 15, needsReview: false });
    expect(order.structured?.format).toBe('cii');
    expect(order.lines.map((l) => l.sku)).toEqual(['NW-GL-M', 'NW-TP48']);
  });

  it('without an order inside (a hostile embedded file), is read from its printed text as before', async () => {
    const xxe = await readFile(join(SAMPLES, 'broken-xml-xxe.xml'));
    const printed = ['PURCHASE ORDER', 'PO Number: PX-1001', 'Qty  Item  Description  Unit Price  Amount', '2  AB-1  Widget  5.00  10.00', 'Total: 10.00'];
    await writeFile(join(work, 'plain.pdf'), await pdfWith(printed, { name: 'evil.xml', content: xxe }));
    const run = await runCli(['extract', join(work, 'plain.pdf'), '--json'], { cwd: work });
    const result = JSON.parse(run.stdout) as ExtractionResult;
    expect(result.orders[0]?.poNumber).toBe('PX-1001');
    expect(result.orders[0]?.structured).toBeUndefined();
  });
});
