import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { layoutModelSchema, type LayoutModel, type LearnedLayout } from '../domain/learned-layout.ts';
import { addEvent } from './message-ledger.ts';
import type { Database, LayoutsTable } from './schema.ts';

// Learned layouts (issue 17): written when an approval is learned from, read by every worker's
// extractor (asked for their version before each message, so a layout learned by one worker is
// used by all at once), listed and deleted in the desk.

/** Approvals in a row that corrected what a layout read before it is retired (count-layout-corrections.ts). */
export const RETIRE_AFTER = 3;

export interface LayoutSummary {
  id: string;
  sender: string | null;
  customerId: string | null;
  buyerCompany: string | null;
  sourceDraftId: string;
  sourcePo: string | null;
  approvedBy: string;
  approvedAt: string;
  timesUsed: number;
  /** Approvals on which the rep corrected what it read. */
  timesCorrected: number;
  /** Fields the reps corrected on those approvals, all told: "fields corrected since" learning. */
  fieldsCorrected: number;
  retired: boolean;
  retiredReason: string | null;
}

function toSummary(r: LayoutsTable): LayoutSummary {
  return {
    id: r.id,
    sender: r.sender,
    customerId: r.customer_id,
    buyerCompany: r.buyer_company,
    sourceDraftId: r.source_draft_id,
    sourcePo: r.source_po,
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
    timesUsed: Number(r.times_used),
    timesCorrected: Number(r.times_corrected),
    fieldsCorrected: Number(r.fields_corrected),
    retired: Number(r.retired) === 1,
    retiredReason: r.retired_reason,
  };
}

/** Changes whenever a layout is learned, taught again, retired or deleted. */
export async function layoutsVersion(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('layouts')
    .select([sql<number>`count(*)`.as('n'), sql<number | null>`sum(retired)`.as('retired'), sql<string | null>`max(updated_at)`.as('at')])
    .executeTakeFirst();
  return `${Number(row?.n ?? 0)}:${Number(row?.retired ?? 0)}:${row?.at ?? ''}`;
}

/** The layouts in use, newest first; a row whose model no longer parses is left out. */
export async function fetchActiveLayouts(db: Kysely<Database>): Promise<LearnedLayout[]> {
  const rows = await db.selectFrom('layouts').selectAll().where('retired', '=', 0).orderBy('updated_at', 'desc').execute();
  return rows.flatMap((r) => {
    const parsed = layoutModelSchema.safeParse(safeJson(r.model_json));
    if (!parsed.success) return [];
    return [{ id: r.id, sender: r.sender, customerId: r.customer_id, sourcePo: r.source_po, approvedBy: r.approved_by, approvedAt: r.approved_at, model: parsed.data }];
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function listLayouts(db: Kysely<Database>): Promise<LayoutSummary[]> {
  return (await db.selectFrom('layouts').selectAll().orderBy('retired').orderBy('updated_at', 'desc').execute()).map(toSummary);
}

/** Deletes a layout (the desk's button); the draft it was learned from records who did. */
export async function deleteLayout(db: Kysely<Database>, id: string, actor = 'unknown'): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('layouts').select(['source_draft_id', 'source_po']).where('id', '=', id).executeTakeFirst();
    if (!row) return false;
    await trx.deleteFrom('layouts').where('id', '=', id).execute();
    await addEvent(trx, {
      kind: 'layout-deleted',
      draftId: row.source_draft_id,
      actor,
      detail: { layout: id, reason: `layout learned from PO ${row.source_po ?? '(no number)'} deleted` },
    });
    return true;
  });
}

export interface Lesson {
  draftId: string;
  /** The layout that read the draft, if one did. */
  readBy: string | null;
  /** Fields the rep changed from what that layout read. */
  corrected: string[];
  model: LayoutModel;
  sender: string | null;
  customerId: string | null;
  buyerCompany: string | null;
  poNumber: string | null;
  actor: string;
  at: string;
}

export type LessonOutcome =
  | { kind: 'learned'; id: string }
  | { kind: 'known'; id: string }
  | { kind: 'confirmed'; id: string }
  | { kind: 'corrected'; id: string; fields: string[] }
  | { kind: 'retired'; id: string; fields: string[] };

/**
 * Records what one approval teaches: a new layout, or the approved order as the better lesson of
 * the layout that read it when the rep corrected it. The approval itself has counted the
 * corrections (and retired a layout corrected too often: count-layout-corrections.ts); uses are
 * counted when the drafts it read are stored (count-layout-use.ts).
 */
export async function saveLesson(db: Kysely<Database>, lesson: Lesson): Promise<LessonOutcome> {
  return db.transaction().execute(async (trx) => {
    const known = await trx
      .selectFrom('layouts')
      .select('id')
      .where((eb) => eb.or([eb('source_draft_id', '=', lesson.draftId), eb('last_draft_id', '=', lesson.draftId)]))
      .executeTakeFirst();
    if (known) return { kind: 'known', id: known.id };
    const used = lesson.readBy ? await trx.selectFrom('layouts').selectAll().where('id', '=', lesson.readBy).executeTakeFirst() : undefined;
    if (used) {
      const corrected = lesson.corrected.length > 0;
      // A retired layout is taught nothing more: the next approval of that layout learns it anew.
      if (Number(used.retired) === 1) return { kind: 'retired', id: used.id, fields: lesson.corrected };
      await trx
        .updateTable('layouts')
        .set({ last_draft_id: lesson.draftId, ...(corrected ? { model_json: JSON.stringify(lesson.model), updated_at: lesson.at } : {}) })
        .where('id', '=', used.id)
        .execute();
      return corrected ? { kind: 'corrected', id: used.id, fields: lesson.corrected } : { kind: 'confirmed', id: used.id };
    }
    const id = crypto.randomUUID();
    await trx
      .insertInto('layouts')
      .values({
        id,
        sender: lesson.sender,
        customer_id: lesson.customerId,
        buyer_company: lesson.buyerCompany,
        source_draft_id: lesson.draftId,
        last_draft_id: lesson.draftId,
        source_po: lesson.poNumber,
        approved_by: lesson.actor,
        approved_at: lesson.at,
        model_json: JSON.stringify(lesson.model),
        times_used: 0,
        times_corrected: 0,
        fields_corrected: 0,
        corrected_in_row: 0,
        retired: 0,
        retired_reason: null,
        created_at: lesson.at,
        updated_at: lesson.at,
      })
      .onConflict((oc) => oc.column('source_draft_id').doNothing())
      .execute();
    return { kind: 'learned', id };
  });
}
