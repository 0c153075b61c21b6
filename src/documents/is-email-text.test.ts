import { describe, expect, it } from 'vitest';
import { isEmailText } from './is-email-text.ts';

describe('isEmailText', () => {
  it('accepts a header block', () => {
    expect(isEmailText('Received: from mx by host\n\tfor <a@b>\nFrom: a@b.c\nSubject: PO\n\nbody')).toBe(true);
    expect(isEmailText('X-Mailer: x\r\nMIME-Version: 1.0\r\nSubject: s\r\n\r\nbody')).toBe(true);
  });

  it('accepts a message that starts with the ARC set a relay added on top', () => {
    expect(isEmailText('ARC-Authentication-Results: i=1; mx.example; dmarc=pass\r\nFrom: a@b.c\r\nMIME-Version: 1.0\r\n\r\nbody')).toBe(true);
  });

  it('accepts an mbox envelope line above the headers', () => {
    expect(isEmailText('From jane@example.com Mon Mar  4 10:00:00 2024\nFrom: jane@example.com\nDate: Mon, 4 Mar 2024 10:00:00 +0000\n\nhi')).toBe(true);
  });

  it('rejects a text PO that only starts like mail', () => {
    expect(isEmailText('Subject: PO 4711\nPlease ship 10 widgets.')).toBe(false);
    expect(isEmailText('Subject: PO 4711\nAttention: John\n\nPlease ship')).toBe(false);
    expect(isEmailText('Purchase order 4711\nQty: 5')).toBe(false);
  });

  it('is lenient with .eml files', () => {
    expect(isEmailText('Subject: PO 4711\n\nPlease ship', true)).toBe(true);
  });
});
