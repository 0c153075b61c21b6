// XML from outside, parsed so that nothing is fetched or expanded: fast-xml-parser with entity
// processing off, and any document declaring entities (XXE, billion laughs) or an internal DTD
// subset refused before the parser sees it. A DOCTYPE naming only an external DTD (cXML always
// names cXML.dtd) is allowed: it is never fetched. Only the five predefined entities and
// character references are decoded, one for one, so the text never grows beyond the input.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../domain/errors.ts';

/** An element: its attributes as "@name", its text as "#text", its children as arrays by name. */
export type XmlNode = { [name: string]: XmlNode[] | string | undefined };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

const DOCTYPE = /<!DOCTYPE\b([^>[]*)(\[)?/i;

/** Parses XML text into its root element and the root's name. Throws InputError (one line). */
export function parseSafeXml(text: string): { name: string; root: XmlNode } {
  assertNoEntities(text);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) throw new InputError('corrupt-input', `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parsed = parser.parse(text) as XmlNode;
  const name = Object.keys(parsed).find((k) => !k.startsWith('?') && !k.startsWith('!') && k !== '#text');
  const root = name ? (parsed[name] as XmlNode[])[0] : undefined;
  if (!name || !root) throw new InputError('corrupt-input', 'XML has no root element');
  return { name, root: decodeNode(root) };
}

/** Refuses, in one line, XML that declares entities or an internal DTD subset (XXE, billion laughs). */
export function assertNoEntities(text: string): void {
  if (/<!ENTITY\b/i.test(text)) throw new InputError('corrupt-input', 'XML declares entities (<!ENTITY>): refused, entities are never expanded or fetched');
  if (DOCTYPE.exec(text)?.[2]) throw new InputError('corrupt-input', 'XML has an internal DTD subset (<!DOCTYPE ... [ ]>): refused, DTDs are never read');
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** "&amp;" → "&", "&#233;" → "é"; any other reference stays as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function decodeNode(node: XmlNode): XmlNode {
  const out: XmlNode = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = typeof value === 'string' ? decodeXmlText(value) : Array.isArray(value) ? (value.map((v) => (typeof v === 'string' ? v : decodeNode(v))) as XmlNode[]) : value;
  }
  return out;
}
