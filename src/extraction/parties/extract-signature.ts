import { CLOSINGS, JOB_TITLES } from '../lexicon/index.ts';
import { hasLegalForm, isCompany, isLegalFormAlone } from '../reading/is-company.ts';

export { isCompany };
// The sender's signature under a mail body: name, company, phone. Body-only orders carry the
// buyer's company nowhere else.

const CLOSING = new RegExp(`^(?:${CLOSINGS.join('|')})\\b[,.!]*$`, 'i');
const PHONE = /(?:phone|office|direct|dir|ph|tel|telefon|t[ée]l|tfno|mobile|mob|cell|t)\.?\s*[:.]?\s*(\+?\(?\d[\d\s()./-]{6,}\d)/i;

/** Where a signature line splits into parts: a bar or dot, or a comma before a capital. */
const PART_BREAK = /\s*[|·•]\s*|,\s+(?=\p{Lu})/u;
/** The same, or a spaced dash ("Thameside Joinery Ltd – Purchasing"). */
const PART_OR_DASH_BREAK = new RegExp(`${PART_BREAK.source}|\\s+[–—-]\\s+`, 'u');

/** "Buyer, Acme Co" in two parts, but "Acme, Inc" and "Douro Análises, Lda." in one: a legal form alone stays with the name before it. */
function splitParts(line: string, breaks: RegExp): string[] {
  const parts: string[] = [];
  const push = (part: string, separator: string) => {
    if (parts.length > 0 && separator.trimStart().startsWith(',') && isLegalFormAlone(part)) parts[parts.length - 1] += `${separator}${part}`;
    else parts.push(part);
  };
  let last = 0;
  let separator = '';
  for (const m of line.matchAll(new RegExp(breaks.source, 'gu'))) {
    push(line.slice(last, m.index), separator);
    separator = m[0];
    last = m.index + m[0].length;
  }
  push(line.slice(last), separator);
  return parts;
}

const BARE_PHONE = /^(\+?\(?\d[\d\s()./-]{6,}\d)$/;

export interface Signature {
  name: string | null;
  company: string | null;
  phone: string | null;
}

export function extractSignature(body: string): Signature | null {
  const lines = body.split('\n').map((l) => l.trim());
  // A closing ("Best regards") or the signature separator "-- " opens the signature.
  // The last closing: in a forward, the original sender (the buyer) signs below the forwarder.
  const closing = lines.findLastIndex((l) => CLOSING.test(l) || /^--\s*$/.test(l));
  const at = closing >= 0 ? closing : trailingBlock(lines);
  if (at < 0) return null;
  const after = lines.slice(at + 1, at + 9).filter((l) => l && !/^--\s*$/.test(l));
  const cut = after.findIndex((l) => /^-{3,}|^_{3,}|^(from|von|de|sent|gesendet)\s*:/i.test(l));
  if (cut >= 0) after.length = cut;
  if (after.length === 0) return null;
  const isName = (l: string) => /^\p{Lu}[\p{L}'.-]+(\s+\p{Lu}[\p{L}'.-]+){0,3}$/u.test(l) && !hasLegalForm(l) && !JOB_TITLE.test(l);
  const name = isName(after[0]) ? after[0] : null;
  // "Purchasing Manager, Thameside Joinery Ltd" / "Buyer | Cedar Ridge Packaging Co.": the company part.
  const parts = after.flatMap((l) => splitParts(l, PART_OR_DASH_BREAK));
  const company = parts.find((l) => isCompany(l) && !/@|https?:|www\./i.test(l) && !PHONE.test(l)) ?? companyBelowName(name ? after.slice(1) : after, name);
  const phone = after.map((l) => l.match(PHONE)?.[1] ?? l.match(BARE_PHONE)?.[1] ?? null).find(Boolean) ?? null;
  return { name, company, phone };
}

/**
 * No closing line: the body's last block (after a blank line) is a signature when it is a few
 * short lines with a phone number in them ("Walt / Hollis Sheet Metal / 603-555-0116").
 * Returns the index of the blank line above it.
 */
function trailingBlock(lines: string[]): number {
  let end = lines.length - 1;
  while (end >= 0 && !lines[end]) end--;
  let start = end;
  while (start > 0 && lines[start - 1]) start--;
  const block = lines.slice(start, end + 1);
  if (block.length < 2 || block.length > 6 || block.some((l) => l.length > 60)) return -1;
  return block.some((l) => PHONE.test(l) || BARE_PHONE.test(l)) ? start - 1 : -1;
}

const JOB_TITLE = new RegExp(`\\b(?:${JOB_TITLES.join('|')})\\b`, 'i');

/** Under the name: "Title | Company", "Title, Company", or a title line then the company line. */
function companyBelowName(lines: string[], name: string | null = null): string | null {
  for (const line of lines.slice(0, 3)) {
    // "Luis" then "Luis Ortega": the full name repeated is not the company.
    if (name && line.startsWith(name)) continue;
    if (/@|https?:|www\.|\d{3}/.test(line)) return null;
    const parts = splitParts(line, PART_BREAK).filter(Boolean);
    const notTitle = parts.filter((p) => !JOB_TITLE.test(p));
    if (notTitle.length > 0 && (parts.length > 1 || !JOB_TITLE.test(line))) return notTitle[notTitle.length - 1].trim();
  }
  return null;
}
