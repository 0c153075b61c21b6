import { describe, expect, it } from 'vitest';
import { checkSenderAuth } from './check-sender-auth.ts';

const ar = (value: string) => ({ 'Authentication-Results': value });

describe('checkSenderAuth', () => {
  it('trusts dmarc=pass and aligned dkim or spf', () => {
    expect(checkSenderAuth('a@n.example', ar('mx; dmarc=pass header.from=n.example')).verdict).toBe('pass');
    expect(checkSenderAuth('a@n.example', ar('mx; dkim=pass header.d=mail.n.example')).verdict).toBe('pass');
    expect(checkSenderAuth('a@n.example', ar('mx; spf=pass smtp.mailfrom=bounce@n.example')).verdict).toBe('pass');
  });

  it('does not trust a signature of another domain', () => {
    expect(checkSenderAuth('a@n.example', ar('mx; dkim=pass header.d=evil.example')).verdict).toBe('none');
  });

  it('fails on dmarc=fail or a failed check', () => {
    expect(checkSenderAuth('a@n.example', ar('mx; dmarc=fail header.from=n.example'))).toEqual({ verdict: 'fail', detail: 'dmarc=fail' });
    expect(checkSenderAuth('a@n.example', ar('mx; spf=softfail smtp.mailfrom=n.example')).verdict).toBe('fail');
  });

  it('reads only the topmost header, the one our server added', () => {
    expect(checkSenderAuth('a@n.example', ar('mx; dmarc=fail\nforged; dmarc=pass')).verdict).toBe('fail');
    expect(checkSenderAuth('a@n.example', undefined)).toEqual({ verdict: 'none', detail: 'no Authentication-Results header' });
  });
});
