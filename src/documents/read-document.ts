// One part (a file, an attachment) of a known type → a layout document. Emails are not parts:
// read-mime handles them, so that nesting stays in one place.

import { InputError } from '../domain/errors.ts';
import type { LayoutDocument } from '../domain/layout.ts';
import { decodeText } from './decode-text.ts';
import { OCR_MEDIA_TYPES, readScannedImage, type ScanLimits } from './ocr/read-scanned-image.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { readCsv } from './read-csv.ts';
import { readImage } from './read-image.ts';
import { readPdf } from './read-pdf.ts';
import { readPlainText } from './read-plain-text.ts';
import { readXlsx } from './read-xlsx.ts';
import type { SniffedType } from './sniff-media-type.ts';

/** The reason given for images in formats that OCR does not read (BMP, HEIC). */
export const UNREAD_IMAGE = 'image format not read by OCR: send it as PDF, TIFF, PNG or JPEG';
/** @deprecated images are read by OCR now; kept for callers of the old name. */
export const SCANNED_IMAGE = UNREAD_IMAGE;

/** Page limit, and for scans the pixel limit and OCR settings (ScanLimits). */
export type DocumentLimits = ScanLimits;

/** Reads one non-email part. Throws InputError for types that are not read, or unreadable bytes. */
export async function readDocument(name: string, bytes: Uint8Array, type: SniffedType, limits: DocumentLimits): Promise<LayoutDocument> {
  const text = () => type.text ?? decodeText(bytes) ?? '';
  switch (type.kind) {
    case 'pdf':
      return readPdf(name, bytes, limits);
    case 'xlsx':
      return readXlsx(name, bytes, limits);
    case 'csv':
      return readCsv(name, text());
    case 'text':
      return readPlainText(name, text());
    case 'html':
      return readPlainText(name, htmlToPlainText(text()), { mediaType: 'text/html' });
    case 'image':
      if (OCR_MEDIA_TYPES.has(type.mediaType)) return readScannedImage(name, bytes, type.mediaType, limits);
      return readImage(name, bytes, type.mediaType, UNREAD_IMAGE);
    case 'xls':
      throw new InputError('unsupported-type', 'old Excel .xls format is not supported: save as .xlsx or .csv');
    case 'binary':
      throw new InputError('unsupported-type', 'unsupported file type: not a PDF, email, image, spreadsheet or text file');
    default:
      throw new InputError('unsupported-type', `${type.label} is not supported`);
  }
}
