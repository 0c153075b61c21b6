import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { correctedFields } from '../domain/corrected-fields.ts';
import type { DraftOrder } from '../domain/draft-order.ts';
import { RETIRE_AFTER } from './layouts.ts';
import type { Database } from './schema.ts';

// "Fields corrected since" of a learned layout: on the approval of a draft it read, in the
// approval's own transaction (a draft is approved once, so nothing is counted twice, whether or
// not a worker later learns from the approval), the fields the rep changed from what the layout
// read are added to it. RETIRE_AFTER approvals in a row with a correction retire it; an approval
// that kept what it read starts the row again. Retiring touches `updated_at`, so every
// extractor's cached layouts are read again and the layout reads no next PO.

export interface CorrectionCount {
  id: string;
  fields: string[];
  /** Retired by this approval. */
  retired: boolean;
  reason: string | null;
}

/** Counts the approval of `approved` against the layout that read it; null when no layout did or it was deleted since. */
export async function countLayoutCorrections(trx: Transaction<Database>, approved: DraftOrder, at: string): Promise<CorrectionCount | null> {
  const read = approved.layout;
  if (!read) return null;
  const fields = correctedFields(read, approved);
  const corrected = fields.length > 0;
  const updated = await trx
    .updateTable('layouts')
    .set({
      times_corrected: sql<number>`times_corrected + ${corrected ? 1 : 0}`,
      fields_corrected: sql<number>`fields_corrected + ${fields.length}`,
      corrected_in_row: corrected ? sql<number>`corrected_in_row + 1` : 0,
    })
    .where('id', '=', read.id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return null;
  const row = await trx.selectFrom('layouts').select(['corrected_in_row', 'retired']).where('id', '=', read.id).executeTakeFirstOrThrow();
  const inRow = Number(row.corrected_in_row);
  if (!corrected || Number(row.retired) === 1 || inRow < RETIRE_AFTER) return { id: read.id, fields, retired: false, reason: null };
  const reason = `corrected on ${inRow} approvals in a row (last: ${fields.join(', ')})`;
  await trx.updateTable('layouts').set({ retired: 1, retired_reason: reason, updated_at: at }).where('id', '=', read.id).execute();
  return { id: read.id, fields, retired: true, reason };
}
