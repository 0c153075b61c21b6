import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, PoInboxError } from '../src/domain/errors.ts';
import { OcrPool } from '../src/documents/ocr/ocr-pool.ts';
import { closeOcr, readInput } from '../src/documents/read-input.ts';
import { makePoPdf, samplePo } from './fixtures/make-po-pdf.ts';

// Hostile images: each must end in one short InputError line, quickly, without decoding pixels
// it was told not to. The files are written with sharp into a temp folder, as a sender would.

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-inbox-ocr-limits-'));
  await writeFile(join(work, 'huge.png'), await hugePng(20_000, 20_000));
  const page = { width: 64, height: 64, channels: 3 as const, background: '#ffffff' };
  const fax = sharp({ create: { ...page, height: 64 * 500, pageHeight: 64 } }).toColourspace('b-w');
  await writeFile(join(work, 'long.tif'), await fax.tiff({ compression: 'ccittfax4', bitdepth: 1 }).toBuffer());
  const text = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400"><rect width="100%" height="100%" fill="white"/><text x="60" y="200" font-size="48" font-family="DejaVu Sans">CUT OFF FAX 4711</text></svg>',
  );
  const tif = await sharp(text).flatten({ background: '#ffffff' }).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1 }).toBuffer();
  await writeFile(join(work, 'cut.tif'), tif.subarray(0, Math.floor(tif.length * 0.6)));
  await writeFile(join(work, 'ok.png'), await sharp(text).flatten({ background: '#ffffff' }).png().toBuffer());
  // The reading sandbox's child starts on first use (a few seconds): started here, so the limits
  // below are timed on their own.
  await readInput('warm-up.pdf', await makePoPdf(samplePo(1)));
});

afterAll(async () => {
  await closeOcr();
  if (work) await rm(work, { recursive: true, force: true });
});

// A real 20,000 x 20,000 PNG takes sharp 8-20 s to encode; a bomb only needs to claim the size.
// So sharp writes a small PNG and its header (IHDR) is made to declare the big one, as a
// decompression bomb's header would: everything a decoder sees before allocating is genuine.
async function hugePng(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

async function failure(name: string, options: Parameters<typeof readInput>[2] = {}): Promise<{ err: InputError; ms: number; rssGrowth: number }> {
  const bytes = new Uint8Array(await readFile(join(work, name)));
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const err = await readInput(name, bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, name).toBeInstanceOf(InputError);
  return { err: err as InputError, ms: performance.now() - started, rssGrowth: process.memoryUsage().rss - rss };
}

const MB = 1024 * 1024;

describe('OCR limits', () => {
  it('rejects a 20,000 x 20,000 PNG from its header, before decoding', async () => {
    // In this process: the time and memory measured are the header check's, not a child's start.
    const { err, ms, rssGrowth } = await failure('huge.png', { sandbox: false });
    expect([err.code, err.message]).toEqual(['too-large', 'image is 20000 x 20000 pixels (400 megapixels), over the 100-megapixel limit (maxPixels)']);
    expect(ms).toBeLessThan(2000);
    expect(rssGrowth).toBeLessThan(100 * MB);
  });

  it('rejects a 500-page TIFF by its page count', async () => {
    const { err, ms } = await failure('long.tif');
    expect([err.code, err.message]).toEqual(['too-many-pages', 'TIFF has 500 pages, over the 200-page limit (maxPages)']);
    expect(ms).toBeLessThan(2000);
  });

  it('rejects a truncated TIFF in one line', async () => {
    const { err, ms } = await failure('cut.tif');
    expect(err.code).toBe('truncated');
    expect(err.message).toMatch(/^TIFF is truncated: [^\n]+$/);
    expect(ms).toBeLessThan(2000);
  });

  it('applies the byte and pixel limits it is given', async () => {
    expect((await failure('ok.png', { maxBytes: 1000 })).err.message).toMatch(/^file is \d+(\.\d)? KB, over the 1000 bytes limit \(maxBytes\)$/);
    expect((await failure('ok.png', { maxPixels: 100_000 })).err.message).toBe('image is 1200 x 400 pixels (0.5 megapixels), over the 0.1-megapixel limit (maxPixels)');
  });

  it('fails a page that runs over its time limit, and the next page still reads', async () => {
    const pool = new OcrPool({ size: 1, pageTimeoutMs: 1 });
    const err = await readInput('slow.png', new Uint8Array(await readFile(join(work, 'ok.png'))), { ocr: { pool } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PoInboxError);
    expect([(err as PoInboxError).code, (err as PoInboxError).message]).toEqual(['timeout', 'page 1: OCR took over 1 ms, the page time limit']);
    await pool.close();
    const input = await readInput('ok.png', new Uint8Array(await readFile(join(work, 'ok.png'))));
    expect(input.documents[0].text).toBe('CUT OFF FAX 4711');
  });
});
