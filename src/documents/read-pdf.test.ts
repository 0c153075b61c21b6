import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors.ts';
import { buildPdf, textPage } from './testing/build-pdf.ts';
import { IMAGE_ONLY_PDF, readPdf } from './read-pdf.ts';

const limits = { maxPages: 200 };

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('readPdf', () => {
  it('rebuilds table rows from cells written column by column', async () => {
    // Content-stream order is column-major, with baselines off by a fraction of a point,
    // as some ERP generators write them.
    const column = (x: number, cells: string[], jitter: number) => cells.map((text, i) => ({ x, y: 200 + i * 20 + jitter * (i + 1), text }));
    const pdf = await buildPdf([
      {
        texts: [
          { x: 50, y: 100, text: 'PURCHASE ORDER 4711', size: 16 },
          ...column(400, ['Amount', '82.14', '54.76'], 0.4),
          ...column(50, ['Line', '1', '2'], 0),
          ...column(300, ['Qty', '6.00', '4.00'], -0.3),
          ...column(100, ['Description', 'CAMISETA TERMICA MANGA', 'Guante nitrilo'], 0.2),
        ],
      },
    ]);
    const doc = await readPdf('po.pdf', pdf, limits);
    expect(doc).toMatchObject({ name: 'po.pdf', mediaType: 'application/pdf', method: 'pdf-text', pageCount: 1 });
    expect(doc.text.split('\n')).toEqual(['PURCHASE ORDER 4711', 'Line\tDescription\tQty\tAmount', '1\tCAMISETA TERMICA MANGA\t6.00\t82.14', '2\tGuante nitrilo\t4.00\t54.76']);
    const page = doc.pages[0];
    expect(page).toMatchObject({ number: 1 });
    expect(page.width).toBeCloseTo(595.28, 1);
    const qty = page.words.find((w) => w.text === '6.00');
    expect(qty).toMatchObject({ conf: 1 });
    expect(qty!.x0).toBeCloseTo(300, 0);
    expect(qty!.y0).toBeGreaterThan(215);
    expect(qty!.y1).toBeLessThan(235);
  });

  it('separates pages with a form feed', async () => {
    const doc = await readPdf('two.pdf', await buildPdf([textPage(2, 'First'), textPage(2, 'Second')]), limits);
    expect(doc.pageCount).toBe(2);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(doc.text).toBe('First 1 of the purchase order\nFirst 2 of the purchase order\fSecond 1 of the purchase order\nSecond 2 of the purchase order');
  });

  it('skips an image-only PDF instead of failing', async () => {
    const doc = await readPdf('scan.pdf', await buildPdf([{ shapes: true }, { shapes: true, texts: [{ x: 10, y: 10, text: 'p. 2' }] }]), limits);
    expect(doc).toMatchObject({ method: 'skipped', skippedReason: IMAGE_ONLY_PDF, pageCount: 2, text: '' });
  });

  it('keeps reading a PDF where only some pages are scans', async () => {
    const doc = await readPdf('mixed.pdf', await buildPdf([textPage(3), { shapes: true }]), limits);
    expect(doc.method).toBe('pdf-text');
  });

  it('rejects an encrypted PDF', async () => {
    const pdf = await buildPdf([textPage(2)], { userPassword: 'secret', ownerPassword: 'owner' });
    const err = await rejection(readPdf('locked.pdf', pdf, limits));
    expect(err.code).toBe('encrypted');
    expect(err.message).toBe('encrypted PDF: a password is required');
  });

  it('rejects a corrupt PDF with a short reason', async () => {
    const err = await rejection(readPdf('bad.pdf', new Uint8Array(Buffer.from('%PDF-1.4\n garbage garbage\n')), limits));
    expect(err.code).toBe('corrupt-input');
    expect(err.message).toMatch(/^not a readable PDF: \S/);
    expect(err.message).not.toContain('\n');
  });

  it('rejects a PDF truncated to its first bytes', async () => {
    const pdf = await buildPdf([textPage(3)]);
    const err = await rejection(readPdf('cut.pdf', pdf.subarray(0, 200), limits));
    expect(err.code).toBe('corrupt-input');
  });

  it('checks the page limit before reading text', async () => {
    const err = await rejection(readPdf('long.pdf', await buildPdf([textPage(1), textPage(1), textPage(1)]), { maxPages: 2 }));
    expect(err.code).toBe('too-many-pages');
    expect(err.message).toBe('PDF has 3 pages, over the 2-page limit (maxPages)');
  });

  it('leaves the caller’s bytes intact', async () => {
    const pdf = await buildPdf([textPage(2)]);
    const copy = pdf.slice();
    await readPdf('a.pdf', pdf, limits);
    expect(pdf).toEqual(copy);
  });
});
