import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { BadCursorError, listApproved } from '../../store/list-approved.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { toOrdersCsv } from './to-orders-csv.ts';

// One answer for the approved-orders export, in the API and the desk: CSV or JSON (an array of
// `{ id, status, createdAt, source, order, approvedBy, approvedAt }` in the order of approval),
// all of them or only what is new (`since=` an instant, or `cursor=` from an earlier pull). The
// cursor for the next pull comes in the X-Next-Cursor header and a Link rel="next", so the body
// keeps the shape it always had.

const exportQuery = z.object({
  since: z.string().max(40).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

export async function answerExport(c: Context<AppEnv>, db: Kysely<Database>, format: 'csv' | 'json', options: { api: boolean; download?: string }) {
  const query = exportQuery.safeParse(c.req.query());
  const refuse = (message: string) => (options.api ? c.json({ error: 'bad-request', message }, 400) : c.text(message, 400));
  if (!query.success) return refuse(`${query.error.issues[0]?.path.join('.')}: ${query.error.issues[0]?.message}`);
  let page;
  try {
    page = await listApproved(db, { since: query.data.since, cursor: query.data.cursor, limit: query.data.limit ?? 100_000 });
  } catch (err) {
    if (err instanceof BadCursorError) return refuse(err.message);
    throw err;
  }
  const headers: Record<string, string> = {};
  if (page.nextCursor) {
    const next = new URL(c.req.url);
    next.searchParams.delete('since');
    next.searchParams.set('cursor', page.nextCursor);
    headers['x-next-cursor'] = page.nextCursor;
    headers.link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  if (options.download) headers['content-disposition'] = `attachment; filename="${options.download}.${format}"`;
  if (format === 'csv') return c.body(toOrdersCsv(page.orders), 200, { ...headers, 'content-type': 'text/csv; charset=utf-8' });
  return c.body(JSON.stringify(page.orders, null, options.api ? undefined : 2), 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
}
