// One part (a file, an attachment) of a known type → a layout document. Emails are not parts:
// read-mime handles them, so that nesting stays in one place. PDFs, scans and workbooks, whose
// decoders a hostile file can take to gigabytes or minutes, are read in the reading sandbox
// (a child process with a memory cap and a time limit); text kinds are read here.

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
import { readStructuredDocument } from './read-structured-document.ts';
import { getReadingSandbox, type ReadDeadline, type ReadingSandbox } from './sandbox/reading-sandbox.ts';
import type { ChildLimits } from './sandbox/sandbox-messages.ts';

/** The reason given for images in formats that OCR does not read (BMP, HEIC). */
export const UNREAD_IMAGE = 'image format not read by OCR: send it as PDF, TIFF, PNG or JPEG';
/** @deprecated images are read by OCR now; kept for callers of the old name. */
export const SCANNED_IMAGE = UNREAD_IMAGE;

/** Page limit, and for scans the pixel limit and OCR settings (ScanLimits); where to read. */
export type DocumentLimits = ScanLimits & {
  /** The sandbox that reads PDFs, scans and workbooks (default: the process's); false reads them
   * in this process, without memory or time limit (unit tests that need speed). An OCR pool in
   * `ocr.pool` cannot cross into a child, so it reads in this process too. */
  sandbox?: ReadingSandbox | false;
  /** When the message this part belongs to must be read by. */
  deadline?: ReadDeadline;
};

/** Reads one non-email part. Throws InputError for types that are not read, or unreadable bytes,
 * and (sandboxed kinds) for a document over the memory or time limit. */
export async function readDocument(name: string, bytes: Uint8Array, type: SniffedType, limits: DocumentLimits): Promise<LayoutDocument> {
  if (!isSandboxed(type, limits)) return readDocumentHere(name, bytes, type, limits);
  const sandbox = limits.sandbox || getReadingSandbox();
  return sandbox.read(name, bytes, type, toChildLimits(limits), { deadline: limits.deadline });
}

function isSandboxed(type: SniffedType, limits: DocumentLimits): boolean {
  if (limits.sandbox === false || limits.ocr?.pool) return false;
  return type.kind === 'pdf' || type.kind === 'xlsx' || (type.kind === 'image' && OCR_MEDIA_TYPES.has(type.mediaType));
}

/** The limits as plain data for a child: no sandbox, no callbacks, no OCR pool. */
function toChildLimits({ maxPages, maxPixels, ocr }: DocumentLimits): ChildLimits {
  const limits: ChildLimits = { maxPages };
  if (maxPixels !== undefined) limits.maxPixels = maxPixels;
  if (ocr) {
    const { pool: _pool, onProgress: _onProgress, ...plain } = ocr;
    limits.ocr = plain;
  }
  return limits;
}

/** Reads one non-email part in this process (what a sandbox child does). */
export async function readDocumentHere(name: string, bytes: Uint8Array, type: SniffedType, limits: ScanLimits): Promise<LayoutDocument> {
  const text = () => type.text ?? decodeText(bytes) ?? '';
  // An order sent as data (X12, EDIFACT, cXML, UBL) is read exactly, before any text reading.
  if (type.kind === 'text' || type.kind === 'csv') {
    const structured = readStructuredDocument(name, text());
    if (structured) return structured;
  }
  switch (type.kind) {
    case 'pdf':
      return readPdf(name, bytes, limits);
    case 'xlsx':
      limits.onProgress?.({ stage: 'open', page: null, pages: null });
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
