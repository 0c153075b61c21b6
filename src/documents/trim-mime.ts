// A mail bomb beside a genuine order: more MIME parts than the parser takes, multiparts nested
// hundreds deep, a header block of megabytes. mailparser's splitter refuses such a message whole
// (more than 1000 parts, a header block over 1 MB), and the order next to the bomb was lost with
// it. So the raw message is trimmed first, in one pass over its lines (linear in the input, no
// regex over the text): header fields past a budget are dropped, multiparts nested deeper than
// MAX_MULTIPART_DEPTH are left out, and only the first MAX_MIME_PARTS parts are kept; the order's
// own parts come early. What was left out is said in one line per kind ("mail trimmed: ..."), and
// the draft is held for review on it. A message within every limit comes back as the same bytes.
//
// The scan follows the splitter's rules (@zone-eu/mailsplit, as mailparser 3.14 uses it): a
// delimiter line is "--boundary" with an optional "--", trailing blanks and the line ending; a
// delimiter of any open multipart ends the parts below it; a delimiter in a part's header block
// ends that block; a header line costs its bytes, at least 64, against the 1 MB of a block.
// message/rfc822 parts are leaves (the parser is run with ignoreEmbedded; a forwarded message is
// read, and trimmed, on its own).

import libmime from 'libmime';

/** Parts (every node below the message itself) kept; the splitter refuses more than 1000 nodes. */
export const MAX_MIME_PARTS = 1000;
/** Multiparts nested deeper than this are not read (the message's own multipart is depth 1). */
export const MAX_MULTIPART_DEPTH = 20;
/** A header block that costs more than this is trimmed: the splitter's own limit (maxHeadSize). */
export const MAX_HEADER_COST = 1024 * 1024;
/** Of a trimmed header block, the fields kept in order while their cost stays within this. */
export const HEADER_KEEP_BUDGET = 256 * 1024;
/** A field costing more than this is dropped from a trimmed block, or cut to this if it is one the
 * message cannot be read without (ESSENTIAL). 16 kinds x 32 KB + the budget stays below 1 MB. */
export const MAX_FIELD_COST = 32 * 1024;
/** The least a header line costs (mailsplit's HEADER_LINE_MIN_COST). */
const LINE_MIN_COST = 64;

/** Fields kept past the budget (the first of each name that was not kept already): who sent the
 * message, what it is about, and its structure. Never Received or Authentication-Results: where
 * those stand is what sender authentication reads, and a trimmed block is not trusted for it. */
const ESSENTIAL = new Set([
  'from',
  'sender',
  'reply-to',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'in-reply-to',
  'references',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'content-id',
  'content-description',
]);

export interface TrimmedMime {
  /** The message to parse: the same bytes when nothing was over a limit. */
  bytes: Uint8Array;
  /** What was left out, one line each ("mail trimmed: ..."); empty when nothing was. */
  notes: string[];
  /** The message's own header block was trimmed: which header stood where is no longer known. */
  headerTrimmed: boolean;
}

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const SP = 0x20;
const HT = 0x09;
const COLON = 0x3a;
/** mailsplit's BOUNDARY_LINE_SUFFIX: "--" prefix and suffix, up to 998 blanks, CR LF. */
const BOUNDARY_LINE_SUFFIX = 2 + 2 + 998 + 2;
const CRLF = new Uint8Array([CR, LF]);

interface Frame {
  boundary: Uint8Array;
  depth: number;
  /** Its parts are written out (false: it is only followed, to count what is left out). */
  kept: boolean;
}

interface HeaderPlan {
  /** Where the part's body starts: after the blank line, or at the delimiter line or the end that cut the block short. */
  bodyStart: number;
  /** The block as it is written out; null when it is kept as it stands. */
  pieces: Uint8Array[] | null;
  /** The first Content-Type field as written out ("Content-Type: ..."), latin1; null when there is none. */
  contentType: string | null;
  cost: number;
  droppedFields: number;
  droppedBytes: number;
  /** Names of the fields cut to MAX_FIELD_COST, as written. */
  cut: string[];
  /** Names of the fields dropped for being over MAX_FIELD_COST (the first few). */
  long: string[];
}

/** The message, trimmed to what mailparser reads (see the top of the file). */
export function trimMime(raw: Uint8Array): TrimmedMime {
  return new MimeScan(raw).run();
}

class MimeScan {
  private readonly out: Uint8Array[] = [];
  private readonly stack: Frame[] = [];
  private keptParts = 0;
  private droppedParts = 0;
  private deepMultiparts = 0;
  private readonly headerNotes: string[] = [];
  private rootHeaderTrimmed = false;

  constructor(private readonly raw: Uint8Array) {}

  run(): TrimmedMime {
    const { raw } = this;
    const root = this.planHeader(0);
    this.writeHeader(0, root);
    if (root.pieces) {
      this.rootHeaderTrimmed = true;
      this.headerNotes.push(headerNote('its header block', root));
    }
    const boundary = multipartBoundary(root.contentType);
    if (boundary) this.stack.push({ boundary, depth: 1, kept: true });
    let p = root.bodyStart;
    // The bytes from keepFrom to p belong to a part (or a preamble, an epilogue) that is kept.
    let keepFrom = p;
    let keeping = true;
    while (p < raw.length) {
      const end = lineEnd(raw, p);
      const match = this.stack.length > 0 && raw[p] === DASH && raw[p + 1] === DASH ? this.matchDelimiter(p, end) : null;
      if (!match) {
        p = end;
        continue;
      }
      if (keeping) this.write(keepFrom, p);
      const frame = this.stack[match.index];
      this.stack.length = match.index + 1;
      if (match.close) {
        // What follows is the epilogue of that multipart, in the part that holds it.
        if (frame.kept) this.write(p, end);
        this.stack.pop();
        keeping = frame.kept;
        keepFrom = p = end;
        continue;
      }
      const header = this.planHeader(end);
      const childBoundary = multipartBoundary(header.contentType);
      const tooDeep = childBoundary !== null && frame.depth + 1 > MAX_MULTIPART_DEPTH;
      const keep = frame.kept && !tooDeep && this.keptParts < MAX_MIME_PARTS;
      if (tooDeep) this.deepMultiparts += 1;
      else if (keep) this.keptParts += 1;
      else this.droppedParts += 1;
      if (keep) {
        this.write(p, end);
        this.writeHeader(end, header);
        if (header.pieces) this.headerNotes.push(headerNote('the header block of a MIME part', header));
      }
      // A multipart left out for its parts' count is still followed, so they are counted; one
      // nested too deep is not (its delimiters are never matched against, the stack stays short).
      if (childBoundary && !tooDeep) this.stack.push({ boundary: childBoundary, depth: frame.depth + 1, kept: keep });
      keeping = keep;
      keepFrom = p = header.bodyStart;
    }
    if (keeping) this.write(keepFrom, raw.length);
    const notes = [...this.headerNotes];
    if (this.droppedParts > 0)
      notes.push(
        `mail trimmed: ${count(this.droppedParts)} MIME ${this.droppedParts === 1 ? 'part' : 'parts'} beyond the first ${count(MAX_MIME_PARTS)} ${this.droppedParts === 1 ? 'was' : 'were'} not read`,
      );
    if (this.deepMultiparts > 0)
      notes.push(
        `mail trimmed: ${this.deepMultiparts === 1 ? 'a multipart' : `${count(this.deepMultiparts)} multiparts`} nested more than ${MAX_MULTIPART_DEPTH} deep ${this.deepMultiparts === 1 ? 'was' : 'were'} not read`,
      );
    if (notes.length === 0) return { bytes: raw, notes: [], headerTrimmed: false };
    return { bytes: concat(this.out), notes, headerTrimmed: this.rootHeaderTrimmed };
  }

  private write(from: number, to: number): void {
    if (to > from) this.out.push(this.raw.subarray(from, to));
  }

  private writeHeader(start: number, plan: HeaderPlan): void {
    if (plan.pieces) this.out.push(...plan.pieces);
    else this.write(start, plan.bodyStart);
  }

  /** The innermost open multipart whose delimiter the line is, or null (mailsplit's checkBoundary). */
  private matchDelimiter(start: number, end: number): { index: number; close: boolean } | null {
    for (let index = this.stack.length - 1; index >= 0; index--) {
      const kind = compareBoundary(this.raw, start, end, this.stack[index].boundary);
      if (kind) return { index, close: kind === 2 };
    }
    return null;
  }

  /**
   * The header block from `start`: up to and including its blank line, or up to a delimiter line
   * of an open multipart (a part that is only a header), or the end. Read twice when it is over
   * MAX_HEADER_COST, the second time to choose the fields kept, so no list of all fields is built.
   */
  private planHeader(start: number): HeaderPlan {
    const { raw } = this;
    let p = start;
    let cost = 0;
    let contentType: [number, number] | null = null;
    let field: { start: number; key: string } | null = null;
    let bodyStart = raw.length;
    let blankAt = -1;
    while (p < raw.length) {
      const end = lineEnd(raw, p);
      if (this.stack.length > 0 && raw[p] === DASH && raw[p + 1] === DASH && this.matchDelimiter(p, end)) {
        bodyStart = p;
        break;
      }
      if (isBlank(raw, p, end)) {
        blankAt = p;
        bodyStart = end;
        cost += end - p;
        break;
      }
      cost += Math.max(end - p, LINE_MIN_COST);
      if (raw[p] !== SP && raw[p] !== HT) {
        if (field?.key === 'content-type' && !contentType) contentType = [field.start, p];
        field = { start: p, key: fieldKey(raw, p, end) };
      }
      p = end;
    }
    const fieldsEnd = blankAt >= 0 ? blankAt : bodyStart;
    if (field?.key === 'content-type' && !contentType) contentType = [field.start, fieldsEnd];
    if (cost <= MAX_HEADER_COST) {
      return {
        bodyStart,
        pieces: null,
        contentType: contentType ? latin1(raw.subarray(contentType[0], contentType[1])) : null,
        cost,
        droppedFields: 0,
        droppedBytes: 0,
        cut: [],
        long: [],
      };
    }
    return { ...this.trimFields(start, fieldsEnd, blankAt >= 0 ? raw.subarray(blankAt, bodyStart) : null), bodyStart, cost };
  }

  /** The fields of [start, end) chosen for a block over MAX_HEADER_COST (see HEADER_KEEP_BUDGET, MAX_FIELD_COST, ESSENTIAL). */
  private trimFields(start: number, end: number, blank: Uint8Array | null): Omit<HeaderPlan, 'bodyStart' | 'cost'> {
    const { raw } = this;
    const pieces: Uint8Array[] = [];
    const keptKeys = new Set<string>();
    const cut: string[] = [];
    const long: string[] = [];
    let kept = 0;
    let budgetSpent = false;
    let droppedFields = 0;
    let droppedBytes = 0;
    let contentType: string | null = null;
    const take = (key: string, bytes: Uint8Array[]) => {
      pieces.push(...bytes);
      keptKeys.add(key);
      if (key === 'content-type' && contentType === null) contentType = bytes.map(latin1).join('');
    };
    let p = start;
    while (p < end) {
      // One field: its first line and the folded lines below it.
      const fieldStart = p;
      const key = fieldKey(raw, p, lineEnd(raw, p));
      let fieldCost = 0;
      do {
        const lineStop = Math.min(lineEnd(raw, p), end);
        fieldCost += Math.max(lineStop - p, LINE_MIN_COST);
        p = lineStop;
      } while (p < end && (raw[p] === SP || raw[p] === HT));
      const bytes = raw.subarray(fieldStart, p);
      const essential = ESSENTIAL.has(key) && !keptKeys.has(key);
      if (fieldCost > MAX_FIELD_COST) {
        // An over-long field never spends the budget: the fields after it are still read.
        if (essential) {
          take(key, cutField(bytes));
          cut.push(fieldName(bytes));
        } else {
          droppedFields += 1;
          droppedBytes += bytes.length;
          if (long.length < 3) long.push(fieldName(bytes));
        }
      } else if (!budgetSpent && kept + fieldCost <= HEADER_KEEP_BUDGET) {
        kept += fieldCost;
        take(key, [bytes]);
      } else if (essential) {
        budgetSpent = true;
        take(key, [bytes]);
      } else {
        budgetSpent = true;
        droppedFields += 1;
        droppedBytes += bytes.length;
      }
    }
    // A cut at the very end of the input may leave the last field without its line ending.
    const last = pieces.at(-1);
    if (last && last[last.length - 1] !== LF && blank) pieces.push(CRLF);
    if (blank) pieces.push(blank);
    return { pieces, contentType, droppedFields, droppedBytes, cut, long };
  }
}

/** The end of the line starting at `p` (after its LF), or the end of the input. */
function lineEnd(raw: Uint8Array, p: number): number {
  const lf = raw.indexOf(LF, p);
  return lf < 0 ? raw.length : lf + 1;
}

function isBlank(raw: Uint8Array, p: number, end: number): boolean {
  return (end - p === 1 && raw[p] === LF) || (end - p === 2 && raw[p] === CR && raw[p + 1] === LF);
}

/** The field name of a header line, lower case, as the splitter keys it (up to the first colon). */
function fieldKey(raw: Uint8Array, p: number, end: number): string {
  const stop = Math.min(end, p + 256);
  for (let i = p; i < stop; i++) if (raw[i] === COLON) return latin1(raw.subarray(p, i)).trim().toLowerCase();
  return '';
}

function fieldName(bytes: Uint8Array): string {
  const colon = bytes.subarray(0, 256).indexOf(COLON);
  return colon > 0 ? latin1(bytes.subarray(0, colon)).trim() : 'a header';
}

/** The lines of a field while they fit MAX_FIELD_COST; a first line longer than that, cut. */
function cutField(bytes: Uint8Array): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let p = 0;
  let cost = 0;
  while (p < bytes.length) {
    const end = lineEnd(bytes, p);
    const lineCost = Math.max(end - p, LINE_MIN_COST);
    if (cost + lineCost > MAX_FIELD_COST) break;
    cost += lineCost;
    pieces.push(bytes.subarray(p, end));
    p = end;
  }
  if (pieces.length === 0) {
    let stop = MAX_FIELD_COST - 2;
    // A line ending cut in two would leave a bare CR.
    if (bytes[stop - 1] === CR) stop -= 1;
    pieces.push(bytes.subarray(0, stop), CRLF);
  }
  return pieces;
}

/** mailsplit's compareBoundary: 1 a delimiter, 2 the closing one, 0 neither. */
function compareBoundary(raw: Uint8Array, start: number, end: number, boundary: Uint8Array): 0 | 1 | 2 {
  const length = end - start;
  if (length < boundary.length + 3 || length > boundary.length + BOUNDARY_LINE_SUFFIX) return 0;
  for (let i = 0; i < boundary.length; i++) if (raw[start + 2 + i] !== boundary[i]) return 0;
  let i = start + 2 + boundary.length;
  let kind: 1 | 2 = 1;
  if (raw[i] === DASH) {
    if (raw[i + 1] !== DASH) return 0;
    kind = 2;
    i += 2;
  }
  while (i < end && (raw[i] === SP || raw[i] === HT)) i++;
  if (i === end) return kind === 2 ? 2 : 0;
  while (i < end && raw[i] === CR) i++;
  if (i < end && raw[i] === LF) i++;
  return i === end ? kind : 0;
}

/** The boundary of a multipart Content-Type field ("Content-Type: multipart/...; boundary=..."),
 * read as mailsplit's MimeNode reads it; null for any other type or a boundary that is no ASCII. */
function multipartBoundary(field: string | null): Uint8Array | null {
  if (!field) return null;
  const value = String(libmime.decodeHeader(field)?.value ?? '').trim();
  const parsed = libmime.parseHeaderValue(value, { stripComments: true });
  const type = (parsed.value || '').toLowerCase().trim();
  if (!type.startsWith('multipart/') || type.length === 'multipart/'.length) return null;
  const boundary = String(parsed.params.boundary || '').trimEnd();
  if (!boundary || Buffer.byteLength(boundary) !== boundary.length) return null;
  return Buffer.from(boundary, 'latin1');
}

function headerNote(which: string, plan: HeaderPlan): string {
  const long = plan.long.length > 0 ? `, ${plan.long.join(', ')} over ${size(MAX_FIELD_COST)}` : '';
  const dropped = plan.droppedFields > 0 ? `${count(plan.droppedFields)} header ${plan.droppedFields === 1 ? 'field' : 'fields'} (${size(plan.droppedBytes)}${long}) not read` : '';
  const cut = plan.cut.length > 0 ? `${plan.cut.join(', ')} cut to ${size(MAX_FIELD_COST)}` : '';
  return `mail trimmed: ${which} is over ${size(MAX_HEADER_COST)} (a header bomb): ${[dropped, cut].filter(Boolean).join('; ') || 'read in part'}`;
}

const count = (n: number) => n.toLocaleString('en-US');

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function concat(pieces: Uint8Array[]): Uint8Array {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
