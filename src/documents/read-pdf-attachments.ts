// A PDF carrying its order as data (PDF/A-3 with an embedded XML, as Order-X and ZUGFeRD do, or an
// embedded cXML / UBL / EDI file): the embedded order is read exactly and takes precedence over
// the printed text. pdf.js lists the embedded files; each is read by the structured readers.

import type { StructuredReading } from '../domain/structured-order.ts';
import { readStructured } from '../structured/read-structured.ts';

/** The slice of pdf.js's document proxy that lists embedded files. */
export interface PdfWithAttachments {
  getAttachments?(): Promise<Record<string, { filename?: string; content?: Uint8Array }> | null>;
}

const MAX_ATTACHMENTS = 20;
const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/**
 * The first embedded file that is an order format and carries an order; null when none does. An
 * embedded file that is broken or hostile is passed over: the printed text is read instead.
 */
export async function readEmbeddedOrder(doc: PdfWithAttachments): Promise<{ name: string; reading: StructuredReading } | null> {
  const files = Object.values((await doc.getAttachments?.()) ?? {}).slice(0, MAX_ATTACHMENTS);
  for (const file of files) {
    if (!file.content || file.content.length === 0 || file.content.length > MAX_ATTACHMENT_BYTES) continue;
    const text = new TextDecoder('utf-8').decode(file.content);
    try {
      const reading = readStructured(text);
      if (reading?.orders.some((o) => o.notOrder === null)) return { name: file.filename ?? 'embedded', reading };
    } catch {
      continue;
    }
  }
  return null;
}
