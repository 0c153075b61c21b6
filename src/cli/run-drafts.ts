import { listDrafts, type DraftRecord } from '../store/list-drafts.ts';
import { openStore } from '../store/open-store.ts';
import type { DraftStatus } from '../store/schema.ts';
import type { Settings } from './load-settings.ts';
import type { CliOutput } from './run-extract.ts';

/** `po-inbox drafts [--status S] [--json]`: the drafts in queue order, urgent first. */
export async function runDrafts(options: { status?: DraftStatus; json: boolean }, settings: Settings, output: CliOutput): Promise<number> {
  const store = await openStore(settings.DATABASE_URL);
  try {
    const drafts = await listDrafts(store.db, { status: options.status, limit: 100_000 });
    if (options.json) {
      for (const draft of drafts) output.stdout(`${JSON.stringify(draft)}\n`);
    } else {
      output.stdout(formatTable(drafts));
    }
    return 0;
  } finally {
    await store.close();
  }
}

function formatTable(drafts: DraftRecord[]): string {
  if (drafts.length === 0) return 'no drafts\n';
  const rows = drafts.map((d) => [
    d.id.slice(0, 8),
    d.status,
    d.order.urgency.level,
    d.order.poNumber ?? '-',
    d.order.buyer.company ?? d.source.from ?? '-',
    String(d.order.lines.length),
    d.order.total === null ? '-' : `${d.order.total}${d.order.currency ? ` ${d.order.currency}` : ''}`,
    d.order.needsReview ? 'review' : 'ok',
    d.createdAt.slice(0, 16).replace('T', ' '),
  ]);
  const header = ['ID', 'STATUS', 'URGENCY', 'PO', 'BUYER', 'LINES', 'TOTAL', 'CHECK', 'CREATED'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.slice(0, widths[i]).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
