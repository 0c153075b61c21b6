import type { DraftOrder, ExtractionResult, OrderLine } from '../domain/draft-order.ts';
import { finding, type Finding } from '../domain/findings.ts';
import type { SenderEnvelope } from '../domain/layout.ts';
import { withFindings } from '../domain/review-draft.ts';
import type { Customer, MasterData, MatchPolicy } from '../domain/master-data.ts';
import { checkLineStockPrice } from './check-line-stock-price.ts';
import { checkSenderAuth, type SenderAuth } from './check-sender-auth.ts';
import { checkStraightThrough } from './check-straight-through.ts';
import { hashOrderContent } from './hash-order-content.ts';
import { addressBelongsTo, matchCustomer } from './match-customer.ts';
import { matchLine, toLineCatalog, type LineCatalog } from './match-line.ts';

// The matching step after extraction: the buyer to a customer, each line to a catalogue item,
// price and stock checks, and the straight-through gate. Pure: the master data comes in loaded.

export interface MatchContext {
  master: MasterData;
  policy: MatchPolicy;
  /** Emails: the From mailboxes and authentication headers of the input. */
  envelope?: SenderEnvelope;
  /** Texts of the documents read, searched for a fax header. */
  texts: string[];
}

interface Matched {
  lines: OrderLine[];
  findings: Finding[];
}

/** The code of the finding that an emailed order's sender could not be authenticated at all. */
export const SENDER_UNVERIFIED = 'sender-unverified';

const matchFinding = (rule: string, message: string, field: string | null = null): Finding => finding('match', rule, 'match', 'warn', message, field);

function matchLines(order: DraftOrder, customer: Customer | null, catalog: LineCatalog, context: MatchContext): Matched {
  const xrefs = customer ? context.master.xrefs.filter((x) => x.customerId === customer.customerId) : [];
  const found: Finding[] = [];
  const lines = order.lines.map((line, i) => {
    const m = matchLine(line, i, catalog, xrefs);
    const name = `line ${line.lineNo ?? i + 1}`;
    const check = checkLineStockPrice(line, name, m, { customer, currency: order.currency, tolerancePercent: context.policy.priceTolerancePercent });
    if (m.problem) found.push(matchFinding('catalogue', m.problem, `lines.${i}.catalogSku`));
    found.push(...check.problems.map((p) => matchFinding('price-stock', p, `lines.${i}`)));
    const match = {
      method: m.method,
      score: m.score,
      reason: m.reason,
      unitFactor: m.unitFactor,
      catalogQuantity: m.item ? Math.round(line.quantity * m.unitFactor * 1000) / 1000 : null,
      catalogUnit: m.item?.unit ?? null,
      expectedUnitPrice: check.expectedUnitPrice,
      priceDifferencePercent: check.priceDifferencePercent,
      backorder: check.backorder,
      warnings: check.warnings,
    };
    return { ...line, catalogSku: m.catalogSku, match };
  });
  return { lines, findings: found };
}

const NOT_AN_EMAIL: SenderAuth = { verdict: 'none', detail: 'not an email', ignored: [], warnings: [] };

function matchOrder(order: DraftOrder, auth: SenderAuth | null, from: string | null, catalog: LineCatalog, context: MatchContext): DraftOrder {
  const found = matchCustomer({ order, from, auth: auth ?? NOT_AN_EMAIL, texts: context.texts }, context.master.customers);
  const customer = context.master.customers.find((c) => c.customerId === found.customerId) ?? null;
  const { lines, findings: lineFindings } = matchLines(order, customer, catalog, context);
  const matched: DraftOrder = { ...order, buyer: { ...order.buyer, customerId: found.customerId }, lines };
  const gate = checkStraightThrough(matched, customer, found.confidence, context.policy);
  const added = [
    ...found.reviewReasons.map((r) =>
      // Unverified, not forged: no authentication header at all (see checkSenderVouches).
      r === found.unverifiedSender && !auth?.ignored.length
        ? finding('match', 'customer', SENDER_UNVERIFIED, 'warn', r, 'buyer.customerId')
        : matchFinding('customer', r, 'buyer.customerId'),
    ),
    ...lineFindings,
    ...gate.map((r) => matchFinding('straight-through', r)),
    ...checkSenderVouches(auth, from, customer),
  ];
  const matching = { customerConfidence: found.confidence, customerReason: found.reason, contentHash: hashOrderContent(matched), duplicateOf: null, revisionOf: null, changes: [] };
  return withFindings({ ...matched, matching }, added);
}

/**
 * An emailed order skips review only when our mail server authenticated its sender and the sender
 * is one of the customer's own addresses: whatever else the mail says, anyone can write it.
 */
function checkSenderVouches(auth: SenderAuth | null, from: string | null, customer: Customer | null): Finding[] {
  if (!auth || !customer?.autoApprove) return [];
  const belongs = from !== null && addressBelongsTo(from, customer);
  if (auth.verdict === 'pass' && belongs) return [];
  const why = !belongs ? `${from ?? 'no sender'} is not an address of ${customer.customerId}` : auth.detail;
  const reason = `not approved automatically: an emailed order skips review only from an authenticated address of the customer (${why})`;
  // The customer's own address with no verdict at all (no header of our server, or AUTHSERV_ID
  // unset) is `sender-unverified`: mail from the drop folder never passed our mail server, and
  // the pipeline knows where a message came from (pipeline/gate-straight-through.ts). A failed
  // verdict, an address not the customer's, or authentication headers that were there but set
  // aside as untrusted (a forged "pass" below our own, one from another server) hold the draft
  // wherever it came from: only mail that carries no authentication header at all is unverified.
  const unverified = belongs && (auth.verdict === 'none' || auth.verdict === 'unknown') && auth.ignored.length === 0;
  return [finding('match', 'sender-auth', unverified ? SENDER_UNVERIFIED : 'match', 'warn', reason, 'buyer.email')];
}

/** The catalogue's lookup index, built once per catalogue (the extractor keeps one per master data version). */
const indexes = new WeakMap<MasterData['catalog'], LineCatalog>();
function catalogIndex(items: MasterData['catalog']): LineCatalog {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = toLineCatalog(items)));
  return index;
}

export function matchOrders(result: ExtractionResult, context: MatchContext): ExtractionResult {
  if (result.orders.length === 0) return result;
  const auth = result.source.kind === 'email' ? checkSenderAuth({ from: result.source.from, envelope: context.envelope, authservIds: context.policy.authservIds }) : null;
  const catalog = catalogIndex(context.master.catalog);
  return { ...result, orders: result.orders.map((o) => matchOrder(o, auth, result.source.from, catalog, context)) };
}
