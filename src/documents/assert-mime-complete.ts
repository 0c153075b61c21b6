// A message cut off in transit (a full mailbox, a dropped connection, a size limit) still parses:
// mailparser returns whatever arrived, and a half attachment would be read as a broken order. So
// the raw structure is checked first: every multipart must reach its closing boundary, and every
// base64 body must be whole groups of four characters.

import { InputError } from '../domain/errors.ts';

const MAX_DEPTH = 20;

/** Throws InputError('truncated') when the raw message is visibly cut off. */
export function assertMimeComplete(bytes: Uint8Array): void {
  // latin1 maps each byte to one char, so this never fails and keeps the structure intact.
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  checkEntity(lines, 0, lines.length, 0);
}

function checkEntity(lines: string[], start: number, end: number, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const { headers, bodyStart } = readHeaders(lines, start, end);
  const contentType = headers.get('content-type') ?? '';
  const encoding = (headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const boundary = /^\s*multipart\//i.test(contentType) ? boundaryOf(contentType) : null;
  if (boundary) checkMultipart(lines, bodyStart, end, boundary, contentType, depth);
  else if (/^\s*message\/rfc822/i.test(contentType) && !['base64', 'quoted-printable'].includes(encoding)) {
    checkEntity(lines, bodyStart, end, depth + 1);
  } else if (encoding === 'base64') checkBase64(lines, bodyStart, end, partName(headers));
}

function checkMultipart(lines: string[], start: number, end: number, boundary: string, contentType: string, depth: number): void {
  const open = `--${boundary}`;
  const close = `--${boundary}--`;
  const delimiters: number[] = [];
  let closeLine = -1;
  for (let i = start; i < end && closeLine < 0; i++) {
    if (!lines[i].startsWith(open)) continue;
    const line = lines[i].trimEnd();
    if (line === close) closeLine = i;
    else if (line === open) delimiters.push(i);
  }
  const ends = [...delimiters.slice(1), closeLine < 0 ? end : closeLine];
  delimiters.forEach((d, k) => checkEntity(lines, d + 1, ends[k], depth + 1));
  if (closeLine < 0) {
    const type = contentType.split(';')[0].trim().toLowerCase();
    throw new InputError('truncated', `truncated MIME message: the closing boundary of a ${type} part never appears`);
  }
}

function checkBase64(lines: string[], start: number, end: number, name: string): void {
  let length = 0;
  for (let i = start; i < end; i++) length += lines[i].replace(/\s+/g, '').length;
  if (length % 4 !== 0) throw new InputError('truncated', `truncated MIME message: base64 part ${name} is cut off mid-stream`);
}

function readHeaders(lines: string[], start: number, end: number): { headers: Map<string, string>; bodyStart: number } {
  const headers = new Map<string, string>();
  let i = start;
  let last = '';
  for (; i < end && lines[i] !== ''; i++) {
    const line = lines[i];
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
    else last = '';
  }
  return { headers, bodyStart: i + 1 };
}

function boundaryOf(contentType: string): string | null {
  const match = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

function partName(headers: Map<string, string>): string {
  const disposition = headers.get('content-disposition') ?? '';
  const contentType = headers.get('content-type') ?? '';
  const name = /filename\*?\s*=\s*"?([^";]+)"?/i.exec(disposition) ?? /name\s*=\s*"?([^";]+)"?/i.exec(contentType);
  return name ? `"${name[1].trim()}"` : `(${contentType.split(';')[0].trim() || 'text/plain'})`;
}
