import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { createApp } from '../web/create-app.ts';
import { parseEdgeEnv } from './parse-edge-env.ts';
import { checkEdgeSchema, openEdgeStore } from './open-edge-store.ts';
import { createEdgeOriginals } from './read-edge-originals.ts';

// The Cloudflare Workers entry of the review desk: the same Hono app as `po-inbox serve`, over
// PostgreSQL through Hyperdrive. Settings are parsed here, once per request (they are cheap and
// may change between deployments); the schema is checked once per isolate. What the Worker
// cannot do (send mail, render PDF pages, re-extract) stays on the Node side, reached through the
// store (the outbox), never by importing Node code.

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

let schemaReady = false;

export default {
  async fetch(request: Request, rawEnv: unknown, ctx: ExecutionContext): Promise<Response> {
    const parsed = parseEdgeEnv(rawEnv);
    if (!parsed.ok) return refuse(request, 500, parsed.message);
    const db = openEdgeStore(parsed.env.HYPERDRIVE.connectionString);
    try {
      if (!schemaReady) {
        const state = await checkEdgeSchema(db);
        if (!state.ok) return refuse(request, state.status, state.message);
        schemaReady = true;
      }
      return await serve(request, db, parsed.env.PUBLIC_URL);
    } finally {
      ctx.waitUntil(db.destroy().catch(() => undefined));
    }
  },
};

function serve(request: Request, db: Kysely<Database>, publicUrl: string | undefined): Response | Promise<Response> {
  const app = createApp({
    db,
    originals: createEdgeOriginals(db),
    publicUrl,
    // Cloudflare sets CF-Connecting-IP to the visitor's address; clients cannot forge it through the edge.
    clientIp: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
  });
  return app.fetch(request);
}

/** One clear answer and one JSON log line, instead of an error deep inside a query. */
function refuse(request: Request, status: 500 | 503, message: string): Response {
  console.error(JSON.stringify({ level: 'error', msg: `po-inbox worker: ${message}`, path: new URL(request.url).pathname }));
  const body = JSON.stringify({ error: status === 503 ? 'store-unreachable' : 'bad-setting', message });
  return new Response(body, { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}
