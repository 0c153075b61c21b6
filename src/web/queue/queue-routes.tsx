import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { queryQueue } from '../../store/query-queue.ts';
import type { Database } from '../../store/schema.ts';
import type { AppEnv } from '../app-env.ts';
import { renderDocument } from '../layout.tsx';
import { QueueView } from './queue-view.tsx';

const PAGE_SIZE = 50;
/** Fixed texts by code: a link must not be able to put its own words on the page. */
const NOTICES: Record<string, string> = { approved: 'Approved. No pending drafts are left.', rejected: 'Rejected. No pending drafts are left.' };

const queueQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).catch('pending'),
  urgency: z.enum(['urgent', 'high', 'normal']).optional().catch(undefined),
  customer: z.string().max(200).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function queueRoutes(db: Kysely<Database>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const query = queueQuery.parse(c.req.query());
    const filter = { status: query.status, urgency: query.urgency, customer: query.customer, text: query.q, page: query.page, pageSize: PAGE_SIZE };
    const result = await queryQueue(db, filter);
    const notice = NOTICES[c.req.query('done') ?? ''] ?? null;
    return c.html(await renderDocument(<QueueView session={c.get('session')!} filter={filter} result={result} notice={notice} today={new Date().toISOString().slice(0, 10)} />));
  });
  return app;
}
