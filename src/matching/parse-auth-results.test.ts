import { describe, expect, it } from 'vitest';
import { parseAuthResults } from './parse-auth-results.ts';

describe('parseAuthResults', () => {
  it('reads the authserv-id and each method, result and property', () => {
    expect(
      parseAuthResults(
        'mx.google.com; dkim=pass header.i=@northwind.example header.s=s1 header.b=abc; spf=pass (google.com: domain of a@northwind.example designates 1.2.3.4 as permitted sender) smtp.mailfrom=a@northwind.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northwind.example',
      ),
    ).toEqual({
      authservId: 'mx.google.com',
      results: [
        { method: 'dkim', result: 'pass', props: { 'header.i': '@northwind.example', 'header.s': 's1', 'header.b': 'abc' } },
        { method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'a@northwind.example' } },
        { method: 'dmarc', result: 'pass', props: { 'header.from': 'northwind.example' } },
      ],
    });
  });

  it('takes a version after the id, quoted values, spaces around "=", and reason=', () => {
    expect(parseAuthResults('MX.Example.COM 1; spf = fail reason="ip not permitted; see policy" smtp.mailfrom="x@evil.example"')).toEqual({
      authservId: 'mx.example.com',
      results: [{ method: 'spf', result: 'fail', props: { 'smtp.mailfrom': 'x@evil.example' } }],
    });
  });

  it('does not take a comment for a result', () => {
    expect(parseAuthResults('mx.example.com (dmarc=pass header.from=northwind.example); spf=none')?.results).toEqual([{ method: 'spf', result: 'none', props: {} }]);
  });

  it('reads "none" as no results, and refuses a header with no authserv-id', () => {
    expect(parseAuthResults('mx.example.com; none')).toEqual({ authservId: 'mx.example.com', results: [] });
    expect(parseAuthResults('spf=pass smtp.mailfrom=contoso.com; dmarc=pass header.from=contoso.com')).toBeNull();
    expect(parseAuthResults('')).toBeNull();
  });

  it('refuses a value too long for a mail server to have written', () => {
    expect(parseAuthResults(`mx.example.com; ${'dkim=pass header.d=a.example; '.repeat(1000)}`)).toBeNull();
  });
});
