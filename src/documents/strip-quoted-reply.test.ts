import { describe, expect, it } from 'vitest';
import { splitThread, stripQuotedReply } from './strip-quoted-reply.ts';

const order = 'Please ship PO 4712:\n5 x A-1';

describe('stripQuotedReply', () => {
  it.each([
    ['Gmail', 'On Mon, 4 Mar 2024 at 10:00, Sam Seller <sam@seller.test> wrote:\n> PO 4711 confirmed'],
    ['Gmail, wrapped', 'On Mon, 4 Mar 2024 at 10:00, Sam Seller <\nsam@seller.test> wrote:\n> PO 4711 confirmed'],
    ['Outlook', '________________________________\nFrom: Sam Seller <sam@seller.test>\nSent: Monday, March 4, 2024 10:00\nTo: Jane\nSubject: PO 4711\n\nold'],
    ['Outlook classic', '-----Original Message-----\nFrom: Sam\nSent: Monday\n\nold'],
    ['German Outlook', 'Von: Sam Seller\nGesendet: Montag, 4. März 2024 10:00\nAn: Jane\nBetreff: Bestellung\n\nalt'],
    ['French Outlook', 'De : Sam Seller\nEnvoyé : lundi 4 mars 2024 10:00\nÀ : Jane\nObjet : Commande\n\nancien'],
    ['Spanish', 'El lun, 4 mar 2024 a las 10:00, Sam Seller (<sam@seller.test>) escribió:\n> antiguo'],
    ['German', 'Am Mo., 4. März 2024 um 10:00 Uhr schrieb Sam Seller <sam@seller.test>:\n> alt'],
    ['French', 'Le lun. 4 mars 2024 à 10:00, Sam Seller <sam@seller.test> a écrit :\n> ancien'],
    ['a run of > lines', '> PO 4711\n> 10 x B-2'],
  ])('cuts at a %s quote', (_name, quote) => {
    expect(stripQuotedReply(`${order}\n\n${quote}`)).toBe(order);
  });

  it('keeps a forwarded message, and cuts the quote inside it', () => {
    const text = `FYI, see below\n\n---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\nDate: Mon, 4 Mar 2024\nSubject: PO 4712\nTo: Sam\n\n${order}\n\nOn Sun, 3 Mar 2024 Sam wrote:\n> old quote\n> more`;
    expect(stripQuotedReply(text)).toBe(
      `FYI, see below\n\n---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\nDate: Mon, 4 Mar 2024\nSubject: PO 4712\nTo: Sam\n\n${order}`,
    );
  });

  it.each(['Begin forwarded message:', '-------- Message transféré --------', '-------- Weitergeleitete Nachricht --------'])('keeps content after "%s"', (marker) => {
    const text = `${marker}\n\nFrom: Jane\nDate: Mon, 4 Mar 2024\n\n${order}`;
    expect(stripQuotedReply(text)).toBe(text);
  });

  it('treats the first Outlook header block of an Fw: mail as the forwarded message', () => {
    const text = `See below\n\nFrom: Jane\nSent: Monday\nTo: Sam\nSubject: PO\n\n${order}\n\nFrom: Sam\nSent: Sunday\n\nolder`;
    expect(stripQuotedReply(text, { forwarded: true })).toBe(`See below\n\nFrom: Jane\nSent: Monday\nTo: Sam\nSubject: PO\n\n${order}`);
    expect(stripQuotedReply(text)).toBe('See below');
  });

  it('keeps everything when nothing is above the quote marker', () => {
    const text = '> quoted\n> more\n\nbottom-posted order';
    expect(stripQuotedReply(text)).toBe(text);
  });

  it('leaves text without quotes alone, single > lines included', () => {
    const text = 'Qty > 5 gets a discount\nThanks, Jane';
    expect(stripQuotedReply(text)).toBe(text);
  });
});

const po = 'Please supply PO 88-120:\n4 x KX-200 at 12.50';

describe('splitThread', () => {
  it.each([
    ['Gmail', '---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@buyer.test>\nDate: Thu, Oct 22, 2026 at 5:14 PM\nSubject: PO 88-120\nTo: Sam <sam@seller.test>', false],
    [
      'Gmail, French',
      '---------- Message transféré ---------\nDe : Ana Ruiz <ana@buyer.test>\nDate : jeu. 22 oct. 2026 à 17:14\nSubject: PO 88-120\nÀ : Sam <sam@seller.test>',
      false,
    ],
    [
      'Thunderbird, German',
      '-------- Weitergeleitete Nachricht --------\nBetreff: \tPO 88-120\nDatum: \tThu, 22 Oct 2026 17:14:00 +0200\nVon: \tAna Ruiz <ana@buyer.test>\nAn: \tsam@seller.test',
      false,
    ],
    ['Apple Mail, Italian', 'Inizio messaggio inoltrato:\n\nDa: Ana Ruiz <ana@buyer.test>\nOggetto: PO 88-120\nData: 22 ottobre 2026 17:14:00 CEST\nA: sam@seller.test', false],
    ['Outlook, Fw: subject', '________________________________\nFrom: Ruiz, Ana <ana@buyer.test>\nSent: Thursday, October 22, 2026 5:14 PM\nTo: Sam\nSubject: PO 88-120', true],
    [
      'Outlook classic, Spanish',
      '-----Mensaje original-----\nDe: Ana Ruiz [mailto:ana@buyer.test]\nEnviado el: jueves, 22 de octubre de 2026 17:14\nPara: Sam\nAsunto: PO 88-120',
      true,
    ],
    ['Outlook, Dutch', 'Van: Ana Ruiz <ana@buyer.test>\nVerzonden: donderdag 22 oktober 2026 17:14\nAan: Sam\nOnderwerp: PO 88-120', true],
    [
      'Lotus Notes',
      '----- Forwarded by Sam Seller/Sales on 22.10.2026 17:20 -----\n\nFrom: Ana Ruiz <ana@buyer.test>\nTo: Sam Seller\nDate: 22.10.2026 17:14\nSubject: PO 88-120',
      false,
    ],
  ])('reads a %s forward as its own message with its sender', (_name, header, forwarded) => {
    const parts = splitThread(`Please enter this one.\n\nSam\n\n${header}\n\n${po}\n\nAna`, { forwarded });
    expect(parts.map((p) => [p.depth, p.text])).toEqual([
      [0, 'Please enter this one.\n\nSam'],
      [1, `${po}\n\nAna`],
    ]);
    expect(parts[1].header).toMatchObject({ from: 'ana@buyer.test', subject: 'PO 88-120' });
    expect(parts[1].header?.fromName?.replace(/,/g, '')).toMatch(/Ana|Ruiz/);
  });

  it("reads a forward of a forward as two messages, the customer's the deepest", () => {
    const text = [
      'FYI',
      '',
      '---------- Forwarded message ---------',
      'From: Rep <rep@seller.test>',
      'Date: Fri, 23 Oct 2026',
      'Subject: Fwd: PO 88-120',
      'To: orders@seller.test',
      '',
      'See below, from Ana.',
      '',
      '---------- Forwarded message ---------',
      'From: Ana Ruiz <ana@buyer.test>',
      'Date: Thu, 22 Oct 2026',
      'Subject: PO 88-120',
      '',
      po,
    ].join('\n');
    expect(splitThread(text).map((p) => [p.depth, p.header?.from ?? null, p.text])).toEqual([
      [0, null, 'FYI'],
      [1, 'rep@seller.test', 'See below, from Ana.'],
      [2, 'ana@buyer.test', po],
    ]);
  });

  it('keeps a forward with nothing typed above it as the only message', () => {
    const parts = splitThread(`---------- Forwarded message ---------\nFrom: ana@buyer.test\nSubject: PO 88-120\n\n${po}`);
    expect(parts.map((p) => [p.depth, p.header?.from, p.text])).toEqual([[1, 'ana@buyer.test', po]]);
  });

  it.each([
    ['Gmail', 'On Wed, Oct 7, 2026 at 10:02 AM Sam Seller <sam@seller.test> wrote:\n> Our quotation Q-7:\n> 4 x KX-200 at 12.50\n>\n> Sam', 'Sam Seller'],
    [
      'German Outlook',
      '-----Ursprüngliche Nachricht-----\nVon: Sam Seller <sam@seller.test>\nGesendet: Freitag, 6. November 2026 15:20\nBetreff: Angebot Q-7\n\nOur quotation Q-7:\n4 x KX-200 at 12.50\n\nSam',
      'Sam Seller',
    ],
  ])('keeps a %s quote apart, with its sender, and cuts older quotes inside it', (_name, quote, name) => {
    const parts = splitThread(`Approved, please go ahead.\n\nAna\n\n${quote}\n\nOn Mon, Oct 5, 2026 Ana <ana@buyer.test> wrote:\n> please quote 4 x KX-200`);
    expect(parts).toHaveLength(1);
    expect(parts[0].text).toBe('Approved, please go ahead.\n\nAna');
    expect(parts[0].quoted?.header).toMatchObject({ from: 'sam@seller.test', fromName: name });
    expect(parts[0].quoted?.text).toBe('Our quotation Q-7:\n4 x KX-200 at 12.50\n\nSam');
  });
});
