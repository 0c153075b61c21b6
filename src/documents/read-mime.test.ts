import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors.ts';
import { readMime } from './read-mime.ts';
import { buildMail, buildMailText } from './testing/build-mail.ts';
import { buildPdf, textPage } from './testing/build-pdf.ts';

const limits = { maxPages: 200 };
const png = (size: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size)]);
const raw = (text: string) => new Uint8Array(Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1'));
const summary = (docs: Array<{ name: string; method: string; skippedReason?: string }>) => docs.map((d) => [d.name, d.method, d.skippedReason ?? '']);

describe('readMime', () => {
  it('reads the envelope, the body and a PDF attachment', async () => {
    const pdf = Buffer.from(await buildPdf([textPage(3, 'PO 4711 line')]));
    const input = await readMime(
      await buildMail({
        text: 'Hello,\nplease find PO 4711 attached.',
        attachments: [{ filename: 'PO-4711.pdf', content: pdf }],
        headers: { 'Authentication-Results': 'mx.seller.test; dkim=pass' },
      }),
      limits,
    );
    expect(input).toMatchObject({
      kind: 'email',
      messageId: '<po-4711@example.com>',
      from: 'jane.buyer@example.com',
      fromName: 'Jane Buyer',
      subject: 'PO 4711',
      receivedAt: '2024-03-05T09:30:00+00:00',
      file: null,
      headers: { 'Authentication-Results': 'mx.seller.test; dkim=pass' },
    });
    expect(input.documents.map((d) => [d.name, d.mediaType, d.method, d.pageCount])).toEqual([
      ['body', 'text/plain', 'text', null],
      ['PO-4711.pdf', 'application/pdf', 'pdf-text', 1],
    ]);
    expect(input.documents[0]).toMatchObject({ isBody: true, monospace: true, text: 'Hello,\nplease find PO 4711 attached.' });
    expect(input.documents[1].text).toContain('PO 4711 line 3 of the purchase order');
  });

  it('decodes iso-8859-1 quoted-printable (German)', async () => {
    const input = await readMime(
      raw(`From: einkauf@example.de
Subject: =?ISO-8859-1?Q?Bestellung_Stra=DFenbesen?=
Date: Tue, 5 Mar 2024 10:00:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Bitte liefern Sie 5 St=FCck Stra=DFenbesen =E0 12,50 EUR (Gr=F6=DFe XL).
`),
      limits,
    );
    expect(input.subject).toBe('Bestellung Straßenbesen');
    expect(input.receivedAt).toBe('2024-03-05T10:00:00+01:00');
    expect(input.documents[0].text).toBe('Bitte liefern Sie 5 Stück Straßenbesen à 12,50 EUR (Größe XL).');
  });

  it('decodes windows-1252 base64 (French)', async () => {
    const cp1252 = Buffer.concat([
      Buffer.from('Commande n\xb0 4711 ', 'latin1'),
      Buffer.from([0x96]),
      Buffer.from(' livraison ', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('urgente', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(' : 3 pi\xe8ces \xe0 9,90 ', 'latin1'),
      Buffer.from([0x80]),
    ]);
    const input = await readMime(
      raw(`From: achats@example.fr
Subject: Commande
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: base64

${cp1252.toString('base64')}
--b1--
`),
      limits,
    );
    expect(input.documents[0].text).toBe('Commande n° 4711 – livraison “urgente” : 3 pièces à 9,90 €');
  });

  it('decodes UTF-8 quoted-printable (Spanish)', async () => {
    const text = 'Pedido nº 4711: 10 camisetas térmicas, señal ¿urgente? Año 2024.';
    const input = await readMime(await buildMail({ text: { content: text, contentTransferEncoding: 'quoted-printable' } }), limits);
    expect(input.documents[0].text).toBe(text);
  });

  it('converts an HTML-only body with its table rows on one line', async () => {
    const html = '<p>Pedido:</p><table><tr><th>Ref</th><th>Cant.</th></tr><tr><td>A-1</td><td>5</td></tr></table><img src="cid:logo">';
    const input = await readMime(await buildMail({ html }), limits);
    expect(input.documents[0]).toMatchObject({ name: 'body', mediaType: 'text/html', text: 'Pedido:\n\nRef\tCant.\nA-1\t5' });
  });

  it('keeps only the new text above a quoted reply', async () => {
    const input = await readMime(await buildMail({ text: 'Add 2 x B-2 please.\n\nOn Mon, 4 Mar 2024, Sam <sam@seller.test> wrote:\n> PO 4711: 9 x Z-9' }), limits);
    expect(input.documents[0].text).toBe('Add 2 x B-2 please.');
  });

  it('turns each attachment into a document, skipping what it cannot read', async () => {
    const input = await readMime(
      await buildMail({
        text: 'see attached',
        html: '<p>see attached <img src="cid:logo@x"></p>',
        attachments: [
          { filename: 'logo.png', content: png(2000), cid: 'logo@x' },
          { filename: 'scan.png', content: png(20_000) },
          { filename: 'inline.pdf', content: Buffer.from(await buildPdf([textPage(2)])), contentDisposition: 'inline' },
          { filename: 'broken.pdf', content: Buffer.from('%PDF-1.4\nnot really a pdf'), contentType: 'application/pdf' },
          { filename: 'winmail.dat', content: Buffer.from([0x78, 0x9f, 0x3e, 0x22, 1, 2, 3]), contentType: 'application/ms-tnef' },
          { filename: 'invite.ics', content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' },
          { filename: 'order.docx', content: Buffer.from('PK\x03\x04.....word/document.xml', 'latin1') },
          { filename: 'lines.csv', content: 'sku;qty\nA-1;5\n' },
        ],
      }),
      limits,
    );
    expect(summary(input.documents)).toEqual([
      ['body', 'text', ''],
      ['scan.png', 'skipped', 'not a readable image: damaged or unsupported image data'],
      ['inline.pdf', 'pdf-text', ''],
      ['broken.pdf', 'skipped', expect.stringMatching(/^not a readable PDF: /)],
      ['winmail.dat', 'skipped', 'winmail.dat (TNEF) is not supported'],
      ['invite.ics', 'skipped', 'calendar invite (.ics) is not supported'],
      ['order.docx', 'skipped', 'Word .docx is not supported'],
      ['lines.csv', 'spreadsheet', ''],
    ]);
  });

  it('reads a message forwarded as an attachment, naming its parts "fwd: ..."', async () => {
    const inner = await buildMail({
      from: 'buyer@customer.test',
      text: 'Original order PO 99',
      attachments: [{ filename: 'PO-99.pdf', content: Buffer.from(await buildPdf([textPage(2)])) }],
    });
    const input = await readMime(
      await buildMail({
        text: 'FYI, forwarding the order.',
        attachments: [{ filename: 'order.eml', content: Buffer.from(inner), contentType: 'message/rfc822' }],
      }),
      limits,
    );
    expect(input.documents.map((d) => [d.name, d.method])).toEqual([
      ['body', 'text'],
      ['fwd: body', 'text'],
      ['fwd: PO-99.pdf', 'pdf-text'],
    ]);
    expect(input.documents[1].text).toBe('Original order PO 99');
  });

  it('rejects a truncated message', async () => {
    const text = await buildMailText({ text: 'x', attachments: [{ filename: 'a.pdf', content: Buffer.alloc(5000, 1) }] });
    const err = await readMime(raw(text.slice(0, text.length - 500)), limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ code: 'truncated', message: expect.stringMatching(/^truncated MIME message: /) });
  });

  it('reads a header or part bomb in part and says what was not read', async () => {
    const headers = raw(`From: a@b.c\nSubject: x\n${Array.from({ length: 60_000 }, (_, i) => `X-Junk-${i}: ${i}`).join('\n')}\nTo: orders@seller.test\n\nbody\n`);
    const header = await readMime(headers, limits);
    expect(header).toMatchObject({ from: 'a@b.c', subject: 'x', headers: { To: 'orders@seller.test' }, envelope: { headerTrimmed: true } });
    expect(summary(header.documents)).toEqual([['body', 'text', '']]);
    expect(header.trimmed).toEqual([expect.stringMatching(/^mail trimmed: its header block is over 1 MB \(a header bomb\): 55,9\d\d header fields \(1\.1 MB\) not read$/)]);
    const parts = Array.from({ length: 1_100 }, (_, i) => `--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename="p${i}.txt"\n\n${i}\n`).join('');
    const many = await readMime(raw(`From: a@b.c\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n${parts}--b--\n`), limits);
    expect(many.documents).toHaveLength(1000);
    expect(many.documents.at(-1)?.name).toBe('p999.txt');
    expect(many.trimmed).toEqual(['mail trimmed: 100 MIME parts beyond the first 1,000 were not read']);
    expect(many.envelope?.headerTrimmed).toBeUndefined();
  });

  it('refuses in one line a bomb that leaves nothing to read', async () => {
    const headers = raw(`${Array.from({ length: 60_000 }, (_, i) => `X-Junk-${i}: ${i}`).join('\n')}\n\n`);
    await expect(readMime(headers, limits)).rejects.toThrow(
      /^not a readable email: nothing readable is left once trimmed \(its header block is over 1 MB \(a header bomb\): 55,9\d\d header fields \(1\.1 MB\) not read\)$/,
    );
  });

  it('names the forwarded message a trimmed note is about', async () => {
    const inner = `From: c@d.e\nSubject: inner\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="i"\n\n${Array.from({ length: 1_005 }, (_, i) => `--i\nContent-Type: text/plain\n\n${i}\n`).join('')}--i--\n`;
    const outer = raw(
      `From: a@b.c\nSubject: fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="o"\n\n--o\nContent-Type: text/plain\n\nsee below\n--o\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="orig.eml"\n\n${inner}\n--o--\n`,
    );
    const input = await readMime(outer, limits);
    expect(input.trimmed).toEqual(['mail trimmed: fwd orig.eml: 5 MIME parts beyond the first 1,000 were not read']);
    expect(input.envelope?.headerTrimmed).toBeUndefined();
  });

  it('returns an email without documents when nothing is readable', async () => {
    const input = await readMime(raw('From: a@b.c\nSubject: empty\n\n'), limits);
    expect(input).toMatchObject({ kind: 'email', from: 'a@b.c', subject: 'empty', receivedAt: null, documents: [] });
  });
});

describe('readMime envelope quirks', () => {
  it('ignores a UTF-8 BOM and an mbox "From " line above the headers', async () => {
    const mail = Buffer.from(await buildMail({ text: 'Ship 5 x A-1' }));
    const input = await readMime(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('From jane@example.com Tue Mar  5 09:30:00 2024\r\n'), mail])), limits);
    expect(input).toMatchObject({ from: 'jane.buyer@example.com', subject: 'PO 4711' });
    expect(input.documents[0].text).toBe('Ship 5 x A-1');
  });
});
