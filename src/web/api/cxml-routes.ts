import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Customer } from '../../domain/master-data.ts';
import type { PartyId } from '../../domain/structured-order.ts';
import { readCustomerJson } from '../../store/parse-row.ts';
import type { Database } from '../../store/schema.ts';
import { isSameParty } from '../../matching/match-customer.ts';
import { readStructured } from '../../structured/read-structured.ts';
import type { AppEnv } from '../app-env.ts';
import type { Intake } from '../originals.ts';

// POST /api/cxml: a buying platform (Ariba, Coupa ...) posts a cXML OrderRequest. The sender is
// known by its credential and SharedSecret, checked against the customer master (party_ids,
// cxml_shared_secret), never by a bearer token; the answer is a cXML Response whose Status code
// (cXML 1.2 status codes) is also the HTTP status. A platform retries on 5xx; a repeated
// payloadID is the same ledger key, so a retry never makes a second draft.

const MAX_BYTES = 5 * 1024 * 1024;
const HTTP_STATUS: Record<number, 200 | 400 | 401 | 403 | 406 | 413 | 500 | 503> = { 200: 200, 400: 400, 401: 401, 403: 403, 406: 406, 413: 413, 500: 500, 560: 503 };

export function cxmlRoutes(db: Kysely<Database>, intake?: Intake): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const answer = (code: number, text: string, message: string) =>
      c.body(toResponse(code, text, message), HTTP_STATUS[code] ?? 500, { 'content-type': 'text/xml; charset=utf-8' });
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_BYTES) return answer(413, 'Request Entity Too Large', `cXML over ${MAX_BYTES / 1024 / 1024} MB is not taken`);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length > MAX_BYTES) return answer(413, 'Request Entity Too Large', `cXML over ${MAX_BYTES / 1024 / 1024} MB is not taken`);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    let reading;
    try {
      reading = readStructured(text);
    } catch (err) {
      return answer(400, 'Bad Request', (err as Error).message.split('\n')[0]);
    }
    if (!reading?.sender || reading.orders[0]?.format !== 'cxml') return answer(400, 'Bad Request', 'not a cXML document');
    const payloadId = reading.payloadId ?? null;
    const customer = await findSender(db, reading.sender.ids);
    if (!customer)
      return answer(401, 'Unauthorized', `sender ${reading.sender.ids.map((i) => `${i.scheme}:${i.value}`).join(', ') || '(no credential)'} is not in the customer master`);
    if (!customer.cxmlSharedSecret || !reading.sender.sharedSecret || !sameSecret(customer.cxmlSharedSecret, reading.sender.sharedSecret)) {
      return answer(401, 'Unauthorized', 'SharedSecret does not match the customer master');
    }
    const order = reading.orders[0]!;
    if (order.notOrder) return answer(406, 'Not Acceptable', `${order.documentType}: ${order.notOrder}`);
    if (!intake) return answer(500, 'Internal Server Error', 'this server does not take orders over HTTP (run po-inbox serve or run)');
    const key = payloadId ?? (await digest(bytes));
    const result = await intake({ sourceKey: `cxml:${customer.customerId}:${key}`, name: `cxml-${order.poNumber ?? 'order'}.xml`, bytes });
    switch (result.outcome) {
      case 'drafts':
        return answer(200, 'OK', `order ${order.poNumber ?? ''} received`.replace('  ', ' '));
      case 'duplicate':
        return answer(200, 'OK', `order ${order.poNumber ?? ''} was received before`.replace('  ', ' '));
      case 'not-order':
        return answer(406, 'Not Acceptable', 'no order in the request');
      case 'failed':
        return answer(400, 'Bad Request', result.error);
      case 'busy':
        return answer(560, 'Temporary server error', 'the order is being read; send it again later');
    }
  });
  return app;
}

async function findSender(db: Kysely<Database>, ids: PartyId[]): Promise<Customer | null> {
  if (ids.length === 0) return null;
  const rows = await db.selectFrom('customers').select(['customer_id', 'record_json']).execute();
  return rows.map(readCustomerJson).find((c) => ids.some((id) => (c.partyIds ?? []).some((listed) => isSameParty(listed, id)))) ?? null;
}

/** Compares in time that does not depend on where the strings first differ. */
function sameSecret(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

async function digest(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/** A cXML Response: the Status code and text, the message as its content. */
export function toResponse(code: number, text: string, message: string): string {
  const now = new Date().toISOString();
  const id = `${Date.now()}.${Math.random().toString(36).slice(2, 10)}@po-inbox`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">',
    `<cXML payloadID="${escapeXml(id)}" timestamp="${now}">`,
    `  <Response><Status code="${code}" text="${escapeXml(text)}">${escapeXml(message)}</Status></Response>`,
    '</cXML>',
    '',
  ].join('\n');
}
