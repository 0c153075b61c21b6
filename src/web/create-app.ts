import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { readHealth } from './read-health.ts';

// The HTTP side (review UI and API): one Hono app that also runs on Cloudflare Workers, so it
// imports nothing Node-only and reaches data only through the store.

export interface AppDeps {
  db: Kysely<Database>;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    const health = await readHealth(deps.db);
    // 200 while the process and its store answer, with the mailbox state in the body; 503 when
    // the store is unreachable, since nothing can be stored then.
    return c.json(health, health.store.reachable ? 200 : 503);
  });
  return app;
}
