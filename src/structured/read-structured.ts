// Orders sent as data, found by their content whatever the file is called: an X12 interchange
// starts with ISA, an EDIFACT one with UNA or UNB, cXML and UBL are XML whose root says so.
//
// X12 and EDIFACT are tokenized here rather than by a library: npm's candidates (node-x12,
// x12-parser, edifact) either bring schema and mapping machinery this needs none of or date from
// Node 6, and none refuses a miscounted envelope (SE01/UNT, IEA/UNZ) in the one-line way the
// reading needs. Tokenizing is a few dozen lines dictated by the envelope's own separators.
// XML goes through fast-xml-parser (parse-safe-xml.ts), never by hand.

import type { StructuredReading } from '../domain/structured-order.ts';
import { assertNoEntities, parseSafeXml } from './parse-safe-xml.ts';
import { readCiiOrder } from './read-cii-order.ts';
import { readCxml } from './read-cxml.ts';
import { readEdifactOrders } from './read-edifact-orders.ts';
import { readUbl, UBL_ROOTS } from './read-ubl.ts';
import { readX12Orders } from './read-x12-850.ts';
import { tokenizeEdifact } from './tokenize-edifact.ts';
import { tokenizeX12 } from './tokenize-x12.ts';

export type StructuredKind = 'x12' | 'edifact' | 'cxml' | 'ubl' | 'cii' | 'xml';

/** What the text is, from its first characters; null for anything that is not an order format or XML. */
export function sniffStructured(text: string): StructuredKind | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  // "ISA*00*", "UNA:+.? '", "UNB+UNOC:3": enough of the envelope that prose ("ISA: ...", "UNAVAILABLE") is never taken for it.
  if (/^ISA([^A-Za-z0-9\s])\d\d\1/.test(head)) return 'x12';
  if (/^UNA[^A-Za-z0-9\n]{2}[.,][^A-Za-z0-9\n]{3}/.test(head) || /^UNB[^A-Za-z0-9\s][A-Z]{4}[^A-Za-z0-9\s]\d/.test(head)) return 'edifact';
  if (!/^<(\?xml|!DOCTYPE|!--|[A-Za-z_])/i.test(head) || /^<!DOCTYPE\s+html|^<html/i.test(head)) return null;
  const root = rootName(head);
  if (root === 'cXML') return 'cxml';
  if (root && root in UBL_ROOTS && head.includes('urn:oasis:names:specification:ubl:schema:xsd:')) return 'ubl';
  if (root === 'SCRDMCCBDACIOMessageStructure' || root === 'CrossIndustryOrder') return 'cii';
  return /^<(\?xml|!DOCTYPE)/i.test(head) ? 'xml' : null;
}

/** The local name of the first element after the prolog (declaration, comments, DOCTYPE). */
function rootName(head: string): string | null {
  const body = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '').trimStart();
  return /^<(?:[\w.-]+:)?([\w.-]+)/.exec(body)?.[1] ?? null;
}

/**
 * Reads an order format. Null when the text is none (then it is read as text); throws InputError
 * (one line) for a broken envelope, hostile XML (entities, an internal DTD) or malformed XML.
 */
export function readStructured(text: string): StructuredReading | null {
  const kind = sniffStructured(text);
  switch (kind) {
    case null:
      return null;
    case 'x12': {
      const interchange = tokenizeX12(text);
      return { orders: readX12Orders(interchange), rows: interchange.rows };
    }
    case 'edifact': {
      const interchange = tokenizeEdifact(text);
      return { orders: readEdifactOrders(interchange), rows: interchange.rows };
    }
    case 'xml':
      // Other XML is read as text, as before; one declaring entities is refused whatever its root.
      assertNoEntities(text);
      return null;
    default: {
      const { name, root } = parseSafeXml(text);
      return kind === 'cxml' ? readCxml(root) : kind === 'cii' ? readCiiOrder(root) : readUbl(name, root);
    }
  }
}
