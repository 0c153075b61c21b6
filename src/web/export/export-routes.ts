import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { answerExport } from './answer-export.ts';

// Downloads of approved orders for signed-in reps (the API has the same under /api/exports),
// all of them or, with ?since= or ?cursor=, only those approved after.

export function exportRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/approved.csv', (c) => answerExport(c, db, 'csv', { api: false, download: 'approved-orders' }));
  app.get('/approved.json', (c) => answerExport(c, db, 'json', { api: false, download: 'approved-orders' }));
  return app;
}
