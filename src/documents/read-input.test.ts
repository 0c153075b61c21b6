import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors.ts';
import { formatSize, readInput } from './read-input.ts';
import { buildMail } from './testing/build-mail.ts';
import { buildPdf, textPage } from './testing/build-pdf.ts';

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('readInput', () => {
  it('reads a file input with an empty envelope', async () => {
    const input = await readInput('/in/box/PO-4711.pdf', await buildPdf([textPage(3)]));
    expect(input).toMatchObject({ kind: 'file', messageId: null, from: null, fromName: null, subject: null, receivedAt: null, file: 'PO-4711.pdf' });
    expect(input.documents).toHaveLength(1);
    expect(input.documents[0]).toMatchObject({ name: 'PO-4711.pdf', method: 'pdf-text', pageCount: 1 });
  });

  it('reads an email whatever its name, keeping the file name', async () => {
    const input = await readInput('C:\\mail\\order.pdf', await buildMail({ text: 'Ship 5 x A-1' }));
    expect(input).toMatchObject({ kind: 'email', from: 'jane.buyer@example.com', file: 'order.pdf' });
    expect(input.documents[0]).toMatchObject({ name: 'body', text: 'Ship 5 x A-1' });
  });

  it('rejects a damaged image file with a one-line reason', async () => {
    const tif = new Uint8Array(Buffer.from('II*\0\x08\0\0\0\x00\x00\0\0\0\0', 'latin1'));
    const err = await failure(readInput('fax.tif', tif));
    expect([err.code, err.message]).toEqual(['corrupt-input', 'not a readable image: damaged or unsupported image data']);
  });

  it('rejects an empty file', async () => {
    const err = await failure(readInput('a.pdf', new Uint8Array()));
    expect([err.code, err.message]).toEqual(['empty-input', 'empty file (0 bytes)']);
  });

  it('rejects a file over the size limit, naming the limit', async () => {
    const err = await failure(readInput('big.pdf', new Uint8Array(Math.round(31.2 * 1024 * 1024))));
    expect([err.code, err.message]).toEqual(['too-large', 'file is 31.2 MB, over the 25 MB limit (maxBytes)']);
    const small = await failure(readInput('a.txt', new Uint8Array(2048).fill(65), { maxBytes: 1000 }));
    expect(small.message).toBe('file is 2 KB, over the 1000 bytes limit (maxBytes)');
  });

  it('passes the page limit down to PDFs', async () => {
    const err = await failure(readInput('long.pdf', await buildPdf([textPage(1), textPage(1)]), { maxPages: 1 }));
    expect(err.code).toBe('too-many-pages');
    expect(err.message).toContain('(maxPages)');
  });

  it('rejects unsupported and unreadable files with one-line messages', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await failure(readInput('old.xls', xls))).code).toBe('unsupported-type');
    const fake = await failure(readInput('fake.pdf', new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF'))));
    expect(fake.code).toBe('corrupt-input');
    expect(fake.message).not.toMatch(/\n/);
  });
});

describe('formatSize', () => {
  it('uses binary units with at most one decimal', () => {
    expect([formatSize(12), formatSize(1536), formatSize(25 * 1024 * 1024), formatSize(32_715_571)]).toEqual(['12 bytes', '1.5 KB', '25 MB', '31.2 MB']);
  });
});
