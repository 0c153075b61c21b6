import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { listDrafts } from '../../store/list-drafts.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { toOrdersCsv } from './to-orders-csv.ts';

// Downloads of approved orders for signed-in reps (the API has the same under /api/exports).

export function exportRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/approved.csv', async (c) => {
    const drafts = await listDrafts(db, { status: 'approved', limit: 100_000 });
    return c.body(toOrdersCsv(drafts), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="approved-orders.csv"' });
  });
  app.get('/approved.json', async (c) => {
    const drafts = await listDrafts(db, { status: 'approved', limit: 100_000 });
    return c.body(JSON.stringify(drafts, null, 2), 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="approved-orders.json"' });
  });
  return app;
}
