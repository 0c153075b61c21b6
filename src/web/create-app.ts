import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { adminRoutes } from './admin-routes.tsx';
import { answerError } from './answer-error.ts';
import { apiRoutes } from './api/api-routes.ts';
import { cxmlRoutes } from './api/cxml-routes.ts';
import type { AppEnv } from './app-env.ts';
import { CHECK_SCRIPT } from './assets/check-script.generated.ts';
import { REVIEW_SCRIPT } from './assets/review-script.ts';
import { REVIEW_STYLE } from './assets/review-style.ts';
import { accountRoutes } from './auth/account-routes.tsx';
import { checkCsrf } from './auth/check-csrf.ts';
import { loadSession, requireSession } from './auth/load-session.ts';
import { loginRoutes } from './auth/login-routes.tsx';
import { pageSecurity } from './auth/page-security.ts';
import { draftRoutes } from './draft/draft-routes.tsx';
import { exportRoutes } from './export/export-routes.ts';
import { mailRoutes } from './mail/mail-routes.tsx';
import { layoutRoutes } from './master/layout-routes.tsx';
import { mappingRoutes } from './master/mapping-routes.tsx';
import type { Intake, Originals, Reextract } from './originals.ts';
import { queueRoutes } from './queue/queue-routes.tsx';
import { readHealth } from './read-health.ts';

// The HTTP side (review UI and API): one Hono app that also runs on Cloudflare Workers, so it
// imports nothing Node-only and reaches data only through the store.

export interface AppDeps {
  db: Kysely<Database>;
  /** The original mail and its pages (Node only; without it the page shows the extracted fields). */
  originals?: Originals;
  /** Reads a draft's message again with the current extractor (Node only). */
  reextract?: Reextract;
  /** The address users reach the desk at (PUBLIC_URL), when behind a proxy: origin checks, Secure cookies. */
  publicUrl?: string;
  /** The client's address, for sign-in rate limits; the runtime knows it (Node: the socket). */
  clientIp?: (c: Context) => string;
  /** Takes orders posted over HTTP into the pipeline (Node only; without it POST /api/cxml answers 500). */
  intake?: Intake;
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(answerError);
  app.get('/healthz', async (c) => {
    const health = await readHealth(deps.db);
    // 200 while the process and its store answer, with the mailbox state in the body; 503 when
    // the store is unreachable, since nothing can be stored then.
    return c.json(health, health.store.reachable ? 200 : 503);
  });
  app.use('*', pageSecurity());
  app.get('/assets/review.js', (c) => c.body(`${CHECK_SCRIPT}\n${REVIEW_SCRIPT}`, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }));
  app.get('/assets/review.css', (c) => c.body(REVIEW_STYLE, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  // Before /api: a buying platform authenticates by its cXML SharedSecret, not a bearer token.
  app.route('/api/cxml', cxmlRoutes(deps.db, deps.intake));
  app.route('/api', apiRoutes(deps.db, deps.originals));

  app.use('*', async (c, next) => {
    c.set('actor', 'anonymous');
    return next();
  });
  app.use('*', loadSession(deps.db, deps.publicUrl));
  app.use('*', checkCsrf(deps.publicUrl));
  app.route('/', loginRoutes({ db: deps.db, publicUrl: deps.publicUrl, clientIp: deps.clientIp ?? (() => 'unknown') }));
  app.use('*', requireSession());
  app.get('/', (c) => c.redirect('/queue', 303));
  app.route('/account', accountRoutes(deps.db));
  app.route('/queue', queueRoutes(deps.db));
  app.route('/drafts', draftRoutes(deps));
  app.route('/exports', exportRoutes(deps.db));
  app.route('/mappings', mappingRoutes(deps.db));
  app.route('/layouts', layoutRoutes(deps.db));
  app.route('/mail', mailRoutes(deps.db));
  app.route('/admin', adminRoutes(deps.db));
  return app;
}
