// One Authentication-Results header value (RFC 8601 section 2.2) → its authserv-id and the
// results it states. The grammar is small: `authserv-id [version] *( ";" resinfo )`, where a
// resinfo is `method[/version]=result [reason=...] *( ptype.property=value )`, with comments in
// parentheses allowed anywhere and values optionally quoted. One pass, no backtracking.

export interface MethodResult {
  /** dkim, spf, dmarc, arc, auth ... (lower case) */
  method: string;
  /** pass, fail, none, softfail, neutral, temperror, permerror ... (lower case) */
  result: string;
  /** ptype.property → value, keys in lower case: header.from, header.d, header.i, smtp.mailfrom ... */
  props: Record<string, string>;
}

export interface AuthResultsHeader {
  /** The server that added the header (lower case), as the receiver configured it. */
  authservId: string;
  results: MethodResult[];
}

/** A header longer than this is not one a mail server wrote. */
const MAX_VALUE_LENGTH = 8_192;

/** Parses one header value; null when it has no authserv-id or is too long to be genuine. */
export function parseAuthResults(value: string): AuthResultsHeader | null {
  if (value.length > MAX_VALUE_LENGTH) return null;
  const [head, ...resinfos] = splitOutsideQuotes(stripComments(value), ';');
  const authservId = (head ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!authservId || authservId.includes('=')) return null;
  const results = resinfos.map(toMethodResult).filter((r): r is MethodResult => r !== null);
  return { authservId, results };
}

function toMethodResult(resinfo: string): MethodResult | null {
  const [first, ...rest] = splitOutsideQuotes(resinfo.trim().replace(/\s*=\s*/g, '='), ' ').filter(Boolean);
  const m = /^([a-z0-9_-]+)(?:\/\d+)?=([a-z]+)$/i.exec(first ?? '');
  if (!m) return null; // "none" (no results) or an unreadable entry
  const props: Record<string, string> = {};
  for (const token of rest) {
    const eq = token.indexOf('=');
    if (eq <= 0) continue;
    const key = token.slice(0, eq).toLowerCase();
    if (key === 'reason' || !key.includes('.')) continue;
    props[key] = unquote(token.slice(eq + 1));
  }
  return { method: m[1].toLowerCase(), result: m[2].toLowerCase(), props };
}

/** Removes (comments), nested or not, outside quoted strings. */
function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += c + (value[i + 1] ?? '');
      i++;
    } else if (c === '"' && depth === 0) {
      quoted = !quoted;
      out += c;
    } else if (c === '(' && !quoted) depth++;
    else if (c === ')' && !quoted && depth > 0) {
      depth--;
      out += ' ';
    } else if (depth === 0) out += c;
  }
  return out;
}

/** Splits on `separator` outside double quotes ("a;b" stays whole). */
function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of value) {
    if (c === '"') quoted = !quoted;
    const isSeparator = separator === ' ' ? /\s/.test(c) : c === separator;
    if (isSeparator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}
