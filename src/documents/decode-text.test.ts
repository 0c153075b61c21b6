import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, isBinary } from './decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Größe 1.234,50 €')]))).toBe('Größe 1.234,50 €');
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x80]))).toBe('Größe €');
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text" exports)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Qté\t5', 'utf16le')]);
    expect(decodeText(bytes)).toBe('Qté\t5');
  });

  it('returns null for binary bytes', () => {
    expect(decodeText(new Uint8Array([0x01, 0x02, 0x00, 0x41]))).toBeNull();
    expect(isBinary(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x03 : 0x41))))).toBe(true);
    expect(isBinary(Buffer.from('a\tb\r\nc\fd'))).toBe(false);
  });
});

describe('decodeWindows1252', () => {
  it('maps the 0x80-0x9F range to its punctuation', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x84, 0x93, 0x94, 0x96, 0x9f, 0xe9]))).toBe('€„“”–Ÿé');
  });
});
