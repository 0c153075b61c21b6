import type { AuthResultsField, SenderEnvelope } from '../domain/layout.ts';
import { parseAuthResults, type MethodResult } from './parse-auth-results.ts';

// Whether the From address may be trusted (RFC 8601). A sender can write any header it likes,
// so only the results our own border mail server added count: those bearing its authserv-id
// (setting AUTHSERV_ID), topmost, added on its own hop. Every other header is ignored, and the
// ones that claim a pass are named for the reviewer, since a forged pass is a sign of intent.
// Without AUTHSERV_ID nothing can be trusted and the verdict is "unknown".

export interface SenderAuth {
  /** pass: our server authenticated the From domain; unknown: AUTHSERV_ID is not set. */
  verdict: 'pass' | 'fail' | 'none' | 'unknown';
  detail: string;
  /** Headers not counted although they claim a pass, each described in words. */
  ignored: string[];
  /** Other warning signs in the From header (a display name showing another address). */
  warnings: string[];
}

export interface SenderAuthInput {
  /** The sender address the draft was read with (source.from). */
  from: string | null;
  envelope?: SenderEnvelope;
  /** The authserv-id(s) of our border mail server (setting AUTHSERV_ID), lower case. */
  authservIds: string[];
}

interface Reading {
  field: AuthResultsField;
  authservId: string | null;
  results: MethodResult[];
}

const FAILED = new Set(['fail', 'softfail', 'permerror', 'reject', 'quarantine']);

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** "sub.example.com" is aligned with "example.com" (relaxed alignment, RFC 7489 3.1). */
function aligned(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/^.*@/, '');
  const y = b.toLowerCase().replace(/^.*@/, '');
  return x !== '' && (x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`));
}

export function checkSenderAuth(input: SenderAuthInput): SenderAuth {
  const { from, envelope } = input;
  const warnings = from ? displayNameWarnings(from, envelope) : [];
  const readings = (envelope?.authResults ?? []).map(toReading);
  const counted = ourHeaders(readings, input.authservIds);
  const ignored = readings.filter((r) => !counted.includes(r)).flatMap((r) => describeIgnored(r, input.authservIds));
  const verdict = (v: SenderAuth['verdict'], detail: string): SenderAuth => ({ verdict: v, detail, ignored, warnings });
  if (!from) return verdict('none', 'no sender address');
  const senders = new Set((envelope?.senders ?? []).map((s) => s.address));
  if (senders.size > 1) return verdict('fail', `the message names ${senders.size} senders (${[...senders].join(', ')}): which one sent it cannot be told`);
  if (input.authservIds.length === 0) return verdict('unknown', 'sender authentication unknown: AUTHSERV_ID (our border mail server) is not set');
  // Header lines were dropped from a header bomb: an Authentication-Results header may now stand
  // topmost, or on our server's hop, where it did not. None is counted.
  if (envelope?.headerTrimmed)
    return verdict('unknown', 'sender authentication unknown: the header block was over 1 MB and trimmed, so which Authentication-Results our server added cannot be told');
  if (counted.length === 0) return verdict('none', `no Authentication-Results header from our mail server (${input.authservIds.join(', ')})`);
  const [result, detail] = judge(
    counted.flatMap((r) => r.results),
    domainOf(from),
  );
  return verdict(result, detail);
}

function toReading(field: AuthResultsField): Reading {
  // ARC-Authentication-Results starts with the instance tag: "i=1; mx.example; ..."
  const parsed = parseAuthResults(field.arc ? field.value.replace(/^\s*i\s*=\s*\d+\s*;/i, '') : field.value);
  return { field, authservId: parsed?.authservId ?? null, results: parsed?.results ?? [] };
}

/** The topmost header with our id, and those right below it on the same hop (several filters of one server). */
function ourHeaders(readings: Reading[], ids: string[]): Reading[] {
  const ours = (r: Reading) => !r.field.arc && r.authservId !== null && ids.includes(r.authservId);
  const start = readings.findIndex(ours);
  if (start < 0) return [];
  const run: Reading[] = [];
  for (const r of readings.slice(start).filter((x) => !x.field.arc)) {
    if (!ours(r) || r.field.hop !== readings[start].field.hop) break;
    run.push(r);
  }
  return run;
}

/** DMARC where our server evaluated it; else an aligned DKIM or SPF pass; a contradiction fails. */
function judge(results: MethodResult[], fromDomain: string): ['pass' | 'fail' | 'none', string] {
  const dmarc = results.filter((r) => r.method === 'dmarc');
  const dmarcFail = dmarc.find((r) => FAILED.has(r.result));
  if (dmarcFail) return ['fail', `dmarc=${dmarcFail.result}`];
  // A server evaluates DMARC and SPF once per message (DKIM once per signature): two different
  // answers under our id mean one of them came with the message.
  for (const method of ['dmarc', 'spf']) {
    const answers = [...new Set(results.filter((r) => r.method === method).map((r) => r.result))];
    if (answers.length > 1) return ['fail', `our server's results contradict each other (${answers.map((a) => `${method}=${a}`).join(' and ')}): one was forged`];
  }
  const dmarcPass = dmarc.filter((r) => r.result === 'pass');
  const foreign = dmarcPass.find((r) => (r.props['header.from'] ?? '').toLowerCase() !== fromDomain);
  if (foreign) return ['fail', `dmarc=pass is for ${foreign.props['header.from'] ?? 'an unnamed domain'}, not for the sender's domain ${fromDomain}`];
  if (dmarcPass.length > 0) return ['pass', `dmarc=pass for ${fromDomain}`];
  const dkim = results.find((r) => r.method === 'dkim' && r.result === 'pass' && aligned(r.props['header.d'] ?? r.props['header.i'] ?? '', fromDomain));
  if (dkim) return ['pass', `dkim=pass for ${fromDomain}`];
  const spf = results.find((r) => r.method === 'spf' && r.result === 'pass' && aligned(r.props['smtp.mailfrom'] ?? '', fromDomain));
  if (spf) return ['pass', `spf=pass for ${fromDomain}`];
  const failed = results.find((r) => ['dkim', 'spf'].includes(r.method) && FAILED.has(r.result));
  if (failed) return ['fail', `${failed.method}=${failed.result}`];
  return ['none', 'no passing check aligned with the sender domain'];
}

function describeIgnored(r: Reading, ids: string[]): string[] {
  const passes = r.results.filter((x) => x.result === 'pass').map((x) => `${x.method}=pass`);
  if (passes.length === 0) return [];
  const claim = [...new Set(passes)].join(', ');
  const kind = r.field.arc ? 'ARC-Authentication-Results' : 'Authentication-Results';
  const by = r.authservId ? `"${r.authservId}"` : 'no named server';
  const why = r.field.arc
    ? 'ARC results are not trusted'
    : r.authservId && ids.includes(r.authservId)
      ? 'it stands below our server’s own results, so it came with the message'
      : ids.length === 0
        ? 'AUTHSERV_ID is not set'
        : 'it was not added by our mail server';
  return [`ignored ${kind} by ${by} claiming ${claim}: ${why}`];
}

/** A display name that is itself an address other than the sender's ("orders@customer" <x@evil>). */
function displayNameWarnings(from: string, envelope: SenderEnvelope | undefined): string[] {
  const sender = envelope?.senders.find((s) => s.address === from);
  const shown = sender?.name.match(/[^\s<>"'()@]+@[^\s<>"'()@]+\.[a-z]{2,}/gi) ?? [];
  const other = shown.find((a) => a.toLowerCase() !== from);
  return other ? [`the sender’s display name shows ${other.toLowerCase()}, but the mail came from ${from}`] : [];
}
