import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff-media-type.ts';

const bytes = (...parts: Array<number[] | string>) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

describe('sniffMediaType', () => {
  it('types binary formats by magic bytes, whatever the name says', () => {
    expect(sniffMediaType('order.txt', bytes('%PDF-1.7\n...')).kind).toBe('pdf');
    expect(sniffMediaType('scan.pdf', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toMatchObject({ kind: 'image', mediaType: 'image/tiff' });
    expect(sniffMediaType('x', bytes([0x4d, 0x4d, 0x00, 0x2a]))).toMatchObject({ mediaType: 'image/tiff' });
    expect(sniffMediaType('photo.jpg', bytes([0x89], 'PNG\r\n\x1a\n'))).toMatchObject({ kind: 'image', mediaType: 'image/png' });
    expect(sniffMediaType('x', bytes([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ mediaType: 'image/jpeg' });
    expect(sniffMediaType('x', bytes('GIF89a'))).toMatchObject({ mediaType: 'image/gif' });
  });

  it('accepts junk before the PDF header, as readers do', () => {
    expect(sniffMediaType('x.pdf', bytes('\r\n\r\n%PDF-1.4')).kind).toBe('pdf');
  });

  it('tells zip containers apart by their entry names', () => {
    expect(sniffMediaType('a.zip', bytes('PK\x03\x04....xl/workbook.xml....'))).toMatchObject({ kind: 'xlsx' });
    expect(sniffMediaType('a.xlsx', bytes('PK\x03\x04....word/document.xml'))).toMatchObject({ kind: 'office', label: 'Word .docx' });
    expect(sniffMediaType('a.xlsx', bytes('PK\x03\x04....data.csv'))).toMatchObject({ kind: 'zip', label: 'zip archive' });
  });

  it('recognises OLE files: old Excel, old Word, Outlook .msg', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(sniffMediaType('a.xls', bytes(ole, Buffer.from('Workbook', 'utf16le').toString('latin1'))).kind).toBe('xls');
    expect(sniffMediaType('a.xls', bytes(ole, Buffer.from('WordDocument', 'utf16le').toString('latin1'))).label).toBe('old Word .doc');
    expect(sniffMediaType('a', bytes(ole, Buffer.from('__substg1.0_0037', 'utf16le').toString('latin1'))).label).toBe('Outlook .msg message');
  });

  it('recognises TNEF (winmail.dat)', () => {
    expect(sniffMediaType('winmail.dat', bytes([0x78, 0x9f, 0x3e, 0x22, 0, 0])).kind).toBe('tnef');
  });

  it('recognises an email whose body has NUL bytes by its header block', () => {
    const mail = bytes('From: a@b.c\r\nMessage-ID: <x@b.c>\r\nSubject: PO\r\n\r\n', [0x50, 0x00, 0x4f, 0x00]);
    expect(sniffMediaType('po.eml', mail)).toMatchObject({ kind: 'email', mediaType: 'message/rfc822' });
    expect(sniffMediaType('po', mail)).toMatchObject({ kind: 'email' });
    expect(sniffMediaType('blob.bin', bytes('Qty 1', [0x00, 0x01]))).toMatchObject({ kind: 'binary' });
  });

  it('recognises an email by its header block, even named .pdf', () => {
    const mail = 'Return-Path: <a@b.c>\r\nFrom: a@b.c\r\nSubject: PO\r\n\r\nHello';
    expect(sniffMediaType('order.pdf', bytes(mail))).toMatchObject({ kind: 'email', mediaType: 'message/rfc822' });
  });

  it('types text by content: calendar, vcard, html, csv, plain', () => {
    expect(sniffMediaType('invite', bytes('BEGIN:VCALENDAR\r\nVERSION:2.0')).kind).toBe('calendar');
    expect(sniffMediaType('card', bytes('BEGIN:VCARD\r\nFN:Jane')).kind).toBe('vcard');
    expect(sniffMediaType('page.pdf', bytes('<!DOCTYPE html><html><body>Error 404</body></html>')).kind).toBe('html');
    expect(sniffMediaType('data.txt', bytes('sku;qty;price\nA;1;2,50\nB;2;3,10\n')).kind).toBe('csv');
    expect(sniffMediaType('data.csv', bytes('sku\nA\n')).kind).toBe('csv');
    expect(sniffMediaType('note.txt', bytes('Hello Sam,\nWe need 5 boxes, thanks\nRegards, Jane')).kind).toBe('text');
    expect(sniffMediaType('export', bytes('sku,qty,price\nA,1,2.50\nB,2,3.10')).kind).toBe('csv');
    const plain = sniffMediaType('po.txt', bytes('Hello, please ship 5 widgets.\nThanks'));
    expect(plain).toMatchObject({ kind: 'text', mediaType: 'text/plain', text: 'Hello, please ship 5 widgets.\nThanks' });
  });

  it('calls undecodable bytes binary', () => {
    expect(sniffMediaType('a.txt', bytes([0x00, 0x01, 0x02, 0x03, 0x04])).kind).toBe('binary');
  });
});
