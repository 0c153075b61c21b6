// Inputs are typed by their content, never trusted by name: a ".pdf" that is really an email or
// an HTML error page is read as what it is. The name only breaks ties (a CSV vs. plain text).

import { decodeText } from './decode-text.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { isEmailText } from './is-email-text.ts';

export type SniffedKind = 'pdf' | 'xlsx' | 'csv' | 'text' | 'html' | 'email' | 'image' | 'xls' | 'office' | 'zip' | 'tnef' | 'calendar' | 'vcard' | 'binary';

export interface SniffedType {
  kind: SniffedKind;
  mediaType: string;
  /** How a user would name the format, for messages ("Word .docx", "zip archive"). */
  label: string;
  /** The decoded text, for the text kinds, so it is decoded once. */
  text?: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Decides what `bytes` are; `name` is used only for CSV-vs-text and as a hint for emails. */
export function sniffMediaType(name: string, bytes: Uint8Array): SniffedType {
  return sniffBinary(bytes) ?? sniffText(name, bytes);
}

function sniffBinary(bytes: Uint8Array): SniffedType | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // pdf.js accepts junk before the header, as Acrobat does; so do we, within the first 1 KB.
  if (buf.subarray(0, 1024).includes('%PDF-')) return { kind: 'pdf', mediaType: 'application/pdf', label: 'PDF' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return sniffZip(buf);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(buf);
  if (startsWith(bytes, [0x78, 0x9f, 0x3e, 0x22])) {
    return { kind: 'tnef', mediaType: 'application/ms-tnef', label: 'winmail.dat (TNEF)' };
  }
  return sniffImage(bytes);
}

const IMAGE_MAGIC: Array<[number[], string, number]> = [
  [[0x49, 0x49, 0x2a, 0x00], 'image/tiff', 0],
  [[0x4d, 0x4d, 0x00, 0x2a], 'image/tiff', 0],
  [[0x89, 0x50, 0x4e, 0x47], 'image/png', 0],
  [[0xff, 0xd8, 0xff], 'image/jpeg', 0],
  [[0x47, 0x49, 0x46, 0x38], 'image/gif', 0],
  [[0x57, 0x45, 0x42, 0x50], 'image/webp', 8],
  [[0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69], 'image/heic', 4],
];

function sniffImage(bytes: Uint8Array): SniffedType | null {
  for (const [magic, mediaType, offset] of IMAGE_MAGIC) {
    if (startsWith(bytes.subarray(offset), magic)) return { kind: 'image', mediaType, label: `${mediaType.slice(6).toUpperCase()} image` };
  }
  // "BM" alone starts plenty of text; a BMP also states its own file size right after it.
  const bmpSize = bytes.length >= 26 ? Buffer.from(bytes.subarray(2, 6)).readUInt32LE(0) : -1;
  if (bytes[0] === 0x42 && bytes[1] === 0x4d && bmpSize === bytes.length) return { kind: 'image', mediaType: 'image/bmp', label: 'BMP image' };
  return null;
}

// Entry names are stored uncompressed in a zip's headers, so they can be found in the raw bytes.
function sniffZip(buf: Buffer): SniffedType {
  if (buf.includes('xl/workbook')) return { kind: 'xlsx', mediaType: XLSX, label: 'Excel .xlsx' };
  if (buf.includes('word/document')) {
    return { kind: 'office', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word .docx' };
  }
  if (buf.includes('ppt/presentation')) {
    return { kind: 'office', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint .pptx' };
  }
  if (buf.includes('application/vnd.oasis.opendocument')) {
    return { kind: 'office', mediaType: 'application/vnd.oasis.opendocument', label: 'OpenDocument file' };
  }
  return { kind: 'zip', mediaType: 'application/zip', label: 'zip archive' };
}

// OLE compound files hold old Office formats and Outlook .msg mail; the directory names the
// streams in UTF-16LE, which tells them apart.
function sniffOle(buf: Buffer): SniffedType {
  const has = (name: string) => buf.includes(Buffer.from(name, 'utf16le'));
  if (has('__substg1.0_')) return { kind: 'office', mediaType: 'application/vnd.ms-outlook', label: 'Outlook .msg message' };
  if (has('WordDocument')) return { kind: 'office', mediaType: 'application/msword', label: 'old Word .doc' };
  return { kind: 'xls', mediaType: 'application/vnd.ms-excel', label: 'old Excel .xls' };
}

function sniffText(name: string, bytes: Uint8Array): SniffedType {
  const text = decodeText(bytes);
  const ext = extensionOf(name);
  if (text === null) {
    // A mail whose body has NUL bytes (an 8bit part from a broken sender) is still a mail: its
    // header block is text, and mailparser reads the parts. Only the head decides here.
    if (isEmailText(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 32 * 1024)).toString('latin1'), ext === 'eml')) {
      return { kind: 'email', mediaType: 'message/rfc822', label: 'email' };
    }
    return { kind: 'binary', mediaType: 'application/octet-stream', label: 'binary file' };
  }
  const head = text.slice(0, 4096).trimStart();
  if (isEmailText(text, ext === 'eml')) return { kind: 'email', mediaType: 'message/rfc822', label: 'email', text };
  if (/^BEGIN:VCALENDAR/i.test(head)) return { kind: 'calendar', mediaType: 'text/calendar', label: 'calendar invite (.ics)', text };
  if (/^BEGIN:VCARD/i.test(head)) return { kind: 'vcard', mediaType: 'text/vcard', label: 'contact card (.vcf)', text };
  if (/^(<!doctype html|<html|<head|<body)/i.test(head) || ((ext === 'html' || ext === 'htm') && head.startsWith('<'))) {
    return { kind: 'html', mediaType: 'text/html', label: 'HTML', text };
  }
  if (ext === 'csv' || ext === 'tsv' || looksDelimited(text)) {
    return { kind: 'csv', mediaType: 'text/csv', label: 'CSV', text };
  }
  return { kind: 'text', mediaType: 'text/plain', label: 'text', text };
}

// Prose has commas too: "Hello Sam,\nWe need 5 boxes, thanks\nRegards, Jane" splits alike on
// every line. Without a .csv name, a comma file needs three columns to count as a table.
function looksDelimited(text: string): boolean {
  const guess = detectDelimiter(text, 3);
  return guess.consistent && (guess.delimiter !== ',' || guess.columns >= 3);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
