// Whether the From address may be trusted, read from the receiving server's Authentication-Results
// (RFC 8601). Only the topmost header counts: it is the one our own server added; any below it
// came with the message and can be forged by the sender.

export interface SenderAuth {
  verdict: 'pass' | 'fail' | 'none';
  detail: string;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** "sub.example.com" is aligned with "example.com" (relaxed alignment, RFC 7489 3.1). */
function aligned(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/^@/, '');
  const y = b.toLowerCase().replace(/^@/, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

function results(header: string): { method: string; result: string; props: Record<string, string> }[] {
  return header
    .split(';')
    .slice(1)
    .map((part) => {
      const m = part.trim().match(/^([a-z-]+)\s*=\s*([a-z]+)(.*)$/i);
      if (!m) return null;
      const props = Object.fromEntries([...m[3].matchAll(/([a-z]+\.[a-z-]+)\s*=\s*"?([^\s";]+)"?/gi)].map((p) => [p[1].toLowerCase(), p[2].replace(/^.*@/, '')]));
      return { method: m[1].toLowerCase(), result: m[2].toLowerCase(), props };
    })
    .filter((r) => r !== null);
}

export function checkSenderAuth(from: string | null, headers: Record<string, string> | undefined): SenderAuth {
  const header = headers?.['Authentication-Results']?.split('\n')[0];
  if (!from) return { verdict: 'none', detail: 'no sender address' };
  if (!header) return { verdict: 'none', detail: 'no Authentication-Results header' };
  const fromDomain = domainOf(from);
  const found = results(header);
  const dmarc = found.find((r) => r.method === 'dmarc');
  if (dmarc?.result === 'pass') return { verdict: 'pass', detail: 'dmarc=pass' };
  if (dmarc && ['fail', 'reject', 'quarantine'].includes(dmarc.result)) return { verdict: 'fail', detail: `dmarc=${dmarc.result}` };
  const dkim = found.find((r) => r.method === 'dkim' && r.result === 'pass' && aligned(r.props['header.d'] ?? r.props['header.i'] ?? '', fromDomain));
  if (dkim) return { verdict: 'pass', detail: `dkim=pass for ${fromDomain}` };
  const spf = found.find((r) => r.method === 'spf' && r.result === 'pass' && aligned(r.props['smtp.mailfrom'] ?? '', fromDomain));
  if (spf) return { verdict: 'pass', detail: `spf=pass for ${fromDomain}` };
  const failed = found.find((r) => ['dkim', 'spf'].includes(r.method) && ['fail', 'softfail', 'permerror'].includes(r.result));
  if (failed) return { verdict: 'fail', detail: `${failed.method}=${failed.result}` };
  return { verdict: 'none', detail: 'no passing check aligned with the sender domain' };
}
