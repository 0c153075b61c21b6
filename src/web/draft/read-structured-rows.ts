import type { DraftDetail } from '../../store/get-draft.ts';
import { readStructured } from '../../structured/read-structured.ts';
import type { Originals } from '../originals.ts';

// The source of an order that came as data, for the desk: its segments (EDI) or elements (XML),
// one row each, read again from the stored original so the desk shows what was sent.

const MAX_ROWS = 2000;

export type StructuredRows = Map<number, string[][]>;

/** Rows of each structured document of the draft, by position: [tag or path, rest]. */
export async function readStructuredRows(originals: Originals | undefined, draft: DraftDetail): Promise<StructuredRows> {
  const rows: StructuredRows = new Map();
  if (!originals) return rows;
  for (const doc of draft.documents.filter((d) => d.method === 'edi')) {
    const file = await originals.readAttachment(draft.messageId, doc.position).catch(() => null);
    if (!file) continue;
    try {
      const reading = readStructured(new TextDecoder().decode(file.bytes));
      if (reading) rows.set(doc.position, reading.rows.slice(0, MAX_ROWS).map(splitRow));
    } catch {
      // Stored and read once already; a part that no longer reads is shown by its download alone.
    }
  }
  return rows;
}

/** "BEG*00*SA*PO1" → ["BEG", "00*SA*PO1"]; "Header/From/Credential/Identity: X" → [path, "X"]. */
function splitRow(row: string): string[] {
  const edi = /^([A-Z][A-Z0-9]{1,2})[^A-Za-z0-9\s](.*)$/s.exec(row);
  if (edi) return [edi[1]!, edi[2]!];
  const at = row.indexOf(': ');
  return at < 0 ? [row, ''] : [row.slice(0, at), row.slice(at + 2)];
}
