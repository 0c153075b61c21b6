import type { DraftOrder } from '../domain/draft-order.ts';
import type { Customer } from '../domain/master-data.ts';
import type { SenderAuth } from './check-sender-auth.ts';
import { foldWords as foldText } from '../domain/fold-text.ts';
import { scoreSimilarity } from './score-similarity.ts';

// Who the buyer is in our customer master, from the sender (alone only when authenticated), a fax
// number, the buyer's name and the ship-to address. Every candidate carries its reason, so the
// review UI can say why (paperless-ngx matching: every match logs its reason).

export interface CustomerMatch {
  customerId: string | null;
  confidence: number;
  reason: string;
  reviewReasons: string[];
  /**
   * The one of reviewReasons saying only that the sender, one of the matched customer's
   * addresses, could not be authenticated (no verdict, not a failed one): not said on every draft
   * from the drop folder, whose mail never passed our server.
   */
  unverifiedSender?: string;
}

interface Candidate {
  customer: Customer;
  score: number;
  reason: string;
}

export interface CustomerEvidence {
  order: DraftOrder;
  /** The envelope sender (source.from). */
  from: string | null;
  auth: SenderAuth;
  /** Document texts, searched for a fax header. */
  texts: string[];
}

const digits = (s: string | null) => (s ?? '').replace(/\D/g, '').slice(-10);

/** Whether an address is one of the customer's, or of its mail domains: 'address', 'domain' or null. */
export function addressBelongsTo(address: string, customer: Customer): 'address' | 'domain' | null {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (customer.emails.includes(address)) return 'address';
  return customer.emailDomains.some((d) => domain === d || domain.endsWith(`.${d}`)) ? 'domain' : null;
}

function senderCandidates(address: string, customers: Customer[], trusted: boolean, label: string): Candidate[] {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return customers.flatMap((customer) => {
    const belongs = addressBelongsTo(address, customer);
    if (belongs === 'address') return [{ customer, score: trusted ? 0.98 : 0.75, reason: `${label} ${address} is listed for ${customer.customerId}` }];
    if (belongs === 'domain') return [{ customer, score: trusted ? 0.95 : 0.7, reason: `${label} domain ${domain} belongs to ${customer.customerId}` }];
    return [];
  });
}

function faxNumbers(texts: string[]): string[] {
  const head = texts.map((t) => t.split('\n').slice(0, 6).join('\n')).join('\n');
  // Digits with single separators, so the date and page number that follow on a fax line stay out.
  return [...head.matchAll(/\b(?:fax|from|tel|von|de)\b[^\d+(\n]{0,12}(\+?\(?\d(?:[ .()-]{0,2}\d){6,14})/gi)].map((m) => digits(m[1])).filter((d) => d.length >= 7);
}

function phoneCandidates(evidence: CustomerEvidence, customers: Customer[]): Candidate[] {
  const faxes = faxNumbers(evidence.texts);
  const phone = digits(evidence.order.buyer.phone);
  return customers.flatMap((customer) => {
    const numbers = [digits(customer.fax), digits(customer.phone)].filter((d) => d.length >= 7);
    const fax = faxes.find((f) => numbers.includes(f));
    if (fax) return [{ customer, score: 0.9, reason: `fax header number ${fax} belongs to ${customer.customerId}` }];
    if (phone.length >= 7 && numbers.includes(phone)) return [{ customer, score: 0.8, reason: `buyer phone belongs to ${customer.customerId}` }];
    return [];
  });
}

function nameCandidates(order: DraftOrder, customers: Customer[]): Candidate[] {
  const names = [order.buyer.company, order.shipTo?.name, order.billTo?.name].filter((n): n is string => Boolean(n));
  if (names.length === 0) return [];
  const postal = foldText(order.shipTo?.postalCode ?? '');
  const city = foldText(order.shipTo?.city ?? '');
  return customers.flatMap((customer) => {
    const similarity = Math.max(...names.map((n) => scoreSimilarity(n, customer.name)), ...names.map((n) => (foldText(n).startsWith(foldText(customer.name)) ? 0.95 : 0)));
    if (similarity < 0.75) return [];
    const place = (postal && postal === foldText(customer.shipTo.postalCode ?? '')) || (city && city === foldText(customer.shipTo.city ?? ''));
    const score = Math.min(0.92, similarity * (place ? 0.97 : 0.85));
    return [
      { customer, score, reason: `buyer name matches ${customer.customerId} "${customer.name}" (${similarity.toFixed(2)})${place ? ' and so does the ship-to address' : ''}` },
    ];
  });
}

/** An identifier of the master ("duns:123", "x12:zz:acme", "edi:acme" for any scheme) that names a stated one. */
export function isSameParty(listed: string, id: { scheme: string; value: string }): boolean {
  const at = listed.lastIndexOf(':');
  const scheme = at < 0 ? '' : listed.slice(0, at);
  const value = at < 0 ? listed : listed.slice(at + 1);
  if (value !== id.value.trim().toLowerCase()) return false;
  return scheme === '' || scheme === 'edi' || scheme === 'id' || id.scheme.toLowerCase() === scheme || id.scheme.toLowerCase().startsWith(`${scheme}:`);
}

/** A structured order names its buyer by identifiers (DUNS, GLN, EDI and network ids) the master lists. */
function idCandidates(order: DraftOrder, customers: Customer[]): Candidate[] {
  const ids = order.structured?.buyerIds ?? [];
  return customers.flatMap((customer) => {
    const id = ids.find((i) => (customer.partyIds ?? []).some((listed) => isSameParty(listed, i)));
    return id ? [{ customer, score: 0.97, reason: `buyer id ${id.scheme}:${id.value} is listed for ${customer.customerId}` }] : [];
  });
}

function best(candidates: Candidate[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const c of candidates) {
    const seen = byId.get(c.customer.customerId);
    // Two independent pieces of evidence for the same customer make it surer than either.
    if (!seen) byId.set(c.customer.customerId, c);
    else byId.set(c.customer.customerId, { customer: c.customer, score: Math.min(0.99, Math.max(seen.score, c.score) + 0.04), reason: `${seen.reason}; ${c.reason}` });
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

export function matchCustomer(evidence: CustomerEvidence, customers: Customer[]): CustomerMatch {
  const { auth, from, order } = evidence;
  const reviewReasons: string[] = [...auth.ignored, ...auth.warnings];
  const trusted = auth.verdict === 'pass';
  if (auth.verdict === 'fail') reviewReasons.push(`sender failed authentication (${auth.detail}): the sender address was not used to find the customer`);
  const fromSender = from && auth.verdict !== 'fail' ? senderCandidates(from, customers, trusted, 'sender') : [];
  const contact = order.buyer.email && order.buyer.email !== from ? senderCandidates(order.buyer.email, customers, false, 'buyer e-mail') : [];
  const byId = idCandidates(order, customers);
  const stated = order.structured?.buyerIds ?? [];
  if (stated.length > 0 && byId.length === 0 && customers.length > 0) {
    reviewReasons.push(`unknown buyer id: ${stated.map((i) => `${i.scheme}:${i.value}`).join(', ')} not in the customer master`);
  }
  const others = [...byId, ...contact, ...phoneCandidates(evidence, customers), ...nameCandidates(order, customers)];
  // An address anyone can write into From finds no customer alone: unauthenticated, it only
  // backs up what the document itself says.
  const corroborated = new Set(others.map((c) => c.customer.customerId));
  const bySender = trusted ? fromSender : fromSender.filter((c) => corroborated.has(c.customer.customerId));
  let unverifiedSender: string | undefined;
  if (!trusted && fromSender.length > 0) {
    const named = fromSender.map((c) => c.customer.customerId).join(', ');
    if (bySender.length > 0) reviewReasons.push((unverifiedSender = `sender ${from} could not be authenticated (${auth.detail})`));
    else reviewReasons.push(`sender ${from} is listed for ${named} but could not be authenticated (${auth.detail}): no customer is matched by the sender address alone`);
  }
  const ranked = best([...bySender, ...others]);
  const [first, second] = ranked;
  if (!first) {
    reviewReasons.push(`unknown customer: no customer matches sender ${from ?? '(none)'} or buyer "${order.buyer.company ?? '(none)'}"`);
    return { customerId: null, confidence: 0, reason: 'no match', reviewReasons };
  }
  if (second && first.score - second.score < 0.05)
    reviewReasons.push(`customer ambiguous: ${first.customer.customerId} (${first.reason}) or ${second.customer.customerId} (${second.reason})`);
  const unverified = unverifiedSender && bySender.some((c) => c.customer.customerId === first.customer.customerId) ? { unverifiedSender } : {};
  return { customerId: first.customer.customerId, confidence: Math.round(first.score * 100) / 100, reason: first.reason, reviewReasons, ...unverified };
}
