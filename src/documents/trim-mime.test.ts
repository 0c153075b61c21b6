import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { readHeaderBlock, allHeaders, firstHeader } from '../domain/header-block.ts';
import { buildMail } from './testing/build-mail.ts';
import { HEADER_KEEP_BUDGET, MAX_FIELD_COST, MAX_HEADER_COST, MAX_MIME_PARTS, MAX_MULTIPART_DEPTH, trimMime } from './trim-mime.ts';

const raw = (text: string) => new Uint8Array(Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'latin1'));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const MB = 1024 * 1024;

const HEAD =
  'From: Jane Buyer <jane@example.com>\nTo: orders@seller.test\nSubject: PO 4711\nDate: Tue, 05 Mar 2024 09:30:00 +0000\nMessage-ID: <po-4711@example.com>\nMIME-Version: 1.0\n';

/** A multipart/mixed mail: a body, the order, then `extra` raw parts (each "headers\n\nbody"). */
function mixed(extra: string[], head = HEAD): string {
  const parts = [
    'Content-Type: text/plain\n\nplease find PO 4711 attached',
    'Content-Type: text/csv; name="po.csv"\nContent-Disposition: attachment; filename="po.csv"\n\nqty,sku\n5,A-1',
    ...extra,
  ];
  return `${head}Content-Type: multipart/mixed; boundary="outer"\n\npreamble\n${parts.map((p) => `--outer\n${p}\n`).join('')}--outer--\nepilogue\n`;
}

const junk = (lines: number) => Array.from({ length: lines }, (_, i) => `X-Junk-${i}: ${i}`).join('\n') + '\n';

describe('trimMime: mail within the limits', () => {
  it('gives back the very same bytes, with no note', async () => {
    const mails = [
      await buildMail({ text: 'Hello', attachments: [{ filename: 'a.pdf', content: Buffer.alloc(3000, 1) }], headers: { 'Authentication-Results': 'mx.seller.test; dkim=pass' } }),
      raw(mixed(Array.from({ length: MAX_MIME_PARTS - 2 }, (_, i) => `Content-Type: text/plain\n\n${i}`))),
      raw(`${HEAD}${junk(15_000)}Content-Type: text/plain\n\nbody\n`),
      raw('no header at all'),
      new Uint8Array(0),
    ];
    for (const mail of mails) expect(trimMime(mail)).toEqual({ bytes: mail, notes: [], headerTrimmed: false });
    expect(trimMime(mails[1]).bytes).toBe(mails[1]);
  });

  it('counts as mailparser does: 1000 parts are read whole, multiparts 20 deep too', async () => {
    const deep = nested(MAX_MULTIPART_DEPTH - 1);
    expect(trimMime(raw(mixed([deep]))).notes).toEqual([]);
    expect(trimMime(raw(mixed([nested(MAX_MULTIPART_DEPTH)]))).notes).toEqual(['mail trimmed: a multipart nested more than 20 deep was not read']);
  });
});

describe('trimMime: part bombs', () => {
  it('keeps the first 1000 parts and the structure around them, and says how many were not read', async () => {
    const bytes = raw(
      mixed([
        `Content-Type: multipart/mixed; boundary="many"\n\n${Array.from({ length: 5000 }, (_, i) => `--many\nContent-Type: text/plain\nContent-Disposition: attachment; filename="p${i}.txt"\n\nx${i}\n`).join('')}--many--`,
        'Content-Type: text/plain\nContent-Disposition: attachment; filename="last.txt"\n\nlast',
      ]),
    );
    const trimmed = trimMime(bytes);
    // body, po.csv, the inner multipart, then 997 of its 5000 parts: 1000; 4003 parts and last.txt not read.
    expect(trimmed.notes).toEqual(['mail trimmed: 4,004 MIME parts beyond the first 1,000 were not read']);
    expect(trimmed.headerTrimmed).toBe(false);
    const out = text(trimmed.bytes);
    expect(out).toContain('\r\n--many--\r\n');
    expect(out.endsWith('--outer--\r\nepilogue\r\n')).toBe(true);
    expect(out).toContain('filename="p996.txt"');
    expect(out).not.toContain('p997.txt');
    // The splitter counts the message and its 1000 parts: exactly as many nodes as the scan kept.
    const mail = await simpleParser(Buffer.from(trimmed.bytes), { maxChildNodes: MAX_MIME_PARTS + 1 });
    expect(mail.attachments.map((a) => a.filename)).toEqual(['po.csv', ...Array.from({ length: 997 }, (_, i) => `p${i}.txt`)]);
    expect(trimMime(trimmed.bytes).notes).toEqual([]);
  });

  it('leaves out a multipart nested too deep, and reads the parts beside it', async () => {
    const trimmed = trimMime(raw(mixed([nested(1000), 'Content-Type: text/plain\nContent-Disposition: attachment; filename="after.txt"\n\nafter'])));
    expect(trimmed.notes).toEqual(['mail trimmed: a multipart nested more than 20 deep was not read']);
    const mail = await simpleParser(Buffer.from(trimmed.bytes));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['po.csv', 'after.txt']);
    expect(mail.text).toContain('please find PO 4711 attached');
    expect(text(trimmed.bytes)).toContain('nest18');
    expect(text(trimmed.bytes)).not.toContain('nest19');
  });

  it('matches delimiters as the splitter does: a longer boundary is not the shorter one', () => {
    // "--b1" and "--b10" are different boundaries; "--outer-x" is no delimiter of "outer".
    const bytes = raw(
      mixed(['Content-Type: multipart/mixed; boundary="b1"\n\n--b10\nContent-Type: text/plain\n\nnot a part\n--outer-x\n--b1\nContent-Type: text/plain\n\ninner\n--b1--']),
    );
    expect(trimMime(bytes)).toEqual({ bytes, notes: [], headerTrimmed: false });
  });
});

describe('trimMime: header bombs', () => {
  it('keeps the fields within the budget and the ones the message needs after it, and drops the rest', async () => {
    const top = 'Received: from mx.seller.test by mx.seller.test; Tue, 05 Mar 2024 09:30:01 +0000\nAuthentication-Results: mx.seller.test; dmarc=fail header.from=example.com\n';
    const below = 'Authentication-Results: mx.seller.test; dmarc=pass header.from=example.com\nReceived: from x by y\n';
    const bytes = raw(`${top}${junk(50_000)}${below}${HEAD}Content-Type: text/plain\n\nthe body\n`);
    const trimmed = trimMime(bytes);
    expect(trimmed.headerTrimmed).toBe(true);
    expect(trimmed.notes).toHaveLength(1);
    expect(trimmed.notes[0]).toMatch(/^mail trimmed: its header block is over 1 MB \(a header bomb\): 4[0-9],[0-9]{3} header fields \(\d+(\.\d)? (KB|MB)\) not read$/);
    const block = readHeaderBlock(trimmed.bytes);
    // The topmost fields as they were, the forged pass below the junk gone with it.
    expect(block.fields.slice(0, 2).map((f) => f.key)).toEqual(['received', 'authentication-results']);
    expect(allHeaders(block, 'authentication-results')).toEqual(['mx.seller.test; dmarc=fail header.from=example.com']);
    expect(allHeaders(block, 'received')).toHaveLength(1);
    expect(firstHeader(block, 'from')).toBe('Jane Buyer <jane@example.com>');
    expect(firstHeader(block, 'subject')).toBe('PO 4711');
    expect(firstHeader(block, 'content-type')).toBe('text/plain');
    expect(block.end).toBeLessThan(HEADER_KEEP_BUDGET + 16 * MAX_FIELD_COST);
    const mail = await simpleParser(Buffer.from(trimmed.bytes));
    expect([mail.from?.value[0].address, mail.subject, mail.text?.trim()]).toEqual(['jane@example.com', 'PO 4711', 'the body']);
  });

  it('drops an over-long line and keeps reading the fields after it; cuts an over-long subject', async () => {
    const longLine = `X-Long: ${'a'.repeat(5 * MB)}\n`;
    const subject = `Subject: ${Array.from({ length: 30_000 }, (_, i) => `w${i}`).join('\n ')}\n`;
    const trimmed = trimMime(raw(`${longLine}Received: from a by b\n${subject}${HEAD.replace(/^Subject.*\n/m, '')}Content-Type: text/plain\n\nbody\n`));
    expect(trimmed.notes).toEqual([`mail trimmed: its header block is over 1 MB (a header bomb): 1 header field (5 MB, X-Long over 32 KB) not read; Subject cut to 32 KB`]);
    const block = readHeaderBlock(trimmed.bytes);
    expect(block.fields.map((f) => f.key)).toEqual(['received', 'subject', 'from', 'to', 'date', 'message-id', 'mime-version', 'content-type']);
    expect(firstHeader(block, 'subject')).toMatch(/^w0 w1 w2 .* w5\d\d$/);
    expect((await simpleParser(Buffer.from(trimmed.bytes))).text?.trim()).toBe('body');
  });

  it('cuts a single line the message cannot do without, at the byte', () => {
    const trimmed = trimMime(raw(`${HEAD}Content-Type: text/plain; x="${'y'.repeat(2 * MB)}"\n\nbody\n`));
    const field = readHeaderBlock(trimmed.bytes).fields.find((f) => f.key === 'content-type')!;
    expect(field.value.length).toBeLessThan(MAX_FIELD_COST);
    expect(text(trimmed.bytes).endsWith('y\r\n\r\nbody\r\n')).toBe(true);
  });

  it('trims the header block of a part, and keeps the message header (and its trust) as it was', async () => {
    const bomb = `Content-Type: text/plain\n${junk(20_000)}Content-Disposition: attachment; filename="bomb.txt"\n\nboom`;
    const trimmed = trimMime(raw(mixed([bomb])));
    expect(trimmed.headerTrimmed).toBe(false);
    expect(trimmed.notes).toHaveLength(1);
    expect(trimmed.notes[0]).toMatch(/^mail trimmed: the header block of a MIME part is over 1 MB \(a header bomb\): 1\d,\d{3} header fields/);
    const mail = await simpleParser(Buffer.from(trimmed.bytes));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['po.csv', 'bomb.txt']);
  });

  it('a block just over the limit is trimmed; the first field of each needed name is kept once', () => {
    const lines = Math.ceil(MAX_HEADER_COST / 64) + 1;
    const trimmed = trimMime(raw(`${HEAD}${junk(lines)}From: second@evil.test\nSubject: another\n\nbody\n`));
    expect(trimmed.headerTrimmed).toBe(true);
    const block = readHeaderBlock(trimmed.bytes);
    expect(allHeaders(block, 'from')).toEqual(['Jane Buyer <jane@example.com>']);
    expect(allHeaders(block, 'subject')).toEqual(['PO 4711']);
  });
});

describe('trimMime: bounded work', () => {
  it('reads 40 MB of bombs in a few seconds, linearly', () => {
    const cases = [
      raw(`${junk(1_000_000)}${HEAD}\nbody\n`),
      raw(mixed([`Content-Type: multipart/mixed; boundary="many"\n\n${'--many\nContent-Type: text/plain\n\nx\n'.repeat(400_000)}--many--`])),
      raw(`X-Long: ${'a'.repeat(10 * MB)}\n${HEAD}\nbody\n`),
      raw(mixed([nested(100_000)])),
    ];
    const started = performance.now();
    for (const bytes of cases) expect(trimMime(bytes).notes.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

/** `depth` multiparts inside each other, a text part at the bottom. */
function nested(depth: number): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let level = 0; level < depth; level++) {
    open.push(`Content-Type: multipart/mixed; boundary="nest${level}"\n\n--nest${level}\n`);
    close.push(`\n--nest${level}--`);
  }
  return `${open.join('')}Content-Type: text/plain\n\nbottom${close.reverse().join('')}`;
}
