import type { ExtractionResult } from '../domain/draft-order.ts';

// Why a message gave no draft, in a line for the reason column of /mail: what each document was
// read as, with the strongest signs the classifier weighed.

export function describeNoOrder(result: ExtractionResult): string {
  const judged = result.classification ?? [];
  if (result.source.documents.length === 0 && judged.length === 0) return 'not an order: nothing readable in it';
  if (judged.length === 0) return 'not an order: no document in it reads as a purchase order';
  const parts = judged.map((c) => {
    const what =
      c.verdict === 'not-order'
        ? (c.kind ?? 'no order signs')
        : c.verdict === 'possible-order'
          ? 'possibly an order, too unsure to make a draft'
          : 'an order, but no order could be read from it';
    const signs = c.signs.slice(0, 2).join(', ');
    return `${c.document}: ${what}${signs ? ` (${signs})` : ''}`;
  });
  return `not an order: ${parts.join('; ')}`.slice(0, 500);
}
