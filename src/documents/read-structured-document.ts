// A text part that is an order sent as data becomes a document of method "edi": its segments
// (EDI) or elements (XML) one per line, for the desk to show as a table, and the order as read.

import type { LayoutDocument } from '../domain/layout.ts';
import { readStructured, sniffStructured } from '../structured/read-structured.ts';

const MEDIA_TYPES: Record<string, string> = { x12: 'application/edi-x12', edifact: 'application/edifact', cxml: 'application/xml', ubl: 'application/xml', cii: 'application/xml' };

/** The structured document, or null when the text is no order format. Throws InputError for a broken one. */
export function readStructuredDocument(name: string, text: string): LayoutDocument | null {
  const reading = readStructured(text);
  if (!reading) return null;
  const kind = sniffStructured(text) ?? 'xml';
  return { name, mediaType: MEDIA_TYPES[kind] ?? 'application/xml', method: 'edi', pageCount: null, pages: [], text: reading.rows.join('\n'), structured: reading };
}
