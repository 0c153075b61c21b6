import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.ts';
import { sniffMediaType } from './sniff-media-type.ts';

const limits = { maxPages: 200 };
const read = (name: string, content: string | Buffer) => {
  const bytes = new Uint8Array(typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
  return readDocument(name, bytes, sniffMediaType(name, bytes), limits);
};

describe('readDocument', () => {
  it('dispatches text, HTML and CSV by content', async () => {
    expect(await read('po.txt', 'PO 1\nQty 5')).toMatchObject({ method: 'text', mediaType: 'text/plain', text: 'PO 1\nQty 5' });
    expect(await read('po.pdf', '<html><body><p>PO 1</p></body></html>')).toMatchObject({ method: 'text', mediaType: 'text/html', text: 'PO 1' });
    expect(await read('po.dat', 'a;b\n1;2\n3;4\n')).toMatchObject({ method: 'spreadsheet', mediaType: 'text/csv' });
  });

  it('sends images to OCR, and a cut-off one fails with a one-line reason', async () => {
    await expect(read('scan.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).rejects.toMatchObject({ code: 'truncated', message: expect.stringMatching(/^image is truncated/) });
  });

  it('rejects formats it does not read, naming them', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(read('old.xls', ole)).rejects.toMatchObject({ code: 'unsupported-type', message: 'old Excel .xls format is not supported: save as .xlsx or .csv' });
    await expect(read('a.zip', 'PK\x03\x04 data.bin')).rejects.toMatchObject({ code: 'unsupported-type', message: 'zip archive is not supported' });
    await expect(read('a.bin', Buffer.from([0, 1, 2, 3, 4]))).rejects.toMatchObject({ code: 'unsupported-type', message: expect.stringMatching(/^unsupported file type/) });
  });
});
