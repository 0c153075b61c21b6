import { describe, expect, it } from 'vitest';
import { readHeaderBlock } from '../domain/header-block.ts';
import { toReferences } from './read-references.ts';

const head = (text: string) => readHeaderBlock(new TextEncoder().encode(`${text}\r\n\r\nbody`));

describe('toReferences', () => {
  it('appends the parent to its folded References', () => {
    expect(toReferences(head('Subject: PO\r\nReferences: <a@x>\r\n <b@x>\r\nMessage-ID: <c@x>'), '<c@x>')).toEqual(['<a@x>', '<b@x>', '<c@x>']);
  });
  it('falls back to In-Reply-To, then to the parent alone', () => {
    expect(toReferences(head('In-Reply-To: <r@x> (comment)'), '<c@x>')).toEqual(['<r@x>', '<c@x>']);
    expect(toReferences(head('Subject: hi'), '<c@x>')).toEqual(['<c@x>']);
    expect(toReferences(readHeaderBlock(new Uint8Array()), null)).toEqual([]);
  });
  it('keeps the root and the latest ids of a long chain', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `<m${i}@x>`);
    const refs = toReferences(head(`References: ${ids.join(' ')}`), '<c@x>');
    expect(refs).toHaveLength(20);
    expect(refs[0]).toBe('<m0@x>');
    expect(refs.at(-1)).toBe('<c@x>');
  });
  it('reads only the named header', () => {
    expect(toReferences(head('X-References: <no@x>\nReferences: <yes@x>'), null)).toEqual(['<yes@x>']);
  });
});
