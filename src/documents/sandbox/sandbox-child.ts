// The entry of a reading child (forked by reading-sandbox.ts): reads one document at a time with
// readDocumentHere, in this process, and tells the parent which page it is on. Whatever a hostile
// document does to this process (gigabytes, an endless loop), the parent kills it and carries on.

import { PoInboxError } from '../../domain/errors.ts';
import { closeOcr } from '../ocr/ocr-pool.ts';
import type { ReadProgress } from '../ocr/read-scanned-image.ts';
import { readDocumentHere } from '../read-document.ts';
import type { ChildMessage, ErrorReport, ReadRequest } from './sandbox-messages.ts';

function send(message: ChildMessage): void {
  process.send?.(message);
}

process.on('message', (message: ReadRequest) => {
  if (message?.type === 'read') void read(message);
});

async function read({ id, name, bytes, sniffed, limits }: ReadRequest): Promise<void> {
  try {
    const onProgress = (progress: ReadProgress) => send({ type: 'progress', id, progress });
    const document = await readDocumentHere(name, bytes, sniffed, { ...limits, onProgress });
    send({ type: 'done', id, document });
  } catch (err) {
    send({ type: 'failed', id, error: toReport(err) });
  }
}

function toReport(err: unknown): ErrorReport {
  if (err instanceof PoInboxError) return { name: err.name, code: err.code, message: err.message, retryable: err.retryable };
  return { name: 'Error', message: err instanceof Error ? err.message : String(err) };
}

// The parent gone (closed, or died): stop the OCR engines and leave.
process.on('disconnect', () => {
  void closeOcr().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});

// pdf.js loads its worker module and fonts on the first PDF (about 1.5 s): paid here, before
// "ready", so that the first document's time limit is spent on the document.
const WARM_UP_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >> endobj',
  '4 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
  '5 0 obj << /Length 66 >> stream',
  'BT /F1 12 Tf 10 40 Td (warm up the reader: twenty characters) Tj ET',
  'endstream endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
].join('\n');

async function warmUp(): Promise<void> {
  try {
    await readDocumentHere('warm-up.pdf', new TextEncoder().encode(WARM_UP_PDF), { kind: 'pdf', mediaType: 'application/pdf', label: 'PDF' }, { maxPages: 1 });
  } catch {
    // a reader that cannot read this cannot read much else: the documents will say so
  }
}

void warmUp().then(() => send({ type: 'ready' }));
