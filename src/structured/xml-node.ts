import type { XmlNode } from './parse-safe-xml.ts';

// Paths through a parsed XML tree (parse-safe-xml): kids('a/b') every b under every a, text of the
// first, attributes by "@name". Namespace prefixes are already gone.

/** Every element at `path` ("Party/PartyName/Name") below `node`. */
export function kids(node: XmlNode | null | undefined, path: string): XmlNode[] {
  let level: XmlNode[] = node ? [node] : [];
  for (const step of path.split('/')) level = level.flatMap((n) => (Array.isArray(n[step]) ? (n[step] as XmlNode[]) : []));
  return level;
}

/** The first element at `path`, or null. */
export function kid(node: XmlNode | null | undefined, path: string): XmlNode | null {
  return kids(node, path)[0] ?? null;
}

/** The text of the first element at `path` (or of `node` itself for ""), trimmed; null when empty. */
export function textAt(node: XmlNode | null | undefined, path = ''): string | null {
  const el = path ? kid(node, path) : node;
  const t = el?.['#text'];
  return typeof t === 'string' && t.trim() !== '' ? t.trim() : null;
}

/** An attribute of `node` (or of the first element at `path`). */
export function attrOf(node: XmlNode | null | undefined, name: string, path = ''): string | null {
  const el = path ? kid(node, path) : node;
  const v = el?.[`@${name}`];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** A decimal number at `path`, or null. */
export function numberAt(node: XmlNode | null | undefined, path = ''): number | null {
  const t = textAt(node, path);
  if (t === null) return null;
  const n = Number(t.replace(/\s/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Every element with text below `node`, as "path: value" rows for the desk's table of the source. */
export function toElementRows(node: XmlNode, prefix = '', out: string[] = [], limit = 5000): string[] {
  for (const [key, value] of Object.entries(node)) {
    if (out.length >= limit) break;
    if (key.startsWith('@')) out.push(`${prefix}${key}: ${value as string}`);
    else if (key === '#text') {
      if ((value as string).trim()) out.push(`${prefix.replace(/\/$/, '')}: ${(value as string).trim()}`);
    } else for (const child of value as XmlNode[]) toElementRows(child, `${prefix}${key}/`, out, limit);
  }
  return out;
}
