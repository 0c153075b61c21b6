import { describe, expect, it } from 'vitest';
import { allHeaders, firstHeader, headerIds, MAX_HEADER_BYTES, readHeaderBlock } from './header-block.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readHeaderBlock', () => {
  it('reads every field in order, unfolded, and where the body starts', () => {
    const raw = 'Received: from a\r\n  by b\r\nFrom: x@y.example\r\nAuthentication-Results: mx; dmarc=pass\r\nauthentication-results: mx2;\r\n\tspf=fail\r\n\r\nFrom: in the body';
    const block = readHeaderBlock(bytes(raw));
    expect(block.fields).toEqual([
      { key: 'received', value: 'from a by b' },
      { key: 'from', value: 'x@y.example' },
      { key: 'authentication-results', value: 'mx; dmarc=pass' },
      { key: 'authentication-results', value: 'mx2; spf=fail' },
    ]);
    expect(new TextDecoder().decode(bytes(raw).subarray(block.end))).toBe('From: in the body');
    expect(allHeaders(block, 'Authentication-Results')).toEqual(['mx; dmarc=pass', 'mx2; spf=fail']);
    expect(firstHeader(block, 'FROM')).toBe('x@y.example');
  });

  it('ends at a bare LF blank line too, and says when there is none', () => {
    expect(readHeaderBlock(bytes('Subject: a\n\nbody')).end).toBe(12);
    expect(readHeaderBlock(bytes('Subject: a\r\nFrom: b')).end).toBe(-1);
  });

  it('reads message ids of the first field only, and skips lines that are not fields', () => {
    const block = readHeaderBlock(bytes('not a header line\r\nMessage-ID: <a@x> (c)\r\nMessage-ID: <b@x>\r\n\r\n'));
    expect(headerIds(block, 'message-id')).toEqual(['<a@x>']);
    expect(block.fields.map((f) => f.key)).toEqual(['message-id', 'message-id']);
  });

  it('stops reading a header block over its limit', () => {
    const words = Array.from({ length: 300_000 }, (_, i) => `=?utf-8?q?w${i}?=`).join('\r\n ');
    const block = readHeaderBlock(bytes(`Subject: ${words}\r\nFrom: late@x.example\r\n\r\nbody`));
    expect(firstHeader(block, 'subject')!.length).toBeLessThanOrEqual(MAX_HEADER_BYTES);
    expect(firstHeader(block, 'from')).toBeUndefined(); // beyond the limit: not read
  });
});
