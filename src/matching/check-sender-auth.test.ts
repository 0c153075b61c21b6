import { describe, expect, it } from 'vitest';
import type { AuthResultsField, SenderEnvelope } from '../domain/layout.ts';
import { checkSenderAuth } from './check-sender-auth.ts';

const OURS = ['mx.seller.example'];
const FROM = 'dana@northwind.example';
const field = (value: string, hop = 1, arc = false): AuthResultsField => ({ value, hop, arc });
const env = (fields: AuthResultsField[], senders = [{ name: 'Dana', address: FROM }]): SenderEnvelope => ({ senders, authResults: fields });
const check = (fields: AuthResultsField[], more: Partial<Parameters<typeof checkSenderAuth>[0]> = {}) =>
  checkSenderAuth({ from: FROM, envelope: env(fields), authservIds: OURS, ...more });

const GENUINE_PASS = 'mx.seller.example; spf=pass smtp.mailfrom=northwind.example; dkim=pass header.d=northwind.example; dmarc=pass header.from=northwind.example';
const FORGED_PASS = 'mx.seller.example; dmarc=pass header.from=northwind.example';

describe('checkSenderAuth', () => {
  it('trusts our server’s dmarc=pass for the From domain, and aligned dkim or spf', () => {
    expect(check([field(GENUINE_PASS)])).toMatchObject({ verdict: 'pass', detail: 'dmarc=pass for northwind.example', ignored: [] });
    expect(check([field('mx.seller.example; dkim=pass header.d=mail.northwind.example')]).verdict).toBe('pass');
    expect(check([field('mx.seller.example; spf=pass smtp.mailfrom=bounce@northwind.example')]).verdict).toBe('pass');
  });

  it('is unknown without AUTHSERV_ID, and names the pass it did not count', () => {
    const auth = check([field(GENUINE_PASS)], { authservIds: [] });
    expect(auth.verdict).toBe('unknown');
    expect(auth.ignored).toEqual(['ignored Authentication-Results by "mx.seller.example" claiming spf=pass, dkim=pass, dmarc=pass: AUTHSERV_ID is not set']);
  });

  it('is unknown when the header block was trimmed (a header bomb), even with our pass on top', () => {
    const auth = checkSenderAuth({ from: FROM, envelope: { ...env([field(GENUINE_PASS, 0)]), headerTrimmed: true }, authservIds: OURS });
    expect(auth).toMatchObject({ verdict: 'unknown', detail: expect.stringMatching(/^sender authentication unknown: the header block was over 1 MB and trimmed/) });
    // Two senders are still a failure: the trimming cannot make that better.
    const two = checkSenderAuth({
      from: FROM,
      envelope: {
        ...env(
          [field(GENUINE_PASS, 0)],
          [
            { name: 'Dana', address: FROM },
            { name: 'M', address: 'm@evil.example' },
          ],
        ),
        headerTrimmed: true,
      },
      authservIds: OURS,
    });
    expect(two.verdict).toBe('fail');
  });

  it('ignores a forged header from another server (forged only)', () => {
    const auth = check([field('mx.northwind.example; dmarc=pass header.from=northwind.example', 2)]);
    expect(auth.verdict).toBe('none');
    expect(auth.ignored).toEqual(['ignored Authentication-Results by "mx.northwind.example" claiming dmarc=pass: it was not added by our mail server']);
  });

  it('ignores a forged header bearing our id below our own (it came with the message)', () => {
    const auth = check([field('mx.seller.example; spf=none smtp.mailfrom=evil.example; dmarc=none header.from=northwind.example', 1), field(FORGED_PASS, 2)]);
    expect(auth.verdict).toBe('none');
    expect(auth.ignored).toEqual([
      'ignored Authentication-Results by "mx.seller.example" claiming dmarc=pass: it stands below our server’s own results, so it came with the message',
    ]);
  });

  it('fails when a forged pass stands right below our real fail on the same hop', () => {
    expect(check([field('mx.seller.example; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=northwind.example'), field(FORGED_PASS)])).toMatchObject({
      verdict: 'fail',
      detail: 'dmarc=fail',
    });
  });

  it('fails when results under our id on one hop contradict each other (one was forged)', () => {
    const auth = check([field('mx.seller.example; spf=none smtp.mailfrom=evil.example; dmarc=none header.from=northwind.example'), field(FORGED_PASS)]);
    expect(auth).toMatchObject({ verdict: 'fail', detail: "our server's results contradict each other (dmarc=none and dmarc=pass): one was forged" });
  });

  it('does not take a genuine pass for another domain above a forged one', () => {
    // A stranger's own server vouches for the stranger; our server's results do not pass northwind.
    const auth = check([
      field('mx.evil.example; dmarc=pass header.from=evil.example', 0),
      field('mx.seller.example; dmarc=pass header.from=evil.example', 1),
      field(FORGED_PASS, 2),
    ]);
    expect(auth.verdict).toBe('fail');
    expect(auth.detail).toBe("dmarc=pass is for evil.example, not for the sender's domain northwind.example");
    expect(auth.ignored).toHaveLength(2);
  });

  it('fails a message with two From headers, whatever its results say', () => {
    const auth = checkSenderAuth({
      from: FROM,
      envelope: env(
        [field(GENUINE_PASS)],
        [
          { name: '', address: FROM },
          { name: '', address: 'm@evil.example' },
        ],
      ),
      authservIds: OURS,
    });
    expect(auth.verdict).toBe('fail');
    expect(auth.detail).toMatch(/names 2 senders \(dana@northwind\.example, m@evil\.example\)/);
  });

  it('warns of a display name showing another address', () => {
    const auth = checkSenderAuth({ from: 'm@evil.example', envelope: env([], [{ name: 'orders@northwind.example', address: 'm@evil.example' }]), authservIds: OURS });
    expect(auth.warnings).toEqual(['the sender’s display name shows orders@northwind.example, but the mail came from m@evil.example']);
    expect(checkSenderAuth({ from: FROM, envelope: env([], [{ name: 'Dana (dana@northwind.example)', address: FROM }]), authservIds: OURS }).warnings).toEqual([]);
  });

  it('never trusts ARC results alone', () => {
    const auth = check([field('i=1; mx.seller.example; dmarc=pass header.from=northwind.example', 0, true)]);
    expect(auth.verdict).toBe('none');
    expect(auth.ignored).toEqual(['ignored ARC-Authentication-Results by "mx.seller.example" claiming dmarc=pass: ARC results are not trusted']);
  });

  it('counts several headers of our server on its own hop', () => {
    expect(check([field('mx.seller.example; dmarc=pass header.from=northwind.example'), field('mx.seller.example; dkim=fail header.d=northwind.example')]).verdict).toBe('pass');
    expect(check([field('mx.seller.example; dkim=pass header.d=other.example'), field('mx.seller.example; spf=softfail smtp.mailfrom=northwind.example')]).verdict).toBe('fail');
  });

  it('says so when there is no sender or no header of ours', () => {
    expect(checkSenderAuth({ from: null, authservIds: OURS }).detail).toBe('no sender address');
    expect(check([])).toMatchObject({ verdict: 'none', detail: 'no Authentication-Results header from our mail server (mx.seller.example)' });
  });
});
