import type { Kysely, Transaction } from 'kysely';
import type { DraftOrder } from '../domain/draft-order.ts';
import type { CrossRef } from '../domain/master-data.ts';
import { addEvent } from './message-ledger.ts';
import { emptyReport, type ImportReport } from './import-report.ts';
import type { Database } from './schema.ts';

// Customers' part numbers to ours: imported from XREF_FILE, or learned when a rep approves a draft
// whose line maps a customer part number to one of our SKUs. A mapping is never silently
// overwritten: a different SKU for a known part number is kept as a proposal beside it.

export interface StoredXref extends CrossRef {
  proposedSku: string | null;
  proposedBy: string | null;
  proposedAt: string | null;
}

type Db = Kysely<Database> | Transaction<Database>;

function toXref(r: Database['customer_xrefs']): StoredXref {
  return {
    customerId: r.customer_id,
    customerSku: r.customer_sku,
    sku: r.sku,
    unitFactor: Number(r.unit_factor),
    origin: r.origin,
    createdBy: r.created_by,
    createdAt: r.created_at,
    proposedSku: r.proposed_sku,
    proposedBy: r.proposed_by,
    proposedAt: r.proposed_at,
  };
}

export async function fetchXrefs(db: Db, customerId?: string): Promise<StoredXref[]> {
  let query = db.selectFrom('customer_xrefs').selectAll().orderBy('customer_id').orderBy('customer_sku');
  if (customerId) query = query.where('customer_id', '=', customerId);
  return (await query.execute()).map(toXref);
}

export async function saveXrefs(db: Kysely<Database>, xrefs: CrossRef[]): Promise<ImportReport> {
  const report = emptyReport();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const stored = new Map((await fetchXrefs(trx)).map((x) => [`${x.customerId}/${x.customerSku}`, x]));
    for (const [i, x] of xrefs.entries()) {
      const key = x.customerSku.toUpperCase();
      const before = stored.get(`${x.customerId}/${key}`);
      if (!before) {
        await trx
          .insertInto('customer_xrefs')
          .values({ customer_id: x.customerId, customer_sku: key, sku: x.sku, unit_factor: x.unitFactor, origin: 'import', created_by: 'import', created_at: now, updated_at: now })
          .execute();
        report.added += 1;
      } else if (before.sku === x.sku && before.unitFactor === x.unitFactor) report.unchanged += 1;
      else if (before.origin === 'learned' && before.sku !== x.sku) {
        report.rejected.push({
          row: i + 1,
          reason: `${x.customerId} ${x.customerSku}: the file says ${x.sku} but ${before.createdBy ?? 'a rep'} mapped it to ${before.sku}; change it in the UI`,
        });
      } else {
        await trx
          .updateTable('customer_xrefs')
          .set({ sku: x.sku, unit_factor: x.unitFactor, updated_at: now })
          .where('customer_id', '=', x.customerId)
          .where('customer_sku', '=', key)
          .execute();
        report.changed += 1;
      }
    }
  });
  return report;
}

export interface LearnedMapping {
  customerSku: string;
  sku: string;
  outcome: 'added' | 'known' | 'conflict';
  /** The SKU already mapped, for a conflict. */
  existingSku?: string;
}

/**
 * Called in the approval's transaction: every line that carries the customer's part number and a
 * catalogue SKU other than that part number becomes (or confirms) a cross-reference.
 */
export async function learnXrefs(trx: Transaction<Database>, order: DraftOrder, actor: string): Promise<LearnedMapping[]> {
  const customerId = order.buyer.customerId;
  if (!customerId) return [];
  const now = new Date().toISOString();
  const learned: LearnedMapping[] = [];
  for (const line of order.lines) {
    const customerSku = withoutLineNo(line.sku?.trim().toUpperCase(), line.lineNo);
    if (!customerSku || !line.catalogSku || customerSku === line.catalogSku.toUpperCase()) continue;
    const sku = line.catalogSku.toUpperCase();
    // No junk learned: a mapping only to an item the catalogue has.
    if (!(await trx.selectFrom('catalog_items').select('sku').where('sku', '=', line.catalogSku.trim()).executeTakeFirst())) continue;
    const existing = await trx.selectFrom('customer_xrefs').selectAll().where('customer_id', '=', customerId).where('customer_sku', '=', customerSku).executeTakeFirst();
    if (!existing) {
      const unitFactor = line.match?.method === 'xref' ? line.match.unitFactor : 1;
      await trx
        .insertInto('customer_xrefs')
        .values({ customer_id: customerId, customer_sku: customerSku, sku, unit_factor: unitFactor, origin: 'learned', created_by: actor, created_at: now, updated_at: now })
        .execute();
      learned.push({ customerSku, sku, outcome: 'added' });
    } else if (existing.sku === sku) learned.push({ customerSku, sku, outcome: 'known' });
    else {
      await trx
        .updateTable('customer_xrefs')
        .set({ proposed_sku: sku, proposed_by: actor, proposed_at: now })
        .where('customer_id', '=', customerId)
        .where('customer_sku', '=', customerSku)
        .execute();
      learned.push({ customerSku, sku, outcome: 'conflict', existingSku: existing.sku });
    }
  }
  return learned;
}

/** A rep's edit in the UI: sets the mapping (clearing any proposal) and records who and when. */
export async function setXref(db: Kysely<Database>, x: { customerId: string; customerSku: string; sku: string; unitFactor: number }, actor: string): Promise<void> {
  const now = new Date().toISOString();
  const key = x.customerSku.trim().toUpperCase();
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('customer_xrefs').select('customer_id').where('customer_id', '=', x.customerId).where('customer_sku', '=', key).executeTakeFirst();
    // Who set the mapping as it now stands, and when: the rep who edited it.
    const values = {
      sku: x.sku.trim().toUpperCase(),
      unit_factor: x.unitFactor,
      origin: 'learned' as const,
      created_by: actor,
      created_at: now,
      updated_at: now,
      proposed_sku: null,
      proposed_by: null,
      proposed_at: null,
    };
    if (existing) await trx.updateTable('customer_xrefs').set(values).where('customer_id', '=', x.customerId).where('customer_sku', '=', key).execute();
    else
      await trx
        .insertInto('customer_xrefs')
        .values({ ...values, customer_id: x.customerId, customer_sku: key })
        .execute();
  });
}

/** A rep's delete in the UI (a mapping learned wrong); the next approval may learn it again. */
export async function deleteXref(db: Kysely<Database>, x: { customerId: string; customerSku: string }, actor: string): Promise<boolean> {
  const key = x.customerSku.trim().toUpperCase();
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('customer_xrefs').select(['sku', 'origin']).where('customer_id', '=', x.customerId).where('customer_sku', '=', key).executeTakeFirst();
    if (!row) return false;
    await trx.deleteFrom('customer_xrefs').where('customer_id', '=', x.customerId).where('customer_sku', '=', key).execute();
    await addEvent(trx, { kind: 'xref-deleted', actor, detail: { customerId: x.customerId, customerSku: key, sku: row.sku, origin: row.origin } });
    return true;
  });
}

/** A line number is never part of an item number: "10 NW-1" on line 10 is part NW-1. */
function withoutLineNo(sku: string | undefined, lineNo: number | null): string | undefined {
  const m = sku?.match(/^0*(\d+)\s+(\S.*)$/);
  return m && lineNo !== null && Number(m[1]) === lineNo ? m[2] : sku;
}
