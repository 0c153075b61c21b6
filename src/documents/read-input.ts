// The entry point of src/documents: the bytes of an email or a single file → the layout model.
// The type comes from the content (sniffMediaType), never from the name alone.

import { basename } from 'node:path';
import { InputError } from '../domain/errors.ts';
import type { ReadInput } from '../domain/layout.ts';
import type { OcrOptions } from './ocr/recognize-pages.ts';
import { closeOcr as closeOcrPool } from './ocr/ocr-pool.ts';
import { readDocument, type DocumentLimits } from './read-document.ts';
import { readMime } from './read-mime.ts';
import { closeReadingSandbox, DEFAULT_MESSAGE_TIME_LIMIT_MS, getReadingSandbox, type ReadingSandbox } from './sandbox/reading-sandbox.ts';
import { sniffMediaType } from './sniff-media-type.ts';

/** Stops the OCR engines and the reading sandbox's children: call once on shutdown (the CLI exits
 * without it; servers should not). Reading after it starts them again. */
export async function closeOcr(): Promise<void> {
  await Promise.all([closeOcrPool(), closeReadingSandbox()]);
}

export interface ReadOptions {
  /** Largest input accepted, in bytes (default 25 MiB). */
  maxBytes?: number;
  /** Most pages read from one document (default 200). */
  maxPages?: number;
  /** Most pixels of one scanned page (default 100 megapixels). */
  maxPixels?: number;
  /** OCR languages (tesseract codes, setting OCR_LANGS) and preprocessing, for scans. */
  ocr?: Partial<OcrOptions>;
  /** Where PDFs, scans and workbooks are read: the process's reading sandbox (default, see
   * configureReadingSandbox), another one, or false for this process (fast unit tests only). */
  sandbox?: ReadingSandbox | false;
  /** Most time all documents of one email may take together, in ms (default: the sandbox's, 120 s). */
  messageTimeLimitMs?: number;
}

const MIB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 25 * MIB;
export const DEFAULT_MAX_PAGES = 200;

/** Reads an input. Throws InputError (one-line, user-facing message) when it cannot be read. */
export async function readInput(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const limits: DocumentLimits = { maxPages: options.maxPages ?? DEFAULT_MAX_PAGES, maxPixels: options.maxPixels, ocr: options.ocr, sandbox: options.sandbox };
  if (bytes.length === 0) throw new InputError('empty-input', 'empty file (0 bytes)');
  if (bytes.length > maxBytes) {
    throw new InputError('too-large', `file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit (maxBytes)`);
  }
  const file = basename(name.replace(/\\/g, '/')) || name;
  const type = sniffMediaType(file, bytes);
  if (type.kind === 'email') {
    const limitMs = options.messageTimeLimitMs ?? (options.sandbox === false ? DEFAULT_MESSAGE_TIME_LIMIT_MS : (options.sandbox ?? getReadingSandbox()).messageTimeLimitMs);
    return { ...(await readMime(bytes, { ...limits, deadline: { at: Date.now() + limitMs, limitMs } })), file };
  }
  const document = await readDocument(file, bytes, type, limits);
  return { kind: 'file', messageId: null, from: null, fromName: null, subject: null, receivedAt: null, file, documents: [document] };
}

/** "31.2 MB", "25 MB", "900 KB", "12 bytes": sizes in binary units, as file managers show them. */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= MIB ? [bytes / MIB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${unit}`;
}
