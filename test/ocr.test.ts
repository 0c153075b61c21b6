import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/domain/errors.ts';
import type { LayoutDocument } from '../src/domain/layout.ts';
import { closeOcr, readInput } from '../src/documents/read-input.ts';
import { buildMail } from '../src/documents/testing/build-mail.ts';
import { runCli } from './fixtures/run-cli.ts';

// OCR through the real path (sharp + tesseract.js, offline language data) on small images made
// here: SVG text rendered by sharp with DejaVu Sans (Debian fonts-dejavu-core). Few and small
// pages, since each OCR costs a second or so on CI's two cores.

afterAll(closeOcr);

const WIDTH = 1200;
const LINE_GAP = 90;

/** A white page with one line of 48 px text per entry, baselines at 100, 190, ... */
function svgPage(lines: string[], height = 100 + lines.length * LINE_GAP): Buffer {
  const texts = lines.map((t, i) => `<text x="60" y="${100 + i * LINE_GAP}" font-size="48" font-family="DejaVu Sans">${t}</text>`);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}"><rect width="100%" height="100%" fill="white"/>${texts.join('')}</svg>`);
}

async function png(lines: string[]): Promise<Uint8Array> {
  return new Uint8Array(await sharp(svgPage(lines)).flatten({ background: '#ffffff' }).withMetadata({ density: 300 }).png().toBuffer());
}

/** A bilevel CCITT G4 TIFF with one page per entry, in fax "normal" mode: 204 x 98 dpi, squashed. */
async function faxTiff(pages: string[][]): Promise<Uint8Array> {
  const squashed = await Promise.all(
    pages.map(async (lines) => {
      const page = sharp(svgPage(lines, 300)).flatten({ background: '#ffffff' });
      return page
        .resize({ width: WIDTH, height: Math.round((300 * 98) / 204), fit: 'fill' })
        .png()
        .toBuffer();
    }),
  );
  // xres and yres are in pixels per millimetre.
  const tiff = await sharp(squashed, { join: { animated: true } })
    .extractChannel(0)
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 204 / 25.4, yres: 98 / 25.4, resolutionUnit: 'inch' })
    .toBuffer();
  return new Uint8Array(tiff);
}

async function imagePdf(image: Uint8Array): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.addPage({ size: 'A4', margin: 0 });
  for (let i = 0; i < 6; i++)
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(`Text layer line ${i + 1} of the order`, 50, 50 + i * 16);
  doc.addPage({ size: 'A4', margin: 0 });
  doc.image(Buffer.from(image), 0, 0, { width: 595 });
  doc.end();
  return done;
}

function wordsOf(doc: LayoutDocument, page = 0): string[] {
  return doc.pages[page].words.map((w) => w.text);
}

describe('OCR of scans', () => {
  it('reads the words of a PNG, with boxes in PDF points and real confidences', async () => {
    const { documents } = await readInput('scan.png', await png(['PURCHASE ORDER 4711', 'Widget 12 x 3.50']));
    const [doc] = documents;
    expect(doc).toMatchObject({ method: 'ocr', mediaType: 'image/png', pageCount: 1 });
    expect(doc.text.split('\n')).toEqual(['PURCHASE ORDER 4711', 'Widget 12 x 3.50']);
    // Points, as a text-layer PDF gives them: 72 per inch of the 300 dpi image.
    const pt = 72 / 300;
    expect(doc.pages[0].width).toBeCloseTo(WIDTH * pt, 1);
    expect(doc.pages[0].height).toBeCloseTo((100 + 2 * LINE_GAP) * pt, 1);
    const order = doc.pages[0].words.find((w) => w.text === 'ORDER')!;
    // The first baseline is at y=100 px; 48 px capitals stand about 35 px above it.
    expect(order.y0).toBeGreaterThan(50 * pt);
    expect(order.y0).toBeLessThan(100 * pt);
    expect(order.y1).toBeGreaterThan(95 * pt);
    expect(order.x0).toBeGreaterThan(300 * pt);
    expect(order.x1).toBeLessThan(700 * pt);
    for (const w of doc.pages[0].words) {
      expect(w.conf).toBeGreaterThan(0.5);
      expect(w.conf).toBeLessThanOrEqual(1);
    }
  });

  it('reads every page of a G4 fax TIFF in fax normal resolution, stretched to square pixels', async () => {
    const { documents } = await readInput('fax.tif', await faxTiff([['FAX PAGE ONE 4711'], ['FAX PAGE TWO 0815']]));
    const [doc] = documents;
    expect(doc).toMatchObject({ method: 'ocr', mediaType: 'image/tiff', pageCount: 2 });
    expect(doc.text.split('\f')).toEqual(['FAX PAGE ONE 4711', 'FAX PAGE TWO 0815']);
    // 144 rows at 98 dpi are 300 rows at the 204 dpi of the columns: 106 points.
    expect(doc.pages[1].height).toBeCloseTo((300 * 72) / 204, -1);
    expect(doc.pages[1].width).toBeCloseTo((WIDTH * 72) / 204, 0);
  });

  it('OCRs the image-only page of a PDF and keeps the text layer of the other', async () => {
    const { documents } = await readInput('mixed.pdf', await imagePdf(await png(['SCANNED PAGE 0815'])));
    const [doc] = documents;
    expect(doc).toMatchObject({ method: 'ocr', pageCount: 2 });
    const [text, scan] = doc.text.split('\f');
    expect(text).toContain('Text layer line 1 of the order');
    expect(scan).toBe('SCANNED PAGE 0815');
    // Page units stay PDF points on OCR'd pages: the page is A4 and the words lie on it.
    expect(doc.pages[1].width).toBeCloseTo(595, 0);
    expect(Math.max(...doc.pages[1].words.map((w) => w.x1))).toBeLessThan(595);
    expect(doc.pages[0].words.every((w) => w.conf === 1)).toBe(true);
  });

  it('reads a scan attached to an email', async () => {
    const mail = await buildMail({ text: 'Order attached.', attachments: [{ filename: 'scan.png', content: Buffer.from(await png(['ATTACHED ORDER 2024'])) }] });
    const { documents } = await readInput('mail.eml', mail);
    expect(documents.map((d) => [d.name, d.method])).toEqual([
      ['body', 'text'],
      ['scan.png', 'ocr'],
    ]);
    expect(documents[1].text).toBe('ATTACHED ORDER 2024');
  });

  it('gives a one-line error for a corrupt or cut-off image', async () => {
    const good = await png(['CUT SHORT']);
    const cases: Array<[string, Uint8Array, string]> = [
      ['noise.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.alloc(2000, 7)]), 'corrupt-input'],
      ['cut.png', good.subarray(0, Math.floor(good.length / 2)), 'truncated'],
      ['noise.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4]), 'truncated'],
    ];
    for (const [name, bytes, code] of cases) {
      const err = await readInput(name, bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, name).toBeInstanceOf(InputError);
      expect((err as InputError).code, name).toBe(code);
      expect((err as InputError).message, name).toMatch(/^[^\n]{10,160}$/);
    }
  });

  it('the CLI prints clean JSON for a scan and exits promptly', async () => {
    const work = await mkdtemp(join(tmpdir(), 'po-inbox-ocr-'));
    try {
      await writeFile(join(work, 'scan.png'), await png(['PURCHASE ORDER 4711']));
      const started = Date.now();
      const run = await runCli(['extract', 'scan.png', '--json'], { cwd: work });
      expect(run.code, run.stderr).toBe(0);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(JSON.parse(run.stdout).source.documents).toEqual([{ name: 'scan.png', mediaType: 'image/png', method: 'ocr', pages: 1 }]);
      expect(run.stderr).toBe('');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
