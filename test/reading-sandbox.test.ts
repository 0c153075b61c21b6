import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/domain/errors.ts';
import type { OcrEngine } from '../src/documents/ocr/ocr-engine.ts';
import { OcrPool } from '../src/documents/ocr/ocr-pool.ts';
import { closeOcr, readInput } from '../src/documents/read-input.ts';
import { DEFAULT_MEMORY_LIMIT_BYTES, ReadingSandbox, formatMemory } from '../src/documents/sandbox/reading-sandbox.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { makeBlankPagesPdf, makeContentBombPdf, makeHugeImagePdf, makePathOpsPdf } from './fixtures/make-hostile-pdfs.ts';
import { composeEmail } from './fixtures/make-po-email.ts';
import { makePoPdf, samplePo } from './fixtures/make-po-pdf.ts';

// Hostile PDFs through the default path (the process's reading sandbox, 768 MB, 30 s): each ends
// in one line or a skipped document, within the test timeout, and the rest of a mail is read.
// Sandboxes of their own, with small limits, show the kills without spending the default ones.

const pdf = (name: string, bytes: Uint8Array) => ({ filename: name, content: Buffer.from(bytes), contentType: 'application/pdf' });
const LIMIT = formatMemory(DEFAULT_MEMORY_LIMIT_BYTES);
const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (err: unknown) => err,
  );

let po: Uint8Array;
let bomb: Uint8Array;
let pathOps: Uint8Array;
const sandboxes: ReadingSandbox[] = [];

beforeAll(async () => {
  po = await makePoPdf(samplePo(2));
  bomb = await makeContentBombPdf();
  pathOps = await makePathOpsPdf();
});

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  await closeOcr();
});

function sandbox(options: ConstructorParameters<typeof ReadingSandbox>[0]): ReadingSandbox {
  const made = new ReadingSandbox(options);
  sandboxes.push(made);
  return made;
}

function expectOneLine(err: unknown, code: string, pattern: RegExp): void {
  expect(err).toBeInstanceOf(InputError);
  const { code: got, message } = err as InputError;
  expect([got, message]).toEqual([code, expect.stringMatching(pattern)]);
  expect(message).not.toContain('\n');
}

describe('reading sandbox, default limits', () => {
  it('refuses a page holding a 30000 x 30000 image from its dictionary, before decoding it', async () => {
    const err = await failure(readInput('huge-image.pdf', await makeHugeImagePdf()));
    expectOneLine(err, 'too-large', /^page 1 holds an image of 30000 x 30000 pixels \(900 megapixels\), over the 100-megapixel limit \(maxPixels\)$/);
  });

  it('stops a content stream that inflates to 3 GB in one line naming the page', async () => {
    const err = await failure(readInput('bomb.pdf', bomb));
    // Killed over the memory cap (or pdf.js gives up first): either way one line, no crash.
    expectOneLine(err, (err as InputError).code, new RegExp(`^(page 1 of bomb\\.pdf needs more than ${LIMIT} to (read|render)|bomb\\.pdf took over 30 s|not a readable PDF)`));
  }, 90_000);

  it('stops a page of 3 million path operators in one line', async () => {
    const err = await failure(readInput('paths.pdf', pathOps));
    expectOneLine(
      err,
      (err as InputError).code,
      new RegExp(`^(page 1 of paths\\.pdf needs more than ${LIMIT} to (read|render)|paths\\.pdf took over 30 s to read \\(page 1 of 1\\))`),
    );
  }, 90_000);

  it('reads 200 blank pages without rendering or OCR: an image-only PDF', async () => {
    const input = await readInput('blank.pdf', await makeBlankPagesPdf());
    expect(input.documents.map((d) => [d.method, d.pageCount, d.skippedReason])).toEqual([['skipped', 200, 'image-only PDF: no text layer, and OCR found no text']]);
  }, 60_000);

  it('a mail with a 3 GB content stream and an ordinary PO still yields the order', async () => {
    const mail = await composeEmail({ subject: 'PO 4500102', text: 'see attached', attachments: [pdf('bomb.pdf', bomb), pdf('PO-4500102.pdf', po)] });
    const result = await extractInput('mail.eml', mail);
    expect(result.orders.map((o) => o.poNumber)).toEqual(['PO-4500102']);
    const skipped = result.source.documents.find((d) => d.name === 'bomb.pdf');
    expect(skipped?.method).toBe('skipped');
  }, 90_000);
});

describe('reading sandbox, small limits', () => {
  it('reports a child killed for memory, and the pool carries on with the next document', async () => {
    const small = sandbox({ size: 1, memoryLimitBytes: 400 * 1024 * 1024 });
    const err = await failure(readInput('bomb.pdf', bomb, { sandbox: small }));
    expectOneLine(err, 'too-large', /^page 1 of bomb\.pdf needs more than 400 MB to read \(memory limit, setting READ_MEMORY_LIMIT_MB\)$/);
    const next = await readInput('po.pdf', po, { sandbox: small });
    expect(next.documents[0].text).toContain('PO-4500102');
  }, 90_000);

  it('a used child over the memory limit has the document read once more in a fresh one; a fresh child is not given a second try', async () => {
    const small = sandbox({ size: 1, memoryLimitBytes: 400 * 1024 * 1024 });
    await readInput('po.pdf', po, { sandbox: small }); // the child has read a document
    const before = small.stats();
    const err = await failure(readInput('bomb.pdf', bomb, { sandbox: small }));
    expectOneLine(err, 'too-large', /^page 1 of bomb\.pdf needs more than 400 MB to read/);
    // Read twice (the used child, then a fresh one), one line all the same. How much memory the
    // child keeps after the small PDF depends on its garbage collector: left over 3/4 of the limit it
    // was already replaced, and then the bomb met a fresh child that gets no second try.
    const recycled = before.recycled > 0;
    expect([small.stats().retried - before.retried, small.stats().started - before.started]).toEqual([recycled ? 0 : 1, 1]);
    const again = await failure(readInput('bomb.pdf', bomb, { sandbox: small })); // the child is fresh: no second try
    expectOneLine(again, 'too-large', /^page 1 of bomb\.pdf needs more than 400 MB/);
    expect(small.stats().retried - before.retried).toBe(recycled ? 0 : 1);
  }, 120_000);

  it('kills a child over the time limit, naming the page', async () => {
    const quick = sandbox({ size: 1, timeLimitMs: 1500 });
    const err = await failure(readInput('paths.pdf', pathOps, { sandbox: quick }));
    expectOneLine(err, 'timeout', /^paths\.pdf took over 1\.5 s to read \(page 1 of 1\) \(time limit, setting READ_TIME_LIMIT_SECONDS\)$/);
    expect((await readInput('po.pdf', po, { sandbox: quick })).documents[0].method).toBe('pdf-text');
  }, 60_000);

  it('lists what is left unread when the message time limit runs out', async () => {
    const mail = await composeEmail({ subject: 'PO', text: 'see attached', attachments: [pdf('paths.pdf', pathOps), pdf('po.pdf', po)] });
    const one = sandbox({ size: 1 });
    await readInput('po.pdf', po, { sandbox: one }); // the child started, so the limit is spent on reading
    const input = await readInput('mail.eml', mail, { sandbox: one, messageTimeLimitMs: 1500 });
    const reasons = Object.fromEntries(input.documents.filter((d) => !d.isBody).map((d) => [d.name, d.skippedReason]));
    expect(reasons).toEqual({
      'paths.pdf': "paths.pdf was not read: the message's documents took over 1.5 s (page 1 of 1) (setting MESSAGE_READ_TIME_LIMIT_SECONDS)",
      'po.pdf': "not read: the message's documents took over 1.5 s (setting MESSAGE_READ_TIME_LIMIT_SECONDS)",
    });
  }, 60_000);
});

describe('blank pages before OCR', () => {
  it('a blank scan is not sent to tesseract; a page with ink is', async () => {
    let pages = 0;
    const startEngine = async (lang: string): Promise<OcrEngine> => ({
      lang,
      recognize: async () => (pages++, { words: [], meanConf: 0 }),
      setBusy: () => {},
      terminate: async () => {},
    });
    const pool = new OcrPool({ size: 1, startEngine });
    const white = await sharp({ create: { width: 1700, height: 2200, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const blank = await readInput('blank.png', new Uint8Array(white), { ocr: { pool } });
    expect([blank.documents[0].method, pages]).toEqual(['skipped', 0]);
    const ink = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1700" height="2200"><rect width="100%" height="100%" fill="white"/><text x="100" y="300" font-size="60">PO 4711 please ship</text></svg>',
    );
    await readInput('ink.png', new Uint8Array(await sharp(ink).png().toBuffer()), { ocr: { pool } });
    expect(pages).toBeGreaterThan(0);
    await pool.close();
  });
});
