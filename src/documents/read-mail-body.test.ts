import { describe, expect, it } from 'vitest';
import { readMailBody } from './read-mail-body.ts';

const htmlTable =
  '<p>Order:</p><table><tr><td>SKU</td><td>Qty</td><td>Price</td></tr><tr><td>A-1</td><td>5</td><td>2.50</td></tr><tr><td>B-2</td><td>1</td><td>9.00</td></tr></table>';

describe('readMailBody', () => {
  it('prefers text/plain and lays it out as a monospace body', () => {
    const [doc] = readMailBody({ text: 'Please ship 5 x A-1\r\n', html: '<p>Please ship 5 x A-1</p>' });
    expect(doc).toMatchObject({ name: 'body', mediaType: 'text/plain', method: 'text', isBody: true, monospace: true, pageCount: null, text: 'Please ship 5 x A-1' });
    expect(doc!.pages[0].words[0]).toMatchObject({ text: 'Please', x0: 0, y0: 0 });
  });

  it('falls back to the HTML part', () => {
    const [doc] = readMailBody({ html: htmlTable });
    expect(doc).toMatchObject({ mediaType: 'text/html', text: 'Order:\n\nSKU\tQty\tPrice\nA-1\t5\t2.50\nB-2\t1\t9.00' });
  });

  it('uses the HTML when only it keeps the order table’s rows together', () => {
    const [doc] = readMailBody({ text: 'Order:\n\nSKU\n\nQty\n\nPrice\n\nA-1\n\n5\n\n2.50\n\nB-2\n\n1\n\n9.00', html: htmlTable });
    expect(doc?.mediaType).toBe('text/html');
    const [aligned] = readMailBody({ text: 'SKU   Qty   Price\nA-1   5     2.50', html: htmlTable });
    expect(aligned?.mediaType).toBe('text/plain');
  });

  it('cuts the quoted thread and keeps it apart; a forward is its own document with its header', () => {
    const text = 'New order: 3 x C-3\n\nFrom: Sam <sam@seller.test>\nSent: Monday\nTo: Jane\nSubject: Quote 7\n\nOld order: 9 x Z-9';
    const [reply, ...rest] = readMailBody({ text });
    expect([reply.text, rest]).toEqual(['New order: 3 x C-3', []]);
    expect(reply.quoted?.header).toEqual({ from: 'sam@seller.test', fromName: 'Sam', subject: 'Quote 7', date: 'Monday' });
    expect(reply.quoted?.document.text).toBe('Old order: 9 x Z-9');
    const forward = readMailBody({ text, subject: 'FW: order' });
    expect(forward.map((d) => [d.name, d.text, d.forwardedFrom?.from ?? null])).toEqual([
      ['body', 'New order: 3 x C-3', null],
      ['fwd: body', 'Old order: 9 x Z-9', 'sam@seller.test'],
    ]);
  });

  it('has no document when there is no text', () => {
    expect(readMailBody({ text: ' \n ', html: false })).toEqual([]);
    expect(readMailBody({})).toEqual([]);
  });
});
