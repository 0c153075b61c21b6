import { describe, expect, it } from 'vitest';
import { stripQuotedReply } from './strip-quoted-reply.ts';

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
    expect(stripQuotedReply(text)).toBe(`FYI, see below\n\n---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\nDate: Mon, 4 Mar 2024\nSubject: PO 4712\nTo: Sam\n\n${order}`);
  });

  it.each(['Begin forwarded message:', '-------- Message transféré --------', '-------- Weitergeleitete Nachricht --------'])(
    'keeps content after "%s"',
    (marker) => {
      const text = `${marker}\n\nFrom: Jane\nDate: Mon, 4 Mar 2024\n\n${order}`;
      expect(stripQuotedReply(text)).toBe(text);
    },
  );

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
