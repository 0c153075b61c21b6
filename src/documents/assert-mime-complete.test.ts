import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors.ts';
import { assertMimeComplete } from './assert-mime-complete.ts';
import { buildMailText } from './testing/build-mail.ts';

const check = (raw: string) => () => assertMimeComplete(new Uint8Array(Buffer.from(raw, 'latin1')));

async function multipartMail(): Promise<string> {
  return buildMailText({
    text: 'Order attached',
    html: '<p>Order attached</p>',
    attachments: [{ filename: 'po.pdf', content: Buffer.alloc(3000, 7), contentType: 'application/pdf' }],
  });
}

describe('assertMimeComplete', () => {
  it('accepts complete messages', async () => {
    expect(check(await multipartMail())).not.toThrow();
    expect(check(await buildMailText({ text: 'plain only' }))).not.toThrow();
  });

  it('rejects a multipart message whose closing boundary never appears', async () => {
    const raw = await multipartMail();
    const cut = raw.slice(0, raw.lastIndexOf('--')); // drop the final "--boundary--" line
    const cutAtBoundary = cut.slice(0, cut.lastIndexOf('\r\n--'));
    expect(check(cutAtBoundary)).toThrowError(InputError);
    expect(check(cutAtBoundary)).toThrowError(/^truncated MIME message: the closing boundary of a multipart\/mixed part never appears$/);
  });

  it('rejects a base64 part cut mid-stream', async () => {
    const raw = await multipartMail();
    const start = raw.indexOf('filename=po.pdf');
    const cut = raw.slice(0, raw.indexOf('\r\n\r\n', start) + 4 + 77 * 3 + 10);
    let error: unknown;
    try {
      check(cut)();
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ code: 'truncated', message: 'truncated MIME message: base64 part "po.pdf" is cut off mid-stream' });
  });

  it('checks nested multiparts', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/alternative;',
      ' boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain',
      '',
      'hi',
      '--outer--',
      '',
    ].join('\r\n');
    expect(check(raw)).toThrowError(/multipart\/alternative/);
  });
});
